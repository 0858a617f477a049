// `npm start`: the HTTP service (API, docs, web console) on PORT, and the Telegram bot when a
// token is set. Without a token it says so in one line and serves the API alone.
import { loadConfig } from "../config.ts";
import { CorpusError } from "../corpus/index.ts";
import { RuleCheckError } from "../policies/rules/index.ts";
import { createApp, type App } from "./app.ts";
import { buildServer } from "./http/server.ts";
import { startTelegram } from "./telegram/start.ts";

const log = (line: string) => process.stderr.write(`${line}\n`);

/** A bad setting stops the start with one line naming it, not a stack trace. */
function configOrExit() {
  try {
    return loadConfig();
  } catch (err) {
    log(`config: ${(err as Error).message}`);
    process.exit(1);
  }
}

const config = configOrExit();
let app: App;
try {
  app = createApp(config, log);
} catch (err) {
  // A corpus that does not load, or rules citing what it does not hold: say which, and stop.
  if (!(err instanceof CorpusError || err instanceof RuleCheckError)) throw err;
  log(`cannot start: ${err instanceof CorpusError ? `the corpus in ${config.corpusDir} is invalid: ` : ""}${err.message}`);
  process.exit(1);
}
const server = await buildServer(app, {
  rateLimit: config.rateLimitPerMinute > 0 ? { max: config.rateLimitPerMinute, timeWindow: "1 minute" } : false,
  trustProxy: config.trustProxy,
});
// The API must not depend on Telegram being reachable: a failed bot start is one log line.
const stopTelegram = await startTelegram(app, server, log).catch((err: Error) => {
  log(`telegram: could not start (${err.message}); serving the HTTP API without it`);
  return async () => undefined;
});
const address = await server.listen({ port: config.port, host: config.host });
log(`http: listening on ${address} (API docs at /docs)`);
app.retriever.then(
  (r) => log(`retrieval: ready (${r.mode})`),
  (err: Error) => log(`retrieval: failed to load: ${err.message}`),
);
app.store.ping().then(
  () => log(`store: ${app.store.engine === "postgres" ? "PostgreSQL" : "SQLite"} ready`),
  (err: Error) => log(`store: the database does not answer yet (${err.message}); /readyz says 503 until it does`),
);

/**
 * Stops taking requests (the listener closes; a request on a kept-alive connection gets 503),
 * lets the ones in flight finish and write their sessions, then closes the database.
 */
let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log(`${signal}: finishing the requests in flight, then stopping`);
  try {
    await stopTelegram();
    await server.close();
    await app.close();
  } catch (err) {
    log(`${signal}: could not stop cleanly: ${(err as Error).message}`);
    process.exit(1);
  }
  log(`${signal}: stopped`);
  process.exit(0);
}
// SIGHUP: read the corpus folder again (a document added with `cli doc add`), as POST /api/admin/reload does.
process.on("SIGHUP", () => {
  log("SIGHUP: reloading the corpus");
  app.reload().then(
    (r) => log(`reload: ${r.documents} documents, ${r.clauses} clauses; added ${r.changes.added.join(", ") || "none"}, removed ${r.changes.removed.join(", ") || "none"}, changed ${r.changes.changed.map((c) => c.docId).join(", ") || "none"}; index ${r.index ?? "lexical only"}`),
    (err: Error) => log(`reload: failed, still serving the previous corpus: ${err.message}`),
  );
});
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
