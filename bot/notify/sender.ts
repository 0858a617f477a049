// Sending notices through the Bot API within Telegram's limits: messages to different chats are
// spaced (the API takes about 30 a second from one bot), messages to one chat a second apart, and
// a 429 answer is waited out for the retry_after it names before the message is tried again — all
// sending waits with it, since the limit is the bot's.
import { GrammyError, type Api } from "grammy";
import { splitText } from "../telegram/send.ts";

/** Below the Bot API's about 30 messages a second, to leave room for the replies to users. */
export const MESSAGES_PER_SECOND = 20;
/** Telegram asks for no more than one message a second to one chat. */
export const CHAT_SPACING_MS = 1000;
/** 429 answers waited out for one message before it is given up (it is tried again on the next run). */
export const MAX_RETRIES = 5;

export interface SenderOptions {
  /** Waits `ms` (tests pass one that moves a fake clock). */
  sleep?: (ms: number) => Promise<void>;
  /** The clock, in milliseconds. */
  now?: () => number;
  log?: (line: string) => void;
}

/** Sends a text to a chat, in several messages when it is long; throws what the API answered when it cannot. */
export type Send = (chatId: number, text: string) => Promise<void>;

/** The chat cannot be written to (the user blocked the bot, or the chat is gone): no use trying again. */
export class ChatUnreachable extends Error {
  constructor(readonly chatId: number, reason: string) {
    super(`chat ${chatId} cannot be written to: ${reason}`);
  }
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createSender(api: Pick<Api, "sendMessage">, options: SenderOptions = {}): Send {
  const { sleep = realSleep, now = Date.now, log = () => undefined } = options;
  let nextAt = 0;
  const chatNextAt = new Map<number, number>();

  /** Waits until both the bot and the chat may send again. */
  async function paced(chatId: number): Promise<void> {
    const wait = Math.max(nextAt, chatNextAt.get(chatId) ?? 0) - now();
    if (wait > 0) await sleep(wait);
    nextAt = now() + 1000 / MESSAGES_PER_SECOND;
    chatNextAt.set(chatId, now() + CHAT_SPACING_MS);
  }

  async function sendPart(chatId: number, text: string): Promise<void> {
    for (let retries = 0; ; retries++) {
      await paced(chatId);
      try {
        await api.sendMessage(chatId, text);
        return;
      } catch (err) {
        if (!(err instanceof GrammyError)) throw err;
        if (err.error_code === 403 || (err.error_code === 400 && /chat not found/iu.test(err.description))) throw new ChatUnreachable(chatId, err.description);
        const retryAfter = err.parameters.retry_after;
        if (err.error_code !== 429 || retryAfter === undefined || retries >= MAX_RETRIES) throw err;
        log(`notices: Telegram asks to wait ${retryAfter} s (429); sending resumes after it`);
        nextAt = now() + retryAfter * 1000;
      }
    }
  }

  return async (chatId, text) => {
    for (const part of splitText(text)) await sendPart(chatId, part);
  };
}
