// Subscriptions that push: the real app (SQLite file, corpus, evaluator) on a fixed clock, the bot
// against the fake Bot API. Subscribers get 210号's expiry notice once — also after a restart on
// the same database —, 429 answers are waited out for their retry_after, /unsubscribe and /forget
// stop the notices, and a document added to the corpus brings its own notice, then one when its
// validity changes.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createApp, type App } from "../bot/app.ts";
import { newSession, type Draft } from "../bot/dialogue/types.ts";
import { NO_PROFILE, SUBSCRIBED, UNSUBSCRIBED } from "../bot/notify/commands.ts";
import { Notifier } from "../bot/notify/scheduler.ts";
import { createSender } from "../bot/notify/sender.ts";
import { SESSION_COOKIE } from "../bot/http/routes/chat.ts";
import { buildServer } from "../bot/http/server.ts";
import { createBot } from "../bot/telegram/bot.ts";
import { loadConfig, type Config } from "../config.ts";
import { todayInChina } from "../corpus/dates.ts";
import { DEFAULT_CORPUS_DIR } from "../corpus/documents.ts";
import { POLICY_DOCUMENTS } from "../policies/rules/index.ts";
import { NEW_DOCUMENT_DIR, NEW_RULES } from "./helpers/new-document.ts";
import { FakeTelegram, SELLER } from "./helpers/telegram.ts";

const scratch = mkdtempSync(join(tmpdir(), "notify-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** 2026-12-05, 10:00 in China: nine days before 210号 ends. */
const TODAY = new Date("2026-12-05T02:00:00Z");

function configFor(dataDir: string, corpusDir = DEFAULT_CORPUS_DIR): Config {
  // No model: the retriever is lexical only, which the notices do not use anyway.
  return { ...loadConfig({}), dataDir, corpusDir, modelDir: join(scratch, "no-model"), telegram: { token: "123456:TEST-TOKEN", webhookUrl: undefined, webhookSecret: undefined, apiRoot: undefined } };
}

/** The app, its bot on the fake Bot API, and a sender whose waits move a fake clock instead of the real one. */
async function start(config: Config, clock: { now: Date }, telegram: FakeTelegram) {
  const app = createApp(config, () => undefined, { now: () => clock.now });
  const bot = createBot(app, { log: () => undefined, rateLimit: { updates: 1000, windowMs: 10_000 }, client: { fetch: telegram.fetch } });
  await bot.init();
  const waits: number[] = [];
  let fakeMs = 0;
  const send = createSender(bot.api, { now: () => fakeMs, sleep: async (ms) => void (waits.push(ms), (fakeMs += ms)) });
  const say = (userId: number, text: string) => bot.handleUpdate(telegram.message(userId, text));
  return { app, send, waits, say };
}

/** A user whose screening is saved with `profile`. */
async function withProfile(app: App, userId: number, profile: Record<string, unknown>): Promise<void> {
  await app.store.withSession(`tg:${userId}`, async () => ({ state: { ...newSession(), profile } }));
}

describe("notices to subscribers on a fixed clock", () => {
  const telegram = new FakeTelegram();
  const clock = { now: TODAY };
  const config = configFor(join(scratch, "data"));
  let running: Awaited<ReturnType<typeof start>>;
  afterAll(() => running.app.close());

  it("subscribes a user with a saved profile, and refuses one without", async () => {
    running = await start(config, clock, telegram);
    await withProfile(running.app, 501, SELLER);
    await running.say(501, "/subscribe");
    expect(telegram.sent(501).at(-1)!.text).toBe(SUBSCRIBED);
    expect(await running.app.store.notices.subscription("tg:501")).toMatchObject({ chatId: 501, since: "2026-12-05", shown: { "zz-2023-210-measures": { from: "2023-12-15", to: "2026-12-14" } } });
    await running.say(502, "/subscribe");
    expect(telegram.sent(502).at(-1)!.text).toBe(NO_PROFILE);
    expect(await running.app.store.notices.subscription("tg:502")).toBeNull();
  });

  it("sends the 210号 expiry notice with the date, the clauses, the estimates and what to do, once", async () => {
    const before = telegram.sent(501).length;
    expect(await running.app.notifier.run(running.send)).toEqual({ sent: 1, failed: 0 });
    const [notice, ...more] = telegram.sent(501).slice(before);
    expect(more).toEqual([]);
    expect(notice!.text).toContain("【政策即将到期】郑政文〔2023〕210号《郑州市加快推进跨境电商发展的若干措施》将于2026-12-14到期（还有9天）");
    expect(notice!.text).toContain("郑政文〔2023〕210号（一） 推动跨境电商应用：符合条件，估算36万元（每年）");
    expect(notice!.text).toContain("请在2026-12-14前向郑州市商务局咨询申报安排并提交申报材料");
    expect(notice!.text).toContain("/unsubscribe");
    expect((await running.app.store.notices.sent("tg:501")).map((s) => s.event)).toEqual(["ending:zz-2023-210-measures:2026-12-14"]);
    // The next day: the same event, not sent again.
    clock.now = new Date("2026-12-06T02:00:00Z");
    expect(await running.app.notifier.run(running.send)).toEqual({ sent: 0, failed: 0 });
  });

  it("sends nothing again after a restart: a new app on the same database", async () => {
    await running.app.close();
    running = await start(config, clock, telegram);
    const before = telegram.sent(501).length;
    expect(await running.app.notifier.run(running.send)).toEqual({ sent: 0, failed: 0 });
    expect(telegram.sent(501)).toHaveLength(before);
  });

  it("waits out 429 Too Many Requests for the retry_after the API names, then sends the notice once", async () => {
    await withProfile(running.app, 503, SELLER);
    await running.say(503, "/subscribe");
    const before = telegram.sent(503).length;
    telegram.floodLimit(2, 7);
    running.waits.length = 0;
    expect(await running.app.notifier.run(running.send)).toEqual({ sent: 1, failed: 0 });
    expect(telegram.refused.map((p) => p.chat_id)).toEqual([503, 503]);
    expect(running.waits.filter((ms) => ms === 7000)).toHaveLength(2);
    expect(telegram.sent(503).slice(before)).toHaveLength(1);
    expect(telegram.sent(503).at(-1)!.text).toContain("2026-12-14");
  });

  it("sends nothing after /unsubscribe or /forget", async () => {
    await withProfile(running.app, 504, SELLER);
    await withProfile(running.app, 505, SELLER);
    await running.say(504, "/subscribe");
    await running.say(505, "/subscribe");
    await running.say(504, "/unsubscribe");
    expect(telegram.sent(504).at(-1)!.text).toBe(UNSUBSCRIBED);
    await running.say(505, "/forget");
    expect(await running.app.store.notices.subscription("tg:505")).toBeNull();
    const [before4, before5] = [telegram.sent(504).length, telegram.sent(505).length];
    expect(await running.app.notifier.run(running.send)).toEqual({ sent: 0, failed: 0 });
    expect([telegram.sent(504).length, telegram.sent(505).length]).toEqual([before4, before5]);
  });

  it("lists the same notices for a web chat session on GET /api/chat/notices, by its cookie", async () => {
    const server = await buildServer(running.app, { logger: false });
    try {
      const started = await server.inject({ method: "POST", url: "/api/chat", payload: { command: "start" } });
      const cookie = started.cookies.find((c) => c.name === SESSION_COOKIE)!;
      await running.app.store.withSession(`web:${cookie.value}`, async (current) => ({ state: { ...current!, profile: SELLER as Draft } }));
      const listed = await server.inject({ method: "GET", url: "/api/chat/notices", cookies: { [SESSION_COOKIE]: cookie.value } });
      expect(listed.statusCode).toBe(200);
      expect(listed.json()).toMatchObject({ profile: true, subscribed: false, today: "2026-12-06", notices: [{ event: "ending:zz-2023-210-measures:2026-12-14", kind: "ending", sentAt: null }] });
      expect(listed.json().notices[0].text).toContain("将于2026-12-14到期（还有8天）");
      expect((await server.inject({ method: "GET", url: "/api/chat/notices" })).json()).toMatchObject({ profile: false, notices: [] });
    } finally {
      await server.close();
    }
  });

  it("ends the subscription of a user who blocked the bot, and keeps the notice unsent", async () => {
    await withProfile(running.app, 506, SELLER);
    await running.say(506, "/subscribe");
    telegram.blocked.add(506);
    expect(await running.app.notifier.run(running.send)).toEqual({ sent: 0, failed: 1 });
    expect(await running.app.store.notices.subscription("tg:506")).toBeNull();
    expect(await running.app.store.notices.sent("tg:506")).toEqual([]);
  });
});

describe("a document added to the corpus", () => {
  const corpusDir = join(scratch, "corpus");
  const folder = join(corpusDir, "zz-2027-1");
  const telegram = new FakeTelegram();
  const clock = { now: TODAY };
  let running: Awaited<ReturnType<typeof start>>;
  let notifier: Notifier;
  afterAll(() => running.app.close());

  it("brings subscribers whose profile meets its clauses a notice with the estimate, then one when its validity changes", async () => {
    cpSync(DEFAULT_CORPUS_DIR, corpusDir, { recursive: true });
    running = await start(configFor(join(scratch, "data-new"), corpusDir), clock, telegram);
    await withProfile(running.app, 601, { city: "zhengzhou", kinds: ["cbec_enterprise"], liveStreamSales: { amount: 6_000_000, currency: "CNY" } });
    await running.say(601, "/subscribe");
    await running.app.notifier.run(running.send);
    const before = telegram.sent(601).length;

    // Added on 2026-12-20 (as `cli doc add` records it), in force from 2027-01-05.
    cpSync(NEW_DOCUMENT_DIR, folder, { recursive: true });
    writeFileSync(join(folder, "document.yaml"), `${readFileSync(join(folder, "document.yaml"), "utf8")}addedOn: 2026-12-20\n`);
    expect((await running.app.reload()).changes.added).toEqual(["zz-2027-1"]);
    // With the rule written for it (a rule needs its document in the corpus).
    notifier = new Notifier({ store: running.app.store, today: () => todayInChina(clock.now), fxUsdCny: 7.1, policies: [...POLICY_DOCUMENTS, NEW_RULES] });
    expect(await notifier.run(running.send)).toEqual({ sent: 0, failed: 0 }); // not added yet on 2026-12-05
    clock.now = new Date("2026-12-21T02:00:00Z");
    expect(await notifier.run(running.send)).toEqual({ sent: 1, failed: 0 });
    const notice = telegram.sent(601).slice(before).at(-1)!.text;
    expect(notice).toContain("【新政策】2026-12-20收录了郑政办〔2027〕1号《郑州市支持跨境电商品牌出海的若干措施》（有效期2027-01-05至2029-01-04）");
    expect(notice).toContain("郑政办〔2027〕1号（二） 支持海外直播营销：符合条件，估算30万元（一次性）");
    expect(await notifier.run(running.send)).toEqual({ sent: 0, failed: 0 });

    // The bureau shortens it: the user was told of it, so the change is news too.
    writeFileSync(join(folder, "document.yaml"), readFileSync(join(folder, "document.yaml"), "utf8").replace("to: 2029-01-04", "to: 2028-01-04"));
    expect((await running.app.reload()).changes.changed).toEqual([{ docId: "zz-2027-1", validity: true, clauses: false }]);
    expect(await notifier.run(running.send)).toEqual({ sent: 1, failed: 0 });
    expect(telegram.sent(601).at(-1)!.text).toContain("【有效期变更】您查看过的郑政办〔2027〕1号《郑州市支持跨境电商品牌出海的若干措施》有效期由2027-01-05至2029-01-04变更为2027-01-05至2028-01-04");
    expect(await notifier.run(running.send)).toEqual({ sent: 0, failed: 0 });
  });
});
