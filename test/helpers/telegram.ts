// A fake Telegram for the tests: the Bot API methods the bot uses (in process as the client's
// fetch, or as a local HTTP server), the updates of scripted users, and a user who answers the
// screening questions from a known enterprise.
import type { ApiClientOptions } from "grammy";
import type { InlineKeyboardMarkup, Update, UserFromGetMe } from "grammy/types";
import { EventEmitter } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { App } from "../../bot/app.ts";
import { getAt } from "../../bot/dialogue/draft.ts";
import { activitiesShown, GATE } from "../../bot/dialogue/gate.ts";
import type { Pending } from "../../bot/dialogue/types.ts";
import { field, schemaPath } from "../../policies/fields.ts";
import { cny } from "../../policies/money.ts";
import { reportSections } from "../../policies/report.ts";
import { validateProfile } from "../../policies/validate.ts";
import { answerInWords } from "./person.ts";


type Payload = Record<string, unknown>;
interface ApiCall {
  method: string;
  payload: Payload;
}
export interface SentMessage {
  message_id: number;
  chat_id: number;
  text: string;
  reply_markup?: InlineKeyboardMarkup;
}

export class FakeTelegram {
  readonly calls: ApiCall[] = [];
  readonly me = {
    id: 7_000_000,
    is_bot: true,
    first_name: "政策助手",
    username: "cbec_policy_test_bot",
    can_join_groups: true,
    can_read_all_group_messages: false,
    supports_inline_queries: false,
    can_connect_to_business: false,
    has_main_web_app: false,
    has_topics_enabled: false,
    allows_users_to_create_topics: false,
    can_manage_bots: false,
    supports_join_request_queries: false,
  } satisfies UserFromGetMe;
  private readonly queue: Update[] = [];
  private readonly changes = new EventEmitter();
  private lastUpdateId = 0;
  private lastMessageId = 0;
  /** The offset of the bot's latest getUpdates: every update below it has been handled. */
  private confirmed = 0;
  private server: Server | undefined;
  private closed = false;
  /** sendMessage calls still to refuse with 429, and the retry_after to name. */
  private tooMany = { calls: 0, retryAfter: 0 };
  /** Chats whose user blocked the bot: sendMessage answers 403. */
  readonly blocked = new Set<number>();
  /** The sendMessage calls refused with 429 (not in `calls`). */
  readonly refused: Payload[] = [];

  /** The next `calls` sendMessage calls get 429 Too Many Requests with parameters.retry_after, as the Bot API answers a flood. */
  floodLimit(calls: number, retryAfter: number): void {
    this.tooMany = { calls, retryAfter };
  }

  /** Messages the bot sent to a chat, in order. */
  sent(chatId: number): SentMessage[] {
    return this.calls.filter((c) => c.method === "sendMessage" && c.payload.chat_id === chatId).map((c) => c.payload as unknown as SentMessage);
  }

  callsOf(method: string): Payload[] {
    return this.calls.filter((c) => c.method === method).map((c) => c.payload);
  }

  async respond(method: string, payload: Payload): Promise<Payload> {
    if (method === "sendMessage" && this.tooMany.calls > 0) {
      this.tooMany.calls--;
      this.refused.push(payload);
      const after = this.tooMany.retryAfter;
      return { ok: false, error_code: 429, description: `Too Many Requests: retry after ${after}`, parameters: { retry_after: after } };
    }
    if (method === "sendMessage" && this.blocked.has(payload.chat_id as number)) {
      return { ok: false, error_code: 403, description: "Forbidden: bot was blocked by the user" };
    }
    if (method !== "getUpdates") this.calls.push({ method, payload });
    switch (method) {
      case "getMe":
        return { ok: true, result: this.me };
      case "getUpdates":
        return { ok: true, result: await this.getUpdates(payload) };
      case "sendMessage":
        // Kept with the call, so a press names the message and an edit finds it.
        payload.message_id = ++this.lastMessageId;
        return {
          ok: true,
          result: { message_id: payload.message_id, date: now(), chat: chatOf(payload.chat_id as number), from: this.me, text: payload.text, reply_markup: payload.reply_markup },
        };
      case "editMessageReplyMarkup": {
        const edited = this.sent(payload.chat_id as number).find((m) => m.message_id === payload.message_id);
        if (!edited) return { ok: false, error_code: 400, description: "Bad Request: message to edit not found" };
        edited.reply_markup = payload.reply_markup as InlineKeyboardMarkup;
        return { ok: true, result: { message_id: edited.message_id, date: now(), chat: chatOf(edited.chat_id), from: this.me, text: edited.text, reply_markup: edited.reply_markup } };
      }
      case "answerCallbackQuery":
      case "setMyCommands":
      case "setWebhook":
      case "deleteWebhook":
        return { ok: true, result: true };
      default:
        return { ok: false, error_code: 404, description: `Not Found: the fake Bot API has no ${method}` };
    }
  }

  /** Long polling as Telegram does it: confirm below `offset`, wait up to `timeout` seconds for more. */
  private async getUpdates({ offset = 0, limit = 100, timeout = 0 }: { offset?: number; limit?: number; timeout?: number }): Promise<Update[]> {
    this.confirmed = Math.max(this.confirmed, offset);
    this.changes.emit("change");
    const ready = () => this.queue.filter((u) => u.update_id >= offset);
    await this.until(() => ready().length > 0, timeout * 1000);
    return ready().slice(0, limit);
  }

  /** An update the bot will receive by long polling. */
  push(update: Update): void {
    this.queue.push(update);
    this.changes.emit("change");
  }

  /** Resolves once the bot has asked for the updates after `update`, i.e. has handled it. */
  async handled(update: Update, ms = 30_000): Promise<void> {
    if (!(await this.until(() => this.confirmed > update.update_id, ms))) throw new Error(`update ${update.update_id} was not handled within ${ms} ms`);
  }

  private until(condition: () => boolean, ms: number): Promise<boolean> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.changes.off("change", check);
        resolve(condition());
      };
      const check = () => (condition() || this.closed) && done();
      const timer = setTimeout(done, ms);
      this.changes.on("change", check);
      check();
    });
  }

  message(userId: number, text: string): Update {
    const command = /^\/\S+/u.exec(text);
    return this.update({
      message: {
        message_id: ++this.lastMessageId,
        date: now(),
        chat: chatOf(userId),
        from: userOf(userId),
        text,
        ...(command ? { entities: [{ type: "bot_command", offset: 0, length: command[0].length }] } : {}),
      },
    });
  }

  /** A press on a button of a message the bot sent. */
  press(userId: number, message: SentMessage, data: string): Update {
    const id = ++this.lastUpdateId;
    return {
      update_id: id,
      callback_query: {
        id: `press-${id}`,
        from: userOf(userId),
        chat_instance: `chat-${userId}`,
        data,
        message: { message_id: message.message_id, date: now(), chat: chatOf(userId), from: this.me, text: message.text },
      },
    } as Update;
  }

  private update(content: Omit<Update, "update_id">): Update {
    return { update_id: ++this.lastUpdateId, ...content } as Update;
  }

  /** The Bot API in process, as the client's fetch: no network. */
  readonly fetch = (async (url: string, init: { body: string }) => {
    const method = String(url).split("/").pop()!;
    return new Response(JSON.stringify(await this.respond(method, JSON.parse(init.body) as Payload)));
  }) as unknown as ApiClientOptions["fetch"];

  /** The Bot API as a local HTTP server (a self-hosted Bot API server's shape); returns its apiRoot. */
  async listen(): Promise<string> {
    this.server = createServer((req, res) => {
      let body = "";
      req.setEncoding("utf8");
      req.on("data", (chunk: string) => (body += chunk));
      req.on("end", async () => {
        const method = req.url!.split("/").pop()!;
        const response = await this.respond(method, body ? (JSON.parse(body) as Payload) : {});
        if (!res.destroyed) res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(response));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.changes.emit("change");
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server!.close(resolve));
  }
}

const now = () => Math.floor(Date.now() / 1000);
const userOf = (id: number) => ({ id, is_bot: false, first_name: "测试用户", language_code: "zh-hans" });
const chatOf = (id: number) => ({ id, type: "private" as const, first_name: "测试用户" });
export const buttonData = (m: SentMessage) => m.reply_markup?.inline_keyboard.flat().map((b) => ("callback_data" in b ? b.callback_data : "")) ?? [];

// ---------------------------------------------------------------------------------------------
// A user who answers the screening questions from a known enterprise, pressing the buttons the
// bot offers where there is one for the answer and typing otherwise.

export const SELLER = {
  city: "zhengzhou", district: "金水区", kinds: ["cbec_enterprise"],
  crossBorderTrade: cny(30_000_000), marketingSpend: cny(1_200_000), logisticsSpend: cny(2_600_000),
  demoParkLevel: "provincial", parkServiceFees: cny(500_000), inTalentIncubation: true,
  o2oStores: [{ location: "domestic", areaSqm: 1500, monthsOperating: 14, retailImport: cny(40_000_000) }],
};
export const AS_OF = "2024-06-30";

export type Step = { say: string } | { press: string };

/** What a person would send to answer the question at `path` with `value`: typed text or button presses. */
export function stepsFor(path: string, value: unknown): Step[] {
  if (value === undefined) return [{ press: "skip" }];
  const info = field(schemaPath(path));
  switch (info.type) {
    case "money": {
      const m = value as { amount: number; currency: string };
      return [{ say: `${m.amount / 10_000}万${m.currency === "USD" ? "美元" : "元"}` }];
    }
    case "boolean":
    case "enum":
      return [{ press: `a:${String(value)}` }];
    case "enum[]":
      return [...(value as string[]).map((k) => ({ press: `k:${k}` })), { press: "kd" }];
    case "ratio":
      return [{ say: `${(value as number) * 100}%` }];
    case "list":
      return [{ say: `${(value as unknown[]).length}个` }];
    case "text":
      return path === "city" ? [{ press: `a:${String(value)}` }] : [{ say: String(value) }];
    default:
      return [{ say: `${String(value)}${info.unit && info.unit !== "%" ? info.unit : ""}` }];
  }
}

/** The gate question answered from the profile: what it shows ticked, then 选好了 (其余不清楚 when it says nothing of some activity). */
export function gateSteps(truth: Record<string, unknown>): Step[] {
  const { ticked, unknown } = activitiesShown(truth as never);
  return [...ticked.map((a) => ({ press: `g:${a}` })), { press: unknown ? "gu" : "gd" }];
}

/** What a person sends to answer the waiting question knowing `truth`: the gate by its buttons, facts asked together in words, a field by stepsFor. */
export function answerSteps(pending: Pick<Pending, "path" | "also">, truth: Record<string, unknown>): Step[] {
  if (pending.path === GATE) return gateSteps(truth);
  if (pending.also?.length) return [{ say: answerInWords(pending, truth) }];
  return stepsFor(pending.path, getAt(truth as never, pending.path));
}

export class ScriptedUser {
  readonly presses: Update[] = [];
  constructor(
    private readonly telegram: FakeTelegram,
    readonly id: number,
    /** How an update reaches the bot; resolves once it is handled. */
    private readonly deliver: (update: Update) => Promise<void>,
  ) {}

  get sessionId(): string {
    return `tg:${this.id}`;
  }

  get sent(): SentMessage[] {
    return this.telegram.sent(this.id);
  }

  say(text: string): Promise<void> {
    return this.deliver(this.telegram.message(this.id, text));
  }

  /**
   * Presses a button of the latest bot message that offers it — `data` as sent, or without the
   * question instance a question's button carries (a:true for a:true@5); fails if the bot offered none.
   */
  press(data: string): Promise<void> {
    const matches = (d: string) => d === data || d.startsWith(`${data}@`);
    const message = this.sent.findLast((m) => buttonData(m).some(matches));
    if (!message) throw new Error(`the bot offered no button "${data}"; last message: ${this.sent.at(-1)?.text}`);
    const update = this.telegram.press(this.id, message, buttonData(message).find(matches)!);
    this.presses.push(update);
    return this.deliver(update);
  }

  /** Answers the question the session waits on; false when none is pending. */
  async answerNext(app: App, truth: Record<string, unknown>): Promise<boolean> {
    const pending = (await app.store.load(this.sessionId))?.pending;
    if (!pending) return false;
    for (const step of answerSteps(pending, truth)) {
      await ("press" in step ? this.press(step.press) : this.say(step.say));
    }
    return true;
  }

  async finishScreening(app: App, truth: Record<string, unknown>): Promise<void> {
    for (let turn = 0; turn < 80; turn++) if (!(await this.answerNext(app, truth))) return;
    throw new Error("the screening did not finish");
  }
}

/** What the bot must show at the end: the evaluator's own total for the same enterprise. */
export function expectedTotal(app: App, truth: Record<string, unknown>): { totalCny: number; line: string } {
  const v = validateProfile({ ...truth, asOf: AS_OF });
  if (!v.ok) throw new Error(JSON.stringify(v.problems));
  const result = app.screen(v.profile);
  return { totalCny: result.totalCny, line: reportSections(result).total };
}
