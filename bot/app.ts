// The application's parts wired together once: config, the SQLite store, the retriever (loaded
// in the background so the HTTP service answers /healthz at once), and the dialogue core that
// every channel shares.
import { join } from "node:path";
import { loadConfig, type Config } from "../config.ts";
import { todayInChina } from "../corpus/validity.ts";
import { screen } from "../policies/screen.ts";
import type { Profile } from "../policies/profile.ts";
import type { ScreenResult } from "../policies/result.ts";
import { summarizeClause } from "../policies/summary.ts";
import { openRetriever, type Retriever } from "../retrieval/index.ts";
import { Dialogue } from "./dialogue/dialogue.ts";
import { SqliteStore } from "./store/sqlite-store.ts";

export interface App {
  config: Config;
  store: SqliteStore;
  dialogue: Dialogue;
  /** Resolves once the index is loaded (or rebuilt); /readyz waits on it. */
  retriever: Promise<Retriever>;
  isReady(): boolean;
  screen(profile: Profile): ScreenResult;
  close(): Promise<void>;
}

export function createApp(config: Config = loadConfig(), log: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): App {
  const store = SqliteStore.open(join(config.dataDir, "assistant.sqlite"));
  let ready = false;
  const retriever = openRetriever(config, { summarize: (id) => summarizeClause(id, todayInChina()), log }).then((r) => {
    ready = true;
    return r;
  });
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
    retriever,
    isReady: () => ready,
    screen: (profile) => screen(profile, { fxUsdCny: config.fxUsdCny, today: todayInChina() }),
    async close() {
      await retriever.catch(() => undefined);
      store.close();
    },
  };
}
