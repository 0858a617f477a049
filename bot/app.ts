// The application's parts wired together once: config, the SQLite store, the corpus and the
// retriever on it (loaded in the background so the HTTP service answers /healthz at once), and the
// dialogue core that every channel shares.
//
// A reload (SIGHUP, POST /api/admin/reload) reads the corpus again, checks the rules against it
// and builds a retriever on it aside, while requests go on being served; then it puts the new
// corpus and retriever in use in one synchronous step. A request that already holds the old
// retriever finishes on it.
import { join } from "node:path";
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
import { SqliteStore } from "./store/sqlite-store.ts";

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
  store: SqliteStore;
  dialogue: Dialogue;
  /** The retriever in use: resolves once the index is loaded (or rebuilt); /readyz waits on it. */
  readonly retriever: Promise<Retriever>;
  isReady(): boolean;
  screen(profile: Profile): ScreenResult;
  /**
   * Reads the corpus folder again and puts it in use with a retriever built on it. Throws
   * CorpusError or RuleCheckError (and changes nothing) when the new corpus is broken or the rules
   * cite what it no longer holds. A reload asked for while one runs joins it.
   */
  reload(): Promise<ReloadOutcome>;
  close(): Promise<void>;
}

/** The corpus of the configured folder as it is on disk now, with the rules checked against it. */
function readChecked(config: Config): Corpus {
  const corpus = readCorpus(config.corpusDir);
  checkRules(POLICY_DOCUMENTS, corpus);
  return corpus;
}

export function createApp(config: Config = loadConfig(), log: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): App {
  useCorpus(readChecked(config));
  const store = SqliteStore.open(join(config.dataDir, "assistant.sqlite"));
  const open = (corpus: Corpus) => openRetriever(config, { corpus, summarize: (id) => summarizeClause(id, todayInChina()), log });
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
  });
  return {
    config,
    store,
    dialogue,
    get retriever() {
      return retriever;
    },
    isReady: () => ready,
    screen: (profile) => screen(profile, { fxUsdCny: config.fxUsdCny, today: todayInChina() }),
    reload() {
      reloading ??= reload().finally(() => (reloading = null));
      return reloading;
    },
    async close() {
      await reloading?.catch(() => undefined);
      await retriever.catch(() => undefined);
      store.close();
    },
  };
}
