// The web console in a real browser: Debian's Chromium, driven by playwright-core, against the
// real server (createApp on a temporary data folder, buildServer, listening on a free port). The
// steps run in order in one page, as a person would use the console, and each saves a screenshot
// under test-output/web/. What the page shows is checked against what the API returns.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { chromium, type Browser, type Locator, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type App } from "../bot/app.ts";
import { buildServer } from "../bot/http/server.ts";
import type { Draft } from "../bot/dialogue/types.ts";
import type { DocumentSummary, NoticesResponse, ProfileCatalogue } from "../bot/web/src/api.ts";
import { fieldAt } from "../bot/web/src/catalogue.ts";
import { answerScript } from "../bot/web/src/hotline.ts";
import { loadConfig } from "../config.ts";
import { todayInChina } from "../corpus/dates.ts";
import { VALIDITY_STATUS_WORDS } from "../corpus/validity-status.ts";
import { field } from "../policies/fields.ts";
import { askedInItem, formPlan, type Selection } from "../policies/form-plan.ts";
import { getAt } from "../bot/dialogue/draft.ts";
import { activitiesShown } from "../bot/dialogue/gate.ts";
import { askedPaths, isChecklist } from "../bot/dialogue/questions.ts";
import { answerInWords } from "./helpers/person.ts";
import { ACTIVITIES } from "../policies/activities.ts";
import type { FieldInfo } from "../policies/fields.ts";
import { citeResult, ifMetText, reportSections } from "../policies/report.ts";
import type { ScreenResult } from "../policies/result.ts";
import type { AskResult } from "../retrieval/index.ts";

const OUT = join(import.meta.dirname, "..", "test-output", "web");
const QUESTION = "跨境电商企业出口信保有什么补贴？";
const HOTLINE_QUESTION = "郑州跨境电商企业国际物流费用有补贴吗？";

/** The sample enterprise of the form step, as the API takes it. */
const SAMPLE_PROFILE = {
  asOf: "2024-06-30",
  city: "zhengzhou",
  kinds: ["cbec_enterprise"],
  independentLegalPerson: true,
  reportsCbecStatistics: true,
  crossBorderTrade: { amount: 30_000_000, currency: "CNY" },
  crossBorderExport: { amount: 3_000_000, currency: "USD" },
  marketingSpend: { amount: 1_200_000, currency: "CNY" },
  logisticsSpend: { amount: 2_600_000, currency: "CNY" },
};

const scratch = mkdtempSync(join(tmpdir(), "web-test-"));
let app: App;
let server: FastifyInstance;
let base: string;
let browser: Browser;
let page: Page;
const requested: string[] = [];
const failed: string[] = [];
const pageErrors: string[] = [];

async function api<T>(path: string, body: object): Promise<T> {
  const res = await server.inject({ method: "POST", url: path, payload: body });
  expect(res.statusCode).toBe(200);
  return res.json() as T;
}

/** A screenshot of the whole page, or of one part of it. */
const shot = (name: string, part?: Locator) =>
  part ? part.screenshot({ path: join(OUT, `${name}.png`) }) : page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
const texts = (selector: string) => page.locator(selector).allTextContents();

/** An activity's checkbox in the form (业务与投入), by its label. */
const activityBox = (label: string) =>
  page.locator(".activities").getByRole("checkbox", { name: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}：`) });

/** The labels of the fields the form shows (each box, select or group of options; not the activities, nor the year picker, which fills two of them). */
const visibleFieldLabels = () =>
  page.locator(".profile-form").evaluate((form) =>
    Array.from(form.querySelectorAll<HTMLElement>(".field:not(.field-object):not(.field-list):not(.activities):not(.field-year)"))
      .filter((el) => el.checkVisibility())
      .map((el) => el.querySelector(":scope > label, :scope > legend")!.textContent!.replace(/ \*$/, "")),
  );

/**
 * The labels the form plan says to ask for a selection: the general facts, and the plan's fields
 * (an object's by its sub-fields, a list's by the fields of one item with the given choices).
 */
function plannedLabels(catalogue: ProfileCatalogue, selection: Selection, items: Record<string, Record<string, string>>): string[] {
  const plan = formPlan(selection, catalogue.rules, catalogue.documents);
  const general = catalogue.fields.filter((f) => !catalogue.usage[f.key] && !f.setting).map((f) => f.label);
  const leaves = [...plan.fields].flatMap((path) => {
    const f = fieldAt(catalogue, path)!;
    if (f.setting || f.type === "object" || f.type === "list") return [];
    const item = /^(\w+)\[\]\.(\w+)$/.exec(path);
    if (!item) return [f.label];
    const choices = items[item[1]!];
    return choices && askedInItem(plan, item[1]!, item[2]!, choices) ? [f.label] : [];
  });
  return [...general, ...leaves];
}

/** A fresh form for a 郑州 跨境电商企业 on 2024-06-30 with these activities ticked. */
async function exporterForm(activities: string[]): Promise<void> {
  await page.goto(`${base}/screen`);
  await page.locator(".profile-form").waitFor();
  await page.getByLabel("筛查日期").fill("2024-06-30");
  await page.getByLabel("注册地城市").selectOption({ label: "郑州市" });
  await page.getByRole("checkbox", { name: "跨境电商企业", exact: true }).check();
  for (const a of activities) await activityBox(a).check();
}

/** The body of the last screening the form sent. */
let lastScreen: string | null = null;

/**
 * The focused element's ring: its width, and the contrast of its colour with what lies just
 * outside the element where the ring is drawn (found by hit-testing there, as a person sees it).
 */
const focusRing = () =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const width = parseFloat(style.outlineWidth);
    const away = parseFloat(style.outlineOffset) + width / 2;
    const box = el.getBoundingClientRect();
    const [x, y] = box.left - away > 0 ? [box.left - away, box.top + box.height / 2] : [box.left + box.width / 2, box.top - away];
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const behindEl = document.elementsFromPoint(x, Math.max(0, y)).find((e) => e !== el && !el.contains(e)) ?? document.documentElement;
    let bg: number[] = [255, 255, 255];
    for (let e: Element | null = behindEl; e; e = e.parentElement) {
      const c = rgb(getComputedStyle(e).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3]! > 0.5)) {
        bg = c.slice(0, 3);
        break;
      }
    }
    const lum = (c: number[]) => {
      const [r, g, b] = c.map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const ring = rgb(style.outlineColor).slice(0, 3);
    const [hi, lo] = [lum(ring), lum(bg)].sort((a, b) => b - a);
    return {
      element: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}.${el.className}`,
      width: style.outlineStyle === "none" ? 0 : width,
      ring: style.outlineColor,
      behind: `rgb(${bg.join(",")})`,
      contrast: (hi! + 0.05) / (lo! + 0.05),
    };
  });

/** Submits the form and returns the profile it sent, once the report is shown. */
async function screenFromForm(): Promise<Record<string, unknown>> {
  const request = page.waitForRequest((r) => r.url().endsWith("/api/screen") && r.method() === "POST");
  await page.getByRole("button", { name: "开始筛查" }).click();
  lastScreen = (await request).postData();
  const sent = JSON.parse(lastScreen!) as Record<string, unknown>;
  await page.locator("#report-total").waitFor();
  return sent;
}

/** The problem shown for an input, found the way a screen reader finds it: through aria-describedby. */
const problemOf = (input: Locator) =>
  input.evaluate((el) => {
    const described = (el.getAttribute("aria-describedby") ?? "").split(" ").map((id) => document.getElementById(id));
    return described.find((d) => d?.classList.contains("problem") && !d.hidden)?.textContent ?? null;
  });

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  app = createApp({ ...loadConfig(), dataDir: join(scratch, "data") }, () => {});
  server = await buildServer(app, { logger: false });
  await app.retriever; // builds the retrieval index, once for every step
  await server.listen({ port: 0, host: "127.0.0.1" });
  base = `http://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  const context = await browser.newContext({ locale: "zh-CN", timezoneId: "Asia/Shanghai", viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: base });
  context.on("request", (request) => requested.push(request.url()));
  context.on("response", (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.request().method()} ${new URL(response.url()).pathname}`);
  });
  page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(error.message));
  page.on("console", (message) => {
    // A failed request is logged as a console error too; those are checked by status, in `failed`.
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) pageErrors.push(message.text());
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await app?.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe("the web console", () => {
  it("1. answers a question with citations naming 文号, clause and validity", async () => {
    await page.goto(`${base}/`);
    const box = page.getByLabel("问题", { exact: true });
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await box.fill(QUESTION);
    await box.press("Enter");
    await page.locator(".citation").first().waitFor();
    expect(new URL(page.url()).searchParams.get("q")).toBe(QUESTION);

    const expected = await api<AskResult>("/api/ask", { question: QUESTION });
    expect(expected.noAnswer).toBe(false);
    expect(await texts(".citation .cite-link")).toEqual(
      expected.citations.map((c, i) => `〔${i + 1}〕${c.docNumber}《${c.docTitle}》${c.clauseLabel}${c.title ?? ""}`),
    );
    expect(await texts(".citation .validity")).toEqual(expected.citations.map((c) => expect.stringContaining(c.validity.text)));
    expect(await page.locator(".answer-text").textContent()).toBe(expected.answer);

    const first = page.locator(".citation").first();
    expect(await first.locator(".cite-link").textContent()).toContain(`郑政〔2018〕4号《${expected.citations[0]!.docTitle}》（八）`);
    expect(await first.locator(".validity").textContent()).toContain("已于2021-01-09到期");
    expect(await first.locator(".validity").getAttribute("data-status")).toBe("expired");
    expect(await first.locator("b.term").allTextContents()).toContain("出口信保");
    await shot("01-search");
  });

  it("2. opens a cited clause in its document, scrolled to and highlighted, also when loaded directly", async () => {
    const clauseUrl = `${base}/doc/zz-2018-4#zz-2018-4/8`;
    await page.locator(".citation .cite-link").first().click();
    await page.locator(".clause.targeted").waitFor();
    expect(page.url()).toBe(clauseUrl);

    await page.goto(clauseUrl);
    const targeted = page.locator(".clause.targeted");
    await targeted.waitFor();
    expect(await page.locator(".clause.targeted").count()).toBe(1);
    expect(await targeted.getAttribute("id")).toBe("zz-2018-4/8");
    expect(await targeted.textContent()).toContain("加强出口信保扶持力度");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("zz-2018-4/8");
    const inView = await targeted.evaluate((el) => {
      const box = el.getBoundingClientRect();
      return box.top >= 0 && box.top < window.innerHeight;
    });
    expect(inView).toBe(true);
    expect(await page.locator(".doc-facts").textContent()).toContain("郑州市人民政府");
    await page.screenshot({ path: join(OUT, "02-clause.png") }); // the viewport: where the link lands
  });

  it("3. screens a Zhengzhou enterprise from the generated form, with the API's result for what it sent", async () => {
    await page.getByRole("link", { name: "预筛查" }).click();
    const form = page.locator(".profile-form");
    await form.waitFor();
    const trade = page.getByLabel("跨境电商进出口额", { exact: true });

    // Nothing but the general facts until the city, the kind and what the enterprise does are known.
    expect(await trade.count()).toBe(0);
    await page.getByRole("button", { name: "开始筛查" }).click();
    expect(await problemOf(page.getByLabel("注册地城市"))).toBe("请选择注册地城市");
    expect(await page.locator(".form-problems").isVisible()).toBe(true);
    await page.getByLabel("注册地城市").selectOption({ label: "郑州市" });
    await page.getByRole("checkbox", { name: "跨境电商企业", exact: true }).check();
    expect(await trade.count()).toBe(0);
    for (const activity of ["跨境电商出口", "国际物流", "网络推广、平台与独立站"]) await activityBox(activity).check();

    // Checked before sending: an amount that is not one.
    await trade.fill("三千万元整x");
    await page.getByRole("button", { name: "开始筛查" }).click();
    expect(await problemOf(trade)).toMatch(/^没看懂这个金额/);
    await shot("03-form-checks");

    await page.getByLabel("筛查日期").fill(SAMPLE_PROFILE.asOf);
    for (const path of ["independentLegalPerson", "reportsCbecStatistics"]) {
      await page.getByRole("group", { name: field(path).label, exact: true }).getByRole("radio", { name: "是", exact: true }).check();
    }
    await trade.fill("3000");
    // A unit and a currency in the text win over the box's 万 and its selector, which follows.
    await page.getByLabel("跨境电商出口额", { exact: true }).fill("300万美元");
    expect(await page.getByLabel("跨境电商出口额的币种").inputValue()).toBe("USD");
    await page.getByLabel(field("logisticsSpend").label, { exact: true }).fill("260");
    await page.getByLabel(field("marketingSpend").label, { exact: true }).fill("120");

    // A list item can be added (with labelled inputs) and removed again.
    await activityBox("海外仓").check();
    await page.getByRole("button", { name: "添加海外仓" }).click();
    expect(await page.locator(".field-list .item legend").allTextContents()).toEqual(["第1个海外仓"]);
    const unlabelled = await form.evaluate((el) =>
      Array.from(el.querySelectorAll("input, select")).filter((i) => (i as HTMLInputElement).labels?.length === 0).length,
    );
    expect(unlabelled).toBe(0);
    await page.getByRole("button", { name: "删除第1个海外仓" }).click();
    expect(await page.locator(".field-list .item").count()).toBe(0);
    await activityBox("海外仓").uncheck();

    // A problem only the server finds is shown next to the field it names.
    await activityBox("总部").check();
    const hqDate = page.getByLabel(field("hq.establishedOn").label);
    await hqDate.fill("2025-01-01");
    await page.getByRole("button", { name: "开始筛查" }).click();
    await page.getByText("总部落户日期晚于筛查日期").first().waitFor();
    expect(await problemOf(hqDate)).toBe("总部落户日期晚于筛查日期");
    expect(await problemOf(trade)).toBe(null);
    await hqDate.fill("");
    await activityBox("总部").uncheck();

    const sent = await screenFromForm();
    expect(await problemOf(trade)).toBe(null);
    expect(sent).toMatchObject(SAMPLE_PROFILE);
    // What was not ticked is recorded as none: no warehouse, no HQ in the city.
    expect(sent).toMatchObject({ overseasWarehouses: [], hq: { inCity: false } });

    const expected = await api<ScreenResult>("/api/screen", sent);
    expect(expected.totalCny).toBeGreaterThan(0);
    expect(expected.totalCny).toBe((await api<ScreenResult>("/api/screen", SAMPLE_PROFILE)).totalCny);
    expect(await page.locator("#report-total").textContent()).toBe(reportSections(expected).total);
    const eligible = expected.results.filter((r) => r.status === "eligible").sort((a, b) => (b.amountCny ?? -1) - (a.amountCny ?? -1));
    expect(eligible.length).toBeGreaterThan(1);
    expect(await texts(".report-section.eligible .cite-link")).toEqual(eligible.map(citeResult));
    expect(await page.locator(".report-header").textContent()).toBe(reportSections(expected).header);
    expect(await page.locator(".disclaimer").textContent()).toContain(expected.disclaimer);
    await shot("03-screening", page.locator(".report"));
  });

  it("4. screens through the chat panel, by buttons and typed answers, to the same result as the API; a reload mid-screening keeps the conversation", async () => {
    await page.getByRole("link", { name: "对话" }).click();
    const bot = page.locator(".message.bot");
    await bot.first().waitFor();
    // The panel's own welcome: what it offers, no Telegram slash commands.
    expect(await bot.first().locator(".message-text").textContent()).not.toMatch(/\/(screen|help|profile)/u);
    expect(await bot.first().getByRole("button").allTextContents()).toContain("开始筛查");

    const ask = (path: string) => field(path).ask!;
    const typed = new Map([
      [ask("crossBorderTrade"), "3000万元"],
      [ask("logisticsSpend"), "260万元"],
      [ask("marketingSpend"), "120万元"],
    ]);
    const yes = new Set([ask("independentLegalPerson"), ask("reportsCbecStatistics")]);
    /** Runs an action and waits for the bot's answer to it. */
    const answer = async (action: () => Promise<void>) => {
      const before = await bot.count();
      await action();
      await page.waitForFunction((n) => document.querySelectorAll(".message.bot").length > n, before);
    };
    const tap = (label: string) => answer(() => bot.last().getByRole("button", { name: label, exact: true }).click());

    // Typed, with the sample's screening day: today's date would let the documents expire under the test.
    await answer(async () => {
      await page.getByLabel("消息").fill(`/screen ${SAMPLE_PROFILE.asOf}`);
      await page.getByLabel("消息").press("Enter");
    });
    let steps = 0;
    let reloaded = false;
    while (!(await texts(".message.bot .message-text")).some((t) => t.startsWith("筛查结果（"))) {
      expect(++steps).toBeLessThan(80);
      if (!reloaded && (await texts(".message.bot .message-text")).some((t) => t.startsWith("已记录："))) {
        // The chat loaded afresh mid-screening (a second tab, so this page keeps the form of step 3 for
        // step 6): the same messages come back from the session, the pending question last with its buttons.
        reloaded = true;
        const before = await texts(".message .message-text");
        const pendingButtons = await bot.last().getByRole("button").allTextContents();
        const fresh = await page.context().newPage();
        try {
          await fresh.goto(`${base}/chat`);
          await expect.poll(() => fresh.locator(".message .message-text").allTextContents()).toEqual(before);
          expect(await fresh.locator(".message.bot").last().getByRole("button").allTextContents()).toEqual(pendingButtons);
          expect(await fresh.locator(".chat-mode").textContent()).toBe("筛查进行中");
        } finally {
          await fresh.close();
        }
      }
      const last = bot.last();
      const question = ((await last.locator(".message-text").textContent()) ?? "").split("\n")[0]!.replace(/^【第\d+问】/, "");
      const buttons = await last.getByRole("button").allTextContents();
      const chatSession = (await page.context().cookies()).find((c) => c.name === "chat_session")!.value;
      const pending = (await app.store.load(`web:${chatSession}`))!.pending!;
      if (buttons.includes("郑州市")) await tap("郑州市");
      else if (isChecklist(pending)) {
        // The enterprise's yes/no conditions: what holds ticked in place, then 选好了.
        for (const path of askedPaths(pending).filter((p) => getAt(SAMPLE_PROFILE as Draft, p) === true)) {
          await last.getByRole("button", { name: field(path).label, exact: true }).click();
          await last.getByRole("button", { name: `✓ ${field(path).label}`, exact: true }).waitFor();
        }
        await tap("选好了");
      } else if (pending.also?.length) {
        // Figures asked together, typed in order.
        await answer(async () => {
          await page.getByLabel("消息").fill(answerInWords(pending, SAMPLE_PROFILE));
          await page.getByLabel("消息").press("Enter");
        });
      } else if (buttons.includes("其余不清楚")) {
        // The gate: the sample's activities ticked, the rest said to be unknown or absent.
        const { ticked, unknown } = activitiesShown(SAMPLE_PROFILE as never);
        for (const a of ACTIVITIES.filter((x) => ticked.includes(x.id))) {
          await last.getByRole("button", { name: a.label, exact: true }).click();
          await last.getByRole("button", { name: `✓ ${a.label}`, exact: true }).waitFor();
        }
        await tap(unknown ? "其余不清楚" : "选好了");
      } else if (buttons.includes("选好了")) {
        // A tick changes the question's own buttons, in place: no new message, the same question number.
        const [before, shownBefore] = [await bot.count(), await texts(".message .message-text")];
        await last.getByRole("button", { name: "跨境电商企业", exact: true }).click();
        await last.getByRole("button", { name: "✓ 跨境电商企业", exact: true }).waitFor();
        expect(await bot.count()).toBe(before);
        expect(await texts(".message .message-text")).toEqual(shownBefore);
        await tap("选好了");
      } else if (typed.has(question)) {
        await answer(async () => {
          await page.getByLabel("消息").fill(typed.get(question)!);
          await page.getByLabel("消息").press("Enter");
        });
      } else if (yes.has(question)) await tap("是");
      else {
        // A button's label typed works as the tap.
        await answer(async () => {
          await page.getByLabel("消息").fill("跳过/不清楚");
          await page.getByLabel("消息").press("Enter");
        });
      }
    }
    await shot("04-chat");
    expect(reloaded).toBe(true);
    // Answers are echoed, typed or tapped.
    expect((await texts(".message.bot .message-text")).filter((t) => t.startsWith("已记录：")).length).toBeGreaterThanOrEqual(3);

    // The session is the server's HttpOnly cookie: the page's script cannot read it.
    const sessionId = (await page.context().cookies()).find((c) => c.name === "chat_session")!.value;
    expect(await page.evaluate(() => document.cookie)).not.toContain(sessionId);
    const profile = (await app.store.load(`web:${sessionId}`))!.profile;
    expect(profile).toMatchObject({
      asOf: SAMPLE_PROFILE.asOf,
      city: "zhengzhou",
      kinds: ["cbec_enterprise"],
      crossBorderTrade: { amount: 30_000_000, currency: "CNY" },
      logisticsSpend: { amount: 2_600_000, currency: "CNY" },
      marketingSpend: { amount: 1_200_000, currency: "CNY" },
    });
    const expected = await api<ScreenResult>("/api/screen", profile);
    expect(expected.totalCny).toBeGreaterThan(0);
    const summary = (await texts(".message.bot .message-text")).find((t) => t.startsWith("筛查结果（"))!;
    expect(summary).toContain(reportSections(expected).total);

    // 清除对话 deletes the session on the server; the chat starts afresh in a new one.
    await page.getByRole("button", { name: "清除对话" }).click();
    await expect.poll(() => app.store.load(`web:${sessionId}`)).toBeNull();
    await expect.poll(async () => (await page.context().cookies()).find((c) => c.name === "chat_session")?.value).not.toBe(sessionId);
    // The old messages go and the welcome comes back: wait for the count to settle, not for the first message.
    await expect.poll(() => bot.count()).toBe(1);
  });

  it("5. copies the hotline answer script, which names 文号, clauses and validity", async () => {
    await page.getByRole("link", { name: "政策问答" }).click();
    await page.getByLabel("热线模式").check();
    const box = page.getByLabel("问题", { exact: true });
    await box.fill(HOTLINE_QUESTION);
    await box.press("Enter");
    await page.waitForURL((url) => url.searchParams.get("q") === HOTLINE_QUESTION);
    const script = page.locator(".hotline-script");
    await script.locator(".script-text", { hasText: HOTLINE_QUESTION }).waitFor();
    expect(await script.isVisible()).toBe(true);

    await script.getByRole("button", { name: "复制答复口径" }).click();
    await script.getByText("已复制").waitFor();
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    const expected = await api<AskResult>("/api/ask", { question: HOTLINE_QUESTION });
    expect(clipboard).toBe(answerScript(expected));
    expect(expected.citations.length).toBeGreaterThan(0);
    for (const c of expected.citations) {
      expect(clipboard).toContain(`${c.docNumber}《${c.docTitle}》${c.clauseLabel}`);
      expect(clipboard).toContain(c.validity.text);
    }
    await shot("05-hotline");
    await page.getByLabel("热线模式").uncheck();
    expect(await script.isVisible()).toBe(false);
  });

  it("6. prints the screening report without the navigation, its arithmetic unfolded", async () => {
    await page.getByRole("link", { name: "预筛查" }).click();
    const report = page.locator(".report");
    expect(await report.isVisible()).toBe(true); // the report of step 3 is still there
    const explanations = report.locator(".report-section.eligible details");
    expect(await explanations.evaluateAll((ds) => ds.every((d) => !(d as HTMLDetailsElement).open))).toBe(true);

    await report.getByRole("button", { name: "打印报告" }).click(); // headless print returns at once, after beforeprint
    expect(await explanations.evaluateAll((ds) => ds.every((d) => (d as HTMLDetailsElement).open))).toBe(true);
    await page.emulateMedia({ media: "print" });
    for (const hidden of [".site-header", ".main-nav", ".profile-form", ".report-actions", ".site-footer"]) {
      expect(await page.locator(hidden).isVisible(), hidden).toBe(false);
    }
    expect(await page.locator("#report-total").isVisible()).toBe(true);
    expect(await explanations.first().locator("pre").isVisible()).toBe(true);
    await shot("06-print");
    await page.emulateMedia({ media: "screen" });
    expect(await page.locator(".main-nav").isVisible()).toBe(true);
  });

  it("7. asks only the fields the rules read: three kinds of enterprise, each with its form plan", async () => {
    const catalogue = (await server.inject({ method: "GET", url: "/api/profile/fields" })).json() as ProfileCatalogue;
    const cases: { name: string; city: string; kind: string; activities: string[]; items?: Record<string, Record<string, string>> }[] = [
      // The issue's exporter: 郑州, exports and one leased overseas warehouse.
      { name: "exporter", city: "郑州市", kind: "跨境电商企业", activities: ["跨境电商出口", "海外仓"], items: { overseasWarehouses: { mode: "leased_whole" } } },
      { name: "park-operator", city: "郑州市", kind: "园区运营（建设）单位", activities: [] },
      { name: "training-institution", city: "郴州市", kind: "社会培训机构", activities: [], items: { trainingClasses: {} } },
    ];
    const counts: Record<string, number> = {};
    for (const c of cases) {
      await page.goto(`${base}/screen`);
      await page.locator(".profile-form").waitFor();
      await page.getByLabel("注册地城市").selectOption({ label: c.city });
      await page.getByRole("checkbox", { name: c.kind, exact: true }).check();
      for (const a of c.activities) await activityBox(a).check();
      for (const [list, choices] of Object.entries(c.items ?? {})) {
        await page.getByRole("button", { name: `添加${field(list).itemLabel}` }).click();
        for (const [key, value] of Object.entries(choices)) {
          await page.getByLabel(field(`${list}[].${key}`).label, { exact: true }).selectOption(value);
        }
      }
      const shown = await visibleFieldLabels();
      const cityCode = c.city === "郑州市" ? "zhengzhou" : "chenzhou";
      const kind = Object.entries(catalogue.kinds).find(([, label]) => label === c.kind)![0];
      const ticked = catalogue.activities.filter((a) => c.activities.includes(a.label)).map((a) => a.id);
      expect(shown.sort(), c.name).toEqual(plannedLabels(catalogue, { city: cityCode, kinds: [kind], activities: ticked }, c.items ?? {}).sort());
      counts[c.name] = shown.length;
      await shot(`07-fields-${c.name}`);
    }
    expect(counts.exporter).toBeLessThanOrEqual(15);
    expect(counts).toEqual({ exporter: 15, "park-operator": 17, "training-institution": 10 });

    // With 郑州 chosen, nothing only 郴州's clauses read is asked, whatever is ticked.
    await page.goto(`${base}/screen`);
    await page.getByLabel("注册地城市").selectOption({ label: "郑州市" });
    await page.getByRole("checkbox", { name: "跨境电商企业", exact: true }).check();
    for (const box of await page.locator(".activities input:visible").all()) await box.check();
    const chenzhouOnly = new Set(catalogue.rules.filter((r) => r.city === "chenzhou").flatMap((r) => r.fields));
    catalogue.rules.filter((r) => r.city === "zhengzhou").forEach((r) => r.fields.forEach((f) => chenzhouOnly.delete(f)));
    const shown = await visibleFieldLabels();
    for (const path of chenzhouOnly) expect(shown, path).not.toContain(fieldAt(catalogue, path)!.label);
    expect(chenzhouOnly.size).toBeGreaterThan(3);
  });

  it("8. reads money as the chat does, a unit in the text winning, and confirms a figure out of scale before using it", async () => {
    await exporterForm(["跨境电商出口", "网络推广、平台与独立站", "海外仓"]);
    const exports = page.getByLabel("跨境电商出口额", { exact: true });
    const reading = (input: Locator) => input.locator("xpath=ancestor::div[contains(@class,'field')][1]").locator(".reading");
    // Every form the chat reads (policies/numbers.ts parseMoney), worked out by hand.
    const typed: [string, string][] = [
      ["200万美元", "按200万美元计"],
      ["1.2亿", "按1.2亿元计"],
      ["三千万", "按3000万元计"],
      ["2,000,000元", "按200万元计"],
      ["150万刀", "按150万美元计"],
      ["一百二十万美元", "按120万美元计"],
      ["约100万", "按100万元计"],
      ["300", "按300万元计"], // a bare number is in the box's 万
    ];
    for (const [text, shown] of typed) {
      await exports.fill("");
      await page.getByLabel("跨境电商出口额的币种").selectOption("CNY"); // the selector follows a currency typed before
      await exports.fill(text);
      expect(await reading(exports).textContent(), text).toBe(shown);
    }
    await exports.fill("200万美元");
    await page.getByLabel(field("marketingSpend").label, { exact: true }).fill("50");
    await page.getByRole("button", { name: "添加海外仓" }).click();
    await page.getByLabel("海外仓方式").selectOption("leased_whole");
    const rent = page.getByLabel(field("overseasWarehouses[].annualRent").label, { exact: true });
    await rent.fill("2000000"); // meant in yuan, read in 万: 200亿元

    const posted: string[] = [];
    const onRequest = (r: { url(): string }) => void (r.url().endsWith("/api/screen") && posted.push(r.url()));
    page.on("request", onRequest);
    await page.getByRole("button", { name: "开始筛查" }).click();
    const check = rent.locator("xpath=ancestor::div[contains(@class,'field')][1]").locator(".scale-check");
    await check.waitFor();
    expect(await check.textContent()).toContain("200亿元超过了100亿元");
    expect(await page.locator(".form-problems").textContent()).toContain("有1个金额需要确认");
    await shot("08-money-out-of-scale");
    expect(posted).toEqual([]); // nothing is sent before the figure is settled
    await check.getByRole("button", { name: "改为200万元" }).click();
    expect(await reading(rent).textContent()).toBe("按200万元计");

    // More than 100 times the largest other figure (200万美元 ≈ 1420万元): confirmed by the person, then used as typed.
    const online = page.getByLabel(field("onlineTransaction").label, { exact: true });
    await online.fill("20亿");
    await page.getByRole("button", { name: "开始筛查" }).click();
    const onlineCheck = online.locator("xpath=ancestor::div[contains(@class,'field')][1]").locator(".scale-check");
    await onlineCheck.waitFor();
    expect(await onlineCheck.textContent()).toContain("20亿元是所填其他金额中最大一项（1420万元）的140倍");
    expect(posted).toEqual([]);
    page.off("request", onRequest);
    await onlineCheck.getByRole("checkbox", { name: "金额无误" }).check();
    const sent = await screenFromForm();
    expect(sent).toMatchObject({
      crossBorderExport: { amount: 2_000_000, currency: "USD" },
      marketingSpend: { amount: 500_000, currency: "CNY" },
      onlineTransaction: { amount: 2_000_000_000, currency: "CNY" },
      overseasWarehouses: [{ mode: "leased_whole", annualRent: { amount: 2_000_000, currency: "CNY" } }],
    });
  });

  it("9. decides 210号（一） for an exporter from the exports alone: 200万美元 ≈ 1420万元 of imports plus exports", async () => {
    // 人才培训 ticked and left unanswered: its clauses wait for information (step 10 reports them).
    await exporterForm(["跨境电商出口", "网络推广、平台与独立站", "海外仓", "人才培训"]);
    await page.getByLabel("跨境电商出口额", { exact: true }).fill("200万美元");
    await page.getByLabel(field("marketingSpend").label, { exact: true }).fill("50");
    await page.getByRole("button", { name: "添加海外仓" }).click();
    await page.getByLabel("海外仓方式").selectOption({ label: "整体租赁海外仓" });
    await page.getByLabel("海外仓面积").fill("3000");
    await page.getByLabel("已经营（使用）月数").fill("14");
    await page.getByLabel(field("overseasWarehouses[].annualRent").label, { exact: true }).fill("120");
    const sent = await screenFromForm();
    expect(sent.crossBorderTrade).toBeUndefined();

    const expected = await api<ScreenResult>("/api/screen", sent);
    const first = expected.results.find((r) => r.clauseId === "zz-2023-210-measures/1")!;
    expect(first).toMatchObject({ status: "eligible", amountCny: 150_000 });
    expect(first.missing).not.toContain("crossBorderTrade");
    const item = page.locator(".report-section.eligible li", { hasText: citeResult(first) });
    expect(await item.locator(".amount").textContent()).toBe("15万元（每年）");
    expect(await item.locator("pre").textContent()).toContain("已知跨境电商出口额200万美元（按1美元=7.1元折合1420万元），故至少为1420万元（≥ 1000万元），据此判断");
    expect(await page.locator(".report-section.missing li", { hasText: citeResult(first) }).count()).toBe(0);
    expect(await page.locator("#report-total").textContent()).toBe(reportSections(expected).total);
    await shot("09-exporter-210-1", page.locator(".report"));
  });

  it("10. reports with the date stamp, the total and the facts first, one list of what to fill in, and no field names", async () => {
    const report = page.locator(".report"); // step 9's
    const sent = await api<ScreenResult>("/api/screen", JSON.parse(lastScreen!));
    const s = reportSections(sent);
    // Leads with the date stamp, the total and what was entered.
    const order = await report.evaluate((el) => Array.from(el.querySelectorAll(".report-header, #report-total, .facts, .eligible, .missing"), (e) => e.className || e.id));
    expect(order).toEqual(["report-header", "total", "report-section facts", "report-section eligible", "report-section missing"]);
    expect(await report.locator(".facts li").allTextContents()).toEqual(s.facts);
    // The warehouse is accounted for: no clause in force on 2024-06-30 uses it; the lapsed one that did is named.
    expect(s.facts).toContain("第1个海外仓的年实际租赁费用：120万元 —— 现行有效的条款都不使用此项；只有不在有效期的郑政〔2018〕4号（九）用到");
    expect(s.facts).toContain("跨境电商出口额：200万美元 —— 用于郑政文〔2023〕210号（一）");

    // Each item still waiting names what it lacks — the same list as its reason — and what it would give.
    const missing = sent.results.filter((r) => r.status === "missing_info");
    expect(missing.length).toBeGreaterThan(0);
    const items = report.locator(".report-section.missing > ul > li");
    expect(await items.count()).toBe(missing.length);
    for (const [i, r] of missing.entries()) {
      const needs = (await items.nth(i).locator(".needs").textContent())!;
      expect(needs, r.clauseId).toBe(r.reason);
      if (r.ifMet) expect(await items.nth(i).locator(".if-met").textContent()).toBe(ifMetText(r));
    }
    expect(missing.some((r) => r.ifMet)).toBe(true);

    // No field names or rule ids reach the reader.
    const text = (await report.innerText()) + (await page.locator(".profile-form").innerText());
    const keys = new Set<string>();
    (function walk(fields: FieldInfo[]) {
      for (const f of fields) (keys.add(f.key), f.children && walk(f.children));
    })((await server.inject({ method: "GET", url: "/api/profile/fields" })).json().fields);
    expect([...keys].filter((k) => k.length > 3 && new RegExp(`\\b${k}\\b`).test(text))).toEqual([]);
    expect(text).not.toMatch(/\b(zz|cz)-\d{4}-\d+/);

    // A screening date and a performance year that disagree are pointed out.
    await page.getByLabel("筛查日期").fill("2019-05-01");
    await page.getByLabel("业绩年度").fill("2025");
    await screenFromForm();
    expect(await report.locator(".report-section", { hasText: "提示" }).textContent()).toContain("业绩年度2025晚于筛查日2019-05-01");
    await shot("10-report-sections", page.locator(".report"));
  });

  it("11. gives every page one <h1> and a focus ring of at least 3:1 against what surrounds it", async () => {
    const pages = ["/", "/doc", "/doc/zz-2018-4", "/screen", "/chat", "/doc/zz-1999-1"];
    for (const url of pages) {
      await page.goto(`${base}${url}`);
      await page.locator("main .view:not([hidden]) h2").first().waitFor();
      expect(await page.locator("h1:visible").count(), url).toBe(1);
    }
    for (const url of ["/", "/screen", "/chat"]) {
      await page.goto(`${base}${url}`);
      await page.locator("main .view:not([hidden]) h2").first().waitFor();
      await page.waitForLoadState("networkidle");
      await page.locator(".skip-link").focus(); // the first stop of the page, where tabbing starts
      const seen: string[] = [];
      for (let i = 0; i < 30; i++) {
        if (i > 0) await page.keyboard.press("Tab");
        const ring = await focusRing();
        if (!ring) break;
        // A date box takes several stops (its day, month, year and picker): its ring is the first stop's.
        if (seen.at(-1)?.startsWith(`${ring.element} `)) continue;
        seen.push(`${ring.element} ${ring.contrast.toFixed(2)}`);
        expect(ring.width, ring.element).toBeGreaterThanOrEqual(2);
        expect(ring.contrast, `${url} ${ring.element}: ${ring.ring} on ${ring.behind}`).toBeGreaterThanOrEqual(3);
      }
      expect(seen.length, url).toBeGreaterThan(5);
    }
  });

  it("12. fits every page on a phone: no sideways scrolling, every control within reach", async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    try {
      const visit = async (name: string, url: string, ready: () => Promise<void>) => {
        await page.goto(`${base}${url}`);
        await ready();
        const fit = await page.evaluate(() => {
          const width = document.documentElement.clientWidth;
          const controls = Array.from(document.querySelectorAll<HTMLElement>("a[href], button, input, select, textarea, summary, [tabindex]"))
            .filter((el) => el.checkVisibility() && !el.classList.contains("skip-link"));
          const outside = controls.filter((el) => {
            const box = el.getBoundingClientRect();
            return box.left < -0.5 || box.right > width + 0.5;
          });
          return { scrollWidth: document.documentElement.scrollWidth, width, controls: controls.length, outside: outside.map((el) => el.outerHTML.slice(0, 80)) };
        });
        expect(fit.scrollWidth, name).toBeLessThanOrEqual(fit.width);
        expect(fit.outside, name).toEqual([]);
        expect(fit.controls, name).toBeGreaterThan(3);
        await shot(`12-phone-${name}`);
      };
      await visit("search", `/?q=${encodeURIComponent(QUESTION)}`, () => page.locator(".citation").first().waitFor());
      await visit("documents", "/doc", () => page.locator(".doc-card").first().waitFor());
      await visit("clause", "/doc/zz-2018-4#zz-2018-4/8", () => page.locator(".clause.targeted").waitFor());
      await visit("chat", "/chat", () => page.locator(".message.bot").first().waitFor());
      await visit("not-found", "/doc/zz-1999-1", () => page.locator("main h2").first().waitFor());
      await visit("screen", "/screen", async () => {
        await page.getByLabel("注册地城市").selectOption({ label: "郑州市" });
        await page.getByRole("checkbox", { name: "跨境电商企业", exact: true }).check();
        for (const a of ["跨境电商出口", "海外仓"]) await activityBox(a).check();
        await page.getByRole("button", { name: "添加海外仓" }).click();
        await page.getByLabel("海外仓方式").selectOption({ label: "整体租赁海外仓" });
        await page.getByLabel("跨境电商出口额", { exact: true }).fill("200万美元");
        await screenFromForm();
        for (const d of await page.locator(".report details").all()) await d.evaluate((el) => ((el as HTMLDetailsElement).open = true));
      });
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it("13. screens a past year from the year picker, and says so when no money clause was in force at its end", async () => {
    // Step 3's enterprise: 210号's clauses on its logistics and marketing pay it in 2025 and 2026.
    await exporterForm(["跨境电商出口", "国际物流", "网络推广、平台与独立站"]);
    for (const path of ["independentLegalPerson", "reportsCbecStatistics"]) {
      await page.getByRole("group", { name: field(path).label, exact: true }).getByRole("radio", { name: "是", exact: true }).check();
    }
    await page.getByLabel("跨境电商进出口额", { exact: true }).fill("3000");
    await page.getByLabel("跨境电商出口额", { exact: true }).fill("300万美元");
    await page.getByLabel(field("logisticsSpend").label, { exact: true }).fill("260");
    await page.getByLabel(field("marketingSpend").label, { exact: true }).fill("120");
    const picker = page.getByLabel("筛查年度");
    const asOf = page.getByLabel("筛查日期");
    const year = page.getByLabel("业绩年度");
    const screenYear = async (y: string) => {
      await picker.selectOption(y);
      expect([await asOf.inputValue(), await year.inputValue()]).toEqual([`${y}-12-31`, y]);
      const sent = await screenFromForm();
      await page.locator(".report-header", { hasText: `筛查日${y}-12-31｜业绩年度${y}` }).waitFor();
      return api<ScreenResult>("/api/screen", sent);
    };

    const in2025 = await screenYear("2025");
    expect(in2025.moneyInForce).toBe(true);
    expect(await page.locator("#report-total").textContent()).toBe(reportSections(in2025).total);
    expect(await page.locator(".no-money-in-force").count()).toBe(0);

    // 210号's measures ended on 2026-12-14: at the end of 2026 nothing is in force, and the report
    // says so and shows what they offered on their last day.
    const in2026 = await screenYear("2026");
    expect(in2026.moneyInForce).toBe(false);
    expect(await page.locator(".no-money-in-force").textContent()).toBe("筛查日2026-12-31没有现行有效的资金条款。");
    const history = page.locator(".report-section.history");
    expect(await history.locator("p").first().textContent()).toBe(reportSections(in2026).history!.intro);
    expect(await history.textContent()).toContain("有效期2023-12-15至2026-12-14");
    expect(await history.locator(".total").textContent()).toBe(reportSections(in2026).history!.total);
    expect(in2026.history!.totalCny).toBeGreaterThan(0);
    await shot("13-past-year", page.locator(".report"));

    await picker.selectOption("");
    expect([await asOf.inputValue(), await year.inputValue()]).toEqual(["", ""]);
  });

  it("14. shows the API docs under their Content-Security-Policy", async () => {
    const docs = await page.goto(`${base}/docs`);
    expect(docs!.headers()["content-security-policy"]).toContain("default-src 'self'");
    await page.locator(".opblock-summary-path", { hasText: "/api/screen" }).first().waitFor();
    await shot("14-docs");
  });

  it("15. lists the chat session's notices on 提醒, as GET /api/chat/notices gives them", async () => {
    await page.goto(`${base}/notices`);
    await page.locator(".notices-view .empty").first().waitFor();
    expect(await page.locator(".notices-view").textContent()).toContain("还没有保存完整的企业信息");
    await page.goto(`${base}/chat`);
    // A session is kept from the first turn that leaves something to keep: a screening begun.
    const before = await page.locator(".chat-log .message.bot").count();
    await page.locator(".chat-log button", { hasText: "开始筛查" }).first().click();
    await page.waitForFunction((n) => document.querySelectorAll(".chat-log .message.bot").length > n, before);
    const sessionId = (await page.context().cookies()).find((c) => c.name === "chat_session")!.value;
    // A profile saved by a finished screening (step 4 shows the chat saving one).
    const profile: Draft = { city: "zhengzhou", kinds: ["cbec_enterprise"], crossBorderTrade: { amount: 20_000_000, currency: "CNY" }, marketingSpend: { amount: 1_000_000, currency: "CNY" } };
    await app.store.withSession(`web:${sessionId}`, async (current) => ({ state: { ...current!, profile } }));
    await page.locator('nav.main-nav a[data-view="notices"]').click();
    await page.locator(".notices-view .intro").waitFor();
    const listed = (await (await page.request.get(`${base}/api/chat/notices`)).json()) as NoticesResponse;
    expect(listed.profile).toBe(true);
    const shown = await page.locator(".notices-view .notice .message-text").allTextContents();
    expect(shown).toEqual(listed.notices.map((n) => n.text));
    if (!listed.notices.length) expect(await page.locator(".notices-view").textContent()).toContain("目前没有需要提醒的事项");
    await shot("15-notices");
  });

  it("16. keeps every filter in the ?q= link and restores it on load; says when the filters excluded the answer, and links to the question without them", async () => {
    const question = "租用海外仓有什么奖励？";
    await page.goto(`${base}/`);
    await page.locator("#search-doc option[value='zz-2018-4']").waitFor({ state: "attached" });
    await page.locator("#search-city option[value='zhengzhou']").waitFor({ state: "attached" });
    await page.getByLabel("问题", { exact: true }).fill(question);
    await page.getByLabel("城市", { exact: true }).selectOption("zhengzhou");
    await page.getByLabel("文件", { exact: true }).selectOption("zz-2018-4");
    await page.getByLabel("只查现行有效的文件").check();
    await page.getByLabel("问题", { exact: true }).press("Enter");
    await page.waitForURL((url) => url.searchParams.get("q") === question);
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ q: question, city: "zhengzhou", doc: "zz-2018-4", inForceOn: "today" });

    // 郑政〔2018〕4号 expired in 2021: the filters, not the corpus, leave the question without an answer.
    const expected = await api<AskResult>("/api/ask", { question, city: "zhengzhou", docId: "zz-2018-4", inForceOn: todayInChina() });
    expect(expected).toMatchObject({ noAnswer: true, reason: "filtered_out" });
    await page.locator(".excluded .citation").first().waitFor();
    expect(await page.locator(".no-answer .answer-text").textContent()).toBe(expected.answer);
    expect(expected.answer).toContain("是筛选条件排除了依据");
    expect(await texts(".excluded .citation .cite-link")).toEqual(expected.related.map((c, i) => `〔${i + 1}〕${c.docNumber}《${c.docTitle}》${c.clauseLabel}${c.title ?? ""}`));
    await shot("16-filtered-out");

    // Loaded directly, the link asks the same with the same filters shown.
    await page.goto(page.url());
    await page.locator(".excluded .citation").first().waitFor();
    await expect.poll(() => page.getByLabel("文件", { exact: true }).inputValue()).toBe("zz-2018-4");
    expect(await page.getByLabel("城市", { exact: true }).inputValue()).toBe("zhengzhou");
    expect(await page.getByLabel("只查现行有效的文件").isChecked()).toBe(true);

    // A date of its own is carried too.
    await page.getByLabel("有效日期").fill("2019-06-01");
    await page.getByLabel("问题", { exact: true }).press("Enter");
    await page.waitForURL((url) => url.searchParams.get("inForceOn") === "2019-06-01");
    await page.locator(".citations:not(.excluded) .citation").first().waitFor();

    await page.goto(`${base}${"/?" + new URLSearchParams({ q: question, city: "zhengzhou", doc: "zz-2018-4", inForceOn: "today" })}`);
    await page.getByRole("link", { name: "不加筛选条件再问" }).click();
    await page.waitForURL((url) => url.search === `?${new URLSearchParams({ q: question })}`);
    await page.locator(".citations:not(.excluded) .citation").first().waitFor();
    expect(await page.getByLabel("文件", { exact: true }).inputValue()).toBe("");
    expect(await page.getByLabel("只查现行有效的文件").isChecked()).toBe(false);
  });

  it("17. bolds the question's words and figures whole: 150万美元 bolds nothing of 300万美元", async () => {
    const question = "我们一年出口150万美元，出口信保有补贴吗？";
    await page.goto(`${base}/?${new URLSearchParams({ q: question })}`);
    const credit = page.locator(".citation[data-clause-id='zz-2018-4/8']");
    await credit.waitFor();
    const expected = await api<AskResult>("/api/ask", { question });
    const c = expected.citations.find((x) => x.clauseId === "zz-2018-4/8")!;
    expect(c.text).toContain("300万美元");
    const bold = await credit.locator("b.term").allTextContents();
    expect(bold).toEqual(c.highlights.map(([s, e]) => c.text.slice(s, e)));
    expect(bold.length).toBeGreaterThan(0);
    expect(bold.some((b) => /\d|万美元/u.test(b))).toBe(false);
    // The text around the words is the clause's, unchanged.
    expect((await credit.locator(".clause-text").textContent())!.replace(/\s+/g, "")).toBe(c.text.replace(/\s+/g, ""));
    await shot("17-whole-words", credit);
  });

  it("18. badges a document near its end 即将到期 in the documents list and on its clause page, as the API says", async () => {
    const { documents } = (await server.inject({ method: "GET", url: "/api/documents" })).json() as { documents: DocumentSummary[] };
    await page.goto(`${base}/doc`);
    await page.locator(".doc-card").first().waitFor();
    const cards = page.locator(".doc-card");
    expect(await cards.count()).toBe(documents.length);
    for (const [i, d] of documents.entries()) {
      const badge = cards.nth(i).locator(".validity");
      expect(await badge.textContent()).toContain(d.validity.text);
      expect(await badge.locator(".validity-word").textContent()).toBe(d.validity.expiresInDays === null ? VALIDITY_STATUS_WORDS[d.validity.status] : "即将到期");
      if (d.validity.expiresInDays !== null) expect(d.validity.text).toContain(`距失效还有${d.validity.expiresInDays}天`);
    }
    await shot("18-documents");
    const measures = documents.find((d) => d.docId === "zz-2023-210-measures")!;
    await page.goto(`${base}/doc/zz-2023-210-measures#zz-2023-210-measures/6`);
    await page.locator(".clause.targeted").waitFor();
    expect(await page.locator(".doc-bar .validity").textContent()).toContain(measures.validity.text);
  });

  it("19. looks a clause up in the chat panel by 文号 and number, and lists each document a shared 文号 can mean", async () => {
    await page.goto(`${base}/chat`);
    const bot = page.locator(".message.bot");
    await bot.first().waitFor();
    const say = async (message: string) => {
      const before = await bot.count();
      await page.getByLabel("消息").fill(message);
      await page.getByLabel("消息").press("Enter");
      await page.waitForFunction((n) => document.querySelectorAll(".message.bot").length > n, before);
      return (await bot.last().locator(".message-text").textContent())!;
    };
    const byReference = await say("/clause 郑政〔2018〕4号第八条");
    expect(byReference).toContain("加强出口信保扶持力度");
    expect(await say("/clause zz-2018-4/8")).toBe(byReference);
    const several = await say("/clause 210号第十条");
    expect(several).toContain("可指以下3个文件中的条款");
    expect(several).toContain("《郑州市加快直播电商发展的实施方案》（十）");
    expect(await bot.last().getByRole("button").count()).toBe(3);
    await shot("19-chat-clause", bot.last());
  });

  it("20. ticks a checklist in place in the chat panel, and changes an answer mid-screening, typed or from 我的信息, then comes back to the question that waited", async () => {
    await page.goto(`${base}/chat`);
    const bot = page.locator(".message.bot");
    await bot.first().waitFor();
    const answered = async (action: () => Promise<void>) => {
      const before = await bot.count();
      await action();
      await page.waitForFunction((n) => document.querySelectorAll(".message.bot").length > n, before);
      return (await bot.last().locator(".message-text").textContent())!;
    };
    const say = (message: string) =>
      answered(async () => {
        await page.getByLabel("消息").fill(message);
        await page.getByLabel("消息").press("Enter");
      });
    const tap = (label: string) => answered(() => bot.last().getByRole("button", { name: label, exact: true }).click());
    /** A tick: the question's own buttons change in place, and no message is added. */
    const tick = async (label: string) => {
      const [count, shown] = [await bot.count(), await texts(".message .message-text")];
      await bot.last().getByRole("button", { name: label, exact: true }).click();
      await bot.last().getByRole("button", { name: `✓ ${label}`, exact: true }).waitFor();
      expect(await bot.count()).toBe(count);
      expect(await texts(".message .message-text")).toEqual(shown);
    };

    // A session of its own, whatever earlier steps left in the chat.
    await page.getByRole("button", { name: "清除对话" }).click();
    await expect.poll(() => bot.count()).toBe(1);
    await say("/screen 2019-06-30");
    await tap("郑州市");
    await tick("跨境电商企业");
    await tap("选好了");
    const checklist = await say("海外仓");
    expect(checklist).toContain("以下哪些符合贵单位的情况？");
    const conditions = (await bot.last().getByRole("button").allTextContents()).filter((l) => !["选好了", "其余不清楚", "为什么问这个"].includes(l));
    expect(conditions.length).toBeGreaterThan(1);
    for (const label of conditions) await tick(label);
    expect(await tap("选好了")).toContain(field("crossBorderTrade").ask!);
    const waiting = await say("3000万元");
    const n = /【第(\d+)问】/u.exec(waiting)![1];

    // Typed: the field its label names is asked, then the question that waited comes back under its number.
    expect(await say("改一下跨境电商进出口额")).toContain(field("crossBorderTrade").ask!);
    expect(await say("2000万元")).toMatch(new RegExp(`^回到第${n}问：`, "u"));
    const sessionId = (await page.context().cookies()).find((c) => c.name === "chat_session")!.value;
    expect((await app.store.load(`web:${sessionId}`))!.profile.crossBorderTrade).toEqual({ amount: 20_000_000, currency: "CNY" });

    // From 我的信息: each answer with a button to change it.
    await say("/profile");
    expect(await tap(`改：${field("crossBorderTrade").label.slice(0, 10)}`)).toContain(field("crossBorderTrade").ask!);
    expect(await say("2500万元")).toMatch(new RegExp(`^回到第${n}问：`, "u"));
    expect((await app.store.load(`web:${sessionId}`))!.profile.crossBorderTrade).toEqual({ amount: 25_000_000, currency: "CNY" });
    await shot("20-chat-change", bot.last());
  });

  it("21. offers, under an answer to a question stating its figures, to start the screening prefilled with them, in the chat", async () => {
    const question = "我们在郑州做跨境电商出口，一年150万美元，有什么补贴？";
    await page.goto(`${base}/?q=${encodeURIComponent(question)}`);
    const offer = page.locator(".answer .prefill").getByRole("link", { name: "按所述情况开始筛查" });
    await offer.waitFor();
    await offer.click();
    await page.waitForURL((url) => url.pathname === "/chat" && !url.searchParams.has("ask"));
    const bot = page.locator(".message.bot");
    await expect.poll(async () => (await texts(".message.user .message-text")).slice(-2)).toEqual([question, "按所述情况开始筛查"]);
    await expect.poll(() => page.locator(".chat-mode").textContent()).toBe("筛查进行中");
    const sessionId = (await page.context().cookies()).find((c) => c.name === "chat_session")!.value;
    const state = (await app.store.load(`web:${sessionId}`))!;
    expect(state.mode).toBe("screening");
    expect(state.profile).toMatchObject({ city: "zhengzhou" });
    expect(JSON.stringify(state.profile)).toContain('"amount":1500000,"currency":"USD"');
    await shot("21-prefill", bot.last());
  });

  it("loaded nothing from outside the server and met no error but the ones provoked", () => {
    expect(requested.length).toBeGreaterThan(10);
    expect(requested.filter((url) => !url.startsWith(`${base}/`) && !url.startsWith("data:"))).toEqual([]);
    // Step 3's date the server refuses, and the unknown document steps 11 and 12 visit.
    const unknownDocument = ["404 GET /doc/zz-1999-1", "404 GET /api/documents/zz-1999-1"];
    expect(failed).toEqual(["400 POST /api/screen", ...unknownDocument, ...unknownDocument]);
    expect(pageErrors).toEqual([]);
  });
});
