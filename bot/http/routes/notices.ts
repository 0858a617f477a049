// GET /api/chat/notices: the notices the chat session's saved profile has today, as a subscriber
// would get them in Telegram (bot/notify/). Under /api/chat, so the browser sends the chat's
// HttpOnly session cookie with it; without a kept session the list is empty.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { App } from "../../app.ts";
import { TAGS } from "../docs.ts";
import { SESSION_COOKIE } from "./chat.ts";

const NoticesResponse = z.object({
  profile: z.boolean().meta({ description: "会话是否保存了完整的企业信息 / whether the session holds a complete profile" }),
  subscribed: z.boolean().meta({ description: "是否已订阅（在 Telegram 中 /subscribe） / subscribed to notices" }),
  today: z.string(),
  notices: z.array(
    z.object({
      event: z.string().meta({ description: "事件键，每个用户每个事件只发送一次 / the event's key: sent once per user" }),
      kind: z.enum(["ending", "new_document", "validity_changed"]),
      docId: z.string(),
      text: z.string(),
      sentAt: z.string().nullable().meta({ description: "已发送的时间；null 为尚未发送 / when it was sent, or null" }),
    }),
  ),
});

export const noticeRoutes: FastifyPluginAsyncZod<{ app: App }> = async (server, { app }) => {
  server.get("/api/chat/notices", {
    schema: {
      summary: "会话的政策提醒 / The notices of the chat session",
      description:
        `按 Cookie \`${SESSION_COOKIE}\` 的会话所保存的企业信息，列出今天的提醒：符合或接近符合的条款30天内到期、新收录政策中有符合的条款、查看过的文件有效期变更。\n` +
        `The notices the profile saved in the \`${SESSION_COOKIE}\` session has today: clauses it meets or nearly meets ending within 30 days, a newly added document with such clauses, a change of validity of a document it was shown.`,
      tags: [TAGS.chat],
      response: { 200: NoticesResponse },
    },
    handler: async (request) => {
      const presented = request.cookies[SESSION_COOKIE];
      const sessionId = presented ? `web:${presented}` : null;
      const listed = sessionId ? await app.notifier.noticesOf(sessionId) : null;
      const subscribed = sessionId !== null && (await app.store.notices.subscription(sessionId)) !== null;
      return {
        profile: listed !== null,
        subscribed,
        today: app.notifier.today(),
        notices: (listed ?? []).map((n) => ({ ...n, sentAt: n.sentAt?.toISOString() ?? null })),
      };
    },
  });
};
