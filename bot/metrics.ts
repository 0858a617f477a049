// What /metrics serves, in Prometheus' text format: counts and latencies labelled only by route
// patterns, statuses, refusal kinds and channels — never a question, a path as typed or a figure.
// One registry per app, so two apps in one process (tests) count apart.
import { collectDefaultMetrics, Counter, Histogram, Registry } from "prom-client";
import type { Retriever } from "../retrieval/index.ts";
import { SessionBusy, type SessionStore } from "./store/session-store.ts";

export class Metrics {
  readonly registry = new Registry();
  readonly requests = new Counter({
    name: "http_requests_total",
    help: "HTTP requests answered, by method, route pattern and status",
    labelNames: ["method", "route", "status"] as const,
    registers: [this.registry],
  });
  readonly askSeconds = new Histogram({
    name: "ask_duration_seconds",
    help: "Time to answer a question (API and dialogue), in seconds",
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });
  readonly refusals = new Counter({
    name: "ask_refusals_total",
    help: "Questions answered with no answer, by reason: elsewhere (another place), no_evidence, filtered_out",
    labelNames: ["reason"] as const,
    registers: [this.registry],
  });
  readonly screenings = new Counter({
    name: "screenings_total",
    help: "Profiles screened through the API",
    registers: [this.registry],
  });
  readonly dialogueCompletions = new Counter({
    name: "dialogue_completions_total",
    help: "Guided screenings that reached their result, by channel (web, tg, cli)",
    labelNames: ["channel"] as const,
    registers: [this.registry],
  });
  readonly storeErrors = new Counter({
    name: "store_errors_total",
    help: "Session store operations that failed, by operation and kind (busy: refused after waiting for the session; failure: the database failed)",
    labelNames: ["operation", "kind"] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  /** The retriever with every ask timed and every refusal counted by its reason. */
  measureAsk(retriever: Retriever): Retriever {
    return {
      ...retriever,
      ask: async (question, options) => {
        const stop = this.askSeconds.startTimer();
        const result = await retriever.ask(question, options);
        stop();
        if (result.noAnswer) {
          // The answer does not carry the reason: the refused question is searched again, which is cheap next to answering one.
          const { refusal } = await retriever.search(question, retriever.mode, options);
          this.refusals.inc({ reason: refusal?.kind ?? "no_evidence" });
        }
        return result;
      },
    };
  }

  /** The store with its failures counted; a step's own error (the dialogue's) is not the store's. */
  countStoreErrors(store: SessionStore): SessionStore {
    const counted = async <T>(operation: string, run: () => Promise<T>, stepFailed = () => false): Promise<T> => {
      try {
        return await run();
      } catch (err) {
        if (!stepFailed()) this.storeErrors.inc({ operation, kind: err instanceof SessionBusy ? "busy" : "failure" });
        throw err;
      }
    };
    return {
      engine: store.engine,
      load: (id) => counted("load", () => store.load(id)),
      withSession: (id, step, options) => {
        let failed = false;
        const watched: typeof step = (current) => step(current).catch((err: unknown) => ((failed = true), Promise.reject(err)));
        return counted("withSession", () => store.withSession(id, watched, options), () => failed);
      },
      forget: (id) => counted("forget", () => store.forget(id)),
      expireIdle: (idleSince) => counted("expireIdle", () => store.expireIdle(idleSince)),
      ping: () => counted("ping", () => store.ping()),
      close: () => store.close(),
    };
  }
}

/** The channel of a session id (`web:…`, `tg:…`, `cli:…`). */
export const channelOf = (sessionId: string): string => /^(\w+):/u.exec(sessionId)?.[1] ?? "other";
