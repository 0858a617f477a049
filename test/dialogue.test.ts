import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseAnswer } from "../bot/dialogue/answers.ts";
import { bound } from "../bot/dialogue/buttons.ts";
import { askedPaths } from "../bot/dialogue/questions.ts";
import { getAt } from "../bot/dialogue/draft.ts";
import { activitiesShown, GATE } from "../bot/dialogue/gate.ts";
import { Dialogue } from "../bot/dialogue/dialogue.ts";
import { RESULT_SHORT } from "../bot/dialogue/render.ts";
import { newSession, type DialogueInput, type Reply } from "../bot/dialogue/types.ts";
import { renderAnswer } from "../bot/dialogue/render.ts";
import { SQLITE_MIGRATIONS, SqliteStore } from "../bot/store/sqlite-store.ts";
import { loadCorpus } from "../corpus/index.ts";
import { validityOn } from "../corpus/validity.ts";
import { field, FIELDS, schemaPath, type FieldInfo } from "../policies/fields.ts";
import { KIND_LABELS } from "../policies/profile.ts";
import { loadConfig } from "../config.ts";
import { openRetriever, type Retriever } from "../retrieval/index.ts";
import { answerInWords } from "./helpers/person.ts";
import { run, usd, cny, TEST_CONFIG } from "./helpers/screen.ts";

const dialogue = (store = SqliteStore.open(":memory:")) =>
  new Dialogue({ store, ask: null, fxUsdCny: TEST_CONFIG.fxUsdCny, today: () => TEST_CONFIG.today });

const text = (t: string): DialogueInput => ({ kind: "text", text: t });
const tap = (data: string): DialogueInput => ({ kind: "button", data });

/** The data of the button labelled `label` among the replies: tapping it as a person would. */
function buttonIn(replies: Reply[], label: string): DialogueInput {
  const found = replies.flatMap((r) => r.buttons?.flat() ?? []).find((b) => b.label === label);
  if (!found) throw new Error(`no button “${label}” in ${JSON.stringify(replies)}`);
  return tap(found.data);
}

/** The gate question answered from `truth`: what it shows ticked, then 选好了 (其余不清楚 when it says nothing of some activity). */
function gateTaps(truth: Record<string, unknown>, question: number): DialogueInput[] {
  const { ticked, unknown } = activitiesShown(truth as never);
  return [...ticked.map((a) => tap(bound(`g:${a}`, question))), tap(bound(unknown ? "gu" : "gd", question))];
}

/** Drives a screening to its end, answering from `truth`; returns the questions asked. */
async function screenThroughDialogue(d: Dialogue, session: string, truth: Record<string, unknown>, start: DialogueInput = { kind: "command", name: "screen" }) {
  const asked: string[] = [];
  let replies: Reply[] = await d.handle(session, start);
  for (let turn = 0; turn < 80; turn++) {
    const pending = (await (d as unknown as { deps: { store: SqliteStore } }).deps.store.load(session))!.pending;
    if (!pending) return { asked, replies };
    asked.push(...askedPaths(pending));
    const inputs = pending.path === GATE ? gateTaps(truth, pending.id) : [text(answerInWords(pending, truth))];
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
    // 210号（五）'s figures in one message; nothing about stores, warehouses or parks.
    expect(asked).toEqual(expect.arrayContaining(["serviceRevenue", "serviceRevenueGrowth", "servedEnterprises"]));
    expect(asked.filter((p) => /o2oStores|overseasWarehouses|park\b|trainingClasses/.test(p))).toEqual([]);
  });

  it("says why each question is asked, gives an example and offers buttons for choices", async () => {
    const d = dialogue();
    const first = await d.handle("s3", { kind: "command", name: "screen" });
    expect(first.at(-1)!.text).toContain("城市");
    expect(first.at(-1)!.buttons!.flat().map((b) => b.label)).toContain("郑州市");
    const city = await d.handle("s3", buttonIn(first, "郑州市"));
    const kinds = await d.handle("s3", buttonIn(city, KIND_LABELS.cbec_enterprise));
    expect(kinds.at(-1)!.buttons!.flat().map((b) => b.label)).toContain(`✓ ${KIND_LABELS.cbec_enterprise}`);
    // The gate: one multi-select of the activities that bring clauses into play, ticked in place.
    const gate = (await d.handle("s3", buttonIn(kinds, "选好了"))).at(-1)!;
    expect(gate.text).toContain("贵单位有以下哪些业务或投入？");
    expect(gate.buttons!.flat().map((b) => b.label)).toEqual(expect.arrayContaining(["海外仓", "线下体验店", "都没有", "其余不清楚"]));
    const ticked = (await d.handle("s3", buttonIn([gate], "海外仓"))).at(-1)!;
    expect(ticked.text).toContain(`【第${/第(\d+)问/u.exec(gate.text)![1]}问】`);
    let q = (await d.handle("s3", buttonIn([ticked], "选好了"))).at(-1)!;
    expect(q.text).toMatch(/关系到：郑政文〔20\d\d〕\d+号/u);
    expect(q.buttons!.flat().map((b) => b.label)).toContain("跳过/不清楚");
    // Yes/no questions come with buttons; figures with an example.
    while (q.buttons!.flat().some((b) => b.label === "是")) q = (await d.handle("s3", buttonIn([q], "否"))).at(-1)!;
    expect(q.text).toMatch(/如“[^”]+”/u);
  });

  it("re-prompts input it cannot read, never storing a zero, and asks the currency when none is given", async () => {
    const d = dialogue();
    await d.handle("s4", { kind: "command", name: "screen" });
    await d.handle("s4", text("郑州"));
    await d.handle("s4", text("跨境电商企业"));
    await d.handle("s4", text("都没有"));
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
      await d.handle("s4", buttonIn(ask, "美元"));
      expect(getAt((await store.load("s4"))!.profile, path)).toEqual({ amount: 3_000_000, currency: "USD" });
    }
  });

  it("keeps skipped fields unknown and reports the clause as missing information", async () => {
    const d = dialogue();
    const truth = { city: "zhengzhou", kinds: ["cbec_enterprise"], crossBorderTrade: cny(30_000_000) };
    const { replies } = await screenThroughDialogue(d, "s5", truth);
    expect(replies.map((r) => r.text).join("\n")).toMatch(/【还需信息】\d+条/u);
    const full = (await d.handle("s5", buttonIn(replies, "全部结果")))[0]!.text;
    expect(full).toContain("【还需信息才能判断】");
    expect(full).toContain("国际物流费用");
  });

  it("takes only a covered city for the city question, with its districts and traditional forms, and suggests the nearest", async () => {
    const d = dialogue();
    const store = (d as unknown as { deps: { store: SqliteStore } }).deps.store;
    const cityAnswer = async (session: string, answer: string) => {
      await d.handle(session, { kind: "command", name: "screen" });
      const replies = await d.handle(session, text(answer));
      return { replies: replies.map((r) => r.text).join("\n"), state: (await store.load(session))! };
    };
    for (const [answer, city, district] of [
      ["郑州市金水区", "zhengzhou", "金水区"],
      ["鄭州", "zhengzhou", undefined],
      ["鄭州市金水區", "zhengzhou", "金水区"],
      ["郑州航空港区", "zhengzhou", "郑州航空港区"],
      ["巩义市", "zhengzhou", "巩义市"],
      ["苏仙区", "chenzhou", "苏仙区"],
      ["Zhengzhou", "zhengzhou", undefined],
    ] as const) {
      const { replies, state } = await cityAnswer(`city-${answer}`, answer);
      expect(state.profile.city, answer).toBe(city);
      expect(state.profile.district, answer).toBe(district);
      expect(state.pending?.path, answer).toBe("kinds");
      expect(replies).toContain(`已记录：注册地城市 ${city === "zhengzhou" ? "郑州市" : "郴州市"}`);
    }
    // A city the corpus does not cover ends nothing at 0元: it is refused, naming the covered ones.
    const changsha = await cityAnswer("city-changsha", "长沙");
    expect(changsha.replies).toContain("暂未收录“长沙”的政策");
    expect(changsha.replies).toContain("郑州市和郴州市");
    expect(changsha.state.profile.city).toBeUndefined();
    expect(changsha.state.pending?.path).toBe("city");
    // A misspelt code gets the API's suggestion.
    const typo = await cityAnswer("city-typo", "zhengzhuo");
    expect(typo.replies).toContain("是否应为 zhengzhou（郑州市）");
    expect(typo.state.profile.city).toBeUndefined();
    expect(typo.state.pending?.path).toBe("city");
  });

  it("labels the result's buttons without a rule part's letter", async () => {
    const d = dialogue();
    const truth = { city: "zhengzhou", kinds: ["cbec_enterprise"], independentLegalPerson: true, henanEcommerceCertified: true, reportsCbecStatistics: true, overseasWarehouses: [{ mode: "leased_whole", areaSqm: 3000, monthsOperating: 14, annualRent: cny(1_200_000) }], crossBorderExport: cny(20_000_000) };
    const { replies } = await screenThroughDialogue(d, "lbl", truth, { kind: "command", name: "screen", arg: "2019-06-30" });
    const labels = replies.flatMap((r) => r.buttons?.flat() ?? []).map((b) => b.label);
    expect(labels).toContain("计算（九） 整体租赁海外仓");
    for (const l of labels) expect(l).not.toMatch(/[）)][a-z]$/u);
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

  it("/clause takes a 文号 and clause number as the texts cite them, as well as an id", async () => {
    const d = dialogue();
    const clause = async (arg: string) => (await d.handle("s7b", { kind: "command", name: "clause", arg }))[0]!;
    const byId = await clause("zz-2018-4/8");
    expect((await clause("郑政〔2018〕4号第八条")).text).toBe(byId.text);
    expect((await clause("4号文（八）")).text).toBe(byId.text);
    expect((await clause("郴政办发〔2021〕3号五（二）")).text).toContain("郴政办发〔2021〕3号");
    // Three documents share 郑政文〔2023〕210号: each of their 第十条 is listed with its title, one button each.
    const several = await clause("210号第十条");
    const sharing = loadCorpus().documents.filter((doc) => doc.info.docNumber === "郑政文〔2023〕210号");
    for (const doc of sharing) expect(several.text).toContain(`郑政文〔2023〕210号《${doc.info.title}》（十）`);
    expect(several.buttons!.flat().map((b) => b.data)).toEqual(sharing.map((doc) => `c:${doc.info.docId}/10`));
    expect((await d.handle("s7b", tap(several.buttons![1]![0]!.data)))[0]!.text).toContain(`《${sharing[1]!.info.title}》`);
    // A number the document does not have, and nothing recognisable, each get a clear answer.
    expect((await clause("郑政〔2018〕4号第三十条")).text).toMatch(/^郑政〔2018〕4号《.+》中没有“郑政〔2018〕4号第三十条”所指的条款/u);
    expect((await clause("第八条")).text).toContain("没有找到条款“第八条”");
    // An expired clause names the clause in force that now covers its subject.
    expect((await clause("郑政〔2018〕4号第十一条")).text).toContain("现行规定见郑政文〔2023〕210号《郑州市加快推进跨境电商发展的若干措施》（六）降低国际物流费用成本");
    expect((await clause("zz-2023-210-measures/6")).text).not.toContain("现行规定见");
  });

  it("names each cited document's title and its nearing end in an answer's sources", () => {
    const citation = {
      docId: "zz-2023-210-measures", clauseId: "zz-2023-210-measures/6", docNumber: "郑政文〔2023〕210号",
      docTitle: "郑州市加快推进跨境电商发展的若干措施", clauseLabel: "（六）", title: "降低国际物流费用成本", text: "…", score: 1,
      validity: { status: "in_force" as const, text: validityOn("zz-2023-210-measures", "2026-12-05").text, expiresInDays: 9 }, highlights: [],
    };
    const reply = renderAnswer({ question: "q", noAnswer: false, reason: "answered", answer: "答", citations: [citation], related: [], lookup: null, estimate: null });
    expect(reply.text).toContain("〔1〕郑政文〔2023〕210号《郑州市加快推进跨境电商发展的若干措施》（六）降低国际物流费用成本（有效期2023-12-15至2026-12-14，距失效还有9天（即将到期））");
  });

  it("shows, edits and resets the profile, and forgets everything on /forget", async () => {
    const store = SqliteStore.open(":memory:");
    const d = dialogue(store);
    await screenThroughDialogue(d, "s8", ENTERPRISES["a service enterprise just short of the growth threshold"]!);
    const profile = (await d.handle("s8", { kind: "command", name: "profile" }))[0]!;
    expect(profile.text).toContain("服务收入同比增幅：9%");
    const edit = (await d.handle("s8", tap("e:serviceRevenueGrowth")))[0]!;
    expect(edit.text).toContain("增长");
    // The enterprises served were asked with the growth, as the clause's facts: with 12% it is met.
    const after = await d.handle("s8", text("12%"));
    expect(after.map((r) => r.text).join("\n")).toContain("郑政文〔2023〕210号（五） 支持跨境电子商务服务：60万元");
    await d.handle("s8", { kind: "command", name: "reset" });
    expect((await store.load("s8"))!.profile).toEqual({});
    await d.handle("s8", { kind: "command", name: "forget" });
    expect(await store.load("s8")).toBeNull();
  });

  it("takes 改一下出口额 / 修改出口额 as a change of the field its label names, offering a choice where labels tie", async () => {
    const d = dialogue();
    await d.handle("s8b", { kind: "command", name: "screen" });
    await d.handle("s8b", text("郑州"));
    const waiting = (await d.handle("s8b", text("跨境电商企业"))).at(-1)!;
    for (const wish of ["改一下出口额", "修改出口额", "我想更正一下出口额"]) {
      const asked = (await d.handle("s8b", text(wish))).at(-1)!;
      expect(asked.text, wish).toContain(field("crossBorderExport").ask!);
    }
    const back = await d.handle("s8b", text("没有"));
    const n = /^【第(\d+)问】/u.exec(waiting.text)![1];
    expect(back.at(-1)!.text).toBe(`回到第${n}问：\n${waiting.text}`);
    // Several fields with labels as close: a button for each, nothing asked yet.
    const which = (await d.handle("s8b", text("修改使用面积")))[0]!;
    expect(which.text).toBe("要修改哪一项？");
    expect(which.buttons!.flat().every((b) => b.data.startsWith("e:"))).toBe(true);
    // A text that names no field is an answer (or a question) as before.
    expect((await d.handle("s8b", text("改天再说"))).at(-1)!.text).not.toBe("要修改哪一项？");
  });

  it("says plainly when the question service is not available", async () => {
    const reply = await dialogue().handle("s9", text("出口信保有什么补贴？"));
    expect(reply[0]!.text).toContain("问答服务暂未就绪");
  });
});

describe("short messages in the person's words (issue 10 item 7)", () => {
  /** Every field id, every enum code the profile declares: the words that must not reach a person. */
  function internalWords(): string[] {
    const words: string[] = [];
    (function walk(fields: readonly FieldInfo[]) {
      for (const f of fields) {
        words.push(f.key);
        if (f.type === "enum" || f.type === "enum[]") words.push(...Object.keys(f.choices ?? {}));
        if (f.children) walk(f.children);
      }
    })(FIELDS);
    return [...new Set(words)].filter((w) => /^[A-Za-z_]{3,}$/u.test(w));
  }

  /** Screens `truth` collecting every message shown, then opens the full result and every clause's arithmetic. */
  async function everyMessage(truth: Record<string, unknown>, start?: DialogueInput): Promise<Reply[]> {
    const inner = dialogue();
    const shown: Reply[] = [];
    const collecting = Object.assign(Object.create(inner) as Dialogue, {
      handle: async (...args: Parameters<Dialogue["handle"]>) => {
        const replies = await inner.handle(...args);
        shown.push(...replies);
        return replies;
      },
    });
    await screenThroughDialogue(collecting, "s-words", truth, start);
    const result = shown.filter((r) => r.text.startsWith("筛查结果（")).at(-1)!;
    for (const b of result.buttons!.flat()) await collecting.handle("s-words", tap(b.data));
    return shown;
  }

  it.each(Object.entries(ENTERPRISES))("shows no field id, enum code or rule-part letter, questions ≤ 300 characters and a result ≤ 600, for %s", async (_, truth) => {
    const messages = await everyMessage(truth, { kind: "command", name: "screen", arg: (truth.asOf as string | undefined) ?? "2024-06-30" });
    const words = internalWords();
    for (const m of messages) {
      const shown = [m.text, ...(m.buttons?.flat().map((b) => b.label) ?? [])].join("\n");
      for (const w of words) expect(shown, m.text).not.toMatch(new RegExp(`(?<![A-Za-z])${w}(?![A-Za-z])`, "u"));
      expect(shown, m.text).not.toMatch(/(?<![A-Za-z])[a-h]\)|[）)][a-h](?![A-Za-z])/u);
      if (/^【第\d+问】/u.test(m.text)) expect(m.text.length, m.text).toBeLessThanOrEqual(300);
    }
    const result = messages.find((m) => m.text.startsWith("筛查结果（"))!;
    expect(result.text.length).toBeLessThanOrEqual(RESULT_SHORT);
    expect(result.text).toContain("合计");
    expect(result.text).not.toMatch(/ × | = /u); // the arithmetic sits behind 计算 and 全部结果
    const labels = result.buttons!.flat().map((b) => b.label);
    expect(labels).toContain("全部结果");
    const full = messages.find((m) => m !== result && m.text.startsWith("筛查结果（"))!;
    expect(full.text).toContain("【填写的信息】");
  });
});

describe("every answer bound to its question (issue 10)", () => {
  /** Answers yes/no questions with 否 until a question with no 是 button waits; returns every reply seen. */
  async function throughYesNo(d: Dialogue, session: string) {
    const seen: Reply[][] = [];
    let replies = await d.handle(session, { kind: "command", name: "screen" });
    seen.push(replies);
    replies = await d.handle(session, text("郑州"));
    seen.push(replies);
    replies = await d.handle(session, text("跨境电商企业"));
    seen.push(replies);
    replies = await d.handle(session, text("都没有"));
    seen.push(replies);
    while (replies.at(-1)!.buttons?.flat().some((b) => b.label === "是")) {
      replies = await d.handle(session, buttonIn([replies.at(-1)!], "否"));
      seen.push(replies);
    }
    return seen;
  }

  it("takes an earlier question's button as a change of that answer, said explicitly, never as an answer to the waiting one", async () => {
    const d = dialogue();
    const store = (d as unknown as { deps: { store: SqliteStore } }).deps.store;
    await d.handle("b1", { kind: "command", name: "screen" });
    await d.handle("b1", text("郑州"));
    await d.handle("b1", text("跨境电商企业"));
    const yesNo = await d.handle("b1", text("总部、网络推广"));
    const first = yesNo.at(-1)!;
    expect(first.buttons!.flat().map((b) => b.label)).toContain("否");
    const firstPath = (await store.load("b1"))!.pending!.path;
    const n = /【第(\d+)问】/u.exec(first.text)![1];
    await d.handle("b1", text("是"));
    const waiting = (await store.load("b1"))!.pending!;
    expect(waiting.path).not.toBe(firstPath);

    const changed = await d.handle("b1", buttonIn([first], "否"));
    expect(changed[0]!.text).toBe(`已将第${n}问改为：否`);
    const after = (await store.load("b1"))!;
    expect(getAt(after.profile, firstPath)).toBe(false);
    expect(after.pending).toEqual(waiting); // still waiting, unanswered
    expect(getAt(after.profile, waiting.path)).toBeUndefined();
    expect(changed.at(-1)!.text).toMatch(/^回到第\d+问：/u);
  });

  it("refuses an earlier question's skip, currency or kinds button politely and changes nothing", async () => {
    const d = dialogue();
    const store = (d as unknown as { deps: { store: SqliteStore } }).deps.store;
    const seen = await throughYesNo(d, "b2");
    const kindsQuestion = seen[1]!.at(-1)!;
    const oldSkip = seen.at(-2)!.at(-1)!; // the question answered last; the one after it waits
    const before = (await store.load("b2"))!;
    for (const press of [buttonIn([kindsQuestion], KIND_LABELS.logistics_enterprise), buttonIn([kindsQuestion], "选好了"), buttonIn([oldSkip], "跳过/不清楚")]) {
      const replies = await d.handle("b2", press);
      expect(replies[0]!.text).toBe("这是之前问题的按钮，没有作任何更改。");
      const now = (await store.load("b2"))!;
      expect(now.profile).toEqual(before.profile);
      expect(now.pending).toEqual(before.pending);
      expect(now.skipped).toEqual(before.skipped);
    }
  });

  it("never shows an internal code for an old choice button", async () => {
    const d = dialogue();
    const seen = await throughYesNo(d, "b3");
    const cityQuestion = seen[0]!.at(-1)!;
    const replies = await d.handle("b3", buttonIn([cityQuestion], "郴州市"));
    const shown = replies.map((r) => r.text).join("\n");
    expect(shown).not.toMatch(/chenzhou|zhengzhou|provincial/u);
  });
});

describe("natural answers (issue 10) and typed labels (issue 11)", () => {
  async function at(path: string) {
    const store = SqliteStore.open(":memory:");
    await store.withSession("n", async () => ({ state: { ...newSession(), profile: { city: "zhengzhou", kinds: ["cbec_enterprise"] } } }));
    const d = dialogue(store);
    const first = await d.handle("n", tap(`e:${path}`));
    const say = async (t: string) => (await d.handle("n", text(t))).map((r) => r.text).join("\n");
    return { first, say, d, state: async () => (await store.load("n"))! };
  }

  it("takes 没有 / 无 for an amount or a count as 0, and 不是 for a level as its none choice, echoing what it recorded", async () => {
    for (const [path, word, value] of [
      ["logisticsSpend", "没有", cny(0)],
      ["marketingSpend", "无", cny(0)],
      ["o2oStores", "没有", []],
      ["demoEnterpriseLevel", "不是", "none"],
    ] as const) {
      const { say, state } = await at(path);
      expect(await say(word), path).toMatch(/^已记录：/u);
      expect(getAt((await state()).profile, path), path).toEqual(value);
    }
  });

  it("offers 都不是 on every choice question and records it as a fact: a level not held, a way none of those listed", async () => {
    const enums: FieldInfo[] = [];
    (function walk(fields: readonly FieldInfo[]) {
      for (const f of fields) {
        if (f.type === "enum") enums.push(f);
        if (f.children) walk(f.children);
      }
    })(FIELDS);
    // A store is either in China or abroad: the one choice with nothing outside it.
    const exhaustive = ["o2oStores[].location"];
    for (const info of enums.filter((f) => !exhaustive.includes(f.path))) {
      const none = Object.keys(info.choices!).find((k) => k === "none" || k === "other");
      expect(none, info.path).toBeDefined();
      expect(parseAnswer(info, "都不是"), info.path).toEqual({ ok: true, value: none });
    }
    const store = SqliteStore.open(":memory:");
    await store.withSession("w", async () => ({ state: { ...newSession(), profile: { city: "zhengzhou", kinds: ["cbec_enterprise"], overseasWarehouses: [{}] } } }));
    const d = dialogue(store);
    const question = await d.handle("w", tap("e:overseasWarehouses[0].mode"));
    expect(question.at(-1)!.buttons!.flat().map((b) => b.label)).toContain("都不是（如自建自用）");
    expect((await d.handle("w", text("都不是")))[0]!.text).toMatch(/^已记录：第1个海外仓的海外仓方式 都不是/u);
    expect((await store.load("w"))!.profile.overseasWarehouses).toEqual([{ mode: "other" }]);
  });

  it("reads a figure said with words naming it first (面积3000平米), and a qualified one as approximate", () => {
    const area = field("overseasWarehouses[].areaSqm");
    expect(parseAnswer(area, "面积3000平米")).toMatchObject({ ok: true, value: 3000 });
    expect(parseAnswer(field("overseasWarehouses[].monthsOperating"), "经营了14个月")).toMatchObject({ ok: true, value: 14 });
    expect(parseAnswer(field("logisticsSpend"), "物流费：260万元")).toMatchObject({ ok: true, value: { amount: 2_600_000, currency: "CNY" } });
    // Words that qualify the figure keep their reading: approximate.
    expect(parseAnswer(area, "超过3000平米")).toMatchObject({ ok: true, value: 3000, approximate: true });
  });

  it("takes a button's label typed as the tap, on the question, the currency and the confirmation", async () => {
    const { say, state } = await at("crossBorderTrade");
    expect(await say("3000亿")).toContain("人民币还是美元");
    expect(await say("人民币")).toContain("请确认");
    expect(await say("是，没错")).toContain("已记录：跨境电商进出口额 3000亿元");
    expect((await state()).profile.crossBorderTrade).toEqual(cny(3e11));
    const other = await at("demoEnterpriseLevel");
    expect(await other.say("省级")).toContain("已记录：电子商务示范企业级别 省级");
    const skipped = await at("logisticsSpend");
    expect(await skipped.say("跳过/不清楚")).toContain("已跳过");
    expect((await skipped.state()).skipped).toContain("logisticsSpend");
  });

  it("echoes an answer given by a button", async () => {
    const { first, d } = await at("independentLegalPerson");
    expect((await d.handle("n", buttonIn(first, "否")))[0]!.text).toBe("已记录：具备独立法人资格并在当地登记纳税 否。");
  });
});

describe("hostile and careless input (issue 14)", () => {
  const SELLER = { city: "zhengzhou", kinds: ["cbec_enterprise"], o2oStores: [{ location: "domestic" }], crossBorderTrade: cny(30_000_000) };

  /** A dialogue whose session already holds `profile`, as after a screening. */
  async function seeded(profile: Record<string, unknown> = SELLER) {
    const store = SqliteStore.open(":memory:");
    await store.withSession("s", async () => ({ state: { ...newSession(), profile } }));
    const d = dialogue(store);
    let last: Reply[] = [];
    const say = async (input: DialogueInput) => (last = await d.handle("s", input)).map((r) => r.text).join("\n");
    /** Taps the button labelled `label` under the last replies. */
    const press = (label: string) => say(buttonIn(last, label));
    return { d, store, say, press, last: () => last, state: async () => (await store.load("s"))! };
  }

  it("refuses an edit button for a list item far past the list, at once and storing nothing", async () => {
    const { say, state } = await seeded();
    for (const path of ["o2oStores[3000000].areaSqm", "o2oStores[1000000].areaSqm", "o2oStores[20].areaSqm", "o2oStores[1].areaSqm"]) {
      expect(await say(tap(`e:${path}`)), path).toContain("这个按钮已失效");
      expect(await say(text("100平方米")), path).not.toContain("已记录");
      expect((await state()).profile, path).toEqual(SELLER);
      expect(JSON.stringify((await state())).length, path).toBeLessThan(4096);
    }
    // The item that exists can be edited.
    await say(tap("e:o2oStores[0].areaSqm"));
    expect(await say(text("1500平方米"))).toContain("已记录：第1个O2O线下体验店（新零售店）的营业面积 1500平方米");
    expect((await state()).profile.o2oStores).toEqual([{ location: "domestic", areaSqm: 1500 }]);
  });

  it("answers forged or stale buttons with a polite refusal, never reaching a field that is not declared", async () => {
    const { say, last, state } = await seeded();
    for (const data of ["e:__proto__", "e:toString", "e:nonexistent", "e:constructor", "e:hq.__proto__", "e:o2oStores[0].__proto__", "k:toString", "cur:EUR", "cf:maybe", "x:../../etc", "zzz", "", ":", "e:"]) {
      expect(await say(tap(data)), data).toContain("这个按钮已失效");
      expect((await state()).profile, data).toEqual(SELLER);
    }
    expect(({} as Record<string, unknown>).areaSqm).toBeUndefined(); // nothing was written on Object.prototype
    // On a yes/no question only 是/否 come from its buttons: a forged answer is not a 否.
    await say(tap("e:independentLegalPerson"));
    const yes = (buttonIn(last(), "是") as { data: string }).data;
    expect(await say(tap(yes.replace("a:true", "a:garbage")))).toContain("这个按钮已失效");
    expect(await say(tap("a:true"))).toContain("这个按钮已失效"); // an answer naming no question
    expect((await state()).profile.independentLegalPerson).toBeUndefined();
    await say(tap(yes));
    expect((await state()).profile.independentLegalPerson).toBe(true);
    expect(await say({ kind: "command", name: "profile" })).toContain("已填写的企业信息");
  });

  it("edits an object field through its first sub-field", async () => {
    const { say, state } = await seeded();
    expect(await say(tap("e:hq"))).toContain("是否在本市设立了全国性或区域性总部");
    expect((await state()).pending?.path).toBe("hq.inCity");
  });

  it("forgets everything on /forget in every typed form, even in the middle of a screening", async () => {
    for (const typed of ["/forget", "/forget@cbec_policy_bot", "／FORGET", " /Forget ", "删除我的数据", "删除我的全部数据"]) {
      const { say, store, d } = await seeded();
      await say(tap("e:logisticsSpend"));
      expect(await say(text(typed)), typed).toContain("已删除您的全部数据");
      expect(await store.load("s"), typed).toBeNull();
      expect(await d.known("s")).toBe(false);
    }
  });

  it("refuses an amount over the ceiling or of 400 digits, naming the ceiling, and the profile still shows", async () => {
    const { say, state } = await seeded();
    await say(tap("e:logisticsSpend"));
    for (const amount of ["1".repeat(400), "99999999999999999999亿", "2万亿元"]) {
      expect(await say(text(amount)), amount).toContain("超过上限1万亿");
      expect((await state()).profile.logisticsSpend, amount).toBeUndefined();
      expect((await state()).pending?.path).toBe("logisticsSpend");
    }
    for (const [amount, why] of [["万", "“万”“亿”前面要写数"], ["亿元", "“万”“亿”前面要写数"], ["12,34,567元", "千位分隔符位置不对"]]) {
      expect(await say(text(amount!)), amount).toContain(why);
    }
    expect(await say({ kind: "command", name: "profile" })).toContain("跨境电商进出口额：3000万元");
  });

  it("stores an approximate amount as written and says that it is approximate", async () => {
    const { say, state } = await seeded();
    await say(tap("e:logisticsSpend"));
    const echo = await say(text("约260万元"));
    expect(echo).toContain("已记录：国际物流费用（含邮政小包） 260万元（约数，按所填数值计算）");
    expect((await state()).profile.logisticsSpend).toEqual(cny(2_600_000));
    await say(tap("e:marketingSpend"));
    await say(text("100万左右"));
    expect(await say(text("人民币"))).toContain("已记录：网络推广、第三方平台、网站（独立站）建设费用 100万元（约数"); // the currency typed, not tapped
  });

  it("confirms a figure far out of the field's scale before storing it", async () => {
    const { say, press, state } = await seeded();
    await say(tap("e:logisticsSpend")); // the example is 260万元
    const question = await say(text("260元"));
    expect(question).toContain("请确认：国际物流费用（含邮政小包）是 260元？");
    expect((await state()).pending).toMatchObject({ path: "logisticsSpend", unconfirmed: cny(260) });
    expect((await state()).profile.logisticsSpend).toBeUndefined();
    expect(await press("不对，重新填写")).toContain("请重新输入国际物流费用");
    expect((await state()).pending).toEqual({ path: "logisticsSpend", id: expect.any(Number) });
    await say(text("260元"));
    expect(await say(text("是"))).toContain("已记录：国际物流费用（含邮政小包） 260元");
    expect((await state()).profile.logisticsSpend).toEqual(cny(260));
    // Out of scale the other way, through the currency question; confirmed by the button.
    await say(tap("e:crossBorderTrade"));
    await say(text("3000亿"));
    expect(await press("人民币")).toContain("请确认");
    await press("是，没错");
    expect((await state()).profile.crossBorderTrade).toEqual(cny(3e11));
  });

  it("confirms an amount a 万 too many next to the enterprise's other amounts (10,000×), though in its field's scale", async () => {
    const { say, state } = await seeded();
    await say(tap("e:marketingSpend"));
    await say(text("1万元"));
    await say(tap("e:crossBorderTrade")); // the example is 2500万元: 2亿 alone is ordinary
    expect(await say(text("2亿元"))).toContain("请确认：跨境电商进出口额是 2亿元？");
    expect(await say(text("是"))).toContain("已记录：跨境电商进出口额 2亿元");
    await say(tap("e:logisticsSpend"));
    expect(await say(text("500万元"))).toContain("已记录："); // 500× the smallest is no slip
  });

  it("reads a bare growth figure as a percentage, 1 and 0.5 alike", async () => {
    const { say, state } = await seeded({ city: "zhengzhou", kinds: ["service_enterprise"] });
    for (const [typed, ratio, shown] of [["1", 0.01, "1%"], ["0.5", 0.005, "0.5%"], ["12%", 0.12, "12%"], ["百分之十二", 0.12, "12%"]] as const) {
      await say(tap("e:serviceRevenueGrowth"));
      expect(await say(text(typed)), typed).toContain(`已记录：服务收入同比增幅 ${shown}`);
      expect((await state()).profile.serviceRevenueGrowth, typed).toBe(ratio);
    }
  });

  it("reads 半年 and 一年半 as months", async () => {
    const { say, state } = await seeded();
    await say(tap("e:o2oStores[0].monthsOperating"));
    await say(text("半年"));
    expect((await state()).profile.o2oStores).toEqual([{ location: "domestic", monthsOperating: 6 }]);
    await say(tap("e:o2oStores[0].monthsOperating"));
    await say(text("一年半"));
    expect((await state()).profile.o2oStores).toEqual([{ location: "domestic", monthsOperating: 18 }]);
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
    const truth = ENTERPRISES["a Zhengzhou cross-border seller (2024)"]!;
    for (const tapped of gateTaps(truth, (await first.load("tg:1"))!.pending!.id)) await d1.handle("tg:1", tapped);
    const waiting = (await first.load("tg:1"))!.pending!;
    const pendingBefore = waiting.path;
    await first.close();

    const second = SqliteStore.open(file);
    expect(second.schemaVersion).toBe(SQLITE_MIGRATIONS.at(-1)!.version);
    const state = (await second.load("tg:1"))!;
    expect(state.profile).toMatchObject({ city: "zhengzhou", kinds: ["cbec_enterprise"] });
    expect(state.pending!.path).toBe(pendingBefore);
    const d2 = dialogue(second);
    const { replies } = await screenThroughDialogue(d2, "tg:1", truth, text(answerInWords(waiting, truth)));
    expect(replies.map((r) => r.text).join("\n")).toContain("合计");
    await second.close();
  });
});

describe("/screen on a day with no money clause in force", () => {
  it("says so in the chat's summary and shows what 210号 offered on its last day", async () => {
    const truth = { city: "zhengzhou", kinds: ["cbec_enterprise"], crossBorderTrade: cny(20_000_000), marketingSpend: cny(1_000_000) };
    const { replies } = await screenThroughDialogue(dialogue(), "s-expired", truth, { kind: "command", name: "screen", arg: "2026-12-15" });
    const summary = replies.map((r) => r.text).find((t) => t.startsWith("筛查结果（"))!;
    expect(summary).toContain("【注意】筛查日2026-12-15没有现行有效的资金条款。");
    expect(summary).toContain("【此前的政策（已到期，仅供参考）】");
    expect(summary).toContain("有效期2023-12-15至2026-12-14");
    expect(summary).toContain("郑政文〔2023〕210号（一） 推动跨境电商应用：30万元（每年）");
  });
});

describe("answers with the real retriever", () => {
  let retriever: Retriever;
  beforeAll(async () => {
    retriever = await openRetriever({ ...loadConfig(), dataDir: mkdtempSync(join(tmpdir(), "dialogue-ask-")) }, { log: () => {} });
  });
  const asking = (store = SqliteStore.open(":memory:")) =>
    new Dialogue({ store, ask: (q) => retriever.ask(q, { today: "2026-12-05" }), fxUsdCny: TEST_CONFIG.fxUsdCny, today: () => "2026-12-05" });

  it("offers to start the screening prefilled with the figures a question states", async () => {
    const d = asking();
    const [answer] = await d.handle("pf1", text("我们在郑州做跨境电商出口，一年150万美元，有什么补贴？"));
    expect(answer!.text).toContain("郑政文〔2023〕210号（一）");
    const button = answer!.buttons!.flat().find((b) => b.data === "pf")!;
    expect(button.label).toBe("按所述情况开始筛查");
    await d.handle("pf1", tap("pf"));
    const profile = (await d.handle("pf1", { kind: "command", name: "profile" }))[0]!.text;
    expect(profile).toContain("郑州");
    expect(profile).toContain("150万美元");
    // Offered once: a second press is a stale button.
    expect((await d.handle("pf1", tap("pf")))[0]!.text).toMatch(/过期|失效|无效/u);
  });

  it("looks a clause up by 文号, and says when the texts do not state what was asked", async () => {
    const d = asking();
    expect((await d.handle("lk", text("郑政〔2018〕4号第八条讲的什么？")))[0]!.text).toContain("加强出口信保扶持力度");
    expect((await d.handle("lk", text("郑政〔2018〕4号第三十条讲的什么？")))[0]!.text).toContain("没有第三十条");
    expect((await d.handle("lk", text("郑政〔2018〕4号的扶持资金申报截止日期是哪天？")))[0]!.text).toContain("没有写明");
  });
});

describe("what is asked and in which order (issue 10 items 2 and 3)", () => {
  async function atGate(session: string) {
    const d = dialogue();
    const store = (d as unknown as { deps: { store: SqliteStore } }).deps.store;
    await d.handle(session, { kind: "command", name: "screen" });
    await d.handle(session, text("郑州"));
    const gate = await d.handle(session, text("跨境电商企业"));
    expect((await store.load(session))!.pending!.path).toBe(GATE);
    return { d, store, gate };
  }

  it("asks the activities right after the kinds, and records what is not ticked as none so no clause waits on it", async () => {
    const { d, store } = await atGate("g1");
    const replies = await d.handle("g1", text("线下体验店"));
    expect(replies[0]!.text).toBe("已记录：有线下体验店；其余没有。");
    const state = (await store.load("g1"))!;
    expect(state.activities).toEqual(["o2o_store"]);
    expect(state.profile).toMatchObject({ overseasWarehouses: [], hq: { inCity: false }, marketingSpend: { amount: 0, currency: "CNY" } });
    expect(state.profile.o2oStores).toBeUndefined(); // ticked: asked next, not recorded
    const asked: string[] = [];
    for (let turn = 0; turn < 40 && (await store.load("g1"))!.pending; turn++) {
      asked.push((await store.load("g1"))!.pending!.path);
      await d.handle("g1", text("跳过"));
    }
    expect(asked).toContain("o2oStores");
    expect(asked.filter((p) => /overseasWarehouses|^hq|marketingSpend/u.test(p))).toEqual([]);
  });

  it("leaves the activities not ticked unknown, and unasked, when the person is not sure of them", async () => {
    const { d, store, gate } = await atGate("g2");
    await d.handle("g2", buttonIn(gate, "海外仓"));
    const replies = await d.handle("g2", text("其余不清楚"));
    expect(replies[0]!.text).toBe("已记录：有海外仓；其余不清楚。");
    const state = (await store.load("g2"))!;
    expect(state.profile.o2oStores).toBeUndefined();
    expect(state.skipped).toEqual(expect.arrayContaining(["o2oStores", "hq.inCity"]));
    expect(state.pending!.path).not.toMatch(/o2oStores|^hq/u);
  });

  it("takes a typed answer naming no activity as a question or asks again, never as none", async () => {
    const { d, store } = await atGate("g3");
    const replies = await d.handle("g3", text("随便"));
    expect(replies[0]!.text).toContain("都没有请回复“都没有”");
    expect((await store.load("g3"))!.pending!.path).toBe(GATE);
    expect((await store.load("g3"))!.activities).toBeUndefined();
  });

  it("asks one object's facts in a row: a store's location, area, months and sales before anything else", async () => {
    const { asked } = await screenThroughDialogue(dialogue(), "g4", ENTERPRISES["a Zhengzhou cross-border seller (2024)"]!);
    const items = asked.map((p, i) => (p.startsWith("o2oStores[0]") ? i : -1)).filter((i) => i >= 0);
    expect(items.length).toBeGreaterThan(2);
    expect(items.at(-1)! - items[0]!).toBe(items.length - 1);
  });

  it("asks first the fact that decides the most still-possible money", async () => {
    const { d, store } = await atGate("g5");
    await d.handle("g5", text("海外仓、线下体验店"));
    const state = (await store.load("g5"))!;
    const result = run({ ...state.profile, asOf: TEST_CONFIG.today });
    const stake = (path: string) => result.results.filter((r) => r.status === "missing_info" && r.missing.includes(path)).reduce((n, r) => n + (r.ifMet?.amountCny ?? 0), 0);
    const open = [...new Set(result.results.filter((r) => r.status === "missing_info").flatMap((r) => r.missing))];
    expect(stake(state.pending!.path)).toBe(Math.max(...open.map(stake)));
  });
});

describe("facts asked together (issue 10 items 2 and 4)", () => {
  /** A Zhengzhou seller on a day 4号 is in force, with a warehouse: its facts are asked together. */
  async function toChecklist(session: string) {
    const d = dialogue();
    const store = (d as unknown as { deps: { store: SqliteStore } }).deps.store;
    await d.handle(session, { kind: "command", name: "screen", arg: "2019-06-30" });
    await d.handle(session, text("郑州"));
    await d.handle(session, text("跨境电商企业"));
    const checklist = (await d.handle(session, text("海外仓"))).at(-1)!;
    return { d, store, checklist };
  }

  it("asks the enterprise's yes/no conditions as one checklist, ticked in place, the rest recorded as 否 on 选好了", async () => {
    const { d, store, checklist } = await toChecklist("c1");
    expect(checklist.text).toContain("以下哪些符合贵单位的情况？");
    const paths = askedPaths((await store.load("c1"))!.pending!);
    expect(paths.length).toBeGreaterThan(1);
    const first = field(paths[0]!).label;
    const ticked = await d.handle("c1", buttonIn([checklist], first));
    expect(ticked).toHaveLength(1);
    expect(ticked[0]!.edits).toBe(true);
    expect(ticked[0]!.text).toBe(checklist.text); // the same question, same number
    expect(ticked[0]!.buttons!.flat().map((b) => b.label)).toContain(`✓ ${first}`);
    expect((await store.load("c1"))!.profile[paths[0]!]).toBeUndefined(); // a tick records nothing yet
    const done = await d.handle("c1", buttonIn(ticked, "选好了"));
    expect(done[0]!.text).toBe(`已记录：${paths.map((p, i) => `${field(p).label} ${i === 0 ? "是" : "否"}`).join("；")}。`);
    const profile = (await store.load("c1"))!.profile;
    expect(paths.map((p) => profile[p])).toEqual(paths.map((_, i) => i === 0));
  });

  it("leaves what is not ticked unknown on 其余不清楚 or 跳过, and takes 都不是 and answers typed in order", async () => {
    const unsure = await toChecklist("c2");
    const [first, ...rest] = askedPaths((await unsure.store.load("c2"))!.pending!);
    await unsure.d.handle("c2", buttonIn([unsure.checklist], field(first!).label));
    await unsure.d.handle("c2", text("跳过"));
    const state = (await unsure.store.load("c2"))!;
    expect(state.profile[first!]).toBe(true);
    for (const p of rest) expect(state.profile[p]).toBeUndefined();
    expect(state.skipped).toEqual(expect.arrayContaining(rest));

    const none = await toChecklist("c3");
    const paths = askedPaths((await none.store.load("c3"))!.pending!);
    await none.d.handle("c3", text("都不是"));
    const noneProfile = (await none.store.load("c3"))!.profile;
    expect(paths.map((p) => noneProfile[p])).toEqual(paths.map(() => false));

    const all = await toChecklist("c5");
    const allPaths = askedPaths((await all.store.load("c5"))!.pending!);
    expect((await all.d.handle("c5", text("是")))[0]!.text).toContain("请勾选符合的项"); // a lone 是 names no item
    expect((await all.store.load("c5"))!.profile[allPaths[0]!]).toBeUndefined();
    await all.d.handle("c5", text("都是"));
    const allProfile = (await all.store.load("c5"))!.profile;
    expect(allPaths.map((p) => allProfile[p])).toEqual(allPaths.map(() => true));

    const typed = await toChecklist("c4");
    const typedPaths = askedPaths((await typed.store.load("c4"))!.pending!);
    await typed.d.handle("c4", text(typedPaths.map((_, i) => (i % 2 ? "否" : "是")).join("，")));
    const typedProfile = (await typed.store.load("c4"))!.profile;
    expect(typedPaths.map((p) => typedProfile[p])).toEqual(typedPaths.map((_, i) => i % 2 === 0));
  });

  it("asks a warehouse's figures in one message, typed in order: all stored or none, one figure alone answering the first", async () => {
    const { d, store } = await toChecklist("f1");
    await d.handle("f1", text("是，是，是"));
    await d.handle("f1", text("3000万元"));
    await d.handle("f1", text("1个"));
    const question = (await d.handle("f1", text("整体租赁海外仓"))).at(-1)!;
    expect(question.text).toMatch(/^【第\d+问】第1个海外仓：请依次回答以下3项/u);
    expect(question.text.split("\n").filter((l) => /^\d\. /u.test(l))).toEqual(["1. 海外仓面积", "2. 已经营（使用）月数", "3. 年实际租赁费用"]);
    // No answer buttons: a button would answer only the first; a forged one is refused.
    expect(question.buttons!.flat().map((b) => b.label)).toEqual(["跳过/不清楚", "为什么问这个"]);
    const waiting = (await store.load("f1"))!.pending!;
    expect((await d.handle("f1", tap(bound("a:true", waiting.id))))[0]!.text).toContain("失效");

    expect((await d.handle("f1", text("3000平方米，14个月")))[0]!.text).toBe("请按顺序回答3项（海外仓面积、已经营（使用）月数、年实际租赁费用），用逗号隔开；不清楚的写“不清楚”。");
    expect((await d.handle("f1", text("3000平方米，14个月，120")))[0]!.text).toBe("第3项（年实际租赁费用）“120”请注明“元”或“美元”。");
    expect((await d.handle("f1", text("3000平方米，十四个月，abc元")))[0]!.text).toMatch(/^第3项（年实际租赁费用）：/u);
    expect((await store.load("f1"))!.profile.overseasWarehouses).toEqual([{ mode: "leased_whole" }]); // nothing stored
    const stored = await d.handle("f1", text("3,000平方米，14个月，不清楚"));
    expect(stored[0]!.text).toBe("已记录：海外仓面积 3000平方米；已经营（使用）月数 14个月；年实际租赁费用 不清楚。");
    const after = (await store.load("f1"))!;
    expect(after.profile.overseasWarehouses).toEqual([{ mode: "leased_whole", areaSqm: 3000, monthsOperating: 14 }]);
    expect(after.skipped).toContain("overseasWarehouses[0].annualRent");
  });

  it("holds a figure far out of scale for a 是/否 after storing the others, and takes one part as the first fact's answer", async () => {
    const { d, store } = await toChecklist("f2");
    await d.handle("f2", text("是，是，是"));
    await d.handle("f2", text("3000万元"));
    await d.handle("f2", text("1个"));
    await d.handle("f2", text("整体租赁海外仓"));
    const replies = await d.handle("f2", text("3000平方米，14个月，1200000万元"));
    expect(replies.map((r) => r.text)).toEqual(["已记录：海外仓面积 3000平方米；已经营（使用）月数 14个月。", expect.stringMatching(/^请确认：第1个海外仓的年实际租赁费用是 120亿元？/u)]);
    await d.handle("f2", text("不对"));
    expect((await store.load("f2"))!.pending).toMatchObject({ path: "overseasWarehouses[0].annualRent" });
    await d.handle("f2", text("120万元"));
    expect((await store.load("f2"))!.profile.overseasWarehouses).toEqual([{ mode: "leased_whole", areaSqm: 3000, monthsOperating: 14, annualRent: { amount: 1_200_000, currency: "CNY" } }]);

    const one = await toChecklist("f3");
    await one.d.handle("f3", text("是，是，是"));
    await one.d.handle("f3", text("3000万元"));
    await one.d.handle("f3", text("1个"));
    await one.d.handle("f3", text("整体租赁海外仓"));
    const next = (await one.d.handle("f3", text("3000平方米"))).at(-1)!;
    expect((await one.store.load("f3"))!.profile.overseasWarehouses).toEqual([{ mode: "leased_whole", areaSqm: 3000 }]);
    expect(next.text).toContain("请依次回答以下2项"); // the rest, asked again together
  });
});

describe("why a question is asked (issue 10 item 2)", () => {
  it("says it in one line and lists the clauses, with what they would give, behind 为什么问这个", async () => {
    const d = dialogue();
    await d.handle("w1", { kind: "command", name: "screen" });
    await d.handle("w1", text("郑州"));
    await d.handle("w1", text("跨境电商企业"));
    const question = (await d.handle("w1", text("网络推广"))).at(-1)!;
    expect(question.text.split("\n").filter((l) => l.startsWith("关系到："))).toHaveLength(1);
    const why = await d.handle("w1", buttonIn([question], "为什么问这个"));
    expect(why).toHaveLength(1);
    expect(why[0]!.text).toMatch(/决定以下条款能否享受：\n• 郑政文〔20\d\d〕\d+号/u);
    // Typed, the label works as the tap; nothing is answered by it.
    const typedWhy = await d.handle("w1", text("为什么问这个"));
    expect(typedWhy[0]!.text).toBe(why[0]!.text);
  });
});
