// The Telegram channel with the real app (SQLite, dialogue core, retriever) against a fake Bot API:
// in process through the client's fetch, and over HTTP as a local Bot API server for long polling,
// restarts and the webhook.
import Fastify from "fastify";
import type { Bot } from "grammy";
import type { Update } from "grammy/types";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createApp, type App } from "../bot/app.ts";
import { getAt } from "../bot/dialogue/draft.ts";
import { askedPaths, isChecklist } from "../bot/dialogue/questions.ts";
import { COMMANDS } from "../bot/dialogue/types.ts";
import { NOTICE_COMMANDS } from "../bot/notify/commands.ts";
import { buildServer } from "../bot/http/server.ts";
import { createBot } from "../bot/telegram/bot.ts";
import { APOLOGY, TOO_FAST } from "../bot/telegram/middleware.ts";
import { MESSAGE_LIMIT, splitText } from "../bot/telegram/send.ts";
import { startTelegram, WEBHOOK_PATH } from "../bot/telegram/start.ts";
import { loadConfig, type Config } from "../config.ts";
import { loadCorpus } from "../corpus/index.ts";
import { field, schemaPath } from "../policies/fields.ts";
import { AS_OF, buttonData, expectedTotal, FakeTelegram, ScriptedUser, SELLER } from "./helpers/telegram.ts";

const TOKEN = "123456:TEST-TOKEN";
/** Scripted users answer faster than people; the limit itself has its own test. */
const UNHURRIED = { rateLimit: { updates: 1000, windowMs: 10_000 } };

// ---------------------------------------------------------------------------------------------
// The app: real, in a temporary data directory. The retrieval index is built once and copied.

const dataDirs: string[] = [];
let seedDir: string;

beforeAll(async () => {
  seedDir = mkdtempSync(join(tmpdir(), "telegram-seed-"));
  dataDirs.push(seedDir);
  const seed = createApp(configFor(seedDir), () => undefined);
  await seed.retriever;
  await seed.close();
});
afterAll(() => dataDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function freshDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "telegram-test-"));
  dataDirs.push(dir);
  cpSync(join(seedDir, "index"), join(dir, "index"), { recursive: true });
  return dir;
}

function configFor(dataDir: string, telegram: Partial<Config["telegram"]> = {}): Config {
  return { ...loadConfig({}), dataDir, telegram: { token: TOKEN, webhookUrl: undefined, webhookSecret: undefined, apiRoot: undefined, ...telegram } };
}

// ---------------------------------------------------------------------------------------------

describe("the bot, update by update (in-process Bot API)", () => {
  let app: App;
  let telegram: FakeTelegram;
  let bot: Bot;
  const log: string[] = [];

  beforeAll(async () => {
    app = createApp(configFor(freshDataDir()), () => undefined);
    await app.retriever;
    telegram = new FakeTelegram();
    bot = createBot(app, { ...UNHURRIED, log: (l) => log.push(l), client: { fetch: telegram.fetch } });
    await bot.init();
  });
  afterAll(() => app.close());
  afterEach(() => vi.restoreAllMocks());

  const user = (id: number) => new ScriptedUser(telegram, id, (u) => bot.handleUpdate(u));

  it("greets /start with the main buttons", async () => {
    const u = user(101);
    await u.say("/start");
    const [greeting] = u.sent;
    expect(greeting!.text).toContain("跨境电商政策助手");
    expect(buttonData(greeting!)).toEqual(["scr", "pol", "prof"]);
    expect(greeting!.reply_markup!.inline_keyboard[0]!.map((b) => b.text)).toEqual(["开始筛查", "政策文件", "我的信息"]);
  });

  it("runs a whole screening from texts and button presses to the evaluator's result, answering every press", async () => {
    const u = user(102);
    await u.say(`/screen ${AS_OF}`);
    await u.finishScreening(app, SELLER);

    const expected = expectedTotal(app, SELLER);
    expect(expected.totalCny).toBeGreaterThan(0);
    const result = u.sent.find((m) => m.text.includes("合计"));
    expect(result?.text).toContain(expected.line);
    expect((await app.store.load(u.sessionId))!.mode).toBe("idle");

    expect(u.presses.length).toBeGreaterThan(3);
    const answered = telegram.callsOf("answerCallbackQuery").map((p) => p.callback_query_id);
    for (const press of u.presses) expect(answered).toContain(press.callback_query!.id);
  });

  it("applies an update delivered twice (a redelivery, or to two instances) once, and answers it once", async () => {
    const u = user(103);
    await u.say(`/screen ${AS_OF}`);
    await u.answerNext(app, SELLER); // the city; the kinds come next, ticked one button at a time
    expect((await app.store.load(u.sessionId))!.pending!.path).toBe("kinds");
    const tick = telegram.press(u.id, u.sent.at(-1)!, buttonData(u.sent.at(-1)!).find((d) => d.startsWith("k:cbec_enterprise@"))!);
    const sentBefore = u.sent.length;
    const editsBefore = telegram.callsOf("editMessageReplyMarkup").length;
    await Promise.all([bot.handleUpdate(tick), bot.handleUpdate(tick)]);
    await bot.handleUpdate(tick);
    // Applied twice, the tick would have been taken back.
    expect((await app.store.load(u.sessionId))!.pending!.kindsTicked).toEqual(["cbec_enterprise"]);
    expect(u.sent.length).toBe(sentBefore);
    expect(telegram.callsOf("editMessageReplyMarkup").length).toBe(editsBefore + 1);

    await u.press("kd");
    expect(getAt((await app.store.load(u.sessionId))!.profile, "kinds")).toEqual(["cbec_enterprise"]);
    await u.finishScreening(app, SELLER);
    expect(u.sent.find((m) => m.text.includes("合计"))?.text).toContain(expectedTotal(app, SELLER).line);
  });

  it("ticks a multi-select in its own message (editMessageReplyMarkup), one question number, and 跳过 keeps the ticks (issue 10)", async () => {
    const u = user(115);
    await u.say(`/screen ${AS_OF}`);
    await u.answerNext(app, SELLER);
    const question = u.sent.at(-1)!;
    const number = /【第(\d+)问】/u.exec(question.text)![1];
    const sentBefore = u.sent.length;
    await u.press("k:cbec_enterprise");
    await u.press("k:logistics_enterprise");
    await u.press("k:logistics_enterprise"); // taken back
    expect(u.sent.length).toBe(sentBefore);
    const edits = telegram.callsOf("editMessageReplyMarkup").filter((e) => e.chat_id === u.id);
    expect(edits).toHaveLength(3);
    expect(edits.every((e) => e.message_id === question.message_id)).toBe(true);
    const labels = question.reply_markup!.inline_keyboard.flat().map((b) => b.text);
    expect(labels.filter((l) => l.startsWith("✓ "))).toHaveLength(1);
    await u.say("跳过");
    const state = (await app.store.load(u.sessionId))!;
    expect(getAt(state.profile, "kinds")).toEqual(["cbec_enterprise"]);
    const next = u.sent.find((m, i) => i >= sentBefore && /【第\d+问】/u.test(m.text))!;
    expect(next.text).toContain(`【第${Number(number) + 1}问】`);
  });

  it("asks the yes/no conditions as one checklist ticked in its own message, and 选好了 records the rest as 否 (issue 10)", async () => {
    const u = user(118);
    const truth = { city: "zhengzhou", kinds: ["cbec_enterprise"], overseasWarehouses: [{ mode: "leased_whole" }] };
    await u.say("/screen 2019-06-30");
    for (let i = 0; i < 3; i++) await u.answerNext(app, truth); // city, kinds, the activities
    const waiting = (await app.store.load(u.sessionId))!.pending!;
    expect(isChecklist(waiting)).toBe(true);
    const question = u.sent.at(-1)!;
    expect(question.text).toContain("以下哪些符合贵单位的情况？");
    const sentBefore = u.sent.length;
    const editsBefore = telegram.callsOf("editMessageReplyMarkup").length;
    await u.press("y:0");
    await u.press("y:2");
    expect(u.sent.length).toBe(sentBefore);
    const edits = telegram.callsOf("editMessageReplyMarkup").slice(editsBefore);
    expect(edits.map((e) => [e.chat_id, e.message_id])).toEqual([[u.id, question.message_id], [u.id, question.message_id]]);
    expect(question.reply_markup!.inline_keyboard.flat().filter((b) => b.text.startsWith("✓ "))).toHaveLength(2);
    await u.press("yd");
    const paths = askedPaths(waiting);
    const profile = (await app.store.load(u.sessionId))!.profile;
    expect(paths.map((p) => getAt(profile, p))).toEqual(paths.map((_, i) => i === 0 || i === 2));
    expect(u.sent[sentBefore]!.text).toMatch(/^已记录：/u);
  });

  it("changes an answer mid-screening, typed (修改出口额) or from /profile's buttons, and then returns to the question that waited (issue 10)", async () => {
    const u = user(116);
    await u.say(`/screen ${AS_OF}`);
    for (let i = 0; i < 3; i++) await u.answerNext(app, SELLER);
    const waiting = (await app.store.load(u.sessionId))!.pending!;
    const n = /【第(\d+)问】/u.exec(u.sent.at(-1)!.text)![1];

    await u.say("修改出口额");
    const exports = (await app.store.load(u.sessionId))!.pending!;
    expect(field(schemaPath(exports.path)).label).toBe("跨境电商出口额");
    expect(u.sent.at(-1)!.text).toContain(field(schemaPath(exports.path)).ask!);
    await u.say("100万美元");
    expect(u.sent.at(-2)!.text).toMatch(/^已记录：跨境电商出口额 100万美元/u);
    expect(u.sent.at(-1)!.text).toMatch(new RegExp(`^回到第${n}问：`, "u"));
    expect((await app.store.load(u.sessionId))!.pending).toEqual(waiting);

    // /profile lists the answers, each with a button that asks it again; then back to the same question.
    await u.say("/profile");
    const listed = u.sent.at(-1)!;
    expect(listed.text).toContain("跨境电商出口额：100万美元");
    await u.press(`e:${exports.path}`);
    expect((await app.store.load(u.sessionId))!.pending!.path).toBe(exports.path);
    await u.say("200万美元");
    expect(u.sent.at(-1)!.text).toMatch(new RegExp(`^回到第${n}问：`, "u"));
    const after = (await app.store.load(u.sessionId))!;
    expect(getAt(after.profile, exports.path)).toEqual({ amount: 2_000_000, currency: "USD" });
    expect(after.pending).toEqual(waiting);
    await u.finishScreening(app, SELLER);
    expect(u.sent.some((m) => m.text.includes("合计"))).toBe(true);
  });

  it("applies a yes/no button of an earlier question to that question only, saying what it changed (issue 10)", async () => {
    const u = user(114);
    await u.say(`/screen ${AS_OF}`);
    await u.say("郑州");
    await u.say("跨境电商企业");
    // The gate (issue 10 item 2): ticks and 选好了 on its buttons; what is not ticked is recorded as none.
    expect(u.sent.at(-1)!.text).toContain("贵单位有以下哪些业务或投入？");
    await u.press("g:hq");
    await u.press("g:marketing");
    await u.press("gd");
    expect(u.sent.at(-2)!.text).toBe("已记录：有网络推广、平台与独立站、总部；其余没有。");
    expect(getAt((await app.store.load(u.sessionId))!.profile, "o2oStores")).toEqual([]);
    const earlier = u.sent.at(-1)!;
    const earlierPath = (await app.store.load(u.sessionId))!.pending!.path;
    expect(buttonData(earlier).some((d) => d.startsWith("a:false@"))).toBe(true);
    await u.say("是");
    const waiting = (await app.store.load(u.sessionId))!.pending!;
    expect(waiting.path).not.toBe(earlierPath);

    await bot.handleUpdate(telegram.press(u.id, earlier, buttonData(earlier).find((d) => d.startsWith("a:false@"))!));
    const n = /【第(\d+)问】/u.exec(earlier.text)![1];
    expect(u.sent.at(-2)!.text).toBe(`已将第${n}问改为：否`);
    expect(u.sent.at(-1)!.text).toMatch(/^回到第\d+问：/u);
    const after = (await app.store.load(u.sessionId))!;
    expect(getAt(after.profile, earlierPath)).toBe(false);
    expect(getAt(after.profile, waiting.path)).toBeUndefined();
    expect(after.pending).toEqual(waiting);
  });

  it("handles one user's updates one at a time, in order, even when they arrive together (webhook)", async () => {
    const u = user(112);
    await u.say(`/screen ${AS_OF}`);
    const city = u.sent.at(-1)!;
    const [pickCity, typeKinds, tapHelp] = [
      telegram.press(u.id, city, buttonData(city).find((d) => d.startsWith("a:zhengzhou@"))!),
      telegram.message(u.id, "跨境电商企业"),
      telegram.message(u.id, "/help"),
    ];
    await Promise.all([pickCity, typeKinds, tapHelp].map((update) => bot.handleUpdate(update)));
    const state = (await app.store.load(u.sessionId))!;
    expect(state.profile).toMatchObject({ city: "zhengzhou", kinds: ["cbec_enterprise"] });
    expect(u.sent.at(-1)!.text).toContain("/screen"); // the help came last
  });

  it("splits a reply over 4096 characters at line boundaries, losing nothing, buttons under the last part", async () => {
    const text = loadCorpus().clauses.map((c) => `${c.docNumber}${c.label}\n${c.text}`).join("\n");
    expect(text.length).toBeGreaterThan(3 * MESSAGE_LIMIT);
    const buttons = [[{ label: "开始筛查", data: "scr" }]];
    vi.spyOn(app.dialogue, "handle").mockResolvedValueOnce([{ text, buttons }]);
    const u = user(104);
    await u.say("/policies");

    const parts = u.sent;
    expect(parts.length).toBeGreaterThan(3);
    for (const part of parts) expect(part.text.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
    expect(parts.map((p) => p.text).join("\n")).toBe(text);
    expect(parts.slice(0, -1).every((p) => p.reply_markup === undefined)).toBe(true);
    expect(buttonData(parts.at(-1)!)).toEqual(["scr"]);
  });

  it("cuts a single overlong line between characters, never inside one", () => {
    const line = "跨境电商🚢出口信保👨‍👩‍👧".repeat(700);
    const parts = splitText(line, 100);
    expect(parts.join("")).toBe(line);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(100);
      expect(part).not.toMatch(/^[\uDC00-\uDFFF\u200D]|[\uD800-\uDBFF\u200D]$/u);
    }
    expect(splitText("甲\n\n乙", 1)).toEqual(["甲", "乙"]);
  });

  it("shows a clause by id", async () => {
    const u = user(105);
    await u.say("/clause zz-2018-4/8");
    expect(u.sent[0]!.text).toContain("郑政〔2018〕4号（八）");
    expect(u.sent[0]!.text).toContain("加强出口信保扶持力度");
  });

  it("/clause takes 文号 and number, and a shared 文号 gives a button per document", async () => {
    const u = user(117);
    await u.say("/clause 郑政〔2018〕4号第八条");
    expect(u.sent[0]!.text).toContain("加强出口信保扶持力度");
    await u.say("/clause 210号第十条");
    expect(u.sent[1]!.text).toContain("可指以下3个文件中的条款");
    expect(buttonData(u.sent[1]!)).toEqual(["c:zz-2023-210-measures/10", "c:zz-2023-210-action-plan/10", "c:zz-2023-210-livestream/10"]);
  });

  it("answers a free question with the document number of its source", async () => {
    const u = user(106);
    await u.say("出口信保有什么补贴？");
    const answer = u.sent[0]!;
    expect(answer.text).toContain("出处：");
    expect(answer.text).toMatch(/郑政〔2018〕4号《[^》]+》（八）/u);
    expect(buttonData(answer)).toContain("c:zz-2018-4/8");
  });

  it("understands a question: a clause by 文号 and number, what the texts do not state, and stated figures with a prefilled screening (issue 9)", async () => {
    const u = user(119);
    await u.say("郑政〔2018〕4号第八条讲的什么？");
    expect(u.sent.at(-1)!.text).toContain("加强出口信保扶持力度");
    await u.say("郑政〔2018〕4号第三十条讲的什么？");
    expect(u.sent.at(-1)!.text).toContain("没有第三十条");
    await u.say("郑政〔2018〕4号的扶持资金申报截止日期是哪天？");
    expect(u.sent.at(-1)!.text).toContain("没有写明");
    await u.say("我们在郑州做跨境电商出口，一年150万美元，有什么补贴？");
    const estimate = u.sent.at(-1)!;
    expect(estimate.text).toContain("郑政文〔2023〕210号（一）");
    expect(buttonData(estimate)).toContain("pf");
    await u.press("pf");
    const state = (await app.store.load(u.sessionId))!;
    expect(state.mode).toBe("screening");
    expect(state.profile).toMatchObject({ city: "zhengzhou" });
    expect(JSON.stringify(state.profile)).toContain('"amount":1500000,"currency":"USD"');
  });

  it("maps commands with their argument, ignores commands for other bots, and answers unknown ones with the help", async () => {
    const u = user(107);
    await u.say(`/clause@${telegram.me.username} zz-2018-4/8`);
    expect(u.sent.at(-1)!.text).toContain("加强出口信保扶持力度");
    await u.say("/clause@some_other_bot zz-2018-4/8");
    expect(u.sent).toHaveLength(1);
    await u.say("/weather");
    expect(u.sent.at(-1)!.text).toContain("/screen");
  });

  it("/forget in the middle of a screening deletes the session", async () => {
    const u = user(108);
    await u.say(`/screen ${AS_OF}`);
    await u.answerNext(app, SELLER);
    expect(await app.store.load(u.sessionId)).not.toBeNull();

    await u.say("/forget");
    expect(u.sent.at(-1)!.text).toContain("已删除");
    expect(await app.store.load(u.sessionId)).toBeNull();
  });

  it("answers forged callback data with a polite refusal, at once, inside a screening too", async () => {
    const u = user(113);
    await u.say(`/screen ${AS_OF}`);
    await u.answerNext(app, SELLER);
    const question = u.sent.at(-1)!;
    for (const data of ["e:o2oStores[3000000].areaSqm", "e:__proto__", "e:toString", "e:nonexistent", "k:__proto__", "a:garbage"]) {
      await bot.handleUpdate(telegram.press(u.id, question, data));
      expect(u.sent.at(-1)!.text, data).toBe("这个按钮已失效，请重新操作。");
    }
    expect(JSON.stringify((await app.store.load(u.sessionId))).length).toBeLessThan(4096);
    await u.finishScreening(app, SELLER);
    expect(u.sent.find((m) => m.text.includes("合计"))?.text).toContain(expectedTotal(app, SELLER).line);
  });

  it("turns an error into an apology, logged with the update id, and the screening goes on afterwards", async () => {
    const u = user(109);
    await u.say(`/screen ${AS_OF}`);
    const failing = vi.spyOn(app.dialogue, "handle").mockRejectedValueOnce(new Error("disk on fire"));
    const update = telegram.message(u.id, "郑州");
    await bot.handleUpdate(update);
    expect(failing).toHaveBeenCalled();
    expect(u.sent.at(-1)!.text).toBe(APOLOGY);
    expect(log.find((l) => l.includes(`update ${update.update_id} failed`))).toContain("disk on fire");

    vi.restoreAllMocks();
    await u.finishScreening(app, SELLER);
    expect(u.sent.find((m) => m.text.includes("合计"))?.text).toContain(expectedTotal(app, SELLER).line);
  });

  it("rate-limits a user: one notice, then silence until the window passes", async () => {
    let clock = 0;
    const limited = createBot(app, { log: () => undefined, client: { fetch: telegram.fetch }, rateLimit: { updates: 3, windowMs: 1500, now: () => clock } });
    await limited.init();
    const u = new ScriptedUser(telegram, 110, (update) => limited.handleUpdate(update));
    const other = new ScriptedUser(telegram, 111, (update) => limited.handleUpdate(update));
    for (let i = 0; i < 6; i++) await u.say("/help");
    expect(u.sent.map((m) => m.text === TOO_FAST)).toEqual([false, false, false, true]);
    await other.say("/help");
    expect(other.sent).toHaveLength(1); // limits are per user

    clock += 1499;
    await u.say("/help");
    expect(u.sent).toHaveLength(4); // still inside the window: dropped without a word
    clock += 1;
    await u.say("/help");
    expect(u.sent).toHaveLength(5);
    expect(u.sent.at(-1)!.text).toContain("跨境电商政策助手");
  });
});

// ---------------------------------------------------------------------------------------------

describe("long polling against a local Bot API server", () => {
  let telegram: FakeTelegram;
  let apiRoot: string;

  beforeAll(async () => {
    telegram = new FakeTelegram();
    apiRoot = await telegram.listen();
  });
  afterAll(() => telegram.close());

  /** A user whose updates go into the queue the bot polls. */
  const pollingUser = (id: number) =>
    new ScriptedUser(telegram, id, async (update) => {
      telegram.push(update);
      await telegram.handled(update);
    });

  it("sets the command menu and takes a user through a whole screening", async () => {
    const app = createApp(configFor(freshDataDir(), { apiRoot }), () => undefined);
    const log: string[] = [];
    const stop = await startTelegram(app, Fastify(), (l) => log.push(l), UNHURRIED);
    try {
      const menu = telegram.callsOf("setMyCommands").at(-1)!.commands as { command: string; description: string }[];
      expect(menu.map((c) => c.command).sort()).toEqual([...COMMANDS, ...Object.keys(NOTICE_COMMANDS)].sort());
      expect(menu.every((c) => /\p{Script=Han}/u.test(c.description))).toBe(true);
      expect(log.some((l) => l.includes("long polling"))).toBe(true);

      const u = pollingUser(201);
      await u.say("/start");
      await u.press("scr");
      expect(u.sent.at(-1)!.text).toContain("城市");
      await u.say(`/screen ${AS_OF}`);
      await u.finishScreening(app, SELLER);
      const expected = expectedTotal(app, SELLER);
      expect(u.sent.find((m) => m.text.includes("合计"))?.text).toContain(expected.line);
      expect(telegram.callsOf("answerCallbackQuery")).toHaveLength(u.presses.length);
    } finally {
      await stop();
      await app.close();
    }
  });

  it("resumes a screening half done after the bot and the app were stopped and reopened", async () => {
    const config = configFor(freshDataDir(), { apiRoot });
    const u = pollingUser(202);

    const first = createApp(config, () => undefined);
    const stopFirst = await startTelegram(first, Fastify(), () => undefined, UNHURRIED);
    await u.say(`/screen ${AS_OF}`);
    for (let i = 0; i < 5; i++) await u.answerNext(first, SELLER);
    const before = (await first.store.load(u.sessionId))!;
    expect(before.mode).toBe("screening");
    await stopFirst();
    await first.close();

    const second = createApp(config, () => undefined);
    const stopSecond = await startTelegram(second, Fastify(), () => undefined, UNHURRIED);
    try {
      expect(await second.store.load(u.sessionId)).toEqual(before);
      await u.answerNext(second, SELLER);
      // The next message answered the pending question: the screening went on instead of starting over.
      const after = (await second.store.load(u.sessionId))!;
      expect(after.profile).toMatchObject(before.profile);
      expect(after.asked).toBe(before.asked + 1);
      await u.finishScreening(second, SELLER);
      expect(u.sent.find((m) => m.text.includes("合计"))?.text).toContain(expectedTotal(second, SELLER).line);
    } finally {
      await stopSecond();
      await second.close();
    }
  });
});

// ---------------------------------------------------------------------------------------------

describe("modes", () => {
  it("stays off, saying so in one line, without a token", async () => {
    const app = createApp(configFor(freshDataDir(), { token: undefined }), () => undefined);
    const log: string[] = [];
    const stop = await startTelegram(app, Fastify(), (l) => log.push(l));
    await stop();
    expect(log).toEqual(["telegram: off (TELEGRAM_BOT_TOKEN is not set)"]);
    await app.close();
  });

  it("refuses webhook mode without a secret", async () => {
    const app = createApp(configFor(freshDataDir(), { webhookUrl: "https://bot.example.com/telegram/webhook" }), () => undefined);
    await expect(startTelegram(app, Fastify(), () => undefined)).rejects.toThrow(/WEBHOOK_SECRET/);
    await app.close();
  });

  it("refuses a webhook secret shorter than 16 characters, at start", async () => {
    expect(() => loadConfig({ WEBHOOK_SECRET: "x" })).toThrow(/WEBHOOK_SECRET must be 16–256 characters/);
    expect(() => loadConfig({ WEBHOOK_SECRET: "s3cret token with spaces" })).toThrow(/WEBHOOK_SECRET/);
    expect(loadConfig({ WEBHOOK_SECRET: "0123456789abcdef" }).telegram.webhookSecret).toBe("0123456789abcdef");
    const app = createApp(configFor(freshDataDir(), { webhookUrl: "https://bot.example.com/telegram/webhook", webhookSecret: "short" }), () => undefined);
    await expect(startTelegram(app, Fastify(), () => undefined)).rejects.toThrow(/WEBHOOK_SECRET must be 16–256 characters/);
    await app.close();
  });

  it("takes webhook calls on the HTTP service only with the right secret token", async () => {
    const telegram = new FakeTelegram();
    const apiRoot = await telegram.listen();
    const secret = "s3cret_Token-for-tests";
    const webhookUrl = "https://bot.example.com/telegram/webhook";
    const app = createApp(configFor(freshDataDir(), { apiRoot, webhookUrl, webhookSecret: secret }), () => undefined);
    // A per-IP limit lower than the calls below: Telegram's calls must not count against it.
    const server = await buildServer(app, { logger: false, rateLimit: { max: 2, timeWindow: "1 minute" } });
    await startTelegram(app, server, () => undefined, { webhookRateLimit: { max: 5, timeWindow: "1 minute" } });
    try {
      expect(telegram.callsOf("setWebhook")).toEqual([expect.objectContaining({ url: webhookUrl, secret_token: secret })]);
      const post = (update: Update, headers: Record<string, string>) => server.inject({ method: "POST", url: WEBHOOK_PATH, payload: update, headers });

      const missing = await post(telegram.message(301, "/start"), {});
      const wrong = await post(telegram.message(301, "/start"), { "x-telegram-bot-api-secret-token": "guess" });
      expect([401, 403]).toContain(missing.statusCode);
      expect([401, 403]).toContain(wrong.statusCode);
      expect(telegram.sent(301)).toEqual([]);

      const right = await post(telegram.message(301, "/clause zz-2018-4/8"), { "x-telegram-bot-api-secret-token": secret });
      expect(right.statusCode).toBe(200);
      expect(telegram.sent(301).map((m) => m.text).join("\n")).toContain("加强出口信保扶持力度");
      const again = await post(telegram.message(301, "/help"), { "x-telegram-bot-api-secret-token": secret });
      expect(again.statusCode).toBe(200);
      expect(telegram.sent(301).at(-1)!.text).toContain("/screen");

      // The route has its own limit per source address: a flood is cut off, with the API's error body.
      expect((await post(telegram.message(301, "/help"), { "x-telegram-bot-api-secret-token": secret })).statusCode).toBe(200);
      const flooded = await post(telegram.message(301, "/help"), { "x-telegram-bot-api-secret-token": "guess" });
      expect([flooded.statusCode, flooded.json().error]).toEqual([429, "rate_limited"]);
      expect(flooded.headers["x-content-type-options"]).toBe("nosniff");
    } finally {
      await server.close();
      await app.close();
      await telegram.close();
    }
  });
});
