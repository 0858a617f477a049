// Starting the bot in the mode the configuration asks for: off without a token, long polling
// without a webhook URL, otherwise a webhook route on the HTTP service.
import type { FastifyInstance } from "fastify";
import { webhookCallback } from "grammy";
import { checkWebhookSecret } from "../../config.ts";
import type { App } from "../app.ts";
import type { CommandName } from "../dialogue/types.ts";
import { NOTICE_COMMANDS } from "../notify/commands.ts";
import { createSender } from "../notify/sender.ts";
import { createBot, type BotOptions } from "./bot.ts";
import { ALLOWED_UPDATES } from "./input.ts";
import type { Log } from "./middleware.ts";

export const WEBHOOK_PATH = "/telegram/webhook";

/** The menu Telegram shows for "/", in the order it shows it. */
const COMMAND_MENU: Record<CommandName, string> = {
  start: "开始使用",
  screen: "预筛查可申请的补贴（可加日期，如 /screen 2024-06-30）",
  ask: "提问政策问题",
  policies: "政策文件列表",
  clause: "查看条款原文，如 /clause 郑政〔2018〕4号第八条",
  profile: "查看或修改企业信息",
  reset: "清空企业信息",
  cancel: "退出筛查",
  forget: "删除我的全部数据",
  help: "使用说明",
};

/**
 * Calls to the webhook per source address: Telegram delivers from a few addresses, so the limit is
 * far above what it sends a bot of this size, and only a flood from one address meets it.
 */
export const WEBHOOK_RATE_LIMIT = { max: 1200, timeWindow: "1 minute" };

export type StopTelegram = () => Promise<void>;

export interface TelegramOptions extends Omit<BotOptions, "log"> {
  webhookRateLimit?: { max: number; timeWindow: string | number };
}

/**
 * Starts the bot, registering the webhook route on `server` in webhook mode (call before the
 * server listens). A bad token or an unreachable Bot API fails here, loudly. The returned function
 * stops polling after the updates being handled are done.
 */
export async function startTelegram(app: App, server: FastifyInstance, log: Log, options: TelegramOptions = {}): Promise<StopTelegram> {
  const { token, webhookUrl, webhookSecret } = app.config.telegram;
  if (!token) {
    log("telegram: off (TELEGRAM_BOT_TOKEN is not set)");
    return async () => undefined;
  }
  if (webhookUrl && !webhookSecret) throw new Error("WEBHOOK_URL is set but WEBHOOK_SECRET is not: refusing to accept webhook calls anyone could forge");
  if (webhookSecret) checkWebhookSecret(webhookSecret);

  const { webhookRateLimit = WEBHOOK_RATE_LIMIT, ...botOptions } = options;
  const bot = createBot(app, { ...botOptions, log });
  await bot.init();
  await bot.api.setMyCommands(Object.entries({ ...COMMAND_MENU, ...NOTICE_COMMANDS }).map(([command, description]) => ({ command, description })));
  // Daily, on every instance: the store's record of what was sent lets each notice out once.
  const stopNotices = app.notifier.schedule(createSender(bot.api, { log }));

  if (webhookUrl) {
    // Every call comes from Telegram's few addresses, so the service's per-IP limit would throttle
    // all users together: the route has its own, generous one, and the bot limits each user
    // itself. An update still being handled after
    // grammY's 10 s (the first question while the index loads) is acknowledged and finished, not
    // failed: Telegram would deliver it again and the user would get two answers.
    const handleUpdate = webhookCallback(bot, "fastify", { secretToken: webhookSecret, onTimeout: "return" });
    server.post(WEBHOOK_PATH, { config: { rateLimit: webhookRateLimit } }, handleUpdate);
    await bot.api.setWebhook(webhookUrl, { secret_token: webhookSecret, allowed_updates: [...ALLOWED_UPDATES] });
    log(`telegram: @${bot.botInfo.username} receives updates by webhook at ${webhookUrl}`);
    // The webhook stays set across restarts; Telegram keeps the updates until the route answers again.
    return stopNotices;
  }

  const polling = bot.start({ allowed_updates: [...ALLOWED_UPDATES] }).catch((error: unknown) => log(`telegram: long polling stopped: ${String(error)}`));
  log(`telegram: @${bot.botInfo.username} receives updates by long polling`);
  return async () => {
    await stopNotices();
    await bot.stop();
    await polling;
  };
}
