// Guided screening as a grammY conversation. The dialogue core decides every question and keeps
// the pending one in SQLite; the conversation holds the chat in the screening until the core says
// it is over, and persists its own replay log (see bot.ts) so a restart resumes mid-screening.
import type { Conversation, ConversationFlavor } from "@grammyjs/conversations";
import type { Context } from "grammy";
import type { App } from "../app.ts";
import type { DialogueInput, Reply } from "../dialogue/types.ts";
import { readInput, sessionIdOf } from "./input.ts";
import { sendReplies } from "./send.ts";

export type BotContext = ConversationFlavor<Context>;

export const SCREENING = "screening";

export interface Turn {
  replies: Reply[];
  /** Whether the session is (still) in a screening after this input. */
  screening: boolean;
}

/** One input through the dialogue core. */
export async function takeTurn(app: App, sessionId: string, input: DialogueInput): Promise<Turn> {
  const replies = await app.dialogue.handle(sessionId, input);
  return { replies, screening: app.dialogue.mode(sessionId) === "screening" };
}

/**
 * Entered once an input has put the session into a screening (that input is already answered).
 * Each further message or button press is one turn, until the screening ends: finished,
 * cancelled, reset or forgotten.
 */
export function screeningConversation(app: App) {
  return async function screening(conversation: Conversation<BotContext, Context>, entry: Context): Promise<void> {
    const sessionId = sessionIdOf(entry);
    for (;;) {
      const ctx = await conversation.waitUntil((c) => readInput(c) !== undefined);
      // The core reads and writes SQLite and may query the retriever: done once, its result
      // logged, and never repeated when the conversation replays.
      const turn = await conversation.external(() => takeTurn(app, sessionId, readInput(ctx)!));
      await sendReplies(ctx, turn.replies);
      if (!turn.screening) return;
    }
  };
}
