// Speed of the question-answering side: index build, `npm start` to ready, cold start, per-query
// latency, memory.
//   npm run bench
// Figures only, no assertions. `npm start`, cold start and latency run in fresh child processes
// (the server; this script with --child) against an index built here in a temporary data folder,
// as `npm ci` leaves it on a fresh clone.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { loadConfig } from "../config.ts";
import { openRetriever } from "../retrieval/index.ts";
import { peakRssKb } from "./peak-rss.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const DEV = join(root, "..", "shared", "eval", "ask-dev.jsonl");
const ROUNDS = 5;

const questions = readFileSync(DEV, "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => (JSON.parse(l) as { q: string }).q);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
const ms = (n: number) => `${n.toFixed(1)} ms`;

/** Child: open the retriever, say when the first answer is out, then time every question. */
async function child(): Promise<void> {
  const retriever = await openRetriever(loadConfig());
  await retriever.ask(questions[0]!);
  process.stdout.write(`first ${performance.now()}\n`);
  const latencies: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of questions) {
      const t = performance.now();
      await retriever.ask(q);
      latencies.push(performance.now() - t);
    }
  }
  process.stdout.write(`${JSON.stringify({ mode: retriever.mode, latencies, maxRssKb: peakRssKb() })}\n`);
}

async function runChild(env: NodeJS.ProcessEnv): Promise<{ firstAnswerMs: number; latencies: number[]; maxRssKb: number; mode: string }> {
  const started = performance.now();
  const proc = spawn(process.execPath, ["--import", "tsx/esm", fileURLToPath(import.meta.url), "--child"], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "inherit"],
  });
  let firstAnswerMs = NaN;
  let result: { latencies: number[]; maxRssKb: number; mode: string } | undefined;
  for await (const line of createInterface({ input: proc.stdout })) {
    if (line.startsWith("first ")) firstAnswerMs = performance.now() - started;
    else result = JSON.parse(line);
  }
  if (!result) throw new Error("benchmark child produced no figures");
  return { firstAnswerMs, ...result };
}

/** A port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

const START_ROUNDS = 3;

/**
 * `npm start` as a person runs it after `npm ci`: the time until GET /readyz answers 200 (the
 * index loaded). Each round starts from a data folder holding only the index.
 */
async function startToReady(env: NodeJS.ProcessEnv, dataDir: string): Promise<number> {
  // force: the last round's server may still be closing, removing its -shm and -wal as we list them.
  for (const f of readdirSync(dataDir).filter((f) => f.startsWith("assistant.sqlite"))) rmSync(join(dataDir, f), { force: true });
  const port = await freePort();
  const started = performance.now();
  // Its own process group, so stopping it stops npm and the node process it runs.
  const proc = spawn("npm", ["start"], { cwd: root, env: { ...env, PORT: String(port), HOST: "127.0.0.1" }, stdio: "ignore", detached: true });
  const exited = new Promise((resolve) => proc.once("exit", resolve));
  try {
    for (;;) {
      if (proc.exitCode !== null) throw new Error(`npm start exited with code ${proc.exitCode}`);
      const ready = await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false);
      if (ready) return performance.now() - started;
      await new Promise((r) => setTimeout(r, 20));
    }
  } finally {
    process.kill(-proc.pid!, "SIGTERM");
    await exited;
  }
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), "bench-retrieval-"));
  const env = { ...process.env, DATA_DIR: dataDir };
  try {
    let t = performance.now();
    const built = await openRetriever({ ...loadConfig(), dataDir }, { rebuildIndex: true, log: () => {} });
    const buildMs = performance.now() - t;
    const m = built.index?.manifest;
    console.log(`index build (model load + ${m?.chunks ?? 0} chunks and ${m?.sentences ?? 0} sentences embedded, saved): ${ms(buildMs)}`);

    const starts: number[] = [];
    for (let i = 0; i < START_ROUNDS; i++) starts.push(await startToReady(env, dataDir));
    console.log(`npm start to /readyz ready (index built at install, fresh database), ${START_ROUNDS} runs: ${starts.map(ms).join(", ")}; median ${ms(percentile([...starts].sort((a, b) => a - b), 0.5))}`);

    const r = await runChild(env);
    const sorted = [...r.latencies].sort((a, b) => a - b);
    console.log(`cold start to first answer (fresh node process, index on disk, ${r.mode}): ${ms(r.firstAnswerMs)}`);
    console.log(`per-query latency over ${questions.length} dev questions x ${ROUNDS}: p50 ${ms(percentile(sorted, 0.5))}, p95 ${ms(percentile(sorted, 0.95))}, max ${ms(sorted.at(-1)!)}`);
    console.log(`peak RSS of that process: ${(r.maxRssKb / 1024).toFixed(0)} MB`);

    t = performance.now();
    const cli = spawnSync("npm", ["run", "--silent", "cli", "--", "ask", questions[0]!, "--json"], { cwd: root, env, encoding: "utf8" });
    if (cli.status !== 0) throw new Error(`cli ask failed: ${cli.stderr}`);
    console.log(`CLI end to end, one question (npm run --silent cli -- ask … --json): ${ms(performance.now() - t)}`);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await (process.argv.includes("--child") ? child() : main());
