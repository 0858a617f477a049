// Consent to be notified, and the notices sent, kept beside the sessions in the same database:
// whatever the engine, a notice claimed once is never claimed again, so one event reaches a user
// once across restarts and across instances.
import type { DocId } from "../../corpus/declaration.ts";

/** A document's in-force range as the user was shown it. */
export interface ShownValidity {
  from: string;
  to: string | null;
}

export interface Subscription {
  /** The session whose saved profile the notices are for (`tg:<user id>`). */
  sessionId: string;
  /** Where the notices go. */
  chatId: number;
  /** The day consent was given (YYYY-MM-DD, China time). */
  since: string;
  /** The documents the user was shown, with their validity then: a change of it is an event. */
  shown: Record<DocId, ShownValidity>;
}

export interface SentNotice {
  /** The event's key (see bot/notify/events.ts). */
  event: string;
  sentAt: Date;
}

export interface NoticeStore {
  /** Saves (or renews) the consent of a session. */
  subscribe(subscription: Subscription): Promise<void>;
  /** Ends it; false when there was none. The record of what was sent stays (until /forget). */
  unsubscribe(sessionId: string): Promise<boolean>;
  subscription(sessionId: string): Promise<Subscription | null>;
  /** Every subscription, oldest first. */
  subscribers(): Promise<Subscription[]>;
  /**
   * Records the event as sent to the session, unless it is recorded already: true for the one
   * caller that records it (that caller sends it), false for every other.
   */
  claim(sessionId: string, event: string, at: Date): Promise<boolean>;
  /** Takes a claim back after the notice could not be sent, so a later run tries again. */
  release(sessionId: string, event: string): Promise<void>;
  /** The events sent to the session, in the order sent. */
  sent(sessionId: string): Promise<SentNotice[]>;
}
