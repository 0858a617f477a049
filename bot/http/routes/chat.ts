// POST /api/chat: the guided dialogue over HTTP, for a web chat. The same dialogue core as the
// Telegram bot; a web session is keyed `web:<sessionId>`, and a new id is issued when none is sent.
import { randomUUID } from "node:crypto";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { COMMANDS, type DialogueInput } from "../../dialogue/types.ts";
import type { App } from "../../app.ts";
import { TAGS } from "../docs.ts";
import { ErrorSchema } from "../schemas.ts";

const ChatBody = z
  .strictObject({
    sessionId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { message: "应为1–64位字母、数字、- 或 _（如服务端返回的 UUID）" }).optional().meta({
      label: "会话编号",
      description: "上次返回的 sessionId；不传则开始新会话 / the sessionId returned before; omit to start a session",
    }),
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

const ChatResponse = z.object({
  sessionId: z.string(),
  replies: z.array(z.object({ text: z.string(), buttons: z.array(z.array(ButtonSchema)).optional().meta({ description: "按钮，按行排列 / rows of buttons" }) })),
  mode: z.enum(["idle", "screening"]).meta({ description: "screening：筛查进行中，正在等待回答 / a screening is under way" }),
});

function inputOf(body: z.infer<typeof ChatBody>): DialogueInput {
  if (body.command !== undefined) return { kind: "command", name: body.command, ...(body.arg === undefined ? {} : { arg: body.arg }) };
  if (body.button !== undefined) return { kind: "button", data: body.button };
  return { kind: "text", text: body.text! };
}

export const chatRoutes: FastifyPluginAsyncZod<{ app: App }> = async (server, { app }) => {
  server.post("/api/chat", {
    schema: {
      summary: "对话（提问与引导式筛查） / Chat with the assistant",
      description:
        "每次发送 text、button、command 之一，返回回复和按钮；回复中的按钮以 button 字段发回。发送 command: screen 开始逐项询问的预筛查。\n" +
        "Send one of text, button or command; get replies with buttons (send a button's data back as `button`). command `screen` starts the guided screening.",
      tags: [TAGS.chat],
      body: ChatBody,
      response: { 200: ChatResponse, 400: ErrorSchema, 409: ErrorSchema },
    },
    handler: async (request) => {
      const sessionId = request.body.sessionId ?? randomUUID();
      const key = `web:${sessionId}`;
      const { replies, mode } = (await app.dialogue.turn(key, inputOf(request.body)))!;
      return { sessionId, replies, mode };
    },
  });
};
