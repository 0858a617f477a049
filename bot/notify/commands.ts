// /subscribe and /unsubscribe in Telegram, answered before the dialogue sees the update: consent
// to notices is the channel's, since the notices go to the chat it was given in. /forget (the
// dialogue's) ends the subscription too, with everything else kept for the user.
import { Composer, type Context } from "grammy";
import type { Notifier } from "./scheduler.ts";

/** For Telegram's command menu, beside the dialogue's commands. */
export const NOTICE_COMMANDS = {
  subscribe: "订阅政策提醒（到期、新政策、有效期变更）",
  unsubscribe: "取消政策提醒",
} as const;

export const SUBSCRIBED = [
  "已订阅政策提醒。每天上午9点按您保存的企业信息检查一次，以下情况会通知您（每件事只通知一次）：",
  "• 您符合或接近符合的条款将在30天内到期；",
  "• 新收录的政策中有您符合或接近符合的条款（附估算金额）；",
  "• 您查看过的政策文件有效期发生变化。",
  "企业信息有变化时用 /profile 修改，提醒随之更新。发送 /unsubscribe 取消，/forget 删除全部数据（含订阅）。",
].join("\n");
export const NO_PROFILE = "还没有保存完整的企业信息，无法订阅提醒。请先发送 /screen 完成预筛查，再发送 /subscribe。";
export const UNSUBSCRIBED = "已取消政策提醒，不会再收到通知。您的企业信息仍然保留（/forget 可全部删除）。";
export const NOT_SUBSCRIBED = "您没有订阅政策提醒。发送 /subscribe 可订阅。";

export function subscriptionCommands(notifier: Notifier, sessionIdOf: (ctx: Context) => string): Composer<Context> {
  const commands = new Composer<Context>();
  commands.command("subscribe", async (ctx) => {
    await ctx.reply((await notifier.subscribe(sessionIdOf(ctx), ctx.chat.id)) ? SUBSCRIBED : NO_PROFILE);
  });
  commands.command("unsubscribe", async (ctx) => {
    await ctx.reply((await notifier.unsubscribe(sessionIdOf(ctx))) ? UNSUBSCRIBED : NOT_SUBSCRIBED);
  });
  return commands;
}
