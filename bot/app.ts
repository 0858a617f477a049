// The application's parts wired together once: config, the session store (SQLite, or PostgreSQL
// when DATABASE_URL is set), the corpus and the retriever on it (loaded in the background so the
// HTTP service answers /healthz at once), the dialogue core that every channel shares, the
// metrics, and the hourly expiry of idle sessions.
//
// A reload (SIGHUP, POST /api/admin/reload) reads the corpus again, checks the rules against it
// and builds a retriever on it aside, while requests go on being served; then it puts the new
// corpus and retriever in use in one synchronous step. A request that already holds the old
// retriever finishes on it.
import { Cron } from "croner";
import { loadConfig, type Config } from "../config.ts";
import { diffManifests, loadCorpus, readCorpus, useCorpus, type Corpus, type CorpusChanges } from "../corpus/index.ts";
import { todayInChina } from "../corpus/validity.ts";
import { POLICY_DOCUMENTS, checkRules } from "../policies/rules/index.ts";
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

export interface ReloadOutcome {
  documents: number;
  clauses: number;
  /** Documents added, removed or changed since the corpus that was in use. */
  changes: CorpusChanges;
  /** Whether the search index was loaded from disk or rebuilt for the new corpus (null without the model). */
  index: "loaded" | "built" | null;
}

export interface App {
  config: Config;
  store: SessionStore;
  dialogue: Dialogue;
  metrics: Metrics;
  /** The retriever in use: resolves once the index is loaded (or rebuilt); /readyz waits on it. */
  readonly retriever: Promise<Retriever>;
  /** Whether the index is loaded. */
  isReady(): boolean;
  /** The index loaded and the database answering: what a load balancer should wait for. */
  readiness(): Promise<Readiness>;
  screen(profile: Profile): ScreenResult;
  /**
   * Reads the corpus folder again and puts it in use with a retriever built on it. Throws
   * CorpusError or RuleCheckError (and changes nothing) when the new corpus is broken or the rules
   * cite what it no longer holds. A reload asked for while one runs joins it.
   */
  reload(): Promise<ReloadOutcome>;
  /** Deletes the sessions unused for SESSION_TTL_DAYS (run at start and every hour); returns how many. */
  expireIdleSessions(): Promise<number>;
  close(): Promise<void>;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** Hourly, at a minute no other housekeeping is likely to pick. */
const EXPIRY_SCHEDULE = "17 * * * *";

/** The corpus of the configured folder as it is on disk now, with the rules checked against it. */
function readChecked(config: Config): Corpus {
  const corpus = readCorpus(config.corpusDir);
  checkRules(POLICY_DOCUMENTS, corpus);
  return corpus;
}

export function createApp(
  config: Config = loadConfig(),
  log: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
  storeOptions: StoreOptions = {},
): App {
  useCorpus(readChecked(config));
  const metrics = new Metrics();
  const store = metrics.countStoreErrors(openStore(config, storeOptions));
  const now = storeOptions.now ?? (() => new Date());
  const open = async (corpus: Corpus) => metrics.measureAsk(await openRetriever(config, { corpus, summarize: (id) => summarizeClause(id, todayInChina()), log }));
  let ready = false;
  let retriever = open(loadCorpus()).then((r) => {
    ready = true;
    return r;
  });
  let reloading: Promise<ReloadOutcome> | null = null;

  async function reload(): Promise<ReloadOutcome> {
    const before = loadCorpus();
    const corpus = readChecked(config);
    const next = await open(corpus);
    // Put in use together: from here on every request sees the new corpus and retriever.
    useCorpus(corpus);
    retriever = Promise.resolve(next);
    ready = true;
    return { documents: corpus.documents.length, clauses: corpus.clauses.length, changes: diffManifests(before.manifest, corpus.manifest), index: next.index?.origin ?? null };
  }

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
    get retriever() {
      return retriever;
    },
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
    reload() {
      reloading ??= reload().finally(() => (reloading = null));
      return reloading;
    },
    expireIdleSessions,
    async close() {
      housekeeping.stop();
      await expiring;
      await reloading?.catch(() => undefined);
      await retriever.catch(() => undefined);
      await store.close();
    },
  };
}
