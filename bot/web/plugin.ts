// The web console: one page served at the paths of its views (so a deep link such as
// /doc/zz-2018-4#zz-2018-4/8 loads directly) and its script and styles, bundled from bot/web/src
// by esbuild in memory when the server starts — nothing built on disk that could go stale.
// Asset names carry a content hash, so they are cached for good; the page itself is revalidated
// by ETag, and it always names the current assets.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { isDocId } from "../../corpus/documents.ts";

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Everything is local: the page may talk to this server only. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const CONTENT_TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".html": "text/html; charset=utf-8",
};

interface Asset {
  body: Buffer;
  contentType: string;
  etag: string;
}

function asset(body: Buffer | string, file: string): Asset {
  const bytes = Buffer.from(body);
  const hash = createHash("sha256").update(bytes).digest("base64url").slice(0, 16);
  return { body: bytes, contentType: CONTENT_TYPES[extname(file)]!, etag: `"${hash}"` };
}

/** The bundles, keyed by the entry name the page refers to (app.js, styles.css). */
async function bundle(): Promise<Map<string, Asset>> {
  const result = await esbuild.build({
    entryPoints: { app: source("./src/main.ts"), styles: source("./src/styles.css") },
    outdir: source("./bundle"), // names the outputs only: nothing is written
    write: false,
    bundle: true,
    format: "esm",
    target: "es2022",
    minify: true,
    charset: "utf8",
    legalComments: "none",
    logLevel: "silent",
  });
  return new Map(result.outputFiles.map((f) => [f.path.slice(f.path.lastIndexOf("/") + 1), asset(Buffer.from(f.contents), f.path)]));
}

/** Asset URL with the content hash in its name: /assets/app.<hash>.js. */
const hashedUrl = (name: string, a: Asset) => `/assets/${name.replace(/(\.\w+)$/, `.${a.etag.slice(1, -1)}$1`)}`;

function send(request: FastifyRequest, reply: FastifyReply, a: Asset, cacheControl: string) {
  reply.header("etag", a.etag).header("cache-control", cacheControl);
  if (reply.statusCode === 200 && request.headers["if-none-match"] === a.etag) return reply.code(304).send();
  return reply.type(a.contentType).send(a.body);
}

/** Paths the console answers with its page; each is a view the page's router knows. */
const PAGE_PATHS = ["/", "/doc", "/screen", "/chat"];

export const webConsole: FastifyPluginAsync = async (server) => {
  const bundles = await bundle();
  const assets = new Map<string, Asset>();
  let html = await readFile(source("./index.html"), "utf8");
  for (const [name, a] of bundles) {
    const url = hashedUrl(name, a);
    assets.set(url, a);
    html = html.replaceAll(`/assets/${name}`, url);
  }
  const page = asset(html, "index.html");

  const sendPage = (request: FastifyRequest, reply: FastifyReply) => {
    // The page's own policy in place of the API's default-src 'none' (bot/http/security.ts sets the other headers).
    reply.header("content-security-policy", CONTENT_SECURITY_POLICY);
    return send(request, reply, page, "no-cache");
  };

  for (const url of PAGE_PATHS) server.get(url, { schema: { hide: true } }, sendPage);

  // An unknown document still gets the page (it says so), with the status a link checker expects.
  server.get<{ Params: { docId: string } }>("/doc/:docId", { schema: { hide: true } }, (request, reply) => {
    if (!isDocId(request.params.docId)) reply.code(404);
    return sendPage(request, reply);
  });

  server.get<{ Params: { file: string } }>("/assets/:file", { schema: { hide: true } }, (request, reply) => {
    const a = assets.get(`/assets/${request.params.file}`);
    if (!a) return reply.callNotFound();
    return send(request, reply, a, "public, max-age=31536000, immutable");
  });
};
