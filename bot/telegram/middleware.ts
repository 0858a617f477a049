// The small pieces of middleware around the dialogue: the error boundary's handler, the per-user
// rate limit, per-user ordering, and answering button presses.
import type { BotError, Context, MiddlewareFn } from "grammy";

export type Log = (line: string) => void;

export const APOLOGY = "抱歉，处理您的消息时出错了，请稍后再试。如果问题持续，可以发送 /help 查看用法。";
export const TOO_FAST = "您发送得太快了，请稍等几秒再继续。";

/** For `bot.errorBoundary`: the user gets a short apology, the log gets the update id and the error. */
export function apologize(log: Log) {
  return async (err: BotError<Context>): Promise<void> => {
    const { ctx, error } = err;
    log(`telegram: update ${ctx.update.update_id} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    if (ctx.chatId === undefined) return;
    await ctx.reply(APOLOGY).catch((e: unknown) => log(`telegram: could not send the apology for update ${ctx.update.update_id}: ${String(e)}`));
  };
}

export interface RateLimit {
  /** Updates a user may send per window. */
  updates: number;
  windowMs: number;
  /** The clock, in milliseconds; tests pass their own. */
  now?: () => number;
}

/**
 * At most `updates` per user per window. The first update over the limit gets one notice; the
 * rest are dropped without a word until the window has passed.
 */
export function rateLimit({ updates, windowMs, now = Date.now }: RateLimit): MiddlewareFn<Context> {
  const windows = new Map<number, { startedAt: number; count: number }>();
  let sweptAt = now();
  return async (ctx, next) => {
    const user = ctx.from!.id;
    const t = now();
    if (t - sweptAt >= windowMs) {
      // Forget users whose window has passed, so the map holds only recent senders.
      for (const [id, w] of windows) if (t - w.startedAt >= windowMs) windows.delete(id);
      sweptAt = t;
    }
    let window = windows.get(user);
    if (!window || t - window.startedAt >= windowMs) {
      window = { startedAt: t, count: 0 };
      windows.set(user, window);
    }
    window.count++;
    if (window.count <= updates) return next();
    if (window.count === updates + 1 && ctx.chatId !== undefined) await ctx.reply(TOO_FAST);
  };
}

/**
 * One update per user at a time, in arrival order, within this instance: webhook deliveries can
 * overlap, and a user's replies should go out in the order of their messages. (The session store
 * serializes a session across instances; this keeps the order of arrival here too.) Other users
 * are not held up.
 */
export function oneAtATimePerUser(): MiddlewareFn<Context> {
  const queues = new Map<number, Promise<void>>();
  return async (ctx, next) => {
    const user = ctx.from!.id;
    let finish!: () => void;
    const finished = new Promise<void>((resolve) => (finish = resolve));
    const previous = queues.get(user) ?? Promise.resolve();
    const last = previous.then(() => finished);
    queues.set(user, last);
    await previous;
    try {
      await next();
    } finally {
      finish();
      if (queues.get(user) === last) queues.delete(user);
    }
  };
}

/**
 * Answers every button press before it is handled, so the client stops its spinner; the reply
 * itself comes as a message. A press too old to answer (after downtime) is still handled.
 */
export function answerButtonPresses(log: Log): MiddlewareFn<Context> {
  return async (ctx, next) => {
    if (ctx.callbackQuery) {
      await ctx.answerCallbackQuery().catch((e: unknown) => log(`telegram: could not answer callback query of update ${ctx.update.update_id}: ${String(e)}`));
    }
    await next();
  };
}
