import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { getAt } from "../bot/dialogue/draft.ts";
import { Dialogue } from "../bot/dialogue/dialogue.ts";
import type { DialogueInput, Reply } from "../bot/dialogue/types.ts";
import { SqliteStore } from "../bot/store/sqlite-store.ts";
import { field, schemaPath } from "../policies/fields.ts";
import { KIND_LABELS } from "../policies/profile.ts";
import { run, usd, cny, TEST_CONFIG } from "./helpers/screen.ts";

const dialogue = (store = SqliteStore.open(":memory:")) =>
  new Dialogue({ store, ask: null, fxUsdCny: TEST_CONFIG.fxUsdCny, today: () => TEST_CONFIG.today });

const text = (t: string): DialogueInput => ({ kind: "text", text: t });
const tap = (data: string): DialogueInput => ({ kind: "button", data });

/** How a person would type a value of the truth profile. */
function typed(path: string, value: unknown): DialogueInput[] {
  const info = field(schemaPath(path));
  switch (info.type) {
    case "money": {
      const m = value as { amount: number; currency: string };
      return [text(`${m.amount / 10_000}万${m.currency === "USD" ? "美元" : "元"}`)];
    }
    case "boolean":
      return [tap(`a:${value}`)];
    case "ratio":
      return [text(`${(value as number) * 100}%`)];
    case "enum":
      return [text(info.choices![value as string]!)];
    case "enum[]":
      return [...(value as string[]).map((k) => tap(`k:${k}`)), tap("kd")];
    case "list":
      return [text(`${(value as unknown[]).length}个`)];
    case "text":
      return [text(path === "city" ? (value === "zhengzhou" ? "郑州" : value === "chenzhou" ? "郴州市" : String(value)) : String(value))];
    default:
      return [text(`${value}${info.unit && info.unit !== "%" ? info.unit : ""}`)];
  }
}

/** Drives a screening to its end, answering from `truth`; returns the questions asked. */
async function screenThroughDialogue(d: Dialogue, session: string, truth: Record<string, unknown>, start: DialogueInput = { kind: "command", name: "screen" }) {
  const asked: string[] = [];
  let replies: Reply[] = await d.handle(session, start);
  for (let turn = 0; turn < 80; turn++) {
    const pending = (await (d as unknown as { deps: { store: SqliteStore } }).deps.store.load(session))!.pending;
    if (!pending) return { asked, replies };
    asked.push(pending.path);
    const value = getAt(truth as never, pending.path);
    const inputs = value === undefined ? [text("跳过")] : typed(pending.path, value);
    for (const input of inputs) replies = await d.handle(session, input);
  }
  throw new Error(`screening did not finish; asked ${asked.join(", ")}`);
}

const summary = (results: { clauseId: string; status: string; amountCny: number | null }[]) =>
  results.map((r) => `${r.clauseId} ${r.status} ${r.amountCny}`).sort();

const ENTERPRISES: Record<string, Record<string, unknown>> = {
  "a Zhengzhou cross-border seller (2024)": {
    city: "zhengzhou", district: "金水区", kinds: ["cbec_enterprise"],
    crossBorderTrade: cny(30_000_000), marketingSpend: cny(1_200_000), logisticsSpend: cny(2_600_000),
    demoParkLevel: "provincial", parkServiceFees: cny(500_000), inTalentIncubation: true,
    o2oStores: [{ location: "domestic", areaSqm: 1500, monthsOperating: 14, retailImport: cny(40_000_000) }],
  },
  "a service enterprise just short of the growth threshold": {
    city: "zhengzhou", kinds: ["service_enterprise"], servedEnterprises: 45, serviceRevenue: cny(20_000_000), serviceRevenueGrowth: 0.09,
  },
  "a payment institution with a Zhengzhou HQ": {
    city: "zhengzhou", kinds: ["payment_institution"], hasPaymentLicense: true, hq: { inCity: true, establishedOn: "2022-04-01" },
    paymentVolume: usd(1_500_000_000),
  },
  "a Chenzhou enterprise with stores and staff training (2022)": {
    asOf: "2022-03-01", city: "chenzhou", kinds: ["cbec_enterprise"], independentLegalPerson: true, reportsCbecStatistics: true,
    crossBorderExport: usd(300_000), platformPromotionFee: cny(600_000), platformStoreFee: cny(100_000),
    o2oStores: [
      { location: "domestic", areaSqm: 600, monthsOperating: 3, community: false },
      { location: "domestic", areaSqm: 80, community: true, newThisYear: true },
    ],
    trainingClasses: [{ audience: "own_staff", days: 3, participants: 30, cost: cny(1_000_000) }],
  },
  "a park operator under the 2018 opinions": {
    asOf: "2019-05-01", city: "zhengzhou", kinds: ["park_operator"], independentLegalPerson: true, henanEcommerceCertified: true, reportsCbecStatistics: true,
    park: { recognizedBy: "city", monthsOperating: 20, areaSqm: 40_000, enterprises: 35 }, demoParkLevel: "municipal",
  },
};

describe("guided screening", () => {
  for (const [name, truth] of Object.entries(ENTERPRISES)) {
    it(`ends, for ${name}, in the same result as screening the equivalent profile`, async () => {
      const d = dialogue();
      const start: DialogueInput = truth.asOf ? { kind: "command", name: "screen", arg: truth.asOf as string } : { kind: "command", name: "screen" };
      const { asked, replies } = await screenThroughDialogue(d, "s1", truth, start);
      const draft = (await (d as unknown as { deps: { store: SqliteStore } }).deps.store.load("s1"))!.profile;
      expect(summary(run(draft).results)).toEqual(summary(run(truth).results));
      expect(run(draft).totalCny).toBe(run(truth).totalCny);
      expect(asked.slice(0, 2)).toEqual(["city", "kinds"]);
      expect(new Set(asked).size).toBe(asked.length); // nothing asked twice
      expect(replies.map((r) => r.text).join("\n")).toContain("合计");
    });
  }

  it("asks only what can still change the result", async () => {
    const d = dialogue();
    const truth = ENTERPRISES["a service enterprise just short of the growth threshold"]!;
    const { asked } = await screenThroughDialogue(d, "s2", truth);
    // Growth of 9% already fails 210号（五）, so the number of enterprises served is never asked;
    // nothing about stores, warehouses or parks either.
    expect(asked).toEqual(expect.arrayContaining(["serviceRevenue", "serviceRevenueGrowth"]));
    expect(asked).not.toContain("servedEnterprises");
    expect(asked.filter((p) => /o2oStores|overseasWarehouses|park\b|trainingClasses/.test(p))).toEqual([]);
  });

  it("says why each question is asked, gives an example and offers buttons for choices", async () => {
    const d = dialogue();
    const first = await d.handle("s3", { kind: "command", name: "screen" });
    expect(first.at(-1)!.text).toContain("城市");
    expect(first.at(-1)!.buttons!.flat().map((b) => b.label)).toContain("郑州市");
    await d.handle("s3", text("郑州"));
    const kinds = await d.handle("s3", tap("k:cbec_enterprise"));
    expect(kinds.at(-1)!.buttons!.flat().map((b) => b.label)).toContain(`✓ ${KIND_LABELS.cbec_enterprise}`);
    let q = (await d.handle("s3", tap("kd"))).at(-1)!;
    expect(q.text).toMatch(/用于判断：郑政文〔20\d\d〕\d+号/u);
    expect(q.buttons!.flat().map((b) => b.label)).toContain("跳过/不清楚");
    // Yes/no questions come with buttons; figures with an example.
    while (q.buttons!.flat().some((b) => b.label === "是")) q = (await d.handle("s3", tap("a:false"))).at(-1)!;
    expect(q.text).toContain("例如：");
  });

  it("re-prompts input it cannot read, never storing a zero, and asks the currency when none is given", async () => {
    const d = dialogue();
    await d.handle("s4", { kind: "command", name: "screen" });
    await d.handle("s4", text("郑州"));
    await d.handle("s4", text("跨境电商企业"));
    const store = (d as unknown as { deps: { store: SqliteStore } }).deps.store;
    const path = (await store.load("s4"))!.pending!.path;
    const info = field(schemaPath(path));
    const bad = await d.handle("s4", text("很多很多"));
    expect(bad[0]!.text).toContain("没看懂“很多很多”");
    expect((await store.load("s4"))!.pending!.path).toBe(path);
    expect(getAt((await store.load("s4"))!.profile, path)).toBeUndefined();
    if (info.type === "money") {
      const ask = await d.handle("s4", text("三百万"));
      expect(ask[0]!.text).toContain("人民币还是美元");
      await d.handle("s4", tap("cur:USD"));
      expect(getAt((await store.load("s4"))!.profile, path)).toEqual({ amount: 3_000_000, currency: "USD" });
    }
  });

  it("keeps skipped fields unknown and reports the clause as missing information", async () => {
    const d = dialogue();
    const truth = { city: "zhengzhou", kinds: ["cbec_enterprise"], crossBorderTrade: cny(30_000_000) };
    const { replies } = await screenThroughDialogue(d, "s5", truth);
    const all = replies.map((r) => r.text).join("\n");
    expect(all).toContain("还需信息");
    expect(all).toContain("国际物流费用");
  });

  it("ends at once for a city with no documents, saying so", async () => {
    const d = dialogue();
    const { replies } = await screenThroughDialogue(d, "s6", { city: "深圳", kinds: ["cbec_enterprise"] });
    expect(replies.map((r) => r.text).join("\n")).toContain("没有“深圳”的政策");
  });

  it("lists documents, shows a clause and explains a calculation", async () => {
    const d = dialogue();
    expect((await d.handle("s7", { kind: "command", name: "policies" }))[0]!.text).toContain("郴政办发〔2021〕3号");
    const clause = (await d.handle("s7", { kind: "command", name: "clause", arg: "zz-2018-4/8" }))[0]!.text;
    expect(clause).toContain("加强出口信保扶持力度");
    expect(clause).toContain("已于2021-01-09到期");
    await screenThroughDialogue(d, "s7", ENTERPRISES["a Zhengzhou cross-border seller (2024)"]!);
    const explained = (await d.handle("s7", tap("x:zz-2023-210-measures/6")))[0]!.text;
    expect(explained).toContain("国际物流费用（含邮政小包） 260万元 × 10% = 26万元");
  });

  it("shows, edits and resets the profile, and forgets everything on /forget", async () => {
    const store = SqliteStore.open(":memory:");
    const d = dialogue(store);
    await screenThroughDialogue(d, "s8", ENTERPRISES["a service enterprise just short of the growth threshold"]!);
    const profile = (await d.handle("s8", { kind: "command", name: "profile" }))[0]!;
    expect(profile.text).toContain("服务收入同比增幅：9%");
    const edit = (await d.handle("s8", tap("e:serviceRevenueGrowth")))[0]!;
    expect(edit.text).toContain("增长");
    // With 12% the clause is open again, so the one fact it still needs is asked now.
    const next = (await d.handle("s8", text("12%"))).at(-1)!;
    expect(next.text).toContain("服务了多少家跨境电商企业");
    const after = await d.handle("s8", text("45家"));
    expect(after.map((r) => r.text).join("\n")).toContain("郑政文〔2023〕210号（五） 支持跨境电子商务服务：60万元");
    await d.handle("s8", { kind: "command", name: "reset" });
    expect((await store.load("s8"))!.profile).toEqual({});
    await d.handle("s8", { kind: "command", name: "forget" });
    expect(await store.load("s8")).toBeNull();
  });

  it("says plainly when the question service is not available", async () => {
    const reply = await dialogue().handle("s9", text("出口信保有什么补贴？"));
    expect(reply[0]!.text).toContain("问答服务暂未就绪");
  });
});

describe("persistence", () => {
  it("keeps every answer across a restart: answer, close, reopen, continue", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "dialogue-db-")), "state.sqlite");
    const first = SqliteStore.open(file);
    const d1 = dialogue(first);
    await d1.handle("tg:1", { kind: "command", name: "screen" });
    await d1.handle("tg:1", text("郑州"));
    await d1.handle("tg:1", text("跨境电商企业"));
    const pendingBefore = (await first.load("tg:1"))!.pending!.path;
    await first.close();

    const second = SqliteStore.open(file);
    expect(second.schemaVersion).toBe(2);
    const state = (await second.load("tg:1"))!;
    expect(state.profile).toMatchObject({ city: "zhengzhou", kinds: ["cbec_enterprise"] });
    expect(state.pending!.path).toBe(pendingBefore);
    const d2 = dialogue(second);
    const truth = ENTERPRISES["a Zhengzhou cross-border seller (2024)"]!;
    const { replies } = await screenThroughDialogue(d2, "tg:1", truth, typed(pendingBefore, getAt(truth as never, pendingBefore))[0]!);
    expect(replies.map((r) => r.text).join("\n")).toContain("合计");
    await second.close();
  });
});
