import type { SessionState } from "../dialogue/types.ts";

/** Where dialogue sessions live between messages (SQLite in production, memory in unit tests). */
export interface SessionStore {
  load(sessionId: string): SessionState | null;
  save(sessionId: string, state: SessionState): void;
  /** Deletes everything kept for the session (/forget). */
  forget(sessionId: string): void;
}
