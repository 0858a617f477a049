// The Telegram bot: a thin channel over the dialogue core. Every update from a user passes, in
// order, the error boundary, the rate limit, the per-user queue and the button-press answer; then
// it is one dialogue turn. The core keeps the whole screening in the session store, so any
// instance can take a user's next update, and an update delivered twice is applied once.
import { Bot, type ApiClientOptions, type Context, type MiddlewareFn } from "grammy";
import type { App } from "../app.ts";
import { readInput, sessionIdOf } from "./input.ts";
import { answerButtonPresses, apologize, oneAtATimePerUser, rateLimit, type Log, type RateLimit } from "./middleware.ts";
import { sendReplies } from "./send.ts";

export interface BotOptions {
  log: Log;
  /** Bot API client settings on top of the configured TELEGRAM_API_ROOT (e.g. a fetch for tests). */
  client?: ApiClientOptions;
  rateLimit?: RateLimit;
}

export const DEFAULT_RATE_LIMIT: RateLimit = { updates: 20, windowMs: 10_000 };

export function createBot(app: App, options: BotOptions): Bot {
  const { token, apiRoot } = app.config.telegram;
  if (!token) throw new Error("TELEGRAM_BOT_TOKEN is not set");
  const bot = new Bot(token, { client: { ...(apiRoot ? { apiRoot } : {}), ...options.client } });

  // Channel posts and the like have no sender, hence no session: they are not for this bot.
  const fromUsers = bot.errorBoundary(apologize(options.log)).filter((ctx) => ctx.from !== undefined);
  fromUsers.use(rateLimit(options.rateLimit ?? DEFAULT_RATE_LIMIT));
  fromUsers.use(oneAtATimePerUser());
  fromUsers.use(answerButtonPresses(options.log));
  fromUsers.use(dialogueTurn(app));
  return bot;
}

/**
 * One input, one turn of the dialogue core, keyed by the update id: a redelivered update (after a
 * crash, or to a second instance) finds its id applied and sends nothing. The replies go out once
 * the turn is saved, so a reply never announces what a crash then lost.
 */
function dialogueTurn(app: App): MiddlewareFn<Context> {
  return async (ctx) => {
    const input = readInput(ctx);
    if (!input) return;
    const replies = await app.dialogue.handle(sessionIdOf(ctx), input, { updateId: ctx.update.update_id });
    await sendReplies(ctx, replies);
  };
}
