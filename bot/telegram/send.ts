// Replies from the dialogue core as Telegram messages: buttons become an inline keyboard, and a
// text over Telegram's length limit goes out in several messages, the keyboard under the last.
import type { Context } from "grammy";
import type { InlineKeyboardMarkup } from "grammy/types";
import type { Button, Reply } from "../dialogue/types.ts";

/** Telegram's limit on a message text. Counted here in UTF-16 units, which is never fewer than Telegram counts. */
export const MESSAGE_LIMIT = 4096;

const graphemes = new Intl.Segmenter("zh", { granularity: "grapheme" });

/** A line longer than the limit, cut between user-perceived characters (never inside an emoji or a surrogate pair). */
function wrapLine(line: string, limit: number): string[] {
  const pieces: string[] = [];
  let piece = "";
  for (const { segment } of graphemes.segment(line)) {
    if (piece.length + segment.length > limit) {
      pieces.push(piece);
      piece = "";
    }
    piece += segment;
  }
  return [...pieces, piece];
}

/**
 * Splits a text into parts of at most `limit`, at line boundaries where possible. Joining the parts
 * with "\n" (or "" where a single line had to be cut) gives the text back. Blank parts are left
 * out: Telegram refuses an empty message.
 */
export function splitText(text: string, limit = MESSAGE_LIMIT): string[] {
  const parts: string[] = [];
  let current: string | null = null;
  for (const line of text.split("\n")) {
    const joined: string = current === null ? line : `${current}\n${line}`;
    if (joined.length <= limit) {
      current = joined;
      continue;
    }
    if (current !== null) parts.push(current);
    const pieces = wrapLine(line, limit);
    current = pieces.pop()!;
    parts.push(...pieces);
  }
  if (current !== null) parts.push(current);
  return parts.filter((part) => part.trim() !== "");
}

export function inlineKeyboard(buttons: Button[][]): InlineKeyboardMarkup {
  return { inline_keyboard: buttons.map((row) => row.map((b) => ({ text: b.label, callback_data: b.data }))) };
}

/**
 * Sends the replies in order to the chat of the update; a reply that edits (a tick on a
 * multi-select) changes the keyboard of the pressed message instead.
 */
export async function sendReplies(ctx: Context, replies: Reply[]): Promise<void> {
  for (const reply of replies) {
    if (reply.edits && ctx.callbackQuery?.message) {
      await ctx.editMessageReplyMarkup({ reply_markup: inlineKeyboard(reply.buttons ?? []) });
      continue;
    }
    const parts = splitText(reply.text);
    const keyboard = reply.buttons?.length ? inlineKeyboard(reply.buttons) : undefined;
    for (const [i, part] of parts.entries()) {
      await ctx.reply(part, i === parts.length - 1 && keyboard ? { reply_markup: keyboard } : {});
    }
  }
}
