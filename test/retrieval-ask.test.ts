// Questions answered end to end: the real model, the index built on disk in a temporary data
// folder, citations, refusal, filters and the answer text.
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../config.ts";
import { documentInfo, loadCorpus } from "../corpus/index.ts";
import { shownValidity, validityOn } from "../corpus/validity.ts";
import { EmptyQuestionError, openRetriever, type Retriever } from "../retrieval/index.ts";
import { TUNING } from "../retrieval/search.ts";

const corpus = loadCorpus();
const TODAY = "2024-06-30";
const dataDir = mkdtempSync(join(tmpdir(), "retrieval-ask-"));
const logs: string[] = [];
let retriever: Retriever;
/** The same retriever without the figure boost, to show what the boost does. */
let withoutFigures: Retriever;

const norm = (s: string) => s.replace(/\s+/g, "");

beforeAll(async () => {
  retriever = await openRetriever(
    { ...loadConfig(), dataDir },
    {
      log: (l) => logs.push(l),
      summarize: (clauseId) => (clauseId === "zz-2018-4/8" ? ["对象：年出口额300万美元以上的跨境电商企业", "标准：出口信保费用的30%"] : null),
    },
  );
  withoutFigures = await openRetriever({ ...loadConfig(), dataDir }, { log: () => {}, tuning: { ...TUNING, figureBoost: 0 } });
});

describe("retriever", () => {
  it("builds its index under the data folder on first use", () => {
    expect(retriever.mode).toBe("hybrid");
    expect(retriever.index?.origin).toBe("built");
    expect(existsSync(join(dataDir, "index", "manifest.json"))).toBe(true);
    expect(logs).toHaveLength(1);
  });

  // Questions from the tuning set, one per document; the gold clause must be among the first three.
  it.each([
    ["zz-2018-4", "出口信用保险的保费政府能报销一部分吗？", "出口信保费用30%"],
    ["zz-2023-210-measures", "用自己的海关代码走9710、9810报关有什么奖励？", "9710、9810"],
    ["zz-2023-210-action-plan", "中欧班列有没有跨境电商专列？", "跨境电商专列常态化运行"],
    ["zz-2023-210-livestream", "引进的主播在落户、买房、孩子上学方面有支持吗？", "子女入学"],
    ["zz-2018-57", "跨境电商B2B出口的监管模式有什么创新？", "B2B出口监管创新模式"],
    ["zz-2013-237", "电商企业用CA数字证书，费用能补一半吗？", "认证服务费50%"],
    ["cz-2021-3", "郴州的快递企业接跨境订单，每单补多少？", "每单0.5元"],
  ])("finds %s for %s", async (docId, question, snippet) => {
    const r = await retriever.ask(question, { today: TODAY });
    expect(r.noAnswer).toBe(false);
    const rank = r.citations.findIndex((c) => c.docId === docId && norm(c.text).includes(norm(snippet)));
    expect(rank).toBeGreaterThanOrEqual(0);
    expect(rank).toBeLessThan(3);
  });

  // Tuning questions stating the asker's own figures: the clause whose entry threshold the figure
  // meets comes first, where without the boost a clause with a higher threshold did.
  it.each([
    ["小公司，一年在速卖通上跨境在线交易额十八万美元左右，能申请多少钱？", "zz-2018-4/14"],
    ["给跨境卖家做服务的服务商，营收1500万、增长15%，能拿多少？", "zz-2023-210-measures/5"],
    ["你好，我们是郑州一家做速卖通和亚马逊的小公司，去年全年线上卖了差不多一百二十万美金，听说市里有按交易额给钱的政策，我们够条件吗？能拿多少？", "zz-2018-4/14"],
  ])("puts first the clause whose threshold the figures in %s meet", async (question, clauseId) => {
    expect((await retriever.ask(question)).citations[0]!.clauseId).toBe(clauseId);
    expect((await withoutFigures.ask(question)).citations[0]!.clauseId).not.toBe(clauseId);
  });

  it("answers a question naming a clause by 文号 and number from that clause", async () => {
    const r = await retriever.ask("郑政〔2018〕4号第八条是什么内容？");
    expect(r.noAnswer).toBe(false);
    expect(r.citations[0]!.clauseId).toBe("zz-2018-4/8");
    // 210号文（十五） quotes "第（四）、（十三）、（十四）条" and matches the words better; the named clause still leads.
    expect((await retriever.ask("郑政〔2018〕4号（十三）规定的是什么？")).citations[0]!.clauseId).toBe("zz-2018-4/13");
    // One of the three texts of 210号, told apart by its title.
    expect((await retriever.ask("210号文直播电商方案第十条讲的什么？")).citations[0]!.clauseId).toBe("zz-2023-210-livestream/10");
  });

  it("finds the funding clause that names an item only by its number", async () => {
    // （十六）: 本政策除第（七）、（十一）条由市级财政承担资金外…; （十一） is the contests item.
    const r = await retriever.ask("跨境电商竞赛活动的奖励由哪级财政承担？");
    expect(r.citations[0]!.clauseId).toBe("zz-2023-210-measures/16");
  });

  it("refuses cross-border and city questions the texts do not cover", async () => {
    for (const q of ["亚马逊FBA仓库的仓储费怎么收？", "欧盟VAT税号怎么注册？", "郑州公积金贷款额度最高多少？"]) {
      expect((await retriever.ask(q)).noAnswer, q).toBe(true);
    }
  });

  // Asked in the words of the texts (跨境电商, 出口, 申请), about what they leave out: the
  // question classifier tells them from the questions the texts answer.
  it("refuses questions on cross-border procedure and platforms, and still answers policy questions put alike", async () => {
    for (const q of ["跨境电商出口的商品怎么申请原产地证？", "海关查验跨境包裹一般要几天？", "速卖通店铺的保证金要交多少？"]) {
      expect((await retriever.ask(q)).noAnswer, q).toBe(true);
    }
    for (const [q, clauseId] of [["跨境电商企业在郑州建海外仓有什么奖励？", "zz-2018-4/9"], ["直播带货的主播能落户郑州吗？", "zz-2023-210-livestream/6"]]) {
      const r = await retriever.ask(q!, { today: TODAY });
      expect(r.noAnswer, q).toBe(false);
      expect(r.citations.slice(0, 3).map((c) => c.clauseId), q).toContain(clauseId);
    }
  });

  it("cites verbatim clauses with 文号, label, title, score and in-force status", async () => {
    const r = await retriever.ask("在国外开分公司，一个分公司奖多少？", { today: TODAY });
    expect(r.citations).toHaveLength(5);
    for (const c of r.citations) {
      const clause = corpus.clause(c.clauseId)!;
      expect(c).toMatchObject({ docId: clause.docId, docNumber: clause.docNumber, clauseLabel: clause.label, title: clause.title });
      expect(c.text).toBe(clause.text);
      expect(c.validity).toEqual(shownValidity(validityOn(c.docId, TODAY)));
      expect(c.docTitle).toBe(clause.docTitle);
      expect(c.score).toBeGreaterThanOrEqual(0);
      expect(c.score).toBeLessThanOrEqual(1);
    }
    const scores = r.citations.map((c) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("leads the answer with the top clause, its status and its best sentences; the others are the citations, not repeated in it", async () => {
    const r = await retriever.ask("在国外开分公司，一个分公司奖多少？", { top: 3, today: TODAY });
    const [lead, ...others] = r.citations;
    expect(others.length).toBeGreaterThan(0);
    expect(lead!.clauseId).toBe("zz-2018-4/17");
    const lines = r.answer.split("\n");
    expect(lines[0]).toContain(`${lead!.docNumber}《${documentInfo("zz-2018-4").title}》${lead!.clauseLabel}${lead!.title}`);
    expect(lines[1]).toContain("已于2021-01-09到期");
    expect(lines[1]).toContain("该文件已失效");
    expect(r.answer).toContain("按照每设立一个分公司给予30万元的一次性奖励。");
    for (const o of others) expect(r.answer).not.toContain(`${o.docNumber}《${o.docTitle}》${o.clauseLabel}`);
  });

  it("puts the injected summary before the verbatim clause", async () => {
    const r = await retriever.ask("出口信用保险的保费政府能报销一部分吗？", { today: "2019-06-01" });
    expect(r.citations[0]!.clauseId).toBe("zz-2018-4/8");
    expect(r.answer).toContain("要点：\n  对象：年出口额300万美元以上的跨境电商企业\n  标准：出口信保费用的30%");
    expect(r.answer).toContain(`原文：${corpus.clause("zz-2018-4/8")!.text}`);
    expect(r.answer).toContain("有效期2018-01-10至2021-01-09");
    expect(r.answer).not.toContain("不在有效期内");
  });

  it("refuses questions the corpus has no evidence for, with a helpful message", async () => {
    // Told before the question, the subject still counts when what is asked names none of its own (怎么申请).
    for (const q of ["如何申请公租房？", "驾驶证到期了去哪里换证？", "我想租公租房。怎么申请？"]) {
      const r = await retriever.ask(q);
      expect(r.noAnswer, q).toBe(true);
      expect(r.citations).toEqual([]);
      expect(r.answer).toContain("郑州");
      expect(r.answer).toContain("郴州");
    }
  });

  it("refuses questions about places the corpus does not cover, but not about Zhengzhou's districts", async () => {
    const other = await retriever.ask("深圳跨境电商企业的海外仓有什么补贴？");
    expect(other.noAnswer).toBe(true);
    expect(other.answer).toContain("深圳市");
    const district = await retriever.ask("金水区的跨境电商企业国际物流费用有补贴吗？");
    expect(district.noAnswer).toBe(false);
    expect(district.citations.some((c) => c.clauseId === "zz-2023-210-measures/6")).toBe(true);
  });

  it("keeps to the city, document and validity date asked for", async () => {
    const q = "租用海外仓有什么奖励？";
    const chenzhou = await retriever.ask(q, { city: "chenzhou" });
    expect(chenzhou.citations.every((c) => c.docId === "cz-2021-3")).toBe(true);
    const oneDoc = await retriever.ask(q, { docId: "zz-2018-4", top: 2 });
    expect(oneDoc.citations.map((c) => c.docId)).toEqual(["zz-2018-4", "zz-2018-4"]);
    const in2019 = await retriever.ask(q, { inForceOn: "2019-06-01" });
    expect(in2019.citations.every((c) => validityOn(c.docId, "2019-06-01").inForce)).toBe(true);
    const none = await retriever.ask(q, { docId: "cz-2021-3", inForceOn: "2019-06-01" });
    expect(none.noAnswer).toBe(true);
    expect(none.answer).toContain("2019-06-01");
  });

  it("says when the filters caused an empty answer, and offers what they excluded", async () => {
    const q = "租用海外仓有什么奖励？";
    // 4号 was not in force on 2024-06-30: the filters leave nothing, while the corpus answers.
    const r = await retriever.ask(q, { docId: "zz-2018-4", inForceOn: TODAY });
    expect(r).toMatchObject({ noAnswer: true, reason: "filtered_out", citations: [] });
    const open = await retriever.ask(q);
    expect(r.related).toEqual(open.citations);
    expect(r.answer).toContain(`按所选条件（郑政〔2018〕4号《${documentInfo("zz-2018-4").title}》，${TODAY}有效的文件）`);
    expect(r.answer).toContain("是筛选条件排除了依据");
    for (const c of r.related) expect(r.answer).toContain(`${c.docNumber}《${c.docTitle}》${c.clauseLabel}`);
    // Each excluded clause says what excluded it: its document expired, or it is another document.
    expect(r.answer).toMatch(/被排除：(不在所选文件中|已于2021-01-09到期)/u);
    // Without filters, or when the corpus has no answer either, the refusal stays what it was.
    const unanswerable = await retriever.ask("如何申请公租房？", { city: "zhengzhou", inForceOn: TODAY });
    expect(unanswerable).toMatchObject({ noAnswer: true, reason: "not_in_corpus", related: [] });
    expect(open).toMatchObject({ noAnswer: false, reason: "answered" });
  });

  it("never refuses flatly under filters when the whole corpus answers (只查现行有效 + 郑州)", async () => {
    const filters = { city: "zhengzhou", inForceOn: "2026-12-05" };
    const r = await retriever.ask("海外仓补贴怎么申请", filters);
    if (r.noAnswer) {
      expect(r.reason).toBe("filtered_out");
      expect(r.related.length).toBeGreaterThan(0);
      expect(r.answer).toContain("郑州市（河南省），2026-12-05有效的文件");
    } else {
      expect(r.citations.every((c) => validityOn(c.docId, "2026-12-05").inForce && documentInfo(c.docId).city === "zhengzhou")).toBe(true);
    }
  });

  it("answers the same question with the city typed into it (郑州海外仓补贴怎么申请)", async () => {
    // The city puts a plan in force that never says 补贴 first; the clauses after it do.
    const r = await retriever.ask("郑州海外仓补贴怎么申请", { today: "2026-12-05" });
    expect(r).toMatchObject({ noAnswer: false, reason: "answered" });
    expect(r.citations.every((c) => documentInfo(c.docId).city === "zhengzhou")).toBe(true);
    expect(r.citations.some((c) => c.text.includes("海外仓"))).toBe(true);
  });

  it("rejects an empty question", async () => {
    await expect(retriever.ask("  \n")).rejects.toBeInstanceOf(EmptyQuestionError);
  });
});

describe("answers that understand the question", () => {
  const ON = { today: "2026-12-05" };
  /** The answer says the texts do not state what was asked, with the clause on its topic as context. */
  const notStatedNear = async (question: string, clauseId: string) => {
    const r = await retriever.ask(question, ON);
    expect(r).toMatchObject({ noAnswer: true, reason: "not_stated" });
    expect(r.related.map((c) => c.clauseId)).toContain(clauseId);
  };

  it("looks a clause up by its number in the forms the texts use, with nothing padded", async () => {
    const nested = await retriever.ask("郑政文〔2018〕57号二（三）2讲的什么内容？", ON);
    expect(nested.lookup).toMatchObject({ docId: "zz-2018-57", path: "2.3.2" });
    expect(nested.citations.map((c) => c.clauseId)).toEqual(["zz-2018-57/2.3.2"]);
    const arabic = await retriever.ask("郑政〔2018〕4号第8条", ON);
    expect(arabic.citations.map((c) => c.clauseId)).toEqual(["zz-2018-4/8"]);
    const chenzhou = await retriever.ask("郴州若干措施五（四）是什么", ON);
    expect(chenzhou.citations[0]?.clauseId).toBe("cz-2021-3/5.4");
  });

  it("says which numbers a document has when it lacks the one asked", async () => {
    const r = await retriever.ask("郑政〔2018〕4号第三十条讲的什么？", ON);
    expect(r).toMatchObject({ noAnswer: true, reason: "no_such_clause", lookup: { docId: "zz-2018-4", path: null }, citations: [] });
    expect(r.answer).toContain("没有第三十条");
    expect(r.answer).toContain("（一）至（二十五）");
  });

  it("shows each document sharing a 文号 with its title, and corrects a 文号 one character off", async () => {
    const shared = await retriever.ask("210号第十条", ON);
    expect(shared.citations.map((c) => c.docId).sort()).toEqual(["zz-2023-210-action-plan", "zz-2023-210-livestream", "zz-2023-210-measures"]);
    for (const title of ["若干措施", "专项提升行动实施方案", "直播电商发展的实施方案"]) expect(shared.answer).toContain(title);
    const slip = await retriever.ask("郑政〔2023〕210号第十七条", ON);
    expect(slip.answer).toContain("郑政文〔2023〕210号");
    expect(slip.citations.map((c) => c.clauseId)).toContain("zz-2023-210-action-plan/17");
  });

  it("keeps to the document the question names", async () => {
    const r = await retriever.ask("郑政〔2018〕4号对海外仓有什么支持？", ON);
    expect(r.citations.length).toBeGreaterThan(0);
    expect(r.citations.every((c) => c.docId === "zz-2018-4")).toBe(true);
  });

  it("answers a document's validity on the date asked from its declaration, quoting the basis", async () => {
    const r = await retriever.ask("2022年还能按郑政〔2018〕4号申请扶持吗？", ON);
    expect(r.noAnswer).toBe(false);
    expect(r.answer).toMatch(/^不能：/u);
    expect(r.answer).toContain("已失效");
    expect(r.answer).toContain("2018-01-10至2021-01-09");
    expect(r.citations.map((c) => c.clauseId)).toEqual(["zz-2018-4/25"]);
    const inForce = await retriever.ask("2024年郑政文〔2023〕210号的若干措施还有效吗", ON);
    expect(inForce.answer).toContain("有效（在有效期内）");
    // Without a day asked, 还能 asks about something else than validity.
    const stacking = await retriever.ask("享受了E贸易核心功能集聚区政策，还能再拿210号文若干措施的钱吗？", ON);
    expect(stacking.citations[0]?.clauseId).not.toMatch(/header$/u);
  });

  it("reads a clause's conditions from its bars with units and the lists it names (列入…试点的企业, 1000平方米以上)", async () => {
    const stated = await retriever.ask("郴州海外仓补贴的条件是什么", ON);
    expect(stated).toMatchObject({ noAnswer: false, reason: "answered" });
    expect(stated.citations[0]?.clauseId).toBe("cz-2021-3/5.2");
    // 经市商务部门认定 is the step, not the criteria for it: those the texts do not state.
    const criteria = await retriever.ask("郴州人才培养输出基地的认定条件具体有哪些指标", ON);
    expect(criteria).toMatchObject({ noAnswer: true, reason: "not_stated" });
  });

  it("leads with the sentence setting a provision for all of a document's measures when asked it: combining awards (能同时拿吗, both, 叠加), who may apply", async () => {
    const both = await retriever.ask("郴州的出口奖励和海外仓奖励能同时拿吗？", ON);
    expect(both.citations.map((c) => c.clauseId).slice(0, 2)).toEqual(["cz-2021-3/closing.2", "cz-2021-3/5.2"]);
    const english = await retriever.ask("Under the 2018 Zhengzhou opinion, can one project get both this support and another city fund?", ON);
    expect(english.citations[0]?.clauseId).toBe("zz-2018-4/23");
    const zone = await retriever.ask("郑州2023年的物流奖励跟E贸易那边的政策可以叠加吗", ON);
    expect(zone.citations[0]?.text).toContain("享受E贸易核心功能集聚区相关政策的企业");
    // Who is left out is set by the same sentence: those enjoying the E贸易 zone's policy are not supported.
    const excluded = await retriever.ask("Which firms are excluded from Zhengzhou's 2023 cross-border measures?", ON);
    expect(excluded.citations[0]?.text).toContain("不在此政策支持范围内");
    // 能不能享受 asks whether one qualifies, not who is left out.
    expect((await retriever.ask("年出口额280万美元，出口信保补贴能不能享受？", ON)).citations[0]?.clauseId).not.toBe("zz-2018-4/23");
    // Who may apply is set by the sentence naming the applicants (在我市依法注册并在税务部门登记纳税).
    const elsewhere = await retriever.ask("注册在武汉，在郑州只有一个仓库，能申请郑州2018年那个意见的扶持吗？", ON);
    expect(elsewhere.citations[0]?.clauseId).toBe("zz-2018-4/22");
    expect((await retriever.ask("Who can apply for the Chenzhou measures?", ON)).citations[0]?.clauseId).toBe("cz-2021-3/1");
    // The sentence setting who may apply is evidence for the conditions asked beside it.
    expect((await retriever.ask("郴州哪些企业能享受这些措施？需要满足什么条件", ON)).citations[0]?.clauseId).toBe("cz-2021-3/1");
    // Meeting several measures at once (同时符合好几条) asks how they combine, however it asks (怎么算): not one measure's amount.
    const several = await retriever.ask("郑州2013年那个文件，一个项目同时符合好几条奖励，怎么算", ON);
    expect(several).toMatchObject({ noAnswer: false, reason: "answered" });
    expect(several.citations[0]?.text).toContain("只按照奖励额度最高的政策进行奖励");
    // Not asked, the sentence on combining stays where retrieval puts it.
    const plain = await retriever.ask("郴州的出口奖励有多少？", ON);
    expect(plain.citations[0]?.clauseId).not.toBe("cz-2021-3/closing.2");
  });

  it("leads with a granting document's clause over a plan's when asked what an enterprise gets, never an expired one over one in force", async () => {
    const money = await retriever.ask("郑州现在做海外仓给不给钱？", ON);
    expect(money.citations.map((c) => c.clauseId).slice(0, 2)).toEqual(["zz-2023-210-measures/13", "zz-2023-210-action-plan/17"]);
    // Asked what the city plans, the plan's clause stays first.
    expect((await retriever.ask("郑州对海外仓有什么规划", ON)).citations[0]?.clauseId).toBe("zz-2023-210-action-plan/17");
    // The kind of fact asked is looked for in the order found: 市级海外仓企业 are the plan's, which names no award.
    expect(await retriever.ask("被评为市级海外仓企业能拿多少奖励", ON)).toMatchObject({ noAnswer: true, reason: "not_stated" });
  });

  it("says the texts do not state a detail asked whether they state, in words no text uses (学员中途退学…文件写没写)", async () => {
    const r = await retriever.ask("郑州人才孵化那1万元，学员中途退学的话钱要退吗？文件写没写", ON);
    expect(r).toMatchObject({ noAnswer: true, reason: "not_stated" });
    expect(r.answer).toContain("学员中途退学");
    expect(r.related[0]?.clauseId).toBe("zz-2023-210-measures/10");
  });

  it("weighs words the asker says who they are by (我嘉禾县开铸铁锅厂的) as neither covered nor missing", async () => {
    const r = await retriever.ask("我嘉禾县开铸铁锅厂的，出口破零那个奖励，报上去以后多久能打到账上？", ON);
    expect(r).toMatchObject({ noAnswer: true, reason: "not_stated" });
    expect(r.related[0]?.clauseId).toBe("cz-2021-3/4.1");
  });

  it.each([
    ["北湖区开歌厅的朋友问：郴州对建跨境电商监管中心的设备采购补多少？", "cz-2021-3/3.3"],
    ["北湖区开KTV的，想转做网上出口，郴州对新手有啥奖励？", "cz-2021-3/4.1"],
  ])("weighs the trade an asker runs, said without 我 (%s), as who asks, not as a subject the texts lack", async (question, clauseId) => {
    const r = await retriever.ask(question, ON);
    expect(r).toMatchObject({ noAnswer: false, reason: "answered" });
    expect(r.citations[0]?.clauseId).toBe(clauseId);
  });

  it.each([
    ["我是郑州做电吉他出口的单证员，老板让我问：网络推广那个30%的扶持，申报截止日期是哪天？", "zz-2023-210-measures/1"],
    ["我们郴州做玉雕，开O2O体验店要经营满多久才能申请？", "cz-2021-3/4.4"],
    ["苏仙区苎麻厂出口经理：郴州奖励资金分配方案，一般几月份报市政府批？", "cz-2021-3/closing.1"],
    // Several questions at once: the sentence asking what the texts may leave unsaid is searched alone.
    ["驾校老板问：郑州2023措施的实施细则出来了没有？叫什么名字，哪天发的？", "zz-2023-210-measures/17"],
    // The segment holding a phrase few clauses have (带货达人) names the topic the rest asks about.
    ["我卖干果，在郑州做直播，带货达人找我合作，政府对达人有没有每场的补贴金额？写了几块钱", "zz-2023-210-livestream/3"],
  ])("weighs the asker's business and post (%s), in a label naming a place too, as who asks: what the texts leave unsaid is not stated, not out of scope", notStatedNear);

  it.each([
    // A price the asker would pay, which the texts never quote.
    ["湘南国际物流园那边跨境电商园区的房租，一个月每平方好多钱？", "cz-2021-3/2.2"],
    // What follows a document's end: the texts in force cannot say.
    ["郑州2023年措施三年到期以后，2027年会不会出新的接续政策，文件里有没有说", "zz-2023-210-measures/18"],
    // An amount the clause leaves to the text it cites, asked per dollar.
    ["郴州快件奖励参照的郴办发〔2019〕5号文件，一般贸易奖励标准具体是每美元奖几分钱？", "cz-2021-3/5.4"],
    // What came of a measure, asked of a document named: no further clause stating an amount answers it.
    ["网友问：210号措施实施到现在，市里一共兑现了多少补贴资金？", "zz-2023-210-measures/16"],
    // Papers asked beside papers named, and a contact asked for a relative: the topic found without them.
    ["我们合作社去申请郴州的跨境电商奖励，要准备哪些材料？营业执照、报关单要不要复印件？", "cz-2021-3/4.1"],
    ["您好，我侄子想申请郑州的跨境电商补贴，请问要到哪个窗口去办？在哪条路上？有没有咨询电话？麻烦您告知，谢谢。", "zz-2023-210-measures/9"],
  ])("says the texts do not state %s", notStatedNear);

  it.each([
    ["郑政〔2018〕4号第（九）条，能不能把第（九）条原文调出来，我们财务要对照当年的申报材料。", "9"],
    ["郑政〔2018〕4号第（八）条：出口信保补贴比例是否为30%、上限是否为300万元？请引原文。", "8"],
    ["请调取郑政〔2018〕4号第二十一条（配套国家、省级项目资金）原文。", "21"],
    ["郑政〔2018〕4号第（十四）条原文帮我调一下，审计要求附在凭证后面。", "14"],
  ])("gives a clause's wording asked for (%s), whatever else the request asks", async (question, path) => {
    const r = await retriever.ask(question, ON);
    expect(r).toMatchObject({ noAnswer: false, reason: "answered", lookup: { docId: "zz-2018-4", path } });
  });

  it("says what a question typed as keywords apart asks of its first keyword's topic is not stated", async () => {
    const r = await retriever.ask("物流补贴 批了以后 钱多久到账 大概几个月", ON);
    expect(r).toMatchObject({ noAnswer: true, reason: "not_stated" });
  });

  it.each([
    ["我们社里几个后生在搞跨境电商，合作社出钱送他们去参加在职培训，这个培训费郴州政策帮不帮出一点？", "cz-2021-3/7.1"],
    ["行动方案里有没有提到跨境合规指引这块？我们在评估要不要切合规SaaS这个赛道", "zz-2023-210-action-plan/11"],
    ["做客户授信测算用：郑州老政策里对跨境电商企业出口信保费用的补贴比例是多少，单户封顶多少？", "zz-2018-4/8"],
    ["18款途观L整备完了。郑州以前对出口信保费用补过多少比例？", "zz-2018-4/8"],
    ["HT250 铸件 PI 签了，T/T 30%定金。郴州租海外仓的奖励按什么比例", "cz-2021-3/5.2"],
  ])("answers the asker's question (%s), not what they tell of themselves before or after it, nor what it is for", async (question, clauseId) => {
    expect((await retriever.ask(question, ON)).citations[0]?.clauseId).toBe(clauseId);
  });

  it("counts a place inside a covered city that the texts name (湘南国际物流园) as the subject asked", async () => {
    const r = await retriever.ask("我莽山卖笋干的，想搬到湘南国际物流园去，租门面有补贴冇？", ON);
    expect(r).toMatchObject({ noAnswer: false, reason: "answered" });
    expect(r.citations[0]?.clauseId).toBe("cz-2021-3/2.2");
  });

  it("says a place named beside a covered city is not covered and answers for the covered one, but refuses to set the two side by side", async () => {
    const r = await retriever.ask("郴州企业在深圳设了分公司，郴州的海外仓补贴多少？", ON);
    expect(r.answer).toMatch(/^（现有政策文件中没有关于深圳市的规定，以下只回答郴州市的政策。）/u);
    expect(r.citations.every((c) => c.docId === "cz-2021-3")).toBe(true);
    // One side of a comparison is all the texts hold; the asker's own city (深圳卖家) is no side.
    const compared = await retriever.ask("深圳跨境电商海外仓补贴多少？我想和郴州比比", ON);
    expect(compared).toMatchObject({ noAnswer: true, reason: "not_in_corpus" });
    expect(compared.answer).toMatch(/^现有政策文件中没有关于深圳市的规定/u);
    expect((await retriever.ask("深圳卖家想比较：郴州和郑州的O2O线下体验店补贴哪个多", ON)).noAnswer).toBe(false);
    // Figures stated in a covered city are weighed by the evaluator, whatever trade the asker names (石材厂).
    const stone = await retriever.ask("俺郴州石材厂去年跨境出口做到30万美元咯，能奖好多钱嘞？", ON);
    expect(stone.noAnswer).toBe(false);
    expect(stone.citations[0]?.docId).toBe("cz-2021-3");
    expect(stone.estimate?.facts).toMatchObject({ city: "chenzhou", crossBorderExport: { amount: 300_000, currency: "USD" } });
    // Its city's document has expired: the answer says so, not that the figures meet no clause.
    expect(stone.answer).toContain("已不在有效期内");
    expect(stone.answer).not.toContain("不满足这些文件任何条款的条件");
    // A place asked after as like a covered one (洛阳有没有类似郑州的…, same like Zhengzhou) is the other side.
    expect(await retriever.ask("洛阳有没有类似郑州的网店补贴？", ON)).toMatchObject({ noAnswer: true, reason: "not_in_corpus" });
  });

  it("answers whether what was done on a date was covered then, leading with the clause in force on that date", async () => {
    const r = await retriever.ask("2019年我们按郑州的政策拿了海外仓补贴，当时那个文件有效吗", ON);
    // Asked in so many words, the status leads: the sentence setting it, then the clause in force then.
    expect(r.citations.slice(0, 2).map((c) => c.clauseId)).toEqual(["zz-2018-4/25", "zz-2018-4/9"]);
    expect(r.answer).toMatch(/^郑政〔2018〕4号《[^》]+》2019年有效（在有效期内）：有效期2018-01-10至2021-01-09。/u);
    // Named by its topic alone, with the date and validity words leaving little evidence.
    const month = await retriever.ask("2019年3月，郑州的海外仓补贴文件有效吗", ON);
    expect(month.citations[1]?.clauseId).toBe("zz-2018-4/9");
    expect(month.answer).toContain("2019年3月有效（在有效期内）");
    const today = await retriever.ask("郴州海外仓补贴政策还有效吗", ON);
    expect(today.answer).toMatch(/^郴政办发〔2021〕3号《[^》]+》今天（\d{4}-\d{2}-\d{2}）已失效/u);
    // Asked whether one can act under it on a day, with the document named: its status then, cited first.
    const early = await retriever.ask("2023年12月1日能按郑州若干措施申报不？", ON);
    expect(early.answer).toMatch(/^不能：/u);
    expect(early.citations[0]?.clauseId).toBe("zz-2023-210-measures/18");
    // Asked whether one can still apply, the clause on the subject stays first.
    const still = await retriever.ask("老板问：郑州出口信保的扶持2026年还能申请不", ON);
    expect(still.citations[0]?.clauseId).not.toMatch(/\/(25|18|header)$/u);
    // Whether one can still apply this year is decided from today on: a document expired earlier this year, no.
    const thisYear = await retriever.ask("回乡开网店，郴州那个政策今年还能申请吗？", ON);
    expect(thisYear.answer).toMatch(/^不能：郴政办发〔2021〕3号/u);
    // Asked of a measure on a day its document has expired by, that document's status answers, not another document's in force then.
    const lapsed = await retriever.ask("敝司打算2027年1月申请郑州跨境电商物流奖励，届时政策是否依然有效？", ON);
    expect(lapsed.answer).toMatch(/^郑政文〔2023〕210号《郑州市加快推进跨境电商发展的若干措施》2027年1月已失效/u);
    expect(lapsed.citations.map((c) => c.clauseId).slice(0, 2)).toEqual(["zz-2023-210-measures/18", "zz-2023-210-measures/6"]);
    // Asking about now, the clause in force leads as before.
    const now = await retriever.ask("郑州的海外仓补贴现在有吗", ON);
    expect(now.citations[0]?.docId).not.toBe("zz-2018-4");
  });

  it("answers the validity of documents spoken of without a topic, by their city and the words of their titles", async () => {
    const chenzhou = await retriever.ask("郴州那个跨境的文件 到底哪天到期啊", ON);
    expect(chenzhou).toMatchObject({ noAnswer: false, reason: "answered" });
    expect(chenzhou.citations[0]?.clauseId).toBe("cz-2021-3/header");
    expect(chenzhou.answer).toContain("已失效");
    // Of a city's several documents, the one whose title shares the question's words.
    const livestream = await retriever.ask("郑州直播电商那个政策 到哪天截止啊", ON);
    expect(livestream.citations[0]?.clauseId).toBe("zz-2023-210-livestream/closing");
    expect(livestream.answer).toContain("2026-12-14");
    // A document named with a day and nothing else asked: whether it is in force that day.
    const later = await retriever.ask("案例：郑州2023年若干措施在2027年1月1日是否仍然适用？", ON);
    expect(later.citations[0]?.clauseId).toBe("zz-2023-210-measures/18");
    expect(later.answer).toContain("2027-01-01已失效");
    // Asking only a day of a document named: its day of issue.
    const day = await retriever.ask("when did 郑州 put out the 2023 若干措施? what day exactly?", ON);
    expect(day.answer).toContain("2023-12-15");
    expect(day.citations[0]?.docId).toBe("zz-2023-210-measures");
    // Two days asked between (12月14号还是15号) are the day asked of it, no provision.
    const end = await retriever.ask("210号措施截止日期到底是12月14号还是15号", ON);
    expect(end.citations[0]?.clauseId).toBe("zz-2023-210-measures/18");
    expect(end.answer).toContain("2023-12-15至2026-12-14");
    // Words that speak of no document (驾照到期) leave a question outside the texts refused.
    expect(await retriever.ask("郑州驾照到期换证去哪", ON)).toMatchObject({ noAnswer: true, reason: "not_in_corpus" });
  });

  it("answers a document and a day alone, or a key of its header, in any language, and checks a claim heard without its frame", async () => {
    const day = await retriever.ask("郴州 措施 2023-07-01 con hieu luc khong?", ON);
    expect(day.citations[0]?.clauseId).toBe("cz-2021-3/header");
    expect(day.answer).toContain("2023-07-01有效");
    expect((await retriever.ask("郑政〔2018〕4号 o 主办 é qual órgão?", ON)).answer).toContain("市商务局");
    // A claim about what the texts do not cover stays outside them, however it is framed; one they cover is checked.
    expect(await retriever.ask("有人说郴州中考体育加分政策今年改了，对不对", ON)).toMatchObject({ noAnswer: true, reason: "not_in_corpus" });
    expect(await retriever.ask("有人说郴州租海外仓补贴30%，对不对", ON)).toMatchObject({ noAnswer: false });
    // A question in another script (kana) is judged on its evidence, as English is: the classifier never saw such sentences.
    const japanese = await retriever.ask("2013年の鄭州の意見で、国家レベルの電子商務示範企業に認定されたら奨励金はいくらですか？", ON);
    expect(japanese).toMatchObject({ noAnswer: false });
    expect(japanese.citations[0]?.clauseId).toBe("zz-2013-237/3.1");
    // A clause looked up by a number that names another, found by what the question says of it: said so, and no estimate from its figures.
    const described = await retriever.ask("210号若干措施第十四条，每3万美元交易额给1万那个", ON);
    expect(described.citations[0]?.clauseId).toBe("zz-2018-4/14");
    expect(described.answer).toContain("按您描述的内容");
    expect(described.estimate).toBeNull();
    // A copy of a clause quoted (“…第4.4条”复印件) asks its text, whatever else is asked.
    expect(await retriever.ask("客人要“郴政办发〔2021〕3号 第4.4条”复印件，体验店那条。", ON)).toMatchObject({ noAnswer: false, lookup: { docId: "cz-2021-3", path: "4.4" } });
  });

  it("cites a document fact from the web page's header or the imprint when no clause states it", async () => {
    const expiry = await retriever.ask("郴政办发〔2021〕3号的信息时效期是哪天", ON);
    expect(expiry.citations.map((c) => c.clauseId)).toEqual(["cz-2021-3/header"]);
    expect(expiry.citations[0]!.text).toContain("信息时效期：2026-02-23");
    expect(expiry.answer).toContain("已失效");
    const issued = await retriever.ask("郑政文〔2013〕237号哪天印发的", ON);
    expect(issued.citations[0]!.text).toContain("2013年11月19日印发");
    expect(issued.answer).toContain("2013-11-19");
    // The day of issue comes with the status on the day asked, cited from the dated header and the sentence setting the period.
    const issued57 = await retriever.ask("郑政文〔2018〕57号哪天印发的", ON);
    expect(issued57.answer).toContain("现已失效");
    expect(issued57.citations.map((c) => c.clauseId)).toEqual(["zz-2018-57/header", "zz-2018-57/preamble"]);
    expect(issued57.citations[1]!.text).toContain("实施期限");
    // The issuer is cited from the header, not from a preamble naming another document the issuer sent out (关于印发…规划的通知).
    const issuer57 = await retriever.ask("郑政文〔2018〕57号是谁发的，哪天印发的？", ON);
    expect(issuer57.citations[0]!.clauseId).toBe("zz-2018-57/header");
    const registered = await retriever.ask("郴政办发〔2021〕3号的登记日期", ON);
    expect(registered.answer).toContain("2021-02-26");
    // A fact named by a key of the imprint is quoted from it.
    const office = await retriever.ask("郑政文〔2013〕237号的主办单位是哪个", ON);
    expect(office.answer).toContain("主办：市发展改革委");
    expect(office.citations.map((c) => c.clauseId)).toEqual(["zz-2013-237/header"]);
  });

  it("answers validity on a day before a document took effect, several facts at once, and which documents are in force", async () => {
    const early = await retriever.ask("2021年1月15日郴州的跨境电商措施能用了吗", ON);
    expect(early.answer).toMatch(/^不能：/u);
    expect(early.answer).toContain("尚未生效");
    expect(early.answer).toContain("2021-02-23");
    const two = await retriever.ask("4号文哪天发布的？由谁负责解释？", ON);
    expect(two.answer).toContain("2018-01-10");
    expect(two.answer).toContain("市商务局");
    // The day of issue is cited from the dated imprint, which states it, and from the sentence counting from it;
    // that sentence also says who interprets the document, so, stating more of what is asked, it leads.
    expect(two.citations.map((c) => c.clauseId)).toEqual(["zz-2018-4/25", "zz-2018-4/header"]);
    // Of two sentences each stating one fact asked, the one setting validity leads.
    const issuedAndInForce = await retriever.ask("郑州2018年那个综试区发展实施方案是哪天发的？现在还有用吗？", ON);
    expect(issuedAndInForce.citations.map((c) => c.clauseId)).toEqual(["zz-2018-57/preamble", "zz-2018-57/header"]);
    expect(issuedAndInForce.answer).toContain("现已失效");
    const which = await retriever.ask("截至今天，郑州哪些跨境电商政策文件还在有效期内？", { today: "2026-12-05" });
    expect(which.citations.slice(0, 2).map((c) => c.clauseId)).toEqual(["zz-2023-210-measures/18", "zz-2023-210-livestream/closing"]);
    expect(which.answer).toContain("2026-12-14");
    expect(which.citations.every((c) => c.docId.startsWith("zz-"))).toBe(true);
    const ofCity = await retriever.ask("郴州跨境电商政策哪年出的", ON);
    expect(ofCity.answer).toContain("2021-02-23");
    // Until when the clauses found apply is their documents' validity, shown with each: not "not stated".
    const topic = await retriever.ask("郑州海外仓政策什么时候到期", ON);
    expect(topic).toMatchObject({ noAnswer: false, reason: "answered" });
  });

  it("shows both readings of a number that reads two ways, a looked-up clause's validity when asked, and asks about a 文号 with digits swapped", async () => {
    const both = await retriever.ask("郴政办发〔2021〕3号第一条", ON);
    expect(both.citations.map((c) => c.clauseId)).toEqual(["cz-2021-3/1", "cz-2021-3/2.1"]);
    expect(both.answer).toContain("两种理解");
    const stillValid = await retriever.ask("郑政〔2018〕4号第八条现在还有效吗", ON);
    expect(stillValid.answer).toMatch(/^郑政〔2018〕4号《[^》]+》\S*已失效/u);
    // Cited in the order the answer uses them: the sentence setting the validity, then the clause.
    expect(stillValid.citations.map((c) => c.clauseId)).toEqual(["zz-2018-4/25", "zz-2018-4/8"]);
    const swapped = await retriever.ask("郑政文〔2018〕75号二（二）3", ON);
    expect(swapped.answer).toContain("您是不是要找郑政文〔2018〕57号");
    expect(swapped.citations[0]?.clauseId).toBe("zz-2018-57/2.2.3");
  });

  it("returns every clause holding a quoted phrase, grouped by document", async () => {
    const r = await retriever.ask("哪个文件里有“一点带多园”的提法？", ON);
    expect(r.citations.map((c) => c.clauseId)).toEqual(["zz-2018-57/2.2.1"]);
    expect(r.answer).toContain("郑政文〔2018〕57号");
  });

  it("says the texts do not state a kind of fact no sentence found holds, apart from out-of-scope", async () => {
    const r = await retriever.ask("郑政〔2018〕4号的扶持资金申报截止日期是哪天？", ON);
    expect(r).toMatchObject({ noAnswer: true, reason: "not_stated", citations: [] });
    expect(r.answer).toContain("没有写明");
    expect(r.answer).toContain("郑州市商务局");
    expect(r.related.every((c) => c.docId === "zz-2018-4")).toBe(true);
    const stated = await retriever.ask("郴州的快递企业接跨境订单，每单补多少？", ON);
    expect(stated.reason).toBe("answered");
    // The award stands in the sentence after the one naming the subject; thresholds aside, it answers.
    const award = await retriever.ask("郑州海关批准的出口监管仓，出口三百万美元给多少钱", ON);
    expect(award.reason).toBe("answered");
    // Figures meeting a clause answer how much, not when: asked when, the texts do not say, and the estimate comes along.
    const when = await retriever.ask("郑州企业，国际物流费用2500万元，年进出口8000万元，物流补贴什么时候拨付？", ON);
    expect(when).toMatchObject({ noAnswer: true, reason: "not_stated" });
    expect(when.estimate?.totalCny).toBeGreaterThan(0);
    expect(when.answer).toMatch(/^现有政策文件没有写明具体日期或时间。[^\n]*\n按您所述的情况/u);
    const much = await retriever.ask("郑州企业，国际物流费用2500万元，年进出口8000万元，物流补贴是250万还是封顶？", ON);
    expect(much.reason).toBe("answered");
  });

  it("leads with a clause stating the kind of fact asked among clauses of comparable relevance", async () => {
    // Where one registers is stated by the clause on who may apply (在郴州市依法注册), not by the one on new entrants.
    expect((await retriever.ask("郴州那个跨境电商企业要在哪注册才能享受", ON)).citations[0]?.clauseId).toBe("cz-2021-3/1");
    // A target for a year is stated by the plan's goals, not by the measure on the subject.
    expect((await retriever.ask("What overseas-warehouse floor-area target did the 2023 action plan set for the end of 2023?", ON)).citations[0]?.clauseId).toBe("zz-2023-210-action-plan/section-1");
  });

  it("says the texts do not state the fact when the asking words alone made the evidence weak", async () => {
    const phone = await retriever.ask("郑州跨境电商补贴的咨询电话是多少", ON);
    expect(phone).toMatchObject({ noAnswer: true, reason: "not_stated", citations: [] });
    expect(phone.related.length).toBeGreaterThan(0);
    // A topic the texts do not hold stays outside the corpus.
    const elsewhere = await retriever.ask("郑州老旧小区加装电梯能补多少", ON);
    expect(elsewhere.reason).toBe("not_in_corpus");
    // The texts name the bureau to ask, not where it sits: its address is not stated there.
    const office = await retriever.ask("郴州市商务局在哪条街办公？", ON);
    expect(office).toMatchObject({ noAnswer: true, reason: "not_stated" });
    expect(office.related.every((c) => c.docId === "cz-2021-3")).toBe(true);
    const bureau = await retriever.ask("交申报材料要去郴州市商务局哪个地址？", ON);
    expect(bureau).toMatchObject({ noAnswer: true, reason: "not_stated" });
    // A bureau written without its city (市商务局) is that of the document or city asked about; the named document's clause comes first.
    const unnamedCity = await retriever.ask("Does the Zhengzhou 2023 measures text give a phone number of the 市商务局 that takes applications?", ON);
    expect(unnamedCity).toMatchObject({ noAnswer: true, reason: "not_stated" });
    expect(unnamedCity.related[0]?.clauseId).toBe("zz-2023-210-measures/17");
    expect((await retriever.ask("郑州市商务局附近有什么好吃的", ON)).reason).toBe("not_in_corpus");
  });

  it("reads the kind asked finely and what each sentence found states of it", async () => {
    // 给予适当的补助 states no rate; 按照实际租赁费用的50% does.
    const rent = await retriever.ask("237号文里专业楼宇房租补助按什么比例给？", ON);
    expect(rent).toMatchObject({ noAnswer: true, reason: "not_stated" });
    expect(rent.answer).toContain("没有写明具体比例");
    expect((await retriever.ask("郴州租用海外仓补贴比例多少", ON)).reason).toBe("answered");
    // The texts are municipal: a district's own measure is not stated, though the district shares the city's cost.
    const own = await retriever.ask("惠济区在市级奖励之外还有额外补贴吗", ON);
    expect(own).toMatchObject({ noAnswer: true, reason: "not_stated" });
    expect(own.answer).toContain("惠济区自己另行出台的措施");
    expect((await retriever.ask("在惠济区开海外仓有什么补贴", ON)).reason).toBe("answered");
    // What the province gives is another government's texts altogether.
    expect((await retriever.ask("河南省财政对跨境电商海外仓给多少省级奖励？", ON)).reason).toBe("not_in_corpus");
    // A cap (不超过300万元) is no way of reckoning; a rate is.
    expect((await retriever.ask("4号文国际物流专线的扶持资金怎么计算", ON)).reason).toBe("not_stated");
    expect((await retriever.ask("郴州海外仓租赁奖励怎么算", ON)).reason).toBe("answered");
    // 经批准 names no body; 报市人民政府批准 does.
    expect((await retriever.ask("跨境电商竞赛的奖励由哪个部门批准", ON)).reason).toBe("not_stated");
    expect((await retriever.ask("郴州扶持资金分配方案由谁批准", ON)).reason).toBe("answered");
  });

  it("says a clause looked up by number does not state the kind of fact asked", async () => {
    const r = await retriever.ask("郑政文〔2023〕210号若干措施第十三条的海外仓奖励是多少钱", ON);
    expect(r).toMatchObject({ noAnswer: true, reason: "not_stated" });
    expect(r.related.map((c) => c.clauseId)).toEqual(["zz-2023-210-measures/13"]);
    expect(r.lookup).toMatchObject({ docId: "zz-2023-210-measures", path: "13" });
    const stated = await retriever.ask("郑政〔2018〕4号第十条给多少钱", ON);
    expect(stated.reason).toBe("answered");
  });

  it("leads with clauses in force and links an expired clause to its successor", async () => {
    const r = await retriever.ask("郑州国际物流有补贴吗", ON);
    const statuses = r.citations.map((c) => c.validity.status);
    expect(statuses.indexOf("expired")).toBeGreaterThan(statuses.lastIndexOf("in_force"));
    expect(r.answer).toContain("此前的郑政〔2018〕4号（十一）曾规定");
    expect(r.answer).toContain("现行规定见郑政文〔2023〕210号");
  });

  it("puts a successor first only when retrieval found it about as relevant as the expired clause", async () => {
    // 4号（三） answers this; the clause in force on 体验店 ranks well behind it and stays there.
    const r = await retriever.ask("郑州体验店有补贴吗", ON);
    expect(r.citations[0]?.clauseId).toBe("zz-2018-4/3");
  });

  it("does not say the texts omit a kind of fact when they use the very words asked", async () => {
    // 网站 in 子网站 names what the clause is about, not a web address asked for.
    const r = await retriever.ask("在郴州设立面向一带一路国家的子网站有扶持吗？", ON);
    expect(r.reason).toBe("answered");
    const often = await retriever.ask("专项提升行动要求各单位多久报一次工作推进情况？", ON);
    expect(often.reason).toBe("answered");
    expect(often.answer).toContain("每月月末");
  });

  it("leads stated figures with the clause in force whose conditions they meet, its amount pending", async () => {
    const r = await retriever.ask("我们在郑州做跨境电商出口，一年150万美元，有什么补贴？", { today: "2026-12-05" });
    // 150万美元 is 1065万元 at 7.1: 210号（一）'s 1000万元 is met; its amount needs the promotion spend.
    expect(r.estimate?.conditionsMet).toContain("zz-2023-210-measures/1");
    expect(r.citations[0]?.clauseId).toBe("zz-2023-210-measures/1");
    expect(r.answer).toContain("符合郑政文〔2023〕210号（一）推动跨境电商应用的条件，金额还需知道");
    expect(r.answer).toContain("（≥ 1000万元）");
  });

  it("says which bar stated figures fall just short of, and leads last year's figures with the clause in force now", async () => {
    const r = await retriever.ask("郑州这边，去年我们跨境进出口额1900万元，国际物流费花了300万，物流补贴有没有我的份？", ON);
    expect(r.answer).toContain("差一点：郑政文〔2023〕210号（六）降低国际物流费用成本，跨境电商进出口额还差100万元即达到2000万元门槛");
    // 4号（十一）, expired, gives way to its successor.
    expect(r.citations[0]?.clauseId).toBe("zz-2023-210-measures/6");
  });

  it("estimates figures stated with a quoted phrase, and says an amount a clause leaves to 一事一议 is not stated", async () => {
    const phrase = await retriever.ask("郑州企业，去年新获1个“河南省国际知名品牌”，能奖多少", { today: "2026-12-05" });
    expect(phrase.citations[0]?.clauseId).toBe("zz-2018-4/16");
    expect(phrase.estimate?.facts).toMatchObject({ brands: { newHenanInternationalBrands: 1 } });
    expect(phrase.answer).toContain("按您所述的情况");
    const caseByCase = await retriever.ask("国内排名前三的电商企业在郑州设总部，一事一议能给多少", { today: "2026-12-05" });
    expect(caseByCase).toMatchObject({ noAnswer: true, reason: "not_stated" });
  });

  it("estimates figures stated without a city in the city of the clause the answer leads with, and says so", async () => {
    const r = await retriever.ask("电商试点项目总投资2000万元", { today: "2026-12-05" });
    const city = documentInfo(r.citations[0]!.docId).city;
    expect(r.estimate?.assumedCity).toBe(city);
    expect(r.estimate?.facts).not.toHaveProperty("city"); // a screening prefilled with them still asks the city
    expect(r.answer).toContain(`（未说明城市，按所引条款所在的${city === "zhengzhou" ? "郑州市" : "郴州市"}估算）`);
  });

  it("answers an English question in Chinese, saying so, with the words it read highlighted", async () => {
    const r = await retriever.ask("overseas warehouse subsidy in Zhengzhou?", ON);
    expect(r.noAnswer).toBe(false);
    expect(r.answer).toContain("以下用中文回答");
    expect(r.citations[0]?.docId).toMatch(/^zz-2023-210/u);
    const first = r.citations[0]!;
    expect(first.highlights.map(([s, e]) => first.text.slice(s, e))).toContain("海外仓");
  });

  it("answers the amount someone is reported saying from the sentence stating it, which is no fact of the asker's", async () => {
    const r = await retriever.ask("郑州2018年那个政策，高职院校开跨境电商专业能拿多少？学长说是60万", ON);
    expect(r).toMatchObject({ noAnswer: false, estimate: null });
    expect(r.citations[0]?.clauseId).toBe("zz-2018-4/18");
  });

  it("names the language as English only when English grammar says so, and reads a clause looked up once, title and all", async () => {
    expect((await retriever.ask("overseas warehouse subsidy in Zhengzhou?", ON)).answer).toContain("（问题含英文，");
    const slovenian = await retriever.ask("Ukrepi 2023 (若干措施), člen 11 — kaj piše?", ON);
    expect(slovenian.answer).toContain("（问题含外文，以下用中文回答。）");
    // A number asked bare, its word unread, is said as the texts number items; the title is not said twice.
    expect(slovenian.answer).toContain("《郑州市加快推进跨境电商发展的若干措施》第11条：\n（十一）支持跨境电商活动举办\n鼓励举办");
    expect((await retriever.ask("Ukrepi 2023 (若干措施), člen 31 — kaj piše?", ON)).answer).toContain("没有第31条");
  });

  it("answers the validity of a city's documents asked of nothing else, and leaves one asked of a topic to the search", async () => {
    const r = await retriever.ask("Chenzhou policy on 2026-01-15, valid or not?", { today: "2026-12-06" });
    expect(r.citations[0]?.clauseId).toBe("cz-2021-3/header");
    expect(r.answer).toContain("2026-02-23");
    expect((await retriever.ask("郴州政策网页上写的信息时效期到哪天？", { today: "2026-12-06" })).citations[0]?.clauseId).toBe("cz-2021-3/header");
    // What the documents give (补贴) and their 规定 describe them all; 'still working' asks their validity.
    for (const q of ["Chenzhou cross-border subsidy rules — still valid now? buyer wants to know", "Chenzhou cross-border measures, still working today?"]) {
      const v = await retriever.ask(q, { today: "2026-12-06" });
      expect(v.citations[0]?.clauseId).toBe("cz-2021-3/header");
      expect(v.answer).toContain("失效");
    }
  });

  it("leads with a clause in force among those of comparable relevance when 现在 is said", async () => {
    const r = await retriever.ask("郑州开网店的做跨境，搞推广花的钱现在能报多少比例？", { today: "2026-12-06" });
    expect(r.citations[0]?.clauseId).toBe("zz-2023-210-measures/1");
  });

  it("counts the last day from the day asked, not from today", async () => {
    const r = await retriever.ask("2020年12月31日这天，57号实施方案还在期限内吗？", { today: "2026-12-06" });
    expect(r.answer).toContain("2020-12-31有效");
    expect(r.answer).toContain("当日为最后有效日");
    expect(r.answer).not.toContain("今日为最后有效日");
  });

  it("answers a target of a document named with its year and more of its name (郑州2018年试验区方案的目标), its target year asked", async () => {
    for (const q of ["郑州2018年试验区方案的目标里，跨境交易额要做到多少？", "Reviewer: the 2018 Zhengzhou pilot-zone plan — export share target for 2020?"]) {
      const r = await retriever.ask(q, { today: "2026-12-06" });
      expect(r, q).toMatchObject({ noAnswer: false, reason: "answered" });
      expect(r.citations[0]?.clauseId, q).toBe("zz-2018-57/1.2");
    }
  });

  it("leads with the clauses of documents in force in a past year written out, among those of comparable relevance", async () => {
    const r = await retriever.ask("郑州市2018年對第三方跨境支付平台有何扶持？", { today: "2026-12-06" });
    expect(r.citations[0]?.clauseId).toBe("zz-2018-4/7");
    // A year some document was issued in names that year's policy: its clauses lead those of an older one in force then.
    const micro = await retriever.ask("郑州2018年小微企业网上交易有什么支持", { today: "2026-12-06" });
    expect(micro.citations[0]?.clauseId).toBe("zz-2018-4/14");
  });

  it("refuses a question on another state's own rules, naming it, and answers one where that state is only a place or our government pays", async () => {
    const today = { today: "2026-12-06" };
    for (const q of [
      "UK import VAT on parcels under £135 — how does it work for goods from China?",
      "美国关税现在多少",
      "US de minimis 800 dollar rule still apply? for my shipment",
      "Does the Canadian government subsidize importers buying from China?",
      // The rule before the state (VAT threshold for selling to UK consumers), a law by its name (欧盟数字服务法), a state the gazetteer lists.
      "what is the VAT threshold for selling to UK consumers online",
      "辩论题：欧盟数字服务法对跨境卖家有什么义务",
      "What obligations does the EU Digital Services Act impose on online marketplaces?",
      "Do you know Egypt customs duty for Chinese LED lamps imported by e-commerce? tariff rate please",
      // A state by its adjective or its name in its own language, a tax named in another language, a verb between rule and state.
      "Hola, does any policy say anything about Argentine wine import tariffs? aranceles para vino?",
      "Spain's IVA on e-commerce sales to EU consumers — the OSS regime, how does it work?",
      "What import VAT rate does the Czech Republic apply to glassware bought from Chinese marketplaces?",
      "What is the UAE corporate tax rate applicable to a free-zone e-commerce entity?",
      // Beside a covered city, when no support is asked: the state's rule is what is asked.
      "EU IOSS VAT registration thresholds for sellers shipping from Zhengzhou?",
      // Another state's rules, fees, quotas and programmes; a city set beside a covered one with 'like', or its own plan; the province's own standard.
      "What are the EU rules for importing cosmetic argan oil — CPNP notification, is it in these documents?",
      "Kazakhstan railway transit fee for China-Europe train per container?",
      "Personal FX quota: can I, as a foreigner in Zhengzhou, convert more than 50,000 USD per year?",
      "Korea KITA export voucher 在郑州能用吗",
      "Does Changsha have a cross-border e-commerce subsidy like Chenzhou? montant?",
      "Is it true that Zhengzhou gives every livestreamer a Henan hukou automatically under the 2024 Kaifeng plan?",
      "湖南省级层面的跨境电商奖补标准（省商务厅文件）是多少？",
      // A state giving support of its own, by its agency or in so many words, any state CLDR names (Lebanon is not in the gazetteer).
      "Portugal AICEP export grants for cork companies to China market, how much percent?",
      "Malaysia MATRADE got grant for bird nest export to China or not?",
      "Does the Lebanon government give subsidy to soap exporters?",
      "肯尼亚政府有没有出口补贴",
      // …or by its people's adjective, formed from CLDR's name by English's regular endings.
      "Is there a Lebanese government subsidy for exporters of soap to Asia?",
      "Does the Jordanian government give export grants?",
      // …or its quarantine rules.
      "速冻水饺出口到日本，日本的进口检疫标准是什么？",
    ]) {
      expect(await retriever.ask(q, today), q).toMatchObject({ noAnswer: true, reason: "not_in_corpus" });
    }
    expect((await retriever.ask("我们是亚马逊卖家，想做品牌，在美国申请商标的费用政府给报吗", today)).noAnswer).toBe(false);
    expect((await retriever.ask("郑州企业在美国建海外仓有补贴吗", today)).noAnswer).toBe(false);
    expect((await retriever.ask("Our overseas warehouse is in Kenya, any Zhengzhou subsidy?", today)).noAnswer).toBe(false);
    expect((await retriever.ask("Is the Zhengzhou overseas warehouse subsidy open to a Kenyan founder?", today)).noAnswer).toBe(false);
    expect((await retriever.ask("Zhengzhou support for exporters facing US tariffs on overseas warehouse goods?", today)).noAnswer).toBe(false);
    expect((await retriever.ask("示范企业 国家级 省级 奖励", today)).noAnswer).toBe(false);
    // A national rule of a kind no municipal text sets (税率, 关税), no support asked.
    // Support named only in another sentence, as the purpose of asking (Need it to value a subsidy), asks none.
    for (const q of [
      "出口退税 率 13%? 哪些 商品",
      "what is china import tariff on cotton t-shirts HS 6109?",
      "What's the corporate income tax rate for a WFOE in China?",
      "What's the enterprise income tax rate for high-tech enterprises in China — 15%? Need for after-tax subsidy valuation.",
    ]) {
      const national = await retriever.ask(q, today);
      expect(national, q).toMatchObject({ noAnswer: true, reason: "not_in_corpus" });
      expect(national.answer).toContain("国家层面");
    }
    expect((await retriever.ask("跨境电商零售出口增值税免税政策怎么用", today)).noAnswer).toBe(false);
  });

  it("answers English the question classifier has not seen from the evidence, and an application deadline only from a sentence on applying", async () => {
    const today = { today: "2026-12-06" };
    // The classifier was fitted on Chinese questions: English read into the texts' words may not count against it.
    const head = await retriever.ask("Brazil friend ask: who is head of Chenzhou cross-border leading group office?", today);
    expect(head.noAnswer).toBe(false);
    // The day a document was issued is no deadline for applying.
    expect(await retriever.ask("What's the application deadline for the Zhengzhou cross-border e-commerce measures this year?", today)).toMatchObject({ noAnswer: true, reason: "not_stated" });
  });

  it("says the texts do not name a budget, the basis an amount is reckoned on, or when money reaches an account", async () => {
    const today = { today: "2026-12-06" };
    for (const q of [
      "写视频脚本要核实一下：郑州直播电商方案说市级财政补区县30%，这笔钱每年总盘子是多少亿？",
      "我们AMR机器人想进郑州的跨境电商产业园，园区运营奖励那条是按哪个年度的进出口额算？统计口径从哪里取数？",
      "What exchange rate should be applied when converting the USD thresholds in Zhengzhou 郑政〔2018〕4号 to RMB — does the text specify one?",
      "Hello, Zhengzhou livestream plan, how many days after I apply the money come to my account? Please.",
    ]) {
      expect(await retriever.ask(q, today), q).toMatchObject({ noAnswer: true, reason: "not_stated" });
    }
  });

  it("answers a target asked of a document named by its year, and validity asked of a document named by its month or in English", async () => {
    const today = { today: "2026-12-06" };
    // 2013 names the document, not the year the target is set for (到2015年).
    expect((await retriever.ask("2013文件 broadband 家庭 internet 普及率 target？", today)).citations[0]?.clauseId).toBe("zz-2013-237/2.3.1");
    const month = await retriever.ask("2023年12月那份若干措施，现在还能报吗？到哪天截止？", today);
    expect(month.answer).toContain("2026-12-14");
    expect((await retriever.ask("The Chenzhou measures are labelled a trial (试行) — when does the trial end?", today)).answer).toContain("2026-02-23");
    expect((await retriever.ask("Was document 57 within its implementation period on 1 July 2019?", today)).answer).toContain("有效");
  });

  it("says the texts do not define a word they use, and answers from a sentence listing what it covers", async () => {
    const today = { today: "2026-12-06" };
    expect(await retriever.ask("郴州社区O2O体验店每新增一家给5万，‘社区’怎么界定？", today)).toMatchObject({ noAnswer: true, reason: "not_stated" });
    expect(await retriever.ask("郴州新入驻园区给开办费补贴最高5万，这个开办费包括哪些项目？", today)).toMatchObject({ noAnswer: true, reason: "not_stated" });
    const fees = await retriever.ask("郑州2023年措施中，入驻示范园区企业的综合服务费补贴包含哪些费用？", today);
    expect(fees.citations[0]?.clauseId).toBe("zz-2023-210-measures/9");
    expect((await retriever.ask("“一站式服务”具体包括哪些？", today)).noAnswer).toBe(false);
  });

  it("answers who pays from the budget bearing it, conditions from a bar written 超…（或…）以上, and a quotation asked 在哪 from the clause holding it", async () => {
    const today = { today: "2026-12-06" };
    const payer = await retriever.ask("读者问：郑州的跨境电商补贴钱由谁出？市里和区里怎么分？", today);
    expect(payer.citations.map((c) => c.clauseId)).toContain("zz-2023-210-measures/16");
    expect((await retriever.ask("郑州 cold-chain 企业 进驻省级 demo park，服务费补贴两档分别啥条件", today)).citations[0]?.clauseId).toBe("zz-2023-210-measures/9");
    const quoted = await retriever.ask("“市级财政按各开发区、各区县(市)实际财政支出的30%给予补贴”在哪？", today);
    expect(quoted.citations[0]?.clauseId).toBe("zz-2023-210-livestream/10");
    // What a text gives (方案对…给了哪些) is its content, not what came of it.
    expect((await retriever.ask("郑州直播电商方案对直播人才给了哪些生活方面的支持？", today)).citations[0]?.clauseId).toBe("zz-2023-210-livestream/6");
    // A bar asked twice over (门槛是多少营收): the measure is no topic, so the park clause setting 营收 bars is no evidence.
    expect(await retriever.ask("重点企业培育库入库门槛是多少营收？", today)).toMatchObject({ noAnswer: true, reason: "not_stated" });
  });

  it("sets aside a place said not to be the one meant", async () => {
    expect(await retriever.ask("长沙跨境电商有啥子补贴咯？不是郴州，是长沙", { today: "2026-12-06" })).toMatchObject({ noAnswer: true, reason: "not_in_corpus" });
    expect((await retriever.ask("不是郴州的企业能申请郴州的补贴吗", { today: "2026-12-06" })).noAnswer).toBe(false);
    expect(await retriever.ask("长沙市跨境电商补贴政策有哪些？长沙的不是郴州的", { today: "2026-12-06" })).toMatchObject({ noAnswer: true, reason: "not_in_corpus" });
  });

  it("says the texts do not report what came of a measure: how many firms got it, whether a target was met", async () => {
    const today = { today: "2026-12-06" };
    for (const q of [
      "郴州去年一共有多少家企业拿到了出口破零奖励？",
      "郑州支付结算那500万奖励，去年有几家拿到了？",
      "57号文2020年100亿美元的目标最后完成没？",
      "How many enterprises in total received the 2018 Zhengzhou small-business subsidy?",
      "2018年4号文那个国际物流专线300万，一共给过几条专线",
      // 累计营业面积超过1000平方米 is a bar to clear, not a result reported.
      "跨境新零售线下店那个补贴，到现在有几家店拿到了？",
    ]) {
      const r = await retriever.ask(q, today);
      expect(r, q).toMatchObject({ noAnswer: true, reason: "not_stated" });
      expect(r.answer).toContain("实际结果");
    }
    // …nor whether a target was reached afterwards, nor who was chosen since; a district acting by itself is its own measure.
    for (const q of ["郑州行动方案说2023年底海外仓面积要到100万平方米，后来实际达到了吗？", "郑州重点企业培育库的入库名单公布了没？都有哪些企业", "中牟县自己出没出直播电商的扶持政策~具体给多少", "郑州跨境人才孵化那个，荥阳是跟哪个学校合作的"]) {
      expect(await retriever.ask(q, today), q).toMatchObject({ noAnswer: true, reason: "not_stated" });
    }
    // Whether a sum stays under a cap is answered by the cap.
    expect(await retriever.ask("审计：按4号文（十四）给一家小微企业拨了35万元，超没超上限？", today)).toMatchObject({ noAnswer: false });
  });

  it("says the texts hold no provision, time limit or fund size asked after, and answers the level paying from the clause sharing the cost", async () => {
    const today = { today: "2026-12-06" };
    const recovery = await retriever.ask("237号文示范企业奖励发放后有没有追回条款", today);
    expect(recovery).toMatchObject({ noAnswer: true, reason: "not_stated" });
    expect(recovery.answer).toContain("没有写明关于“追回”的规定");
    expect(await retriever.ask("4号文O2O体验店一次性扶持申请后多久拨付", today)).toMatchObject({ noAnswer: true, reason: "not_stated" });
    expect(await retriever.ask("郴州贷款贴息最多能贴几年", today)).toMatchObject({ noAnswer: true, reason: "not_stated" });
    expect(await retriever.ask("专项提升行动方案里市财政每年安排多少专项资金", today)).toMatchObject({ noAnswer: true, reason: "not_stated" });
    // The clause's sentence on community stores states no area; the one before it, on stores by area, is another measure.
    expect(await retriever.ask("郴州社区跨境电商O2O体验店有没有面积要求", today)).toMatchObject({ noAnswer: true, reason: "not_stated" });
    // A word asking a kind that the texts use (子网站) names the topic; what else is asked decides.
    expect(await retriever.ask("郴州那个一带一路子网站扶持要准备哪些证明材料", today)).toMatchObject({ noAnswer: true, reason: "not_stated" });
    expect((await retriever.ask("郴州开子网站有扶持吗", today)).noAnswer).toBe(false);
    // A target stated answers how much it sets.
    const target = await retriever.ask("郑州直播电商2025年目标产业规模多少", today);
    expect(target.noAnswer).toBe(false);
    expect(target.citations[0]?.clauseId).toBe("zz-2023-210-livestream/section-1");
    // A cap asked is bounded by a sum, not by a rate alone.
    expect(await retriever.ask("郑州2013年那个意见里，数字证书补贴每家企业最多补多少？有没有封顶", today)).toMatchObject({ noAnswer: true, reason: "not_stated" });
    expect((await retriever.ask("4号文出口信保补贴最多补多少", today)).noAnswer).toBe(false);
    // A detail the clause does not set, asked yes or no or one of two ways.
    const exam = await retriever.ask("郑州那个培训机构补贴每人100块，学员要不要考试合格才算？", today);
    expect(exam).toMatchObject({ noAnswer: true, reason: "not_stated" });
    expect(exam.answer).toContain("考试");
    expect(await retriever.ask("郑政4号的信保补贴，是按自然年还是按保单年度算？", today)).toMatchObject({ noAnswer: true, reason: "not_stated" });
    expect(await retriever.ask("综合服务费补贴里，水电费算不算进去？", today)).toMatchObject({ noAnswer: false });
    // One way is stated only by a sentence naming all of it (一次性 alone is not 年底一次性拨付); a detail by its words few clauses use (所得税, not 企业).
    expect(await retriever.ask("公共服务平台那个0.5‰的奖励是按季度拨付还是年底一次性拨付？", today)).toMatchObject({ noAnswer: true, reason: "not_stated" });
    expect(await retriever.ask("郴州园区一次性奖励300万元，拨付时是否需要缴纳企业所得税？", today)).toMatchObject({ noAnswer: true, reason: "not_stated" });
    const share = await retriever.ask("我是中牟县的干部，市里若干措施的补贴资金，县里要出多少比例？", today);
    expect(share.citations[0]?.clauseId).toBe("zz-2023-210-measures/16");
  });

  it("cites the line naming the issuer, and every clause where a phrase stands when asked where or how often", async () => {
    const issuer = await retriever.ask("郴州若干措施是谁发的文？", { today: "2026-12-06" });
    expect(norm(issuer.citations[0]!.text)).toContain("郴州市人民政府办公室关于印发");
    // Its number, asked in Chinese or English, is the header's line keyed 文号; who issued it and when, both facts.
    const number = await retriever.ask("表格“文件文号”一栏，郴州这份措施的文号怎么写？", { today: "2026-12-06" });
    expect(number.answer).toContain("文号：郴政办发〔2021〕3号");
    expect(number.citations[0]!.clauseId).toBe("cz-2021-3/header");
    const english = await retriever.ask("The Chenzhou cross-border measures: who issued them, and what is the document number?", { today: "2026-12-06" });
    expect(english.answer).toContain("郴州市人民政府办公室");
    expect(english.answer).toContain("郴政办发〔2021〕3号");
    const when = await retriever.ask("The Zhengzhou livestream plan — who issued it and on which date?", { today: "2026-12-06" });
    expect(when.answer).toContain("由郑州市人民政府于2023-12-15印发");
    // A header line named (主办) answers its fact; another fact asked beside it (谁负责解释) has its own line.
    const bureaus = await retriever.ask("郑政〔2018〕4号的主办单位是谁？谁负责解释？", { today: "2026-12-06" });
    expect(bureaus.answer).toContain("主办:市商务局");
    expect(bureaus.answer).toContain("市商务局、市财政局负责解释");
    expect(number.answer.match(/文号：郴政办发〔2021〕3号/gu)).toHaveLength(1);
    // A title like one of ours in a city the corpus does not cover is that city's document.
    const elsewhere = await retriever.ask("广州市跨境电商综合试验区实施方案的发文字号是什么？", { today: "2026-12-06" });
    expect(elsewhere.reason).toBe("not_in_corpus");
    const often = await retriever.ask("湘南国际物流园 在文件里出现几次", { today: "2026-12-06" });
    expect(often.reason).toBe("answered");
    expect(often.citations.map((c) => c.clauseId)).toEqual(["cz-2021-3/2.2", "cz-2021-3/annex"]);
  });

  it("answers whether a text mentions something with its clauses holding it, and where to register from the clause saying where", async () => {
    const farming = await retriever.ask("我们合作社想搞直播卖货，郑州直播方案里有没有说农业？", { today: "2026-12-06" });
    expect(farming.citations.map((c) => c.clauseId)).toEqual(["zz-2023-210-livestream/4"]);
    const said = await retriever.ask("郑州直播电商方案里对农业有啥说法？我好给村里讲直播卖菜", { today: "2026-12-06" });
    expect(said.citations.map((c) => c.clauseId)).toEqual(["zz-2023-210-livestream/4"]);
    const where = await retriever.ask("郴州那个跨境电商企业要在哪注册才能享受", { today: "2026-12-06" });
    expect(where.noAnswer).toBe(false);
  });

  it("says a text outside the corpus is not among these, naming the clause citing it, and that a bureau's phone is not stated", async () => {
    const outside = await retriever.ask("国办发〔2015〕46号规定了哪些措施？", { today: "2026-12-06" });
    expect(outside).toMatchObject({ noAnswer: true, reason: "not_in_corpus", citations: [] });
    expect(outside.answer).toContain("郑政〔2018〕4号");
    expect(outside.related[0]?.clauseId).toBe("zz-2018-4/preamble");
    // A law by its title, a number in it asked: none of these texts, whatever their words about platforms.
    const law = await retriever.ask("《电子商务法》第三十八条平台经营者的连带责任应如何理解？", { today: "2026-12-06" });
    expect(law).toMatchObject({ noAnswer: true, reason: "not_in_corpus" });
    expect(law.answer).toContain("《电子商务法》不在本助手收录的政策文件中");
    // Its facts asked, no city of these texts named and no clause citing it, are its own too; which of these texts cite
    // one, and what a cited one sets (the clause citing it leaves the amount to it), are theirs.
    const passed = await retriever.ask("《河南省电子商务促进条例》是哪一年通过的？由哪个机关通过？", { today: "2026-12-06" });
    expect(passed).toMatchObject({ noAnswer: true, reason: "not_in_corpus" });
    expect(passed.answer.match(/河南省电子商务促进条例/gu)).toHaveLength(1);
    expect((await retriever.ask("哪个文件引用了国办发〔2015〕46号？", { today: "2026-12-06" })).noAnswer).toBe(false);
    expect(await retriever.ask("郴办发〔2019〕5号规定的一般贸易奖励标准是多少", { today: "2026-12-06" })).toMatchObject({ noAnswer: true, reason: "not_stated" });
    // Asking a cited text's full text (全文) is asking what it says.
    expect(await retriever.ask("湘政发〔2020〕14号《中国（郴州）跨境电子商务综合试验区实施方案》全文内容", { today: "2026-12-06" })).toMatchObject({ noAnswer: true, reason: "not_in_corpus" });
    // Without marks, by a kind of title only rules take; one naming a city of the texts may be theirs misnamed.
    const rule = await retriever.ask("网络直播营销管理办法对主播实名认证有什么规定？", { today: "2026-12-06" });
    expect(rule).toMatchObject({ noAnswer: true, reason: "not_in_corpus" });
    expect(rule.answer).toContain("《网络直播营销管理办法》不在本助手收录的政策文件中");
    expect((await retriever.ask("郑州跨境电商管理办法里海外仓补多少", { today: "2026-12-06" })).answer).not.toContain("不在本助手收录");
    // Who pays for a clause looked up is stated by the clause referring to it by number, or by one speaking of the whole document.
    const payer = await retriever.ask("郑州2023年那个措施里，第七条和第十一条的钱谁出？", { today: "2026-12-06" });
    expect(payer.citations.map((c) => c.clauseId)).toEqual(["zz-2023-210-measures/16", "zz-2023-210-measures/7", "zz-2023-210-measures/11"]);
    expect(payer.answer).toContain("由市级财政承担");
    expect((await retriever.ask("郴州若干措施第六条第二项的钱谁出", { today: "2026-12-06" })).citations[0]?.clauseId).toBe("cz-2021-3/closing.1");
    // So it is for a clause found by its subject, asked which level pays (市里出还是区里出) or who pays in English.
    const level = await retriever.ask("郑州跨境电商竞赛的奖励钱是市里出还是区里出？", { today: "2026-12-06" });
    expect(level.citations.map((c) => c.clauseId).slice(0, 2)).toEqual(["zz-2023-210-measures/16", "zz-2023-210-measures/11"]);
    expect((await retriever.ask("In Zhengzhou, who pay for the cross-border competition prize?", { today: "2026-12-06" })).citations[0]?.clauseId).toBe("zz-2023-210-measures/16");
    // A level of government giving (各县（市、区）…其房屋租金给予适当的补助) says who pays; one question's payer is read from every sentence of the clause.
    expect((await retriever.ask("郑州2013年专业楼宇入驻企业的房租补助是谁出？", { today: "2026-12-06" })).citations[0]?.clauseId).toBe("zz-2013-237/3.9");
    expect((await retriever.ask("郴州扶持奖励资金由哪级财政出？分配方案谁来拟定？", { today: "2026-12-06" })).citations[0]?.clauseId).toBe("cz-2021-3/closing.1");
    // The asking words in a clause of their own (…，从申请到钱拨下来一般需要多久): the rest is the topic, covered but silent on the time.
    expect(await retriever.ask("请问郑州那个支付平台500万奖励，从申请到钱拨下来一般需要多久时间？", { today: "2026-12-06" })).toMatchObject({ noAnswer: true, reason: "not_stated" });
    // A text a document announces (发布急缺人才需求目录): whether, when and where it came out is not the document's to say.
    const announced = await retriever.ask("谨问：郑州市直播电商实施方案所称急缺人才需求目录，何时发布、刊于何处？", { today: "2026-12-06" });
    expect(announced).toMatchObject({ noAnswer: true, reason: "not_stated" });
    expect(announced.answer).toContain("“急缺人才需求目录”是否已发布");
    expect(await retriever.ask("郑州海外仓目录发布了吗？", { today: "2026-12-06" })).toMatchObject({ noAnswer: true, reason: "not_stated" });
    expect((await retriever.ask("郑州直播方案哪天发布的", { today: "2026-12-06" })).noAnswer).toBe(false);
    // Who publishes it, or where the texts name it, the texts say.
    expect((await retriever.ask("海外仓目录由谁发布", { today: "2026-12-06" })).noAnswer).toBe(false);
    expect((await retriever.ask("“跨境电子商务业务一本通”出现在哪个方案哪一条", { today: "2026-12-06" })).noAnswer).toBe(false);
    // Working days count only how long an office takes: 实际运行一年以上 is a condition, no time limit.
    expect(await retriever.ask("郑州专业楼宇认定一般几个工作日出结果？", { today: "2026-12-06" })).toMatchObject({ noAnswer: true, reason: "not_stated" });
    // A label left as the rest (清单问题：) is no topic: the question is not the texts'.
    expect(await retriever.ask("清单问题：郑州市财政专项资金绩效审计的抽样比例是多少？", { today: "2026-12-06" })).toMatchObject({ noAnswer: true, reason: "not_in_corpus" });
    // A window to hand papers in is told by a body receiving applications, not by one designating parks (经…商务部门认定).
    expect(await retriever.ask("敬启者，郴州的一次性开办费补贴，是交到哪个窗口办理，地址在哪里，敬请告知。", { today: "2026-12-06" })).toMatchObject({ noAnswer: true, reason: "not_stated" });
    // How often a meeting is held is not told by how often work is reported (每月月末将工作推进情况报…).
    expect(await retriever.ask("专项提升行动方案（十九）所设联席会议，召开频次如何规定？", { today: "2026-12-06" })).toMatchObject({ noAnswer: true, reason: "not_stated" });
    // Which office takes applications is not told by a clause naming the bureaus that write the rules.
    expect(await retriever.ask("若干措施第九条综合服务费补贴要去哪个窗口办？地址？", { today: "2026-12-06" })).toMatchObject({ noAnswer: true, reason: "not_stated" });
    // A clause's amount asked as 标准为何, which the clause leaves to judgement.
    expect(await retriever.ask("郑政文〔2013〕237号三(九)所称入驻企业房租'适当的补助'，每平方米的具体标准为何？", { today: "2026-12-06" })).toMatchObject({ noAnswer: true, reason: "not_stated" });
    expect((await retriever.ask("《郑州市跨境电商若干措施》第三条", { today: "2026-12-06" })).lookup?.docId).toBe("zz-2023-210-measures");
    expect(await retriever.ask("4号文负责解释的市商务局，咨询电话多少？", { today: "2026-12-06" })).toMatchObject({ noAnswer: true, reason: "not_stated" });
    // The sentence on rent (房屋租金, for 房租) leaves it to judgement, whatever the clause's sentence on buildings pays.
    expect(await retriever.ask("237号文入驻专业楼宇的房租补助标准是多少", { today: "2026-12-06" })).toMatchObject({ noAnswer: true, reason: "not_stated" });
    // 210号（十三） states no amount, and （十五） leaves it to the province's and city's policies.
    const warehouse = await retriever.ask("210号措施对海外仓到底奖多少钱一平方米？", { today: "2026-12-06" });
    expect(warehouse).toMatchObject({ noAnswer: true, reason: "not_stated" });
    expect(warehouse.related.map((c) => c.clauseId)).toContain("zz-2023-210-measures/13");
  });

  it("answers who may apply under a city's documents spoken of as a whole with the clause setting it, and a topic's from its own clause", async () => {
    const whole = await retriever.ask("郴州这个措施支持哪些主体？", { today: "2026-12-06" });
    expect(whole.citations.map((c) => c.clauseId)).toEqual(["cz-2021-3/1"]);
    const topic = await retriever.ask("郴州海外仓补贴哪些企业能申请", { today: "2026-12-06" });
    expect(topic.citations[0]?.clauseId).toBe("cz-2021-3/5.2");
  });

  it("checks a figure quoted from elsewhere against the clause, not as the asker's own", async () => {
    const r = await retriever.ask("报道说4号文体验店补贴每平方米500元，对吗", { today: "2026-12-06" });
    expect(r.estimate).toBeNull();
    expect(r.citations[0]?.clauseId).toBe("zz-2018-4/3");
  });

  it("answers pinyin and English alike, and refuses another city named in English", async () => {
    const pinyin = await retriever.ask("chenzhou haiwaicang zulin butie", ON);
    expect(pinyin.citations[0]?.clauseId).toBe("cz-2021-3/5.2");
    // Asked whether it gives a sum or leaves it to other policies, the clause leaving it so answers; asked the sum after quoting that, it is not stated.
    const offered = await retriever.ask("For overseas warehouses, does the Zhengzhou 2023 measures give a cash amount, or does it just refer to 'current policies'?", ON);
    expect(offered).toMatchObject({ noAnswer: false });
    expect(offered.citations[0]?.clauseId).toBe("zz-2023-210-measures/15");
    expect(await retriever.ask("直播方案里说按平台经济相关政策奖励，具体奖多少钱？", ON)).toMatchObject({ noAnswer: true, reason: "not_stated" });
    const elsewhere = await retriever.ask("Shenzhen overseas warehouse subsidy?", ON);
    expect(elsewhere).toMatchObject({ noAnswer: true, reason: "not_in_corpus" });
    expect(elsewhere.answer).toContain("深圳市");
  });

  it("cites the sentence setting a document's end first when asked until when it runs", async () => {
    for (const [q, id] of [["郑州直播电商那个政策 到哪天截止啊", "zz-2023-210-livestream/closing"], ["郑州2023那个跨境若干措施 管到哪天", "zz-2023-210-measures/18"]] as const) {
      const r = await retriever.ask(q, { today: "2026-12-07" });
      expect(r.citations[0]?.clauseId, q).toBe(id);
      expect(r.answer, q).toContain("2026-12-14");
    }
  });

  it("leads, when the figures meet nothing, with the clause whose rule reads what the asker stated", async () => {
    const r = await retriever.ask("荥阳这边一家企业去年跨境进出口800万元，推广费花了20万，能补不", { today: "2026-12-07" });
    expect(r.estimate?.results.some((x) => x.status === "eligible")).toBe(false);
    expect(r.citations[0]?.clauseId).toBe("zz-2023-210-measures/1");
  });

  it("answers a document fact of a document named by a word of its title only, with no city", async () => {
    const r = await retriever.ask("这措施是哪年哪月哪天发的啊？名字后头还带个试行俩字", { today: "2026-12-07" });
    expect(r).toMatchObject({ noAnswer: false });
    expect(r.citations[0]?.clauseId).toBe("cz-2021-3/header");
    expect(r.answer).toContain("2021-02-23");
  });

  it("answers a clause looked up and asked to be read out with the clause, whatever else the story asks", async () => {
    for (const [q, id] of [
      ["请调郑政〔2018〕4号第十五条原文，委托人要附在申请材料后面。", "zz-2018-4/15"],
      ["我年轻时候带过几期飞行学员，听说2018年郑州那个4号文件第十九条专门讲培训机构的，你把这条念给我听听。", "zz-2018-4/19"],
    ] as const) {
      const r = await retriever.ask(q, { today: "2026-12-07" });
      expect(r, q).toMatchObject({ noAnswer: false });
      expect(r.citations[0]?.clauseId, q).toBe(id);
    }
  });

  it("says the texts do not name the one thing asked by name (哪个科室, 哪家会计师事务所, 指定供应商), nor a roster they never list", async () => {
    for (const q of ["郴州跨境电商业绩纳入海关统计，具体找郴州海关哪个科室办？", "郑州2018年公共海外仓奖励，指定哪家会计师事务所审计？", "郴州监管中心补贴的查验设备，有没有指定供应商？", "公共海外仓试点企业名单 有哪些 想租现成的"]) {
      expect(await retriever.ask(q, { today: "2026-12-07" }), q).toMatchObject({ noAnswer: true, reason: "not_stated" });
    }
    // A body, a document, a place or a measure asked which (哪一个部门牵头, 哪个文件, 按哪个标准) is answered as before.
    for (const q of ["我们公司想在自贸区郑州片区开跨境新零售的店，行动方案里面这个事情是哪一个部门牵头的呢？", "“按照从优不重复原则执行”是哪个城市的文件？", "237号文里，同一企业同一项目同时符合几项奖励条件时，按哪个标准执行？"]) {
      expect(await retriever.ask(q, { today: "2026-12-07" }), q).toMatchObject({ noAnswer: false });
    }
    // A roster the texts do hold (the parks named in a row) is stated.
    const parks = await retriever.ask("郑州重点支持的10个园区名单有哪些？", { today: "2026-12-07" });
    expect(parks).toMatchObject({ noAnswer: false });
  });

  it("answers what is asked of a document in words not read here with its issuer, day of issue and validity, and a day with the act of applying", async () => {
    for (const q of ["Von wem wurde 郑政〔2018〕4号 erlassen und an welchem Tag?", "郑政〔2018〕4号 kis din se lagu hua aur kab tak chala?"]) {
      const r = await retriever.ask(q, { today: "2026-12-07" });
      expect(r.answer, q).toContain("郑州市人民政府");
      expect(r.answer, q).toContain("2018-01-10");
      expect(r.answer, q).toContain("2021-01-09");
    }
    const day = await retriever.ask("Ṣé 郴政办发〔2021〕3号 ṣì wúlò ní 2025-11-01? a fẹ́ apply", { today: "2026-12-07" });
    expect(day.answer).toContain("2025-11-01有效");
    // A 文号 alone is still the document's opening, not its facts.
    expect((await retriever.ask("郑政〔2018〕4号", { today: "2026-12-07" })).citations[0]?.clauseId).toBe("zz-2018-4/preamble");
  });

  it("reads English asking what came of a measure, which firms got it, and when money is paid", async () => {
    for (const q of ["Did Zhengzhou actually hit the 1250亿 target in 2023?", "Which companies got the 2023 service-enterprise reward in Zhengzhou?", "chenzhou subsidy payout time?"]) {
      expect(await retriever.ask(q, { today: "2026-12-07" }), q).toMatchObject({ noAnswer: true, reason: "not_stated" });
    }
  });

  it("reads a city's kind of document said new or pointed at (郑州新措施, 郴州那个措施) as that document", async () => {
    const r = await retriever.ask("郑州新措施对海外仓怎么说的，鼓励去哪些市场？", { today: "2026-12-07" });
    expect(r.citations[0]?.clauseId).toBe("zz-2023-210-measures/13");
  });

  it("quotes every header key a question names, and reads 237号 past any day of a month as the document", async () => {
    const keys = await retriever.ask("这份郴州文件除了文号还有个统一登记号是多少？登记日期和发文日期一样吗", { today: "2026-12-07" });
    for (const value of ["CZCR-2021-01001", "2021-02-26", "2021-02-23"]) expect(keys.answer, value).toContain(value);
    const issued = await retriever.ask("237号和57号哪个先发的？各是哪天", { today: "2026-12-07" });
    expect(issued.answer).toContain("2013-11-19");
    expect(issued.answer).toContain("2018-03-14");
    expect((await retriever.ask("when was 郴政办发〔2021〕3号 issued?", { today: "2026-12-07" })).answer).toContain("2021-02-23");
  });

  it("answers which of two conditions comes first, a count of a clause's tiers or examples, a task's time limit and a provision its title names from the clause", async () => {
    for (const [q, id] of [
      ["4号文的O2O体验店，是先得经营满一年，还是面积先达标就能申请？", "zz-2018-4/3"],
      ["郑政〔2018〕4号里海外仓的奖励一共分了几种情况？每种最高多少", "zz-2018-4/9"],
      ["郴州说的第三方交易平台，能举几个例子吗", "cz-2021-3/4.1"],
      ["药品试点扩大到新郑综保区，要求什么时候之前完成？", "zz-2023-210-action-plan/2"],
      ["郑州专项提升行动实施方案第十九条，月报什么时候报？", "zz-2023-210-action-plan/19"],
      // A provision named in a clause's title (培育小微跨境电商企业), wherever the asker's figures point in it.
      ["备课中：训练营学员多是郑州小卖家，一年在线交易额十几万美元，郑州以前有专门扶持小微跨境电商的条款吗？", "zz-2018-4/14"],
    ] as const) {
      const r = await retriever.ask(q, { today: "2026-12-07" });
      expect(r, q).toMatchObject({ noAnswer: false });
      expect(r.citations[0]?.clauseId, q).toBe(id);
    }
    // What came of a measure, and the day of an event the plan only promises, are still not stated.
    for (const q of ["郑州去年一共有几家企业拿到海外仓奖励", "郑州电商大讲堂下一期什么时候开讲"]) {
      expect(await retriever.ask(q, { today: "2026-12-07" }), q).toMatchObject({ noAnswer: true, reason: "not_stated" });
    }
  });

  it("looks up the clause a document's name is followed by, not the asker's own list or contract numbers before it", async () => {
    for (const [q, id] of [
      ["依据条款清单第1项：郑政文〔2023〕210号若干措施 第(七)条，请附原文。", "zz-2023-210-measures/7"],
      ["第十一条 乙方负责的分拨服务参照郴州若干措施 五（一），请调出原文。", "cz-2021-3/5.1"],
      ["关于请求提供郑政文〔2023〕210号所附若干措施第（九）条原文的函：为准备申报材料，烦请提供该条全文，特此函询。", "zz-2023-210-measures/9"],
      ["237号文 2(4)5 讲的啥", "zz-2013-237/2.4.5"],
    ] as const) {
      const r = await retriever.ask(q, { today: "2026-12-07" });
      expect(r, q).toMatchObject({ noAnswer: false });
      expect(r.citations.map((c) => c.clauseId), q).toEqual([id]);
    }
  });

  it("leads with the named document's clause when the asker's figures also meet another's, and reads a district cut off by the next word", async () => {
    const named = await retriever.ask("电子商务协会秘书长：我们组织行业前沿知识培训，会员企业交了培训费20万，237号能奖多少", { today: "2026-12-07" });
    expect(named.citations[0]?.clauseId).toBe("zz-2013-237/3.10");
    const district = await retriever.ask("老马烩面调料厂，金水区里把税交；去年跨境进出口，一千二百万元整；推广建站花六十（万），能补多少算一算？", { today: "2026-12-07" });
    expect(district.citations[0]?.docId).toMatch(/^zz-/);
  });

  it("reads a district the texts only list as sharing costs as where the asker is, unless its own measures or share are asked", async () => {
    const ask = (q: string) => retriever.ask(q, { today: "2026-12-07" });
    expect((await ask("金水区的跨境电商企业参加展会有补贴吗")).citations[0]?.clauseId).not.toBe("zz-2023-210-measures/16");
    expect((await ask("二七区幼儿园保育费补贴")).reason).toBe("not_in_corpus");
    expect((await ask("上街区企业的补贴资金市级承担多少")).citations[0]?.clauseId).toBe("zz-2023-210-measures/16");
    expect((await ask("宜章县自己有没有另外再加钱？")).reason).toBe("not_stated");
  });

  it("sets a named document beside the other city's documents, rather than filtering everything out", async () => {
    const both = await retriever.ask("培训补贴：郑政〔2018〕4号对社会培训机构、郴州对培训活动，每家机构封顶分别是多少？", { today: "2026-12-07" });
    expect(both.noAnswer).toBe(false);
    const cited = both.citations.map((c) => c.clauseId);
    expect(cited).toContain("zz-2018-4/19");
    expect(cited).toContain("cz-2021-3/7.4");
  });
});
