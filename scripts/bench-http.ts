// Load test of the HTTP service: `npm run bench:http`. The real server (real retriever and
// embedding model, rate limit off) runs in a child process on a free port, so its peak RSS and its
// event loop are its own; autocannon drives POST /api/ask with a rotating set of questions and
// POST /api/screen with a realistic profile, ~10 s each. Prints figures only: nothing is asserted.
import { fork, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createApp } from "../bot/app.ts";
import { EXAMPLE_PROFILE } from "../bot/http/routes/screen.ts";
import { buildServer } from "../bot/http/server.ts";
import { loadConfig } from "../config.ts";
import { peakRssKb } from "./peak-rss.ts";

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
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  requests: { method: "POST"; path: string; headers: Record<string, string>; body: string }[];
}) => Promise<AutocannonResult>;
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

async function bench(): Promise<void> {
  const child = fork(fileURLToPath(import.meta.url), ["--serve"], { execArgv: ["--import", "tsx/esm"] });
  try {
    const started = await nextMessage(child);
    if (!("port" in started)) throw new Error("server did not report its port");
    const url = `http://127.0.0.1:${started.port}`;
    const asked = questions();
    const runs = [
      {
        name: `POST /api/ask (${asked.list.length} questions from ${asked.source})`,
        requests: asked.list.map((question) => ({ method: "POST" as const, path: "/api/ask", headers: json, body: JSON.stringify({ question }) })),
      },
      {
        name: "POST /api/screen (example profile of the API docs)",
        requests: [{ method: "POST" as const, path: "/api/screen", headers: json, body: JSON.stringify(EXAMPLE_PROFILE) }],
      },
    ];
    process.stdout.write(`server ${url}, ${CONNECTIONS} connections, ${SECONDS} s per route\n\n`);
    for (const run of runs) {
      const r = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, requests: run.requests });
      process.stdout.write(
        [
          run.name,
          `  latency   p50 ${r.latency.p50} ms   p99 ${r.latency.p99} ms   mean ${r.latency.average.toFixed(1)} ms`,
          `  requests  ${r.requests.average.toFixed(1)}/s   ${r.requests.total} in all   non-2xx ${r.non2xx}   errors ${r.errors}`,
          "",
        ].join("\n") + "\n",
      );
    }
    child.send("rss");
    const rss = await nextMessage(child);
    if ("maxRssKb" in rss) process.stdout.write(`server peak RSS ${(rss.maxRssKb / 1024).toFixed(0)} MB\n`);
    child.send("stop");
  } catch (err) {
    child.kill();
    throw err;
  }
}

if (process.argv.includes("--serve")) await serve();
else await bench();
