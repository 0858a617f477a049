// The application's parts wired together once: config, the session store (SQLite, or PostgreSQL
// when DATABASE_URL is set), the retriever (loaded in the background so the HTTP service answers
// /healthz at once), the dialogue core that every channel shares, the metrics, and the hourly
// expiry of idle sessions.
import { Cron } from "croner";
import { loadConfig, type Config } from "../config.ts";
import { todayInChina } from "../corpus/validity.ts";
import { screen } from "../policies/screen.ts";
import type { Profile } from "../policies/profile.ts";
import type { ScreenResult } from "../policies/result.ts";
import { summarizeClause } from "../policies/summary.ts";
import { openRetriever, type Retriever } from "../retrieval/index.ts";
import { Dialogue } from "./dialogue/dialogue.ts";
import { channelOf, Metrics } from "./metrics.ts";
import { openStore } from "./store/open-store.ts";
import type { SessionStore, StoreOptions } from "./store/session-store.ts";

export interface Readiness {
  index: boolean;
  database: boolean;
}

export interface App {
  config: Config;
  store: SessionStore;
  dialogue: Dialogue;
  metrics: Metrics;
  /** Resolves once the index is loaded (or rebuilt); /readyz waits on it. */
  retriever: Promise<Retriever>;
  /** Whether the index is loaded. */
  isReady(): boolean;
  /** The index loaded and the database answering: what a load balancer should wait for. */
  readiness(): Promise<Readiness>;
  screen(profile: Profile): ScreenResult;
  /** Deletes the sessions unused for SESSION_TTL_DAYS (run at start and every hour); returns how many. */
  expireIdleSessions(): Promise<number>;
  close(): Promise<void>;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** Hourly, at a minute no other housekeeping is likely to pick. */
const EXPIRY_SCHEDULE = "17 * * * *";

export function createApp(
  config: Config = loadConfig(),
  log: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
  storeOptions: StoreOptions = {},
): App {
  const metrics = new Metrics();
  const store = metrics.countStoreErrors(openStore(config, storeOptions));
  const now = storeOptions.now ?? (() => new Date());
  let ready = false;
  const retriever = openRetriever(config, { summarize: (id) => summarizeClause(id, todayInChina()), log }).then((r) => {
    ready = true;
    return metrics.measureAsk(r);
  });
  const dialogue = new Dialogue({
    store,
    ask: async (question) => (await retriever).ask(question),
    fxUsdCny: config.fxUsdCny,
    today: todayInChina,
    onScreeningDone: (sessionId) => metrics.dialogueCompletions.inc({ channel: channelOf(sessionId) }),
  });

  const expireIdleSessions = () => store.expireIdle(new Date(now().getTime() - config.sessionTtlDays * DAY_MS));
  const expire = async (): Promise<void> => {
    try {
      const n = await expireIdleSessions();
      if (n > 0) log(`store: ${n} sessions idle for over ${config.sessionTtlDays} days deleted`);
    } catch (err) {
      log(`store: expiring idle sessions failed: ${(err as Error).message}`);
    }
  };
  const expiring = expire();
  const housekeeping = new Cron(EXPIRY_SCHEDULE, { unref: true, protect: true }, expire);

  return {
    config,
    store,
    dialogue,
    metrics,
    retriever,
    isReady: () => ready,
    async readiness() {
      const database = await store.ping().then(
        () => true,
        () => false,
      );
      return { index: ready, database };
    },
    screen(profile) {
      metrics.screenings.inc();
      return screen(profile, { fxUsdCny: config.fxUsdCny, today: todayInChina() });
    },
    expireIdleSessions,
    async close() {
      housekeeping.stop();
      await expiring;
      await retriever.catch(() => undefined);
      await store.close();
    },
  };
}
