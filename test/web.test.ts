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
import { answerScript } from "../bot/web/src/hotline.ts";
import { loadConfig } from "../config.ts";
import { field } from "../policies/fields.ts";
import { citeResult, reportSections } from "../policies/report.ts";
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
      expected.citations.map((c, i) => `〔${i + 1}〕${c.docNumber}${c.clauseLabel}${c.title ? ` ${c.title}` : ""}`),
    );
    expect(await texts(".citation .validity")).toEqual(expected.citations.map((c) => expect.stringContaining(c.validity.text)));
    expect(await page.locator(".answer-text").textContent()).toBe(expected.answer);

    const first = page.locator(".citation").first();
    expect(await first.locator(".cite-link").textContent()).toContain("郑政〔2018〕4号（八）");
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

  it("3. screens a Zhengzhou enterprise from the generated form, with the API's total", async () => {
    await page.getByRole("link", { name: "预筛查" }).click();
    const form = page.locator(".profile-form");
    await form.waitFor();

    // Ticking a kind brings up the fields its rules read.
    expect(await page.getByLabel("跨境电商进出口额", { exact: true }).count()).toBe(0);
    await page.getByRole("checkbox", { name: "跨境电商企业", exact: true }).check();

    // Checked before sending: a required city, a number that is not one.
    await page.getByLabel("跨境电商进出口额", { exact: true }).fill("三千万");
    await page.getByRole("button", { name: "开始筛查" }).click();
    expect(await problemOf(page.getByLabel("跨境电商进出口额", { exact: true }))).toBe("应为数字");
    expect(await problemOf(page.getByLabel("注册地城市"))).toBe("请选择注册地城市");
    expect(await page.locator(".form-problems").isVisible()).toBe(true);
    await shot("03-form-checks");

    await page.getByLabel("筛查日期").fill(SAMPLE_PROFILE.asOf);
    await page.getByLabel("注册地城市").selectOption({ label: "郑州市" });
    for (const path of ["independentLegalPerson", "reportsCbecStatistics"]) {
      await page.getByRole("group", { name: field(path).label, exact: true }).getByRole("radio", { name: "是", exact: true }).check();
    }
    await page.getByLabel("跨境电商进出口额", { exact: true }).fill("3000");
    await page.getByLabel("跨境电商出口额", { exact: true }).fill("300");
    await page.getByLabel("跨境电商出口额的币种").selectOption({ label: "美元" });
    await page.getByLabel(field("logisticsSpend").label, { exact: true }).fill("260");
    await page.getByLabel(field("marketingSpend").label, { exact: true }).fill("120");

    // A list item can be added (with labelled inputs) and removed again.
    await page.getByRole("button", { name: "添加海外仓" }).click();
    expect(await page.locator(".field-list .item legend").allTextContents()).toEqual(["第1个海外仓"]);
    const unlabelled = await form.evaluate((el) =>
      Array.from(el.querySelectorAll("input, select")).filter((i) => (i as HTMLInputElement).labels?.length === 0).length,
    );
    expect(unlabelled).toBe(0);
    await page.getByRole("button", { name: "删除第1个海外仓" }).click();
    expect(await page.locator(".field-list .item").count()).toBe(0);

    // A problem only the server finds is shown next to the field it names.
    const hqDate = page.getByLabel(field("hq.establishedOn").label);
    await hqDate.fill("2025-01-01");
    await page.getByRole("button", { name: "开始筛查" }).click();
    await page.getByText("总部落户日期晚于筛查日期").first().waitFor();
    expect(await problemOf(hqDate)).toBe("总部落户日期晚于筛查日期");
    expect(await problemOf(page.getByLabel("跨境电商进出口额", { exact: true }))).toBe(null);
    await hqDate.fill("");

    await page.getByRole("button", { name: "开始筛查" }).click();
    await page.locator("#report-total").waitFor();
    expect(await problemOf(hqDate)).toBe(null);

    const expected = await api<ScreenResult>("/api/screen", SAMPLE_PROFILE);
    expect(expected.totalCny).toBeGreaterThan(0);
    expect(await page.locator("#report-total").textContent()).toBe(reportSections(expected).total);
    const eligible = expected.results.filter((r) => r.status === "eligible").sort((a, b) => (b.amountCny ?? -1) - (a.amountCny ?? -1));
    expect(eligible.length).toBeGreaterThan(1);
    expect(await texts(".report-section.eligible .cite-link")).toEqual(eligible.map(citeResult));
    expect(await page.locator(".report-header").textContent()).toBe(reportSections(expected).header);
    expect(await page.locator(".disclaimer").textContent()).toContain(expected.disclaimer);
    await shot("03-screening", page.locator(".report"));
  });

  it("4. screens through the chat panel, by buttons and typed answers, to the same result as the API", async () => {
    await page.getByRole("link", { name: "对话" }).click();
    const bot = page.locator(".message.bot");
    await bot.first().waitFor();

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
    while (!(await texts(".message.bot .message-text")).some((t) => t.startsWith("筛查结果（"))) {
      expect(++steps).toBeLessThan(80);
      const last = bot.last();
      const question = ((await last.locator(".message-text").textContent()) ?? "").split("\n")[0]!.replace(/^【第\d+问】/, "");
      const buttons = await last.getByRole("button").allTextContents();
      if (buttons.includes("郑州市")) await tap("郑州市");
      else if (buttons.includes("选好了")) {
        await tap("跨境电商企业");
        await tap("选好了");
      } else if (typed.has(question)) {
        await answer(async () => {
          await page.getByLabel("消息").fill(typed.get(question)!);
          await page.getByLabel("消息").press("Enter");
        });
      } else if (yes.has(question)) await tap("是");
      else await tap("跳过/不清楚");
    }
    await shot("04-chat");

    const sessionId = await page.evaluate(() => localStorage.getItem("cbec-console.chat-session"));
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
      expect(clipboard).toContain(`${c.docNumber}${c.clauseLabel}`);
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

  it("loaded nothing from outside the server and met no error but the one provoked", () => {
    expect(requested.length).toBeGreaterThan(10);
    expect(requested.filter((url) => !url.startsWith(`${base}/`) && !url.startsWith("data:"))).toEqual([]);
    expect(failed).toEqual(["400 POST /api/screen"]); // step 3's date the server refuses
    expect(pageErrors).toEqual([]);
  });
});
