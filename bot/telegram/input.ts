// What a Telegram update means to the dialogue core. Used both outside and inside the screening
// conversation, so a message is read the same way wherever it arrives.
import type { Context } from "grammy";
import { COMMANDS, type CommandName, type DialogueInput } from "../dialogue/types.ts";

/** The updates the bot asks Telegram for; everything it reads comes from these two. */
export const ALLOWED_UPDATES = ["message", "callback_query"] as const;

/** One session per Telegram user, whichever chat they write from. */
export const sessionIdOf = (ctx: Context): string => `tg:${ctx.from!.id}`;

const COMMAND = /^\/(\w+)(?:@(\w+))?(?:\s+([\s\S]*))?$/u;

/**
 * The dialogue input carried by an update: a button press, a command with its argument, or free
 * text. Undefined for anything else, and for commands addressed to another bot in a group.
 */
export function readInput(ctx: Context): DialogueInput | undefined {
  const data = ctx.callbackQuery?.data;
  if (data !== undefined) return { kind: "button", data };
  const text = ctx.message?.text;
  if (text === undefined) return undefined;
  const command = COMMAND.exec(text);
  if (!command) return { kind: "text", text };
  const [, name, addressee, arg] = command;
  if (addressee !== undefined && addressee.toLowerCase() !== ctx.me.username.toLowerCase()) return undefined;
  const lowered = name!.toLowerCase();
  // An unknown command would otherwise be taken as a question; the help lists the real ones.
  if (!(COMMANDS as readonly string[]).includes(lowered)) return { kind: "command", name: "help" };
  return arg?.trim() ? { kind: "command", name: lowered as CommandName, arg: arg.trim() } : { kind: "command", name: lowered as CommandName };
}
