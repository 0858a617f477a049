// Load test of the HTTP service: `npm run bench:http`. Real servers (real retriever and embedding
// model, rate limit off) run in child processes on free ports, so their peak RSS and event loops
// are their own: first one instance on SQLite, as `npm start` runs, then two instances on one
// PostgreSQL database, as behind a load balancer (a throw-away cluster unless DATABASE_URL is
// set; each instance gets half the connections). autocannon drives POST /api/ask with a rotating
// set of questions, POST /api/screen with a realistic profile and POST /api/chat with screenings
// (one session per connection: start, answers, skips, a question aside), ~10 s each. Prints
// figures only: nothing is asserted.
import { fork, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { createApp } from "../bot/app.ts";
import { EXAMPLE_PROFILE } from "../bot/http/routes/screen.ts";
import { buildServer } from "../bot/http/server.ts";
import { loadConfig } from "../config.ts";
import { peakRssKb } from "./peak-rss.ts";
import { startCluster } from "./pg-cluster.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const DEV_QUESTIONS = join(root, "..", "shared", "eval", "ask-dev.jsonl");
const SECONDS = 10;
const CONNECTIONS = 10;

/** Used when the labelled development set is not next to the project. */
const BUILT_IN_QUESTIONS = [
  "跨境电商企业年出口额300万美元以上，出口信保有什么支持？",
  "跨境电子商务产业园区经营满一年能拿多少扶持？",
  "自建海外仓面积一万平米以上按什么比例奖励？",
  "跨境电商线下新零售店每年最多奖励多少？",
  "郴州对跨境电商企业的国际物流费用有补贴吗？",
  "参加高校跨境电商人才孵化项目的企业每年能拿多少？",
  "直播电商企业有哪些奖励？",
  "如何申请公租房？",
];

// The part of autocannon's API used here (the package ships no type declarations).
interface Histogram {
  average: number;
  p50: number;
  p99: number;
}
interface AutocannonResult {
  latency: Histogram;
  requests: Histogram & { total: number };
  non2xx: number;
  errors: number;
}
/** One request of a run; `setupRequest` and `onResponse` see a context kept per connection. */
interface Request {
  method: "POST";
  path: string;
  headers: Record<string, string>;
  body?: string;
  setupRequest?: (request: Request, context: Record<string, string>) => Request;
  /** Sees each response with the same context; headers by lower-case name. */
  onResponse?: (status: number, body: string, context: Record<string, string>, headers: Record<string, string | string[]>) => void;
}
type Autocannon = (options: { url: string; connections: number; duration: number; requests: Request[] }) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

type ServerMessage = { port: number } | { maxRssKb: number };

/** The child: the server as `bot/main.ts` would run it, on a copy of the index in a temp folder. */
async function serve(): Promise<void> {
  const config = loadConfig();
  const dataDir = mkdtempSync(join(tmpdir(), "bench-http-"));
  // Only the index is copied (never the session database); without one it is built at start-up.
  if (existsSync(join(config.dataDir, "index"))) cpSync(join(config.dataDir, "index"), join(dataDir, "index"), { recursive: true });
  const app = createApp({ ...config, dataDir });
  const server = await buildServer(app, { logger: { level: "warn" }, rateLimit: false });
  await server.listen({ port: 0, host: "127.0.0.1" });
  await app.retriever;
  const address = server.server.address();
  if (address === null || typeof address === "string") throw new Error("server has no TCP port");
  process.send!({ port: address.port } satisfies ServerMessage);
  process.on("message", async (message) => {
    if (message === "rss") process.send!({ maxRssKb: peakRssKb() } satisfies ServerMessage);
    if (message === "stop") {
      await server.close();
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
      process.exit(0);
    }
  });
}

function nextMessage(child: ChildProcess): Promise<ServerMessage> {
  return new Promise((resolve, reject) => {
    child.once("message", (m) => resolve(m as ServerMessage));
    child.once("exit", (code) => reject(new Error(`server exited with code ${code}`)));
  });
}

function questions(): { source: string; list: string[] } {
  if (!existsSync(DEV_QUESTIONS)) return { source: "built-in list", list: BUILT_IN_QUESTIONS };
  const list = readFileSync(DEV_QUESTIONS, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => (JSON.parse(line) as { q: string }).q);
  return { source: DEV_QUESTIONS, list };
}

const json = { "content-type": "application/json" };

/** A screening in the web chat, one session per connection, over and over (a new /screen carries on where it stopped). */
const CHAT_TURNS: Record<string, string>[] = [
  { command: "screen", arg: "2024-06-30" },
  { button: "a:zhengzhou" },
  { button: "k:cbec_enterprise" },
  { button: "kd" },
  { text: "3000万元" },
  { text: "出口信保有什么补贴？" },
  { text: "跳过" },
  { text: "跳过" },
  { text: "跳过" },
  { command: "reset" },
];

function runs(): { name: string; requests: Request[] }[] {
  const asked = questions();
  return [
    {
      name: `POST /api/ask (${asked.list.length} questions from ${asked.source})`,
      requests: asked.list.map((question) => ({ method: "POST", path: "/api/ask", headers: json, body: JSON.stringify({ question }) })),
    },
    {
      name: "POST /api/screen (example profile of the API docs)",
      requests: [{ method: "POST", path: "/api/screen", headers: json, body: JSON.stringify(EXAMPLE_PROFILE) }],
    },
    {
      name: `POST /api/chat (a screening per connection: ${CHAT_TURNS.length} turns, one a question)`,
      requests: CHAT_TURNS.map((turn) => ({
        method: "POST",
        path: "/api/chat",
        headers: json,
        // The session is the cookie the server issues on the first turn, sent back like a browser does.
        setupRequest: (request, context) => ({
          ...request,
          headers: { ...json, ...(context.session ? { cookie: `chat_session=${context.session}` } : {}) },
          body: JSON.stringify(turn),
        }),
        onResponse: (_status, _body, context, headers) => {
          const issued = /chat_session=([^;]*)/u.exec(String(headers["set-cookie"] ?? ""))?.[1];
          if (issued) context.session = issued;
        },
      })),
    },
  ];
}

/** Starts `count` servers on `env`; returns their URLs and a function that stops them, printing their peak RSS. */
async function startServers(count: number, env: NodeJS.ProcessEnv): Promise<{ urls: string[]; stop: () => Promise<void> }> {
  const children = Array.from({ length: count }, () => fork(fileURLToPath(import.meta.url), ["--serve"], { execArgv: ["--import", "tsx/esm"], env }));
  try {
    const urls: string[] = [];
    for (const child of children) {
      const started = await nextMessage(child);
      if (!("port" in started)) throw new Error("server did not report its port");
      urls.push(`http://127.0.0.1:${started.port}`);
    }
    return {
      urls,
      async stop() {
        for (const [i, child] of children.entries()) {
          child.send("rss");
          const rss = await nextMessage(child);
          if ("maxRssKb" in rss) process.stdout.write(`  instance ${i + 1} peak RSS ${(rss.maxRssKb / 1024).toFixed(0)} MB\n`);
          child.send("stop");
        }
      },
    };
  } catch (err) {
    children.forEach((child) => child.kill());
    throw err;
  }
}

/** Each run against every server at once, the connections shared out; latency per instance, throughput summed. */
async function measure(title: string, urls: string[]): Promise<void> {
  process.stdout.write(`${title}: ${CONNECTIONS} connections in all, ${SECONDS} s per route\n\n`);
  for (const run of runs()) {
    const results = await Promise.all(urls.map((url) => autocannon({ url, connections: CONNECTIONS / urls.length, duration: SECONDS, requests: run.requests })));
    const lines = [run.name];
    for (const [i, r] of results.entries()) {
      const who = urls.length > 1 ? `  instance ${i + 1}` : " ";
      lines.push(`${who} latency p50 ${r.latency.p50} ms   p99 ${r.latency.p99} ms   mean ${r.latency.average.toFixed(1)} ms   non-2xx ${r.non2xx}   errors ${r.errors}`);
    }
    const total = results.reduce((sum, r) => sum + r.requests.total, 0);
    lines.push(`  requests  ${(total / SECONDS).toFixed(1)}/s   ${total} in all`, "");
    process.stdout.write(`${lines.join("\n")}\n`);
  }
}

/** A database of its own for the run: on DATABASE_URL's server when set, else on a throw-away cluster. */
async function benchDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const cluster = process.env.DATABASE_URL ? null : await startCluster({ log: () => undefined });
  const server = process.env.DATABASE_URL ?? cluster!.url;
  const name = `bench_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
      await admin.end();
      cluster?.stop();
    },
  };
}

async function bench(): Promise<void> {
  const { DATABASE_URL: _ignored, ...sqliteEnv } = process.env;
  const one = await startServers(1, sqliteEnv);
  try {
    await measure("one instance, SQLite", one.urls);
  } finally {
    await one.stop();
  }
  process.stdout.write("\n");
  const database = await benchDatabase();
  try {
    const two = await startServers(2, { ...process.env, DATABASE_URL: database.url });
    try {
      await measure("two instances, one PostgreSQL database", two.urls);
    } finally {
      await two.stop();
    }
  } finally {
    await database.drop();
  }
}

if (process.argv.includes("--serve")) await serve();
else await bench();
