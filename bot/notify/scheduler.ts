// The daily run: for every subscription, the notices its saved profile has today (events.ts), each
// claimed in the store before it is sent, so one event reaches a user once — across restarts, and
// when several instances run at the same hour. A notice that cannot be sent is released and tried
// on the next run; a chat that cannot be written to ends its subscription.
import { Cron } from "croner";
import { documentInfo } from "../../corpus/index.ts";
import type { PolicyDocument } from "../../policies/engine/types.ts";
import { validateProfile } from "../../policies/validate.ts";
import type { SessionStore } from "../store/session-store.ts";
import { noticesFor, screenOn, shownIn, type Notice } from "./events.ts";
import { ChatUnreachable, type Send } from "./sender.ts";

/** Daily at 09:00 China time: office hours, when an enterprise can act on a notice. */
export const NOTICE_SCHEDULE = "0 9 * * *";
export const NOTICE_TIMEZONE = "Asia/Shanghai";

/** Under every notice sent by Telegram. */
export const UNSUBSCRIBE_HINT = "（发送 /unsubscribe 取消提醒，/forget 删除全部数据）";

export interface NotifierDeps {
  store: SessionStore;
  /** Today in China (YYYY-MM-DD); tests fix it. */
  today: () => string;
  /** The clock the record of sent notices is stamped with. */
  now?: () => Date;
  fxUsdCny: number;
  /** The encoded rules (default: the shipped ones). */
  policies?: readonly PolicyDocument[];
  log?: (line: string) => void;
}

export interface RunOutcome {
  sent: number;
  failed: number;
}

/** A notice for the console: with when it was sent, or null while it waits for the next run. */
export interface ListedNotice extends Notice {
  sentAt: Date | null;
}

export class Notifier {
  private running: Promise<RunOutcome> | null = null;

  constructor(private readonly deps: NotifierDeps) {}

  /** The day the notices are for. */
  today(): string {
    return this.deps.today();
  }

  /**
   * The notices of a session's saved profile today: against what its subscription was shown, or,
   * without one, against the documents it is shown now (so only expiries). Null while the session
   * has no complete profile.
   */
  async noticesOf(sessionId: string): Promise<ListedNotice[] | null> {
    const { store } = this.deps;
    const [state, subscription, sent] = await Promise.all([store.load(sessionId), store.notices.subscription(sessionId), store.notices.sent(sessionId)]);
    const checked = state ? validateProfile(state.profile) : null;
    if (!checked?.ok) return null;
    const sentAt = new Map(sent.map((s) => [s.event, s.sentAt]));
    const today = this.deps.today();
    // Without a subscription, what /subscribe would record now.
    const shown = subscription?.shown ?? shownIn(screenOn(checked.profile, today, this.config()));
    return noticesFor(checked.profile, shown, today, this.config()).map((n) => ({ ...n, sentAt: sentAt.get(n.event) ?? null }));
  }

  /**
   * Saves a session's consent to notices for its saved profile, recording the documents its
   * screening shows today; false (nothing saved) while the session has no complete profile.
   */
  async subscribe(sessionId: string, chatId: number): Promise<boolean> {
    const state = await this.deps.store.load(sessionId);
    const checked = state ? validateProfile(state.profile) : null;
    if (!checked?.ok) return false;
    const today = this.deps.today();
    await this.deps.store.notices.subscribe({ sessionId, chatId, since: today, shown: shownIn(screenOn(checked.profile, today, this.config())) });
    return true;
  }

  /** Ends a session's subscription; false when it had none. */
  unsubscribe(sessionId: string): Promise<boolean> {
    return this.deps.store.notices.unsubscribe(sessionId);
  }

  /** Sends every subscriber the notices not sent before. A run asked for while one is under way joins it. */
  run(send: Send): Promise<RunOutcome> {
    this.running ??= this.sendAll(send).finally(() => (this.running = null));
    return this.running;
  }

  /** Runs daily on the schedule; returns the function that stops it and waits for a run under way. */
  schedule(send: Send): () => Promise<void> {
    const cron = new Cron(NOTICE_SCHEDULE, { timezone: NOTICE_TIMEZONE, unref: true, protect: true }, async () => {
      const { sent, failed } = await this.run(send).catch((err: Error) => (this.log(`notices: the run failed: ${err.message}`), { sent: 0, failed: 0 }));
      if (sent || failed) this.log(`notices: ${sent} sent, ${failed} not sent (tried again on the next run)`);
    });
    return async () => {
      cron.stop();
      await this.running?.catch(() => undefined);
    };
  }

  private config() {
    return { fxUsdCny: this.deps.fxUsdCny, ...(this.deps.policies ? { policies: this.deps.policies } : {}) };
  }

  private log(line: string): void {
    this.deps.log?.(line);
  }

  private async sendAll(send: Send): Promise<RunOutcome> {
    const { store } = this.deps;
    const now = this.deps.now ?? (() => new Date());
    const outcome: RunOutcome = { sent: 0, failed: 0 };
    const today = this.deps.today();
    for (const subscription of await store.notices.subscribers()) {
      const { sessionId, chatId } = subscription;
      const state = await store.load(sessionId);
      const checked = state ? validateProfile(state.profile) : null;
      if (!checked?.ok) continue; // the profile was reset: nothing to match until it is filled again
      const shown = { ...subscription.shown };
      for (const notice of noticesFor(checked.profile, shown, today, this.config())) {
        if (!(await store.notices.claim(sessionId, notice.event, now()))) continue;
        try {
          await send(chatId, `${notice.text}\n${UNSUBSCRIBE_HINT}`);
          outcome.sent++;
        } catch (err) {
          outcome.failed++;
          await store.notices.release(sessionId, notice.event);
          if (err instanceof ChatUnreachable) {
            await store.notices.unsubscribe(sessionId);
            this.log(`notices: ${err.message}; subscription of ${sessionId} ended`);
            break;
          }
          this.log(`notices: could not send ${notice.event} to ${sessionId}: ${(err as Error).message}`);
          continue;
        }
        // The document is shown as it is now: a later change of its validity is another event.
        if (notice.kind !== "ending") {
          const { from, to } = documentInfo(notice.docId).inForce;
          shown[notice.docId] = { from, to };
          await store.notices.subscribe({ ...subscription, shown });
        }
      }
    }
    return outcome;
  }
}
