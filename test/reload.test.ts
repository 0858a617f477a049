// A changed corpus reaches a running service: the saved search index is rebuilt when (and only
// when) the corpus changed; POST /api/admin/reload swaps corpus and retriever while requests keep
// coming, none failing; a broken corpus is refused and the old one kept; SIGHUP reloads `npm start`.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type App } from "../bot/app.ts";
import { buildServer } from "../bot/http/server.ts";
import { loadConfig } from "../config.ts";
import { DEFAULT_CORPUS_DIR } from "../corpus/documents.ts";
import { readCorpus } from "../corpus/index.ts";
import { openRetriever } from "../retrieval/index.ts";

const ROOT = join(import.meta.dirname, "..");
const FIXTURE = join(import.meta.dirname, "fixtures", "new-document");
const TOKEN = "reload-test-token";
const scratch = mkdtempSync(join(tmpdir(), "reload-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("the saved search index", () => {
  it("is rebuilt at start when the corpus changed, and reused while it has not", async () => {
    // A small corpus keeps the builds short: one document, then the made-up one beside it.
    const dir = join(scratch, "small-corpus");
    mkdirSync(dir);
    cpSync(join(DEFAULT_CORPUS_DIR, "zz-2018-4"), join(dir, "zz-2018-4"), { recursive: true });
    const config = { ...loadConfig(), dataDir: join(scratch, "small-data") };
    const lines: string[] = [];
    const open = () => openRetriever(config, { corpus: readCorpus(dir), log: (l) => lines.push(l) });

    const first = await open();
    expect(first.index?.origin).toBe("built");
    expect((await open()).index?.origin).toBe("loaded");

    cpSync(FIXTURE, join(dir, "zz-2027-1"), { recursive: true });
    lines.length = 0;
    const changed = await open();
    expect(changed.index?.origin).toBe("built");
    expect(lines.join("\n")).toContain("(corpus changed)");
    expect(changed.index!.manifest.corpusHash).not.toBe(first.index!.manifest.corpusHash);
    expect((await changed.ask("境外商标注册费用补贴")).citations[0]!.clauseId).toBe("zz-2027-1/1");
    expect((await open()).index?.origin).toBe("loaded");
  });
});

describe("POST /api/admin/reload", () => {
  const corpusDir = join(scratch, "corpus");
  const dataDir = join(scratch, "data");
  let app: App;
  let server: FastifyInstance;
  let base: string;

  const reload = (authorization?: string) =>
    fetch(`${base}/api/admin/reload`, { method: "POST", headers: authorization ? { authorization } : {} });

  beforeAll(async () => {
    cpSync(DEFAULT_CORPUS_DIR, corpusDir, { recursive: true });
    app = createApp({ ...loadConfig(), corpusDir, dataDir, adminToken: TOKEN }, () => {});
    server = await buildServer(app, { logger: false, rateLimit: false });
    await app.retriever;
    await server.listen({ port: 0, host: "127.0.0.1" });
    base = `http://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await server?.close();
    await app?.close();
  });

  it("needs the admin token as a bearer token", async () => {
    const none = await reload();
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toBe("Bearer");
    expect(await none.json()).toMatchObject({ error: "unauthorized" });
    expect((await reload(`Basic ${TOKEN}`)).status).toBe(401);
    const wrong = await reload("Bearer not-the-token");
    expect(wrong.status).toBe(403);
    expect(await wrong.json()).toMatchObject({ error: "forbidden" });
  });

  it("does not exist when ADMIN_TOKEN is not set", async () => {
    const plain = await buildServer({ ...app, config: { ...app.config, adminToken: undefined } } as App, { logger: false });
    const res = await plain.inject({ method: "POST", url: "/api/admin/reload", headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.statusCode).toBe(404);
    await plain.close();
  });

  it("puts a new document in use while requests keep coming, none of them failing", async () => {
    cpSync(FIXTURE, join(corpusDir, "zz-2027-1"), { recursive: true });
    const calls: { what: string; status: number; start: number; end: number }[] = [];
    const clock = { reloading: false, stop: false };
    const requests: [string, () => Promise<Response>][] = [
      ["ask", () => fetch(`${base}/api/ask`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ question: "出口信保有什么补贴？" }) })],
      ["screen", () => fetch(`${base}/api/screen`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ city: "zhengzhou", asOf: "2025-06-30", crossBorderTrade: { amount: 20_000_000, currency: "CNY" }, marketingSpend: { amount: 1_000_000, currency: "CNY" } }) })],
      ["documents", () => fetch(`${base}/api/documents`)],
      ["lookup", () => fetch(`${base}/api/ask`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ question: "郑政〔2018〕4号第八条" }) })],
    ];
    let during = 0;
    const worker = async ([what, call]: (typeof requests)[number]) => {
      while (!clock.stop) {
        const started = clock.reloading;
        const start = performance.now();
        const res = await call();
        await res.arrayBuffer();
        if (started && clock.reloading) during++;
        calls.push({ what, status: res.status, start, end: performance.now() });
      }
    };
    const workers = requests.map(worker);
    await new Promise((r) => setTimeout(r, 200));
    clock.reloading = true;
    const res = await reload(`Bearer ${TOKEN}`);
    clock.reloading = false;
    const outcome = await res.json();
    const after = calls.length;
    while (calls.length < after + 8) await new Promise((r) => setTimeout(r, 20));
    clock.stop = true;
    await Promise.all(workers);

    expect(res.status).toBe(200);
    expect(outcome).toMatchObject({ documents: 8, clauses: 170, changes: { added: ["zz-2027-1"], removed: [], changed: [] }, index: "built" });
    expect(calls.filter((c) => c.status !== 200)).toEqual([]);
    // The reload took the index rebuild's seconds; requests were served all along.
    expect(during).toBeGreaterThan(3);
    const { documents } = await (await fetch(`${base}/api/documents`)).json();
    expect(documents.map((d: { docId: string }) => d.docId)).toContain("zz-2027-1");
    const looked = await (await fetch(`${base}/api/ask`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ question: "郑政办〔2027〕1号第三条" }) })).json();
    expect(looked.citations[0].clauseId).toBe("zz-2027-1/3");
  });

  it("refuses a broken corpus, naming the problem, and keeps serving the one in use", async () => {
    const yaml = join(corpusDir, "zz-2027-1", "document.yaml");
    const good = readFileSync(yaml, "utf8");
    writeFileSync(yaml, good.replace("有效期两年", "有效期五年"));
    const res = await reload(`Bearer ${TOKEN}`);
    expect(res.status).toBe(422);
    expect(await res.json()).toEqual({ error: "invalid_corpus", message: expect.stringContaining('zz-2027-1: inForce.basis "本措施自印发之日起施行,有效期五年" is not in the text') });
    writeFileSync(yaml, good);
    const { documents } = await (await fetch(`${base}/api/documents`)).json();
    expect(documents.map((d: { docId: string }) => d.docId)).toContain("zz-2027-1");
    // Two reloads asked for at once run as one.
    const [a, b] = await Promise.all([reload(`Bearer ${TOKEN}`), reload(`Bearer ${TOKEN}`)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(await a.json()).toMatchObject({ changes: { added: [], removed: [], changed: [] }, index: "loaded" });
  });
});

describe("SIGHUP", () => {
  let child: ChildProcessWithoutNullStreams | undefined;
  afterAll(() => {
    child?.kill("SIGTERM");
  });

  const freePort = () =>
    new Promise<number>((resolve) => {
      const probe = createServer().listen(0, "127.0.0.1", () => {
        const { port } = probe.address() as AddressInfo;
        probe.close(() => resolve(port));
      });
    });

  it("makes npm start read the corpus folder again", async () => {
    // The corpus and index of the reload test, copied: the service starts on them without a build.
    const corpusDir = join(scratch, "hup-corpus");
    cpSync(join(scratch, "corpus"), corpusDir, { recursive: true });
    cpSync(join(scratch, "data", "index"), join(scratch, "hup-data", "index"), { recursive: true });
    const port = await freePort();
    let stderr = "";
    child = spawn(process.execPath, ["--import", "tsx/esm", "bot/main.ts"], {
      cwd: ROOT,
      env: { ...process.env, CORPUS_DIR: corpusDir, DATA_DIR: join(scratch, "hup-data"), PORT: String(port), HOST: "127.0.0.1", TELEGRAM_BOT_TOKEN: "", ADMIN_TOKEN: "" },
    });
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const waitFor = async (text: string) => {
      while (!stderr.includes(text)) {
        if (child!.exitCode !== null) throw new Error(`npm start exited: ${stderr}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    await waitFor("retrieval: ready");
    const to = async () =>
      ((await (await fetch(`http://127.0.0.1:${port}/api/documents`)).json()).documents as { docId: string; inForce: { to: string } }[]).find((d) => d.docId === "zz-2027-1")!.inForce.to;
    expect(await to()).toBe("2029-01-04");

    const yaml = join(corpusDir, "zz-2027-1", "document.yaml");
    writeFileSync(yaml, readFileSync(yaml, "utf8").replace("to: 2029-01-04", "to: 2030-01-04"));
    child.kill("SIGHUP");
    await waitFor("reload: ");
    expect(stderr).toMatch(/reload: 8 documents, 170 clauses; added none, removed none, changed zz-2027-1; index loaded/);
    expect(await to()).toBe("2030-01-04");
  });
});
