// The Telegram bot: a thin channel over the dialogue core. Every update from a user passes, in
// order, the error boundary, the rate limit, the per-user queue and the button-press answer; then
// either the active screening conversation takes it, or it is handled here as one dialogue turn.
import { conversations, createConversation, type ConversationData, type VersionedState } from "@grammyjs/conversations";
import { Bot, type ApiClientOptions, type Context, type MiddlewareFn } from "grammy";
import type { App } from "../app.ts";
import { readInput, sessionIdOf } from "./input.ts";
import { answerButtonPresses, apologize, oneAtATimePerUser, rateLimit, type Log, type RateLimit } from "./middleware.ts";
import { SCREENING, screeningConversation, takeTurn, type BotContext } from "./screening.ts";
import { sendReplies } from "./send.ts";

export interface BotOptions {
  log: Log;
  /** Bot API client settings on top of the configured TELEGRAM_API_ROOT (e.g. a fetch for tests). */
  client?: ApiClientOptions;
  rateLimit?: RateLimit;
}

export const DEFAULT_RATE_LIMIT: RateLimit = { updates: 20, windowMs: 10_000 };

/**
 * Version of the stored screening conversations. Bump it when the conversation function changes
 * the order of its waits and externals: old replay logs are then dropped, and the next message is
 * handled outside and re-enters the conversation, the dialogue core having kept the screening.
 */
const CONVERSATION_VERSION = 1;

export function createBot(app: App, options: BotOptions): Bot<BotContext> {
  const { token, apiRoot } = app.config.telegram;
  if (!token) throw new Error("TELEGRAM_BOT_TOKEN is not set");
  const bot = new Bot<BotContext>(token, { client: { ...(apiRoot ? { apiRoot } : {}), ...options.client } });

  // Channel posts and the like have no sender, hence no session: they are not for this bot.
  const fromUsers = bot.errorBoundary(apologize(options.log)).filter((ctx) => ctx.from !== undefined);
  fromUsers.use(rateLimit(options.rateLimit ?? DEFAULT_RATE_LIMIT));
  fromUsers.use(oneAtATimePerUser());
  fromUsers.use(answerButtonPresses(options.log));
  fromUsers.use(conversations<BotContext, Context>({ storage: conversationStorage(app) }));
  fromUsers.use(createConversation(screeningConversation(app), SCREENING));
  fromUsers.use(dialogueTurn(app));
  return bot;
}

/** Conversation replay logs in SQLite, one row per user owned by the session, so /forget deletes it too. */
function conversationStorage(app: App) {
  const rows = app.store.keyValue("conversations", (sessionId) => sessionId);
  return {
    type: "key" as const,
    version: CONVERSATION_VERSION,
    getStorageKey: sessionIdOf,
    adapter: {
      read: (sessionId: string) => rows.read(sessionId) as VersionedState<ConversationData> | undefined,
      write: rows.write,
      delete: rows.delete,
    },
  };
}

/** An input outside any conversation: one turn; if it started a screening, the conversation takes over from the next input. */
function dialogueTurn(app: App): MiddlewareFn<BotContext> {
  return async (ctx) => {
    const input = readInput(ctx);
    if (!input) return;
    const turn = await takeTurn(app, sessionIdOf(ctx), input);
    await sendReplies(ctx, turn.replies);
    if (turn.screening) await ctx.conversation.enter(SCREENING);
  };
}
