// Where dialogue sessions live between messages, whatever the engine: SQLite in one file for one
// machine, PostgreSQL for several instances behind a load balancer. Every input is applied to its
// session in one atomic step, serialized per session across instances, so two inputs of one
// session never both read the state before either writes it back.
import type { SessionState } from "../dialogue/types.ts";

export interface SessionStep {
  /** The state to keep after the step. */
  state: SessionState;
}

export interface StepOptions {
  /**
   * The channel's id of the input (Telegram's update_id). An input whose id the session has
   * already applied is a redelivery: the step is not run and `withSession` returns null.
   */
  updateId?: number;
}

export interface StoreOptions {
  /** The clock for last-use times (tests move it). */
  now?: () => Date;
  /** How long an input waits for the session's earlier inputs before it is refused. */
  waitMs?: number;
}

export const DEFAULT_WAIT_MS = 10_000;

export interface SessionStore {
  readonly engine: "sqlite" | "postgres";
  /** The session as last saved; null when there is none (new, forgotten or expired). */
  load(sessionId: string): Promise<SessionState | null>;
  /**
   * Runs `step` on the session's current state (null for a new session) and saves the state it
   * returns, atomically and one at a time per session across every instance on the database.
   * Returns the step's result, or null when `options.updateId` was applied before. Throws
   * SessionBusy when the session stays locked by another input for too long.
   */
  withSession<T extends SessionStep>(sessionId: string, step: (current: SessionState | null) => Promise<T>, options?: StepOptions): Promise<T | null>;
  /** Deletes everything kept for the session (/forget). */
  forget(sessionId: string): Promise<void>;
  /** Deletes the sessions not used since `idleSince`; returns how many. */
  expireIdle(idleSince: Date): Promise<number>;
  /** Resolves when the database answers (readiness). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** A session kept locked by other inputs longer than the store waits: the input is refused, nothing is applied. */
export class SessionBusy extends Error {
  constructor(readonly sessionId: string) {
    super(`session ${sessionId} is busy with another input`);
  }
}

/** The operations under way, so that close() lets them finish before it closes the database. */
export class InFlight {
  private readonly running = new Set<Promise<unknown>>();

  track<T>(operation: Promise<T>): Promise<T> {
    this.running.add(operation);
    const done = () => this.running.delete(operation);
    operation.then(done, done);
    return operation;
  }

  async settled(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }
}

/** Telegram update ids remembered per session: far more than can be in flight or redelivered at once. */
export const UPDATE_WINDOW = 64;

/**
 * The update ids to keep after applying `updateId`, or null when it is a redelivery: already in
 * the window, or older than everything a full window holds. A window rather than only the last
 * id, because one user's updates from two chats may be delivered out of order; neither is lost.
 */
export function admitUpdate(applied: readonly number[], updateId: number | undefined): number[] | null {
  if (updateId === undefined) return [...applied];
  if (applied.includes(updateId)) return null;
  if (applied.length >= UPDATE_WINDOW && updateId < Math.min(...applied)) return null;
  return [...applied, updateId].sort((a, b) => a - b).slice(-UPDATE_WINDOW);
}

/** A schema change: applied once, in order, recorded in the engine's migrations table. Never edit one that shipped. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** The migrations not yet applied, refusing a database that a newer program has migrated further. */
export function pendingMigrations(migrations: readonly Migration[], appliedVersion: number): Migration[] {
  const latest = migrations.at(-1)?.version ?? 0;
  if (appliedVersion > latest) throw new Error(`database schema version ${appliedVersion} is newer than this program (${latest})`);
  return migrations.filter((m) => m.version > appliedVersion);
}
