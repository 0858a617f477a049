// POST /api/chat: the guided dialogue over HTTP, for a web chat. The same dialogue core as the
// Telegram bot; a web session is keyed `web:<sessionId>`. Session ids are issued by this server
// only — 256 random bits — and travel in an HttpOnly, SameSite=Strict cookie, so a page's script
// never sees one and another site cannot send it. An id the server does not keep (made up, or
// forgotten) starts a new session: no one reads a session by naming it.
import { randomBytes } from "node:crypto";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { COMMANDS, type DialogueInput } from "../../dialogue/types.ts";
import type { App } from "../../app.ts";
import { TAGS } from "../docs.ts";
import { ErrorSchema } from "../schemas.ts";

export const SESSION_COOKIE = "chat_session";
const SESSION_DAYS = 30;
/** 32 random bytes in base64url. */
const SESSION_ID = /^[\w-]{43}$/u;
const issueSessionId = () => randomBytes(32).toString("base64url");

const ChatBody = z
  .strictObject({
    text: z.string().max(1000).optional().meta({ label: "消息", description: "用户输入的文字 / typed text", example: "出口信保有什么补贴？" }),
    button: z.string().max(64).optional().meta({ label: "按钮", description: "所点按钮的 data / the data of a button tapped" }),
    command: z.enum(COMMANDS).optional().meta({ label: "命令", description: "命令，如 screen（开始筛查） / a command" }),
    arg: z.string().max(200).optional().meta({ label: "命令参数", description: "命令的参数，如 clause 的条款编号 / the command's argument" }),
  })
  .refine((b) => [b.text, b.button, b.command].filter((v) => v !== undefined).length === 1, {
    message: "text、button、command 三者须有且只有一个",
  })
  .refine((b) => b.arg === undefined || b.command !== undefined, { message: "arg 只能与 command 一起使用", path: ["arg"] });

const ButtonSchema = z.object({ label: z.string(), data: z.string().meta({ description: "点按时作为 button 发回 / send back as `button`" }) });

const Buttons = z.array(z.array(ButtonSchema)).optional().meta({ description: "按钮，按行排列 / rows of buttons" });
const Mode = z.enum(["idle", "screening"]).meta({ description: "screening：筛查进行中，正在等待回答 / a screening is under way" });

const ChatResponse = z.object({
  replies: z.array(z.object({ text: z.string(), buttons: Buttons, edits: z.literal(true).optional().meta({ description: "替换所按按钮所在消息的按钮，而非新消息 / replaces the buttons of the message whose button was pressed" }) })),
  mode: Mode,
});

const ConversationResponse = z.object({
  transcript: z.array(z.object({ from: z.enum(["user", "bot"]), text: z.string(), buttons: Buttons })).meta({ description: "最近的对话，按时间顺序 / the latest messages, oldest first" }),
  mode: Mode,
});

function inputOf(body: z.infer<typeof ChatBody>): DialogueInput {
  if (body.command !== undefined) return { kind: "command", name: body.command, ...(body.arg === undefined ? {} : { arg: body.arg }) };
  if (body.button !== undefined) return { kind: "button", data: body.button };
  return { kind: "text", text: body.text! };
}

export const chatRoutes: FastifyPluginAsyncZod<{ app: App }> = async (server, { app }) => {
  /** The session id of the cookie, if the server keeps that session. */
  const keptSession = async (presented: string | undefined) =>
    presented !== undefined && SESSION_ID.test(presented) && (await app.dialogue.known(`web:${presented}`)) ? presented : null;

  server.get("/api/chat", {
    schema: {
      summary: "对话记录 / The conversation so far",
      description:
        "返回本会话（Cookie）最近的对话和状态，供页面重新加载后恢复对话和待回答的问题；没有会话时为空。\n" +
        "The latest messages of the cookie's session and its mode, so a reloaded page shows the conversation and the pending question again; empty without a session.",
      tags: [TAGS.chat],
      response: { 200: ConversationResponse },
    },
    handler: async (request) => {
      const sessionId = await keptSession(request.cookies[SESSION_COOKIE]);
      return sessionId === null ? { transcript: [], mode: "idle" as const } : app.dialogue.conversation(`web:${sessionId}`);
    },
  });

  server.post("/api/chat", {
    schema: {
      summary: "对话（提问与引导式筛查） / Chat with the assistant",
      description:
        "每次发送 text、button、command 之一，返回回复和按钮；回复中的按钮以 button 字段发回。发送 command: screen 开始逐项询问的预筛查。" +
        `会话由服务端签发的 Cookie \`${SESSION_COOKIE}\`（HttpOnly、SameSite=Strict，${SESSION_DAYS}天）维持，客户端只需保存并回传 Cookie；` +
        "服务端没有的会话编号一律开始新会话。command: forget（或输入 /forget）删除会话的全部数据并清除 Cookie。\n" +
        "Send one of text, button or command; get replies with buttons (send a button's data back as `button`). command `screen` starts the guided screening. " +
        `The session is the server-issued cookie \`${SESSION_COOKIE}\` (HttpOnly, SameSite=Strict, ${SESSION_DAYS} days): keep and send back the cookie. ` +
        "An id the server does not hold starts a new session. command `forget` (or typing /forget) deletes the session's data and clears the cookie.",
      tags: [TAGS.chat],
      body: ChatBody,
      response: { 200: ChatResponse, 400: ErrorSchema, 409: ErrorSchema },
    },
    handler: async (request, reply) => {
      const sessionId = (await keptSession(request.cookies[SESSION_COOKIE])) ?? issueSessionId();
      const key = `web:${sessionId}`;
      const { replies, mode, kept } = (await app.dialogue.turn(key, inputOf(request.body), { transcript: true }))!;
      const cookie = { path: "/api/chat", httpOnly: true, sameSite: "strict", secure: request.protocol === "https" } as const;
      // Kept while the session is, renewed with each use; gone with /forget.
      if (kept) reply.setCookie(SESSION_COOKIE, sessionId, { ...cookie, maxAge: SESSION_DAYS * 24 * 3600 });
      else reply.clearCookie(SESSION_COOKIE, cookie);
      return { replies, mode };
    },
  });
};
