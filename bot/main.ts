// `npm start`: the HTTP service (API, docs, web console) on PORT, and the Telegram bot when a
// token is set. Without a token it says so in one line and serves the API alone.
import { loadConfig } from "../config.ts";
import { createApp } from "./app.ts";
import { buildServer } from "./http/server.ts";
import { startTelegram } from "./telegram/start.ts";

const log = (line: string) => process.stderr.write(`${line}\n`);
const config = loadConfig();
const app = createApp(config, log);
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
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
