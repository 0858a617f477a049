// What a question says before any search, read from the corpus's numbering, names and metadata.
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../corpus/index.ts";
import { createPlaceFinder, placeWords } from "../retrieval/places.ts";
import { createSuccessors } from "../retrieval/successors.ts";
import { createTokenizer } from "../retrieval/tokenizer.ts";
import { lookUpClause } from "../retrieval/clause-lookup.ts";
import { askedDocumentFacts, askedFacts, asksWhatItSays, defersAmount, holdsKind, states } from "../retrieval/understand/asks.ts";
import { readFigures } from "../retrieval/figures.ts";
import { createUnderstander } from "../retrieval/understand/index.ts";
import { withAsciiDigits, withSectionNotationsRead } from "../retrieval/understand/numbers.ts";
import { RULES } from "../policies/rules/index.ts";

const corpus = loadCorpus();
const tokenizer = createTokenizer(placeWords(corpus.cities));
const { understand } = createUnderstander({ corpus, places: createPlaceFinder(tokenizer, corpus.cities), tokenizer });
const TODAY = "2026-12-05";
/** The clauses a question looks up by number, in the form the it.each tables of look-ups check. */
/** The kinds of fact a question asks, in the order askedFacts reads them. */
const kindsOf = (q: string, districts?: readonly string[]) => askedFacts(q, districts).map((a) => a.kind);
const looksUp = (q: string, clauseId: string) => expect(understand(q, TODAY).lookups.hits.flatMap((h) => h.clauseIds)).toEqual([clauseId]);

describe("question understanding", () => {
  it.each([
    ["郑政〔2018〕4号第八条", "zz-2018-4/8"],
    ["郑政〔2018〕4号第8条", "zz-2018-4/8"],
    ["郑政〔2018〕4号（八）", "zz-2018-4/8"],
    ["郑政文〔2018〕57号二（三）2", "zz-2018-57/2.3.2"],
    ["郑政文〔2018〕57号第二部分（三）2", "zz-2018-57/2.3.2"],
    ["郴州若干措施五（四）", "cz-2021-3/5.4"],
  ])("looks up %s", looksUp);

  it.each([
    ["4号文22条 享受条件那个", "zz-2018-4/22"],
    ["专项提升行动第十五条", "zz-2023-210-action-plan/15"],
    ["237號文 第三部分第八條 講的是什麼", "zz-2013-237/3.8"],
    ["郑政文〔2018〕57号二（四）1.", "zz-2018-57/2.4.1"],
  ])("looks up %s: a bare 22条 after a name, title words before a number, traditional characters", looksUp);

  it.each([
    ["专项行动第十三条说了什么", "zz-2023-210-action-plan/13"],
    ["专项行动 (12)", "zz-2023-210-action-plan/12"],
    ["237 二（四）3", "zz-2013-237/2.4.3"],
    ["四号文第八条", "zz-2018-4/8"],
    // The year typed straight before the number, in characters or digits: no 文号 has five digits.
    ["郑州2018四号文第八条讲什么", "zz-2018-4/8"],
    ["20184号文第八条", "zz-2018-4/8"],
    // A year said digit by digit, and a 文号's number in characters after it.
    ["郑政文二零一八五十七号第一部分第二条", "zz-2018-57/1.2"],
    ["二〇一八年五十七号文件二（一）1", "zz-2018-57/2.1.1"],
    ["郑政文〔2013〕二三七号第三部分第三项原文", "zz-2013-237/3.3"],
    ["五十七号文二、（三）2", "zz-2018-57/2.3.2"],
    ["57号文第二部分第三条第2项", "zz-2018-57/2.3.2"],
    ["郑政文〔2018〕57号第二部分第（二）项第2目。", "zz-2018-57/2.2.2"],
    ["郴政办发〔2021〕3号第二条第（一）项", "cz-2021-3/2.1"],
    ["4号文第八条第（一）项", "zz-2018-4/8"],
    ["Kenya. Chenzhou 3-2?", "cz-2021-3/3.2"],
    ["Kenya. 57号 2.1.1?", "zz-2018-57/2.1.1"],
    ["237 doc 3-1?", "zz-2013-237/3.1"],
    ["Quote item (1) of the action plan in 郑政文〔2023〕210号.", "zz-2023-210-action-plan/1"],
    ["专项提升行动 of 郑政文〔2023〕210号 number 21?", "zz-2023-210-action-plan/21"],
  ])("looks up %s: a title shortened by dropping characters, a 文号 number bare or in characters, a section's item however written", looksUp);

  it.each([
    ["郴州 3.2", "cz-2021-3/3.2", "三（二）"],
    ["57号文 2.3.2讲的什么", "zz-2018-57/2.3.2", "二（三）2"],
    ["郴州措施 一、支持范围", "cz-2021-3/1", "一"],
    ["郑政文〔2023〕201号 直播方案第五条", "zz-2023-210-livestream/5", "第五条"],
  ])("looks up %s: the contract's dotted path, a part by its heading numeral, the name closest before the number", (q, clauseId, written) => {
    const hits = understand(q, TODAY).lookups.hits;
    expect(hits.flatMap((h) => h.clauseIds)).toEqual([clauseId]);
    expect(hits[0]!.asked).toBe(written);
  });

  it("names a document by a 文号 typed with 好 for 号 inside its brackets, and by its kind and year alone", () => {
    expect(understand("郑政文〔2018〕57好 三(三)", TODAY).lookups.hits.flatMap((h) => h.clauseIds)).toEqual(["zz-2018-57/3.3"]);
    expect(understand("这个政策好不好", TODAY).named).toEqual([]);
    expect(understand("CA digital certificate service fee subsidy rate in the 2013 Zhengzhou opinions?", TODAY).named).toEqual(["zz-2013-237"]);
    expect(understand("2023年的方案里有直播吗", TODAY).named).toEqual(["zz-2023-210-action-plan", "zz-2023-210-livestream"]);
    // …and a city's documents by the month they were issued, said before the generic word or after it.
    const of2023 = ["zz-2023-210-measures", "zz-2023-210-action-plan", "zz-2023-210-livestream"];
    expect(understand("跟客户说郑州这套跨境电商政策是郑州市人民政府2023年12月发的，文号是多少、具体哪天印发？", TODAY).named).toEqual(of2023);
    expect(understand("郑州2023年12月发的那套跨境电商政策，文号是多少？", TODAY).named).toEqual(of2023);
    expect(understand("郑州2023年11月发的那套跨境电商政策，文号是多少？", TODAY).named).toEqual([]);
  });

  it("reads a month and day without a year as this year's, and not a day recurring each year", () => {
    expect(understand("郑州直播电商方案12月20号以后还能不能申请？", TODAY).date).toMatchObject({ from: "2026-12-20", to: "2026-12-20" });
    expect(understand("出口监管仓扶持须在每年3月31日前申报吗", TODAY).date).toBeNull();
  });

  it("reads a day written day first (23/02/2026, 14.12.2026), and month first only where the day cannot be a month (12/14/2026)", () => {
    expect(understand("¿郴政办发〔2021〕3号 era vigente el 23/02/2026?", TODAY).date).toMatchObject({ from: "2026-02-23", to: "2026-02-23" });
    expect(understand("210号 措施 14.12.2026 действует?", TODAY).date).toMatchObject({ from: "2026-12-14", to: "2026-12-14" });
    expect(understand("is the Zhengzhou livestream plan valid on 12/14/2026?", TODAY).date).toMatchObject({ from: "2026-12-14", to: "2026-12-14" });
    expect(understand("¿郴政办发〔2021〕3号 era vigente el 23/02/2026?", TODAY).documentFacts).toContain("validity");
  });

  it("reads a year said short or relative with its month (25年5月, 明年2月), and asks a document's validity on it", () => {
    const short = understand("郴州那个跨境文件25年5月还管用冇", TODAY);
    expect(short.date).toMatchObject({ from: "2025-05-01", to: "2025-05-31" });
    expect(short.documentFacts).toEqual(["validity"]);
    const next = understand("直播电商那个政策明年2月还有吗", "2026-12-06");
    expect(next.date).toMatchObject({ from: "2027-02-01", to: "2027-02-28" });
    expect(next.documentFacts).toEqual(["validity"]);
    expect(understand("去年12月3号拿的补贴", "2026-12-06").date).toMatchObject({ from: "2025-12-03", to: "2025-12-03" });
    // Until when, asked after another fact of the document, is its validity.
    expect(understand("直播电商的方案是啥时候发的，到啥时候", TODAY).documentFacts).toEqual(["validity", "issued"]);
  });

  it("names no document by a title's words alone when none of them is of the city the question names", () => {
    expect(understand("How does Chenzhou handle overlap with its other subsidy schemes?", TODAY).named).toEqual([]);
    expect(understand("郑州直播电商实施方案第3条", TODAY).named).toEqual(["zz-2023-210-livestream"]);
  });

  it("reads a number a document named by its title lacks, equal to its own 文号's, as naming it", () => {
    expect(understand("Zhengzhou 2018 pilot zone plan number 57, issued which day?", TODAY).lookups).toEqual({ hits: [], misses: [] });
    expect(understand("郑政文〔2018〕57号第57条", TODAY).lookups.misses).toHaveLength(1);
    expect(understand("郴州3号文件 第八大条第一条 讲么子", TODAY).lookups.misses).toHaveLength(1);
  });

  it("reads a year and a number in English as a 文号, and an issue or sunset date as the document's", () => {
    expect(understand("2018 number 4 Zhengzhou, who issued and what date?", TODAY).named).toEqual(["zz-2018-4"]);
    expect(understand("Issue date and sunset date of the Zhengzhou livestream plan?", TODAY).documentFacts).toEqual(expect.arrayContaining(["issued", "validity"]));
    // Validity by its English names: its period, an end date, the day it takes effect.
    for (const q of ["State the period of validity of 郑政〔2018〕4号.", "Zhengzhou 2013 No.237 — has an end date?", "when does the livestream plan take effect?", "2023 Zhengzhou measures — still okay to apply?"]) {
      expect(understand(q, TODAY).documentFacts, q).toContain("validity");
    }
    expect(understand("郑州2018年那个综试区发展实施方案现在还有用吗？", TODAY).documentFacts).toEqual(["validity"]);
    expect(understand("郴州那个若干措施现在还能执行吗", TODAY).documentFacts).toEqual(["validity"]);
    expect(understand("郑政2018 4号现在还能用吗", TODAY).named).toEqual(["zz-2018-4"]);
  });

  it("keeps an ISO date whole in English, and a city's documents spoken of with spaces between", () => {
    const u = understand("Is Chenzhou policy still valid on 2026-03-01?", TODAY);
    expect(u.date).toMatchObject({ from: "2026-03-01", to: "2026-03-01" });
    expect(u.ofCity).toEqual(["cz-2021-3"]);
  });

  it("reads a rate in English as the standard paid, whatever its unit, and the rates the texts name", () => {
    const perSqm = understand("Zhengzhou 2023 measures — offline experience store subsidy rate per square metre?", TODAY);
    expect(perSqm.query).toContain("标准");
    expect(perSqm.query).toContain("每平方米");
    expect(perSqm.asked.map((a) => a.kind)).not.toContain("rate");
    expect(understand("e-commerce building（专业楼宇）的 reward，occupancy rate 要多少？", TODAY).query).toContain("入驻率");
  });

  it("reads no clause path in a figure with a decimal point, a span with a hyphen or a date", () => {
    for (const q of ["郴州 出口3.2亿有奖励吗", "郑州公共服务平台0.5‰奖励", "郴州 1.2kw 营收", "郴州措施 经营3-5年的企业", "57号 2019-12-15 印发", "郴州措施 1-2 years"]) expect(understand(q, TODAY).lookups.hits).toEqual([]);
  });

  it("corrects a 文号 whose year has two digits swapped when that document has the clause asked", () => {
    const u = understand("郴政办发〔2012〕3号四（四）", TODAY);
    expect(u.corrected.map((n) => n.docIds)).toEqual([["cz-2021-3"]]);
    expect(u.lookups.hits.flatMap((h) => h.clauseIds)).toEqual(["cz-2021-3/4.4"]);
  });

  it("names a document by an abbreviation said alone only when it shortens the title and the texts never use it", () => {
    expect(understand("专项行动里海外仓面积目标是多少", TODAY).named).toEqual(["zz-2023-210-action-plan"]);
    // 直播电商 is how the title prints it and a topic of the texts; 电商产业 is a topic too.
    for (const q of ["直播电商有什么补贴", "郑州电商产业园区有补贴吗", "电商产业园区有补贴吗"]) expect(understand(q, TODAY).named, q).toEqual([]);
  });

  it("reads a number alone before a pause as a 文号, not a day of a month", () => {
    expect(understand("4号 有效期3年，从哪天算到哪天", TODAY).named).toEqual(["zz-2018-4"]);
    expect(understand("每月4号，报送数据", TODAY).named).toEqual([]);
  });

  it("names the documents of a city issued in the year the question gives", () => {
    expect(understand("记者求证：郑州2023年这批跨境电商政策是哪天印发的？", TODAY)).toMatchObject({
      named: ["zz-2023-210-measures", "zz-2023-210-action-plan", "zz-2023-210-livestream"],
      date: null,
      documentFacts: ["issued"],
    });
  });

  it("corrects a 文号 with its digits swapped when the 文号 near it has the clause asked", () => {
    const u = understand("郑政文〔2018〕75号二（二）3", TODAY);
    expect(u.corrected.map((c) => c.written)).toEqual(["郑政文〔2018〕75号"]);
    expect(u.lookups.hits.flatMap((h) => h.clauseIds)).toEqual(["zz-2018-57/2.2.3"]);
    // Without a clause to confirm it, it is only "did you mean"; so is a number one off, maybe the issuer's next document.
    expect(understand("郑政文〔2018〕75号讲什么", TODAY).unconfirmed).toHaveLength(1);
    expect(understand("郑政文〔2023〕211号第二条讲什么？", TODAY)).toMatchObject({ corrected: [], lookups: { hits: [] } });
    expect(understand("郑政文〔2023〕201号第十条", TODAY).lookups.hits).toHaveLength(3);
  });

  it("reads 第一条 of a document whose first section is a clause of its own both ways, its own number first", () => {
    const hits = understand("郴政办发〔2021〕3号第一条", TODAY).lookups.hits;
    expect(hits.map((h) => [h.clauseIds, h.reading])).toEqual([
      [["cz-2021-3/1"], "第一部分"],
      [["cz-2021-3/2.1"], "条目顺序的第1项"],
    ]);
  });

  it("reads documents spoken of by their city alone, without narrowing a search to them", () => {
    expect(understand("郴州跨境电商政策哪年出的", TODAY)).toMatchObject({ named: [], ofCity: ["cz-2021-3"], documentFacts: ["issued"] });
    expect(understand("郑州海外仓政策什么时候到期", TODAY)).toMatchObject({ ofCity: [], documentFacts: ["validity"], asked: [] });
    expect(understand("4号文过期了吗", TODAY).documentFacts).toEqual(["validity"]);
    expect(understand("57号文实施到哪年", TODAY).documentFacts).toEqual(["validity"]);
    // A bare number before a word asking about the document names it.
    expect(understand("237号印发日期", TODAY)).toMatchObject({ named: ["zz-2013-237"], documentFacts: ["issued"] });
    // 何 asks as 哪 does, in the written register (何日印发, 何年发布).
    expect(understand("郑政文〔2013〕237号何日印发？", TODAY)).toMatchObject({ named: ["zz-2013-237"], documentFacts: ["issued"] });
    // The day of another act (何日前提出申请, 哪天发放) is no day of issue.
    expect(understand("郴政办发〔2021〕3号推广费补助须于每年何日前提出申请？", TODAY).documentFacts).toEqual([]);
    expect(understand("郴州那个奖金哪天发放", TODAY).documentFacts).toEqual([]);
    // Japanese forms are read as the texts print them, only where the texts never use the character (予 stays).
    expect(understand("専項行動 第14条 please", TODAY).lookups.hits.flatMap((h) => h.clauseIds)).toEqual(["zz-2023-210-action-plan/14"]);
    expect(understand("给予多少", TODAY).query).toBe("给予多少");
    // Whether what was done on a day had a basis in a document is its validity that day.
    expect(understand("2021年3月15日还在按4号文（十一）付物流补贴，这笔钱当时有依据吗", TODAY).documentFacts).toEqual(["validity"]);
    expect(understand("2018年1月5日那笔扶持款能按4号文走吗", TODAY).documentFacts).toEqual(["validity"]);
  });

  it("reads every fact about a document asked, a label before a colon asking none", () => {
    expect(understand("4号文哪天发布的？由谁负责解释？", TODAY).documentFacts).toEqual(["issued", "contact"]);
    expect(understand("郴州这文件是哪个部门负责公开的？", TODAY).documentFacts).toEqual(["contact"]);
    expect(understand("郑政〔2018〕4号是啥日子印发的~", TODAY).documentFacts).toEqual(["issued"]);
    expect(understand("郑政〔2018〕4号是市政府发的还是商务局发的", TODAY).documentFacts).toEqual(["issuer"]);
    expect(understand("郴州的文件要到哪一天就不算数了呀？", TODAY).documentFacts).toEqual(["validity"]);
    // A quoted phrase asked where it is set (“从优不重复”这个原则是在哪儿规定的) asks where it stands, not an address.
    expect(understand("“从优不重复”这个原则是在哪儿规定的呀？", TODAY).asksWhere).toBe(true);
    expect(understand("2021年1月15日郴州的跨境电商措施能用了吗", TODAY).documentFacts).toEqual(["validity"]);
    expect(understand("hotline转述：来电人问专项提升行动实施方案第（二）条是啥", TODAY).asked).toEqual([]);
  });

  it("reads 政策还在不在 and an English 'run until' as validity", () => {
    expect(understand("客户想2027年1月15日按210号若干措施报补贴，那时政策还在不在？", TODAY).documentFacts).toEqual(["validity"]);
    expect(understand("Zhengzhou CBEC pilot zone implementation plan (No. 57) — when does it run until?", TODAY).documentFacts).toEqual(["validity"]);
    expect(understand("57号文 still can use or not ah? today", TODAY).documentFacts).toEqual(["validity"]);
    expect(understand("宠物食品出口，2020年那会儿4号文的补贴还有吗？", TODAY).documentFacts).toEqual(["validity"]);
    expect(understand("When was 郑政文〔2023〕210号 issued and until when it works?", TODAY).documentFacts).toContain("validity");
  });

  it("reads a document's own end, its 效力 and whether it can still be used as its validity, 现在 as today", () => {
    expect(understand("直播电商实施方案的政策到哪天截止？", TODAY).documentFacts).toEqual(["validity"]);
    expect(understand("郑州海外仓补贴申报到哪天截止", TODAY).documentFacts).toEqual([]);
    expect(understand("郑政〔2018〕4号当前效力状态如何？", TODAY).documentFacts).toEqual(["validity"]);
    expect(understand("郑政〔2018〕4号还能申请吗？", TODAY).documentFacts).toEqual(["validity"]);
    expect(understand("享受了集聚区政策还能拿吗", TODAY).documentFacts).toEqual([]);
    expect(understand("我侄子说郑州2018年4号文还能拿钱，真的假的？", TODAY).documentFacts).toEqual(["validity"]);
    expect(understand("2020年12月31日这天，57号实施方案还在期限内吗？", TODAY).documentFacts).toEqual(["validity"]);
    expect(understand("郑政文〔2018〕57号方案覆盖哪几年", TODAY).documentFacts).toEqual(["validity"]);
    expect(understand("嗯郑州直播电商那个方案是哪天印发的执行几年", TODAY).documentFacts).toEqual(["validity", "issued"]);
    expect(understand("郑州直播电商方案，2026年12月14号当天还算不算？", TODAY).documentFacts).toEqual(["validity"]);
    expect(understand("郑政文〔2018〕57号实施方案2019年7月还在期内吗？", TODAY).documentFacts).toEqual(["validity"]);
    expect(understand("讲义说57号方案2019年在实施，对吗？", TODAY).documentFacts).toEqual(["validity"]);
    expect(understand("Thing #8: when did Zhengzhou's 2018 CBEC implementation opinion lapse?", TODAY).documentFacts).toEqual(["validity"]);
    expect(understand("Could you confirm whether the Zhengzhou livestream plan remained applicable on 1 July 2024?", TODAY).documentFacts).toEqual(["validity"]);
    // A path ending the sentence (item 3.12?) is a path, not item 3.
    expect(understand("Zhengzhou 2013 opinion item 3.12?", TODAY).lookups.misses.map((m) => m.asked)).toEqual(["三（十二）"]);
    expect(understand("投标日为2027年1月5日，届时210号若干措施是否仍可作为政策依据？", TODAY).documentFacts).toEqual(["validity"]);
    // Asked beside the day of issue, validity comes first: the sentence setting it is what is asked after.
    expect(understand("郑政〔2018〕4号哪天发布的？有效期几年？", TODAY).documentFacts).toEqual(["validity", "issued"]);
    expect(understand("郴州3号文信息时效期写的2026-02-23，是不是意味着现在作废了", TODAY).date).toBeNull();
  });

  it("reads no clause number in a count of items or in title words every document shares", () => {
    expect(understand("郑州若干措施有3条关于海外仓的吗", TODAY).lookups.hits).toEqual([]);
    expect(understand("跨境电商发展第八条", TODAY).lookups.hits).toEqual([]);
  });

  it("looks a clause up for a command in traditional characters too, and offers the clause of a 文号 a character away", () => {
    expect(lookUpClause("鄭政〔2018〕4號第八條")).toMatchObject({ kind: "found", clause: { clauseId: "zz-2018-4/8" } });
    const slip = lookUpClause("郑政文〔2018〕75号二（二）3");
    expect(slip.kind === "unknown" && slip.didYouMean?.map((c) => c.clauseId)).toEqual(["zz-2018-57/2.2.3"]);
    const shared = lookUpClause("郑政文〔2023〕201号第十条");
    expect(shared.kind === "unknown" && shared.didYouMean).toHaveLength(3);
  });

  it("reads traditional characters as the simplified the texts use, and leaves simplified alone", () => {
    expect(understand("郴州的跨境電商若干措施現在還能申請嗎", TODAY).query).toBe("郴州的跨境电商若干措施现在还能申请吗");
    for (const c of corpus.clauses.slice(0, 40)) expect(understand(c.text.slice(0, 60), TODAY).query).toBe(c.text.slice(0, 60));
  });

  it("names what the document has instead of a number it lacks", () => {
    expect(understand("郑政〔2018〕4号第三十条", TODAY).lookups.misses).toEqual([{ docId: "zz-2018-4", asked: "第三十条", outline: "条目为（一）至（二十五）" }]);
  });

  it("reads a 文号 shared by three documents as all three, and corrects one a character off", () => {
    expect(understand("210号第十条", TODAY).named).toHaveLength(3);
    const slip = understand("郑政〔2023〕210号第十七条", TODAY);
    expect(slip.corrected.map((c) => c.written)).toEqual(["郑政〔2023〕210号"]);
  });

  it("tells the date asked from a name's own year, and a validity question from others", () => {
    const u = understand("2022年还能按郑政〔2018〕4号申请扶持吗？", TODAY);
    expect(u).toMatchObject({ named: ["zz-2018-4"], documentFacts: ["validity"], date: { from: "2022-01-01", to: "2022-12-31" } });
    expect(understand("郑政〔2018〕4号第八条", TODAY).date).toBeNull();
  });

  it("finds a quoted phrase in the clauses holding it, and reads the kind of fact asked", () => {
    expect(understand("哪个文件里有“一点带多园”的提法？", TODAY).phrase).toEqual({ phrase: "一点带多园", clauseIds: ["zz-2018-57/2.2.1"] });
    // A quotation inside a longer stretch copied from the texts is that stretch; a quotation looked for in a document named, there.
    expect(understand("The phrase 面向“一带一路”国家与地区开设子网站, which doc?", TODAY).phrase).toEqual({ phrase: "面向“一带一路”国家与地区开设子网站", clauseIds: ["cz-2021-3/4.3"] });
    expect(understand("招标说明引用“一事一议”，郑政〔2018〕4号里是哪一条？", TODAY).phrase?.clauseIds).toEqual(["zz-2018-4/24"]);
    expect(understand("“一事一议”是哪个文件哪一条说的？", TODAY).phrase?.clauseIds).toEqual(["zz-2013-237/3.2", "zz-2018-4/24"]);
    // Nothing else is asked of a quotation whose place is asked: not a name (这个名字), a rate (这个比例) or a year (最早是哪年).
    expect(understand("我看见“易跨保”这个名字，是哪份文件里提到的？", TODAY).asked).toEqual([]);
    expect(understand("“0.5‰”这个比例是哪一条的？", TODAY).asked).toEqual([]);
    expect(understand("“新商都”这个提法最早是哪年哪份文件里的", TODAY).asked).toEqual([]);
    expect(understand('where is "中部直播电商之城" written? which plan', TODAY).phrase?.clauseIds).toEqual(["zz-2023-210-livestream/section-1"]);
    // …written after the quotation (“三网融合”试点写在哪, '…' appears where), not a place asked (“双创”基地建在哪).
    expect(understand("“三网融合”试点写在哪？", TODAY)).toMatchObject({ phrase: { clauseIds: ["zz-2013-237/2.3.3"] }, asked: [] });
    expect(understand("保健品：“母婴用品、化妆品、食品”这串词在哪？", TODAY)).toMatchObject({ phrase: { clauseIds: ["zz-2023-210-livestream/3"] }, asked: [] });
    expect(understand("'联合国标准产品与服务分类代码' appears where?", TODAY).phrase?.clauseIds).toEqual(["zz-2018-4/15"]);
    expect(understand("跨境电商“双创”基地建在哪个区？具体地址", TODAY).asked.map((a) => a.kind)).toEqual(["address"]);
    // A term quoted where the texts bracket it, with the words after it: the stretch the texts hold.
    expect(understand("“9810”配套退税那句话在哪？", TODAY).phrase?.clauseIds).toEqual(["zz-2023-210-action-plan/1"]);
    // Documents one submits are papers asked for, beside how long the review takes.
    expect(understand("Chenzhou overseas warehouse pilot: which documents do I submit, and how long does the review take?", TODAY).asked.map((a) => a.kind)).toEqual(["materials", "duration"]);
    // A rare stretch the texts hold, asked about as a "which clause" question, from three characters.
    expect(understand("社消零是啥意思，哪条提的", TODAY).phrase).toEqual({ phrase: "社消零", clauseIds: ["zz-2023-210-livestream/10"] });
    expect(understand("9810模式在哪些条款里出现", TODAY).phrase?.phrase).toBe("9810");
    expect(understand("社消零是啥意思", TODAY).phrase).toBeNull();
    // A quotation many clauses hold is a word of the question, unless asked where it stands.
    expect(understand("郑州2023年的措施到底给不给海外仓钱？还是只是“鼓励”？", TODAY).phrase).toBeNull();
    expect(understand("“鼓励”在2023年措施里出现在哪些条？", TODAY).phrase?.phrase).toBe("鼓励");
    // 加 said for the "+" the texts print as 十.
    expect(understand("保税进口加零售加工 [听不清] 哪个方案里有这句", TODAY).phrase).toEqual({ phrase: "保税进口十零售加工", clauseIds: ["zz-2023-210-action-plan/1"] });
    expect(understand("郑州物流补贴哪些材料", TODAY).kind).toBe("materials");
    expect(understand("郴州跨境电商贷款贴息要去哪家银行办", TODAY).kind).toBe("office");
    expect(understand("郴州人才培养输出基地的认定条件具体有哪些指标", TODAY).kind).toBe("conditions");
    expect(understand("For the Zhengzhou logistics subsidy, which materials must we submit?", TODAY).kind).toBe("materials");
    expect(understand("海外仓补贴找谁，电话多少", TODAY).kind).toBe("phone");
    expect(understand("申报截止日期是哪天", TODAY).kind).toBe("deadline");
  });

  it("names only the documents of the corpus it was built on (a reloaded corpus brings its own register)", () => {
    const documents = corpus.documents.filter((d) => d.info.docId !== "zz-2018-4");
    const without = { ...corpus, documents, clauses: documents.flatMap((d) => d.clauses) };
    const other = createUnderstander({ corpus: without, places: createPlaceFinder(tokenizer, corpus.cities), tokenizer });
    expect(other.understand("郑政〔2018〕4号第八条", TODAY).named).toEqual([]);
    expect(other.understand("郑政文〔2018〕57号二（三）2", TODAY).lookups.hits.flatMap((h) => h.clauseIds)).toEqual(["zz-2018-57/2.3.2"]);
    expect(lookUpClause("郑政〔2018〕4号第八条", without)).toEqual({ kind: "unknown" });
  });

  it("leaves a greeting or a form of address before the question out of the search, and keeps names, figures and clause numbers", () => {
    expect(understand("老师您好，郑州海外仓有补贴吗", TODAY).query).toBe("郑州海外仓有补贴吗");
    expect(understand("各位老板👏 郑州跨境电商直播基地有奖励吗？🙏", TODAY).query).toBe("郑州跨境电商直播基地有奖励吗？🙏");
    expect(understand("各位老板 郑州跨境电商直播基地有奖励吗？", TODAY).query).toBe("郑州跨境电商直播基地有奖励吗？");
    expect(understand("TikTok Shop怎么入驻？", TODAY).query).toMatch(/^TikTok /u);
    expect(understand("第二十五条，郑政〔2018〕4号", TODAY).lookups.hits.flatMap((h) => h.clauseIds)).toEqual(["zz-2018-4/25"]);
    expect(understand("您好", TODAY).query).toBe("您好");
    expect(understand("王经理好！贵局好，郑州海外仓有补贴吗", TODAY).query).toBe("郑州海外仓有补贴吗");
    // A leading segment naming anything but the person addressed is the subject, known to the texts or not.
    expect(understand("公积金，郑州有补贴吗", TODAY).query).toBe("公积金，郑州有补贴吗");
    expect(understand("正州 信宝 补贴", TODAY)).toMatchObject({ query: "郑州 信保 补贴", city: "zhengzhou" });
    // An English greeting ends at its full stop: Good day. is no "good" (标准) of the question.
    expect(understand("Good day. Zhengzhou overseas warehouse subsidy?", TODAY).query).not.toMatch(/标准/u);
    expect(understand("Good afternoon, sir. Zhengzhou overseas warehouse subsidy?", TODAY).query).toMatch(/^郑州 海外仓 补贴/u);
  });

  it("reads a question pasted from a transcript: the asking side's turns of a chat log, without a recording's timestamp", () => {
    expect(understand("User: 郑州电商专业楼宇有什么奖励\nBot: 请问是哪年的政策？\nUser: 2013", TODAY).query).toBe("郑州电商专业楼宇有什么奖励，2013");
    expect(understand("[00:08:45] 主持人：郑州对直播电商，区县出台政策的话市里补多少？", TODAY).query).toBe("郑州对直播电商，区县出台政策的话市里补多少？");
    // A test case's expected answer is the answering side too.
    expect(understand("Q: 郑州“易跨保”保费优惠幅度是多少？\nExpected: 未载明。", TODAY).query).toBe("郑州“易跨保”保费优惠幅度是多少？");
    // A speaker correcting herself asks what she says after it; her city stays unless the correction names one.
    expect(understand("我想问郴州那个租海外仓奖励……不对不对，我是说公共分拨中心那个一百万，要建多大面积？", TODAY).query).toBe("郴州 公共分拨中心那个一百万，要建多大面积？");
    expect(understand("我想问郑州那个……不对，是郴州，郴州引进人才个税减免多少？", TODAY).city).toBe("chenzhou");
    // After a pause trailing off, 不对 alone corrects; English says the word meant beside the one said.
    expect(understand("喂，郴州那个文件七（三）……不对，七（四），培训那条，念给我听。", TODAY).lookups.hits.flatMap((h) => h.clauseIds)).toEqual(["cz-2021-3/7.4"]);
    expect(understand("Zhengzhou 2018 logistics line... sorry, I mean freight special line, the subsidy?", TODAY).query).not.toMatch(/sorry|mean/iu);
    // A caller's question quoted in a script being written is the question; a quotation asked about otherwise is not.
    expect(understand("话术：来电人问“郴州的钱是市里出还是县里出”，怎么答？", TODAY).query).toBe("郴州的钱是市里出还是县里出");
    expect(understand("来电人问“4号文还有效吗”", TODAY).query).toBe("“4号文还有效吗”");
    // A figure or a day corrects the figure or day it follows; the rest of the question stays.
    expect(understand("我们郴州公司年租金一百二十万……不对不对，是一百万，按郴州政策能奖多少？", TODAY).query).toContain("年租金一百万，按郴州政策能奖多少");
    expect(understand("郴州那个若干措施，2025年10月1号……不对，是2025年10月8号，那天还有效吗？", TODAY).date?.from).toBe("2025-10-08");
    // …with a few words before the figure (好像是50%); a clause's number corrects the number it follows, the name before it staying.
    expect(understand("郴州第三方平台推广费补30%……不对，好像是50%？到底是多少？", TODAY).query).toContain("第三方平台推广费补好像是50%");
    expect(understand("210号若干措施（十二）……不对，我要的是（十三），海外仓那条。", TODAY).lookups.hits.flatMap((h) => h.clauseIds)).toEqual(["zz-2023-210-measures/13"]);
    expect(understand("FAQ：“郑州独立站建设费用补贴30%”对不对？", TODAY).query).toContain("独立站");
    // Lines with no answering side are a list, joined as before.
    expect(understand("郑州海外仓补贴\n多少钱", TODAY).query).not.toContain("User");
  });

  it("reads a question typed as a database query: WHERE asks no place, the contract's fields and a numbering column name a clause, LIKE a phrase", () => {
    const ids = (q: string) => understand(q, TODAY).lookups.hits.flatMap((h) => h.clauseIds);
    expect(ids("SELECT text FROM clauses WHERE docId='cz-2021-3' AND path='4.1'")).toEqual(["cz-2021-3/4.1"]);
    expect(ids("SELECT * FROM 郑政文〔2018〕57号 WHERE 编号='二（三）2'")).toEqual(["zz-2018-57/2.3.2"]);
    expect(ids("SELECT body FROM 直播电商方案 WHERE no=6")).toEqual(["zz-2023-210-livestream/6"]);
    expect(understand("SELECT docId, 条款 FROM corpus WHERE 原文 LIKE '%集检分出%'", TODAY).phrase?.phrase).toBe("集检分出");
    const conditions = understand("SELECT 奖励标准 FROM 郴州措施 WHERE 主题='跨境电商人才培养输出基地'", TODAY);
    expect(conditions.asked.map((a) => a.kind)).not.toContain("address");
    expect(conditions.query).toContain("跨境电商人才培养输出基地");
    // Not a query: the words alone.
    expect(understand("select which subsidy from Zhengzhou?", TODAY).query).not.toContain("是什么");
  });

  it("reads rows pasted from a spreadsheet under their header row", () => {
    expect(understand("城市\t主题\t问题\n郑州\t人才孵化\t截止时间是哪天", TODAY).query).toBe("郑州，人才孵化，截止时间是哪天");
    // Tabs in one line only, or rows shorter than the header, are no table.
    expect(understand("郑州\t海外仓补贴", TODAY).query).toContain("海外仓");
    // A cell left to fill asks its column; a figure is of its column; a cell past the header is the row's own words.
    expect(understand("文件\t发文机关\t文号\t印发日期\n直播电商发展实施方案\t?\t?\t?", TODAY).documentFacts).toEqual(expect.arrayContaining(["issuer", "number", "issued"]));
    expect(understand("年度\t入驻企业数\t园区外贸进出口额\n2024\t25家\t30亿元\t运营方能拿多少？", TODAY).query).toContain("入驻企业数 25家");
  });

  it("reads fields filled in as on a form: their values, a numbering field's as the clause's number, an identifier's parts", () => {
    expect(understand("字段：文号=郑政〔2018〕4号；条款号=22　问：内容？", TODAY).lookups.hits.flatMap((h) => h.clauseIds)).toEqual(["zz-2018-4/22"]);
    expect(understand("docId=zz-2018-4; path=8", TODAY).lookups.hits.flatMap((h) => h.clauseIds)).toEqual(["zz-2018-4/8"]);
    expect(understand("字段：郑州跨境电商推广费补贴_进出口额门槛　问：门槛是多少万元？", TODAY).query).toContain("推广费补贴的进出口额门槛");
    // Other fields keep their names, which say what the value is; a field left blank (= ?) is a question as typed.
    expect(understand("字段：所在市=郴州；年度培训费用=80万元　问：补贴金额？", TODAY).query).toContain("年度培训费用 80万元");
    expect(understand("validity check: docId=zz-2018-57, asOf=today", TODAY).named).toEqual(["zz-2018-57"]);
    expect(understand("项目: 增值税小规模纳税人 月销售额免税额度 = ?", TODAY).query).toContain("= ?");
    // key: value on lines of their own: a question field's value is the question.
    expect(understand("city: 郑州\nq: 2018年那份文件对境外注册商标的费用补多少比例", TODAY).query).not.toContain("q ");
  });

  it("reads a question sent as a JSON request body, alone or in a curl command: its question fields, the day and the clause it names", () => {
    expect(understand('{"question":"哪条写了\\"集检分出\\"？","want":"clauseId"}', TODAY).phrase?.phrase).toBe("集检分出");
    expect(understand(`curl -X POST https://api.example.com/ask -d '{"q":"郴州贷款贴息，期限最长多久？"}'`, TODAY).query).toBe("郴州贷款贴息，期限最长多久？");
    const screen = understand('{"method":"POST","path":"/screen","body":{"q":"郴州员工培训费50万元，能补多少？","asOf":"2025-10-01"}}', TODAY);
    expect(screen.date?.from).toBe("2025-10-01");
    expect(screen.query).not.toContain("POST");
    expect(understand('{"doc":"zz-2018-4","item":8}', TODAY).lookups.hits.flatMap((h) => h.clauseIds)).toEqual(["zz-2018-4/8"]);
    expect(understand('{"doc":"zz-2023-210-livestream","item":15}', TODAY).lookups.misses).toHaveLength(1);
    // Its other fields in words name what is asked about.
    expect(understand('{"q":"show clause","docNumber":"郑政文〔2023〕210号","title":"若干措施","label":"（五）"}', TODAY).lookups.hits.flatMap((h) => h.clauseIds)).toEqual(["zz-2023-210-measures/5"]);
    // Braces that hold no JSON, or JSON with no question in it, leave the text as typed.
    expect(understand("郑州{海外仓}补贴多少", TODAY).query).toContain("海外仓");
    expect(understand('{"lang":"zh"} 郑州海外仓补贴多少', TODAY).query).toContain("海外仓");
  });

  it("reads a look-up and a phrase question written other ways: 57 hao wen, section 2 (4) item 2; 含…的条款", () => {
    expect(understand("Zhengzhou 57 hao wen, section 2 (4) item 2 — what does it say?", TODAY).lookups.hits.flatMap((h) => h.clauseIds)).toEqual(["zz-2018-57/2.4.2"]);
    expect(understand("含“易跨保”的条款有哪些", TODAY).phrase?.phrase).toBe("易跨保");
    expect(understand("含易跨保的条款有哪些", TODAY).asksWhere).toBe(true);
    // Digits said one after another right after a document's name, as dictated; a count or a sum is none.
    expect(understand("五十七号文二一一", TODAY).lookups.hits.flatMap((h) => h.clauseIds)).toEqual(["zz-2018-57/2.1.1"]);
    expect(understand("陈州若干措施六二", TODAY).lookups.hits.flatMap((h) => h.clauseIds)).toEqual(["cz-2021-3/6.2"]);
    expect(understand("4号文三十万", TODAY).lookups.hits).toEqual([]);
  });

  it("reads a word typed with a character that sounds the same as the domain's word, and leaves ordinary words alone", () => {
    const slip = understand("郑洲跨竟电商海外藏补帖多少", TODAY);
    expect(slip.query).toBe("郑州跨境电商海外仓补贴多少");
    expect(slip.slips).toEqual([["郑洲", "郑州"], ["跨竟电商", "跨境电商"], ["海外藏", "海外仓"], ["补帖", "补贴"]]);
    expect(slip.city).toBe("zhengzhou");
    // Half of a word (案 of 方案), a dictionary word (公式) and a place followed by a word stay as written.
    for (const q of ["直播方案里头部主播奖励多少", "按什么公式算", "郴州是哪一批综试区", "国内配送跨境订单两万单"]) expect(understand(q, TODAY).slips).toEqual([]);
    // Another place sounding like a covered one is that place: 贵阳 is not 郴州's 桂阳.
    expect(understand("贵阳跨境电商补贴", TODAY)).toMatchObject({ slips: [], city: null });
    // Three characters sounding like a domain word are read whatever word the cut makes of the last (藏有).
    expect(understand("海外藏有啥补贴", TODAY).slips).toEqual([["海外藏", "海外仓"]]);
  });

  it("reads every kind a question asks, with the words that ask it", () => {
    expect(askedFacts("信息服务平台什么时候上线，谁牵头？")).toEqual([{ kind: "office", words: "谁牵头" }, { kind: "date", words: "什么时候" }]);
    // 谁 inside 都有谁 asks nothing more; a bare 多少 beside 比例 asks no separate quantity.
    expect(kindsOf("专家委员会的委员都有谁？")).toEqual(["person"]);
    expect(kindsOf("市里配套比例是多少？")).toEqual(["rate"]);
    expect(kindsOf("有多少家企业？")).toEqual(["quantity"]);
    // 谁 beside a person or body asked asks nothing more, nor does a list beside persons.
    expect(kindsOf("谁 联系人？电话？")).toEqual(["phone", "person"]);
    expect(kindsOf("评审专家由哪些人组成？文中是否列明名单？")).toEqual(["person"]);
    // A blank to fill asks the figure that goes there, of the unit after it.
    expect(kindsOf("填空题：公共分拨中心的建筑面积下限为____平方米。")).toEqual(["area"]);
    // Quoted words are looked for, not asked, unless they name a text the document announces.
    expect(kindsOf("210号若干措施所称“实施细则”是否已经出台？")).toEqual(["announced"]);
    // What the announced text is called and when it came out are its facts too, not a person's name or another day.
    expect(kindsOf("实施细则出来了没有？叫什么名字，哪天发的？")).toEqual(["announced"]);
    expect(kindsOf("“负面清单”具体包含哪些商品？")).toEqual(["definition"]);
    // Whether the text writes something (文件写了成立年限要求吗) asks for that provision; what has already come out, an outcome.
    expect(understand("文件写了成立年限要求吗？", TODAY).asked).toEqual([expect.objectContaining({ kind: "provision" })]);
    expect(kindsOf("直播电商哪个区已经出台了配套扶持政策？")).toEqual(["outcome"]);
    // What came of a measure after the text: a count reached by now, a sum actually paid, the years' tally, so far, who already got it;
    // what can be had now (现在能补多少) is the measure itself.
    expect(kindsOf("郴州出口破零奖励，现在发了多少家了？")).toEqual(["outcome"]);
    expect(kindsOf("2025年郑州实际拨付了多少物流奖励")).toContain("outcome");
    expect(understand("how many parks got the Chenzhou award so far?", TODAY).asked.map((a) => a.kind)).toEqual(["outcome"]);
    expect(kindsOf("郑州直播方案说引进500家网红品牌，到现在实际引进了多少")).toEqual(["outcome"]);
    // 幅度 asks a rate; a district's policy 自己出的 is its own measure.
    expect(kindsOf("“易跨保”保费优惠幅度是多少？")).toEqual(["rate"]);
    expect(understand("我是问金水区自己出的直播政策具体补多少？", TODAY).asked.map((a) => a.kind)).toContain("own");
    // A form of address run into who the asker is (老板我在苏仙区修手机的) is no subject either.
    expect(understand("老板我在苏仙区修手机的，想问下郴州那个出口破零奖励多久到账？", TODAY).asker).toBe("老板我在苏仙区修手机的");
    expect(understand("the livestream plan wants 500 brands by 2025 — how many they brought until now?", TODAY).asked.map((a) => a.kind)).toEqual(["outcome"]);
    expect(kindsOf("郑州跨境电商政策规定了多少补贴")).not.toContain("outcome");
    expect(kindsOf("郴州公共海外仓100万，已经给了哪几家？")).toContain("outcome");
    expect(kindsOf("郴州出口破零奖励，全市兑现总额是多少")).toEqual(["outcome"]);
    expect(kindsOf("郑州现在做海外仓能补多少")).toEqual(["money"]);
    // Asked whether the texts state what was just asked (…？文件写没写), the detail is that question's words no text uses;
    // a question in the texts' own words (海外仓补贴最高多少) is left to the kinds it asks.
    expect(understand("郑州人才孵化那1万元，学员中途退学的话钱要退吗？文件写没写", TODAY).asked).toContainEqual({ kind: "provision", words: "学员、中途、退学" });
    expect(understand("当事人不服审核结果，复议或申诉途径文件有无规定？", TODAY).asked).toContainEqual(expect.objectContaining({ kind: "provision", words: expect.stringContaining("申诉") }));
    expect(understand("郑州海外仓补贴最高多少？文件里写了吗", TODAY).asked.map((a) => a.kind)).not.toContain("provision");
    // Trips counted ask how often; from where, a place; 才作数 is what counts, not whether a text is in force.
    expect(kindsOf("郑州一个礼拜到底发几趟专列？")).toEqual(["frequency"]);
    expect(understand("设备要从哪里买才作数？", TODAY)).toMatchObject({ documentFacts: [], asked: [{ kind: "address" }] });
  });

  it("reads what came of a measure, a district acting by itself and an institution asked by name as facts the texts do not state", () => {
    // Whether a target was reached, a list came out, how many there are now: what happened after the text.
    for (const q of ["郑州行动方案说2023年底海外仓面积要到100万平方米，后来实际达到了吗？", "2020年郑州跨境电商到底做到100亿美元没有？", "优秀案例评出来了吗", "培育库的入库名单公布了没？", "创新发展联盟现在有多少个成员？", "中欧班列去年一共开了多少列？", "市级海外仓企业评上的有哪些"]) {
      expect(kindsOf(q), q).toContain("outcome");
    }
    // A bar the asker clears is no outcome (做到300万美元没有资格拿吗).
    expect(kindsOf("我们出口做到300万美元没有资格拿吗")).not.toContain("outcome");
    // A district said to give or issue by itself asks its own measure; the asker paying by itself does not.
    expect(understand("中牟县自己出没出直播电商的扶持政策", TODAY).asked.map((a) => a.kind)).toContain("own");
    expect(understand("苏仙区 自己 还加钱吗", TODAY).asked.map((a) => a.kind)).toEqual(["own"]);
    expect(understand("我们在金水区，我们自己出了20万物流费能补多少", TODAY).asked.map((a) => a.kind)).toEqual(["money"]);
    // Which school or bank by name: a sentence naming the kind (鼓励高校) does not say; one naming an institution does.
    const school = askedFacts("荥阳是跟哪个学校合作的")[0]!;
    expect(school.kind).toBe("list");
    expect(states("鼓励各开发区、区县（市）同高校、孵化机构合作推进跨境电商人才孵化项目", school, "荥阳是跟哪个学校合作的")).toBe(false);
    expect(states("责任单位：郑州职业技术学院", school, "荥阳是跟哪个学校合作的")).toBe(true);
    // …asked after the kind too (合作的高校是哪几所), and 哪几个.
    expect(kindsOf("郑州 2023 孵化项目 合作 的 高校 是 哪几所 ya?")).toEqual(["list"]);
    expect(states("鼓励各开发区、区县（市）同高校、孵化机构合作推进跨境电商人才孵化项目", askedFacts("合作的是哪几个高校")[0]!, "合作的是哪几个高校")).toBe(false);
    // Whether a document was extended, renewed or replaced is past what it says.
    expect(kindsOf("4号文3年到期以后，郑州有没有发文延期或者续期？")).toContain("future");
    expect(kindsOf("郴州的措施是试行的，到期以后转正了没有？")).toContain("future");
    // A rate asked by its name is stated only by a sentence naming it: 30% of a fee is no premium rate.
    const premium = askedFacts("中信保的费率是多少")[0]!;
    expect(states("给予出口信保费用30%的资金补贴", premium, "中信保的费率是多少")).toBe(false);
    const occupancy = askedFacts("园区入驻率要求是多少")[0]!;
    expect(states("电子商务经营主体入驻率超过50%", occupancy, "园区入驻率要求是多少")).toBe(true);
    // A sentence stating something before the question (那会儿还是小作坊。) asks no alternative: its 还是 is "still".
    expect(kindsOf("翻出旧账本：那年交易额是18万美元，那会儿还是小作坊。按郑州2018年的意见能拿到多少扶持？")).not.toContain("provision");
    expect(kindsOf("郴州海外仓补贴按季度发还是按年发。")).toContain("frequency");
    // Two versions heard (一个说A，一个说B) are two ways asked between, which a sentence naming neither does not state.
    const versions = askedFacts("郑州在线交易额扶持，一个说按海关数据算，一个说按平台后台数据算，哪个？");
    expect(versions.map((a) => a.kind)).toContain("provision");
    // Where to go (去哪家银行办) asks the office.
    expect(kindsOf("郴州跨境电商贷款贴息要去哪家银行办")).toEqual(["office"]);
    // How long applying takes is told by a time limit on handling it, not by a length the applicant must have run.
    const applying = askedFacts("新零售奖励的申报一般过程多久？")[0]!;
    expect(states("开业满一年且累计营业面积超过1000平方米", applying, "新零售奖励的申报一般过程多久？")).toBe(false);
    // A question set inside another (does the plan say when…) asks the day all the same.
    expect(understand("Does the Zhengzhou action plan say when the handbook comes out?", TODAY).asked.map((a) => a.kind)).toEqual(["date"]);
    // Which kinds there are (具体有哪几种) is a list.
    expect(kindsOf("郴州贷款贴息能用的“跨境金融产品”具体有哪几种？")).toEqual(["list"]);
    // A document by its year (哪年那个方案) asks which document, not a day.
    expect(kindsOf("专家委员会是哪年那个方案说要成立的？")).not.toContain("date");
  });

  it("reads until when a document runs and which of two numbers is its own as document facts", () => {
    expect(understand("郑州2023那个跨境若干措施 管到哪天", TODAY).documentFacts).toEqual(["validity"]);
    expect(understand("直播电商方案 到啥时候结束", TODAY).documentFacts).toEqual(["validity"]);
    // How long it can be used (最长能用到哪一天), and its end day asked beside its extension (要延期，原定的截止日); an application's
    // deadline is not the document's (申报到哪天).
    expect(understand("郴州那份试行措施，最长能用到哪一天？", TODAY).documentFacts).toEqual(["validity"]);
    expect(understand("假如郑州直播电商方案要延期，原定的截止日是哪一天？", TODAY).documentFacts).toContain("validity");
    expect(understand("郑州2023年措施的补贴申报到哪天截止？", TODAY).documentFacts).not.toContain("validity");
    // Its own end date (方案有截止日期吗, 印发日期同截止日期), and whether one applying on a day is still in time (还赶得上吗).
    expect(understand("郑州专项提升行动实施方案有截止日期吗？到哪天为止？", TODAY).documentFacts).toEqual(["validity"]);
    expect(understand("郑州直播电商实施方案印发日期同截止日期，侬报给我听", TODAY).documentFacts).toEqual(expect.arrayContaining(["validity", "issued"]));
    expect(understand("210号那个若干措施，要是2026年12月15号去申请，还赶得上吗？", TODAY).documentFacts).toEqual(["validity"]);
    expect(understand("海外仓补贴的申报截止日期是哪天", TODAY).documentFacts).not.toContain("validity");
    expect(understand("郑州2023年那三个文件一起发的，文号是210号还是201号？", TODAY).documentFacts).toEqual(["number"]);
    // 试到啥时候 (tried out until when), 啥辰光 (Shanghainese when), until when is it valid; a header line asked by its key (统一登记号).
    expect(understand("郴州3号文标着“试行”，试到啥时候？", TODAY).documentFacts).toEqual(["validity"]);
    expect(understand("郑州210号若干措施到啥辰光结束？", TODAY).documentFacts).toEqual(["validity"]);
    expect(understand("the Zhengzhou livestream plan — until when is it valid?", TODAY).documentFacts).toEqual(["validity"]);
    expect(understand("郴州3号文的统一登记号是多少？", TODAY).documentFacts).toEqual(["number"]);
  });

  it("reads a definition asked, of the word quoted or named before or after the asking words", () => {
    expect(askedFacts("郴州社区O2O体验店每新增一家给5万，‘社区’怎么界定？")).toContainEqual({ kind: "definition", words: "社区" });
    expect(askedFacts("郴州新入驻园区给开办费补贴最高5万，这个开办费包括哪些项目？")).toContainEqual({ kind: "definition", words: "开办费" });
    expect(askedFacts("综合服务费补贴包含哪些费用？")).toContainEqual({ kind: "definition", words: "综合服务费" });
    // What a phrase means the clause holding it explains.
    expect(askedFacts("集检分出是什么意思？")).toEqual([]);
  });

  it("reads digits of any script as the texts' digits, and looks a clause up by them (郴政办发〔2021〕3号 ၅(၄))", () => {
    expect(withAsciiDigits("٢٠٢٣ ४५ ๕ ၅(၄) ２")).toBe("2023 45 5 5(4) 2");
    expect(understand("郴政办发〔2021〕3号 ၅(၄) — 国际快件那条 ပြပါရှင့်", TODAY).lookups.hits[0]?.clauseIds).toEqual(["cz-2021-3/5.4"]);
  });

  it("reads a section written in other notations (III.(3), 3.(4), §16) as the texts number it, and an English I as no numeral", () => {
    expect(withSectionNotationsRead("III.(3) 3.(4) §16 XIX(1) I (1) 2.5(3)")).toBe("3(3) 3(4) 第16条 19(1) I (1) 2.5(3)");
    for (const [q, id] of [["郑政文〔2013〕237号 III.(3) – 试点项目, pontosan mit ír?", "zz-2013-237/3.3"], ["郑政文〔2018〕57号 3.(4) 融资信贷 – szöveg köszi", "zz-2018-57/3.4"], ["郑政〔2018〕4号 §16 – 名牌出口商品", "zz-2018-4/16"]] as const) {
      expect(understand(q, TODAY).lookups.hits[0]?.clauseIds, q).toEqual([id]);
    }
  });

  it("reads a thing asked by name, a requirement on a thing named, an outcome asked 达没达到, a figure confirmed (是这个数吧), and how often", () => {
    // 哪家X, 哪个X, 哪位X, 指定X: stated only by a sentence naming X; a document, place, body or comparison asked which is not this.
    const office = askedFacts("郴州跨境电商业绩纳入海关统计，具体找郴州海关哪个科室办？").find((a) => a.kind === "identity")!;
    expect(states("纳入郴州海关跨境贸易电商统计体系", office, "具体找郴州海关哪个科室办？")).toBe(false);
    expect(kindsOf("有没有指定供应商")).toEqual(["identity"]);
    for (const q of ["是哪个文件", "哪一个部门牵头", "哪个区的商务局", "哪个更划算", "按哪个标准执行", "哪个城市给得多"]) expect(kindsOf(q), q).not.toContain("identity");
    expect(askedFacts("2013年意见里第三方支付平台在郑设总部给200万，对注册资本有没有要求？")).toEqual([{ kind: "provision", words: "注册资本" }]);
    for (const q of ["郑州2023年底跨境电商交易额到底达没达到1250亿", "2023年郑州跨境电商交易额最后到没到1250亿啊？", "镜头旁白想写交易额实际达到XX亿，文件里有实际数吗？", "一事一议的重大项目，目前有哪些企业批下来了？"]) expect(kindsOf(q), q).toContain("outcome");
    // The asker's own figures against a bar are no outcome.
    expect(kindsOf("我们企业有没有达到300万美元的门槛")).not.toContain("outcome");
    expect(askedFacts("郑州跨境电商重点企业培育库入库300家，是这个数吧？")).toEqual([{ kind: "claim", words: "300家" }]);
    for (const q of ["郴州跨境电商综试区领导小组开会频率", "郴州给跨境电商物流企业每单0.5元，是按季度结算吗？"]) expect(kindsOf(q), q).toContain("frequency");
    // How long a plaque or a status lasts is a span, not the document's validity.
    expect(askedDocumentFacts("郴州给人才培养输出基地授的牌，有效期几年咯？", false)).toEqual([]);
  });

  it("reads who issued a document asked by any word for who, by a body, or as a choice between two", () => {
    for (const q of ["郑政文〔2023〕210号是啥人发的？", "郑政文〔2023〕210号是郑州市人民政府印发的，还是市政府办公厅印发的？", "这份措施是哪个办公室印发的"]) {
      expect(askedDocumentFacts(q, false), q).toContain("issuer");
    }
  });

  it("reads a form's fields that ask nothing as saying who asks, a count as stated only by a sentence naming what it counts, and the city's share as a split", () => {
    // 负责人 in the caller's field asks for no person; the request's field still asks.
    expect(kindsOf("【工单】来电人：直播公司负责人｜诉求：询问郑州对直播带货销售额过千万的企业有无奖励｜请提供答复口径")).not.toContain("person");
    expect(kindsOf("来电人：王女士｜诉求：郑州市商务局负责人是谁？")).toContain("person");
    const hours = "郴州员工在职培训补贴，培训要够多少课时才算数？";
    const training = "对本企业员工开展跨境电子商务相关业务在职培训的，按年度培训费用的30%予以支持，最高不超过20万元";
    expect(states(training, askedFacts(hours).find((a) => a.kind === "quantity")!, hours)).toBe(false);
    const trainees = "面向个人的培训，每班要招多少学员？";
    expect(states("面向个人培训的,每培训班次不低于30人", askedFacts(trainees).find((a) => a.kind === "quantity")!, trainees)).toBe(true);
    // The city's share asked beside a district's is how the cost is split: stated by a budget bearing a share, not by any rate.
    const split = "若干措施的钱市里出几成、新郑出几成？";
    expect(kindsOf(split, ["新郑"])).toEqual(["rate"]);
    const rate = askedFacts(split, ["新郑"])[0]!;
    expect(states("其余涉及资金由市级财政和当地财政各承担50%", rate, split)).toBe(true);
    expect(states("按其入驻交易平台年度推广费用的50%给予补助", rate, split)).toBe(false);
    // 还是 after a time is "still", no choice between two.
    expect(kindsOf("2019年我们当时还是独立法人的子公司，国际物流费用250万元，按2018年那个政策能补多少？")).not.toContain("provision");
    // A tax reduced is an amount asked: a sentence only setting who qualifies states none.
    expect(kindsOf("年薪30万的高级人才，个人所得税到底减多少？")).toContain("money");
  });

  it("reads how long a status granted lasts as a span asked, not the document's validity", () => {
    expect(askedDocumentFacts("村里的站点想挂'人才培养输出基地'的牌，认定了以后有效期几年哟？", false)).toEqual([]);
    expect(kindsOf("认定了以后有效期几年哟？")).toContain("duration");
    expect(askedDocumentFacts("郴州措施有效期几年", false)).toEqual(["validity"]);
  });

  it("reads what came of a measure by its time so far, a count after 了, and which ones got it", () => {
    for (const q of ["郴州人才培养输出基地目前已经授牌多少家？", "知名电商总部一事一议，郑州到目前谈成了几家？", "实际评上的是哪20个？"]) {
      expect(kindsOf(q), q).toContain("outcome");
    }
    expect(askedFacts("郑政文〔2013〕237号二（四）3是哪一项？")).toEqual([]);
  });

  it.each([
    ["专家咨询委员会由哪些人组成？", "person"],
    ["除了写出来的那几个，剩下几个叫啥？", "person"],
    ["这笔钱每年总盘子是多少亿？", "money"],
    ["网络推广费30%那个补助，发票要开什么项目名称才认？", "materials"],
    ["郴州那个人才培养输出基地，授牌以后管几年？", "duration"],
    ["到底每月发多少人才补贴？", "money"],
    ["那个一本通哪里能下载到?", "website"],
  ])("reads %s as asking a %s", (q, kind) => expect(kindsOf(q)).toContain(kind));

  it("binds the question word to what it asks: an amount, a span, papers, a person", () => {
    expect(kindsOf("审核一般要多少个工作日")).toEqual(["duration"]);
    // 区里…再加 asks for a district's own measure, and how much.
    expect(kindsOf("区里能再加多少配套")).toEqual(["own", "money"]);
    expect(askedFacts("金水区自己有没有额外奖励", ["金水区"])).toEqual([{ kind: "own", words: "金水区" }]);
    expect(kindsOf("我们在金水区，海外仓有什么补贴", ["金水区"])).toEqual([]);
    // The province giving (省级奖补, 省财政…给) asks a provincial measure; designating (省级示范企业), or asked what the city adds, does not.
    expect(kindsOf("省财政对公共海外仓给多少")).toEqual(["own", "money"]);
    expect(kindsOf("被认定为省级电子商务示范企业奖多少")).toEqual(["money"]);
    expect(kindsOf("被省商务厅列入海外仓试点，市里还另外给钱吗")).not.toContain("own");
    expect(kindsOf("市级海外仓企业的面积标准是多少平米")).toEqual(["area"]);
    expect(kindsOf("入库门槛是多少营收")).toEqual(["threshold"]);
    expect(kindsOf("认定要满足哪些具体条件")).toEqual(["conditions"]);
    expect(kindsOf("补贴具体按什么公式算")).toEqual(["formula"]);
    expect(kindsOf("贴息是按季度拨付还是按年拨付")).toEqual(["provision", "frequency"]);
    expect(kindsOf("竞赛要经谁批准")).toEqual(["office"]);
    expect(kindsOf("由哪个处室受理")).toEqual(["office"]);
    expect(kindsOf("要不要提供营业执照复印件")).toEqual(["materials"]);
    expect(kindsOf("平台对接人是谁")).toEqual(["person"]);
    // A target asked is stated by a figure to reach, not by a bar to clear or a cap.
    const target = { kind: "target" as const, words: "目标" };
    expect(kindsOf("郑州海外仓面积目标多少")).toEqual(["target", "area"]);
    expect(askedFacts("目标市场是欧美的企业有什么补贴")).toEqual([]);
    expect(states("到2023年底,全市跨境电子商务交易额超过1250亿元。", target, "交易额目标")).toBe(true);
    expect(states("全市跨境电子商务从业人员超过2万人；", target, "从业人员目标")).toBe(true);
    expect(states("单个公共海外仓面积在10000平米以上、经营满一年的,按照投入额30%给予奖励,最高不超过300万元;", target, "海外仓面积目标")).toBe(false);
    expect(states("对年进出口额达到300万美元的企业给予奖励", target, "进出口目标")).toBe(false);
    // A benchmark a share is taken of (按同期一年期贷款市场报价利率的20%给予贴息) is named, not given; the share asked is stated.
    const lpr = "在跨境电商交易过程中使用跨境金融产品按同期一年期贷款市场报价利率的20%给予贴息，给予单个企业每年补贴最高不超过30万元。";
    expect(states(lpr, { kind: "rate", words: "利率" }, "贴息用的一年期贷款市场报价利率现在具体是百分之几？")).toBe(false);
    expect(states(lpr, { kind: "rate", words: "利率" }, "贴息里的“同期一年期贷款市场报价利率”现在具体是百分之几")).toBe(false);
    expect(states(lpr, { kind: "rate", words: "比例" }, "郴州贷款贴息比例是多少？")).toBe(true);
    // A measure between an award and 多少 binds it (奖励 面积要求多少平 asks an area, not an amount); banks asked by a list.
    expect(kindsOf("公共分拨中心 奖励 面积要求多少平")).toEqual(["area"]);
    expect(kindsOf("哪些 Chinese 银行 能办贴息？有没有 银行 目录？")).toContain("list");
    // A figure to reach written in words is a figure all the same; so is an area (百万平方米).
    expect(states("到2025年,建设百万平方米以上直播电商产业载体,培育引进百家有影响力的头部MCN机构", target, "载体目标")).toBe(true);
    expect(holdsKind("到2025年,建设百万平方米以上直播电商产业载体", "area", [])).toBe(true);
    // 目标 asked as a bar's measure (目标是多少亿元以上) is the target asked, and the region a platform targets is no target.
    expect(kindsOf("郑州2015年电子商务交易额的目标是多少亿元以上？")).toContain("target");
    expect(kindsOf("郑州2015年电子商务交易额的目标是多少亿元以上？")).not.toContain("provision");
    expect(askedFacts("面向目标区域的交易额要求多少")).not.toContainEqual(expect.objectContaining({ kind: "target" }));
    expect(kindsOf("直播电商2025年的目标，现在完成得怎么样了？")).toContain("outcome");
    // A post or a role asked by 是谁 or 是哪位, members by 哪些专家组成; names in a row by 分别是哪些 or 银行有哪几家.
    expect(kindsOf("专家咨询委员会主任是谁？")).toEqual(["person"]);
    expect(kindsOf("领导小组的组长是哪位领导？")).toEqual(["person"]);
    expect(kindsOf("认定时评审专家是谁？")).toEqual(["person"]);
    expect(kindsOf("委员会是哪些专家组成的？")).toEqual(["person"]);
    expect(kindsOf("10个产业集群分别是哪些？")).toEqual(["list"]);
    expect(kindsOf("贴息的合作银行有哪几家？")).toEqual(["list"]);
    expect(kindsOf("孵化项目具体是由哪所高校承办的？")).toEqual(["list"]);
    expect(kindsOf("试点项目评审专家是哪些人？")).toEqual(["person"]);
    // What came of it: 奖了哪几场, 全市共兑现多少; 印发了哪几个文件 asks the documents.
    expect(kindsOf("竞赛奖励去年实际奖了哪几场比赛？")).toEqual(["list", "outcome"]);
    expect(kindsOf("2024年度全市共兑现多少金额、惠及多少家企业？")).toContain("outcome");
    expect(kindsOf("210号文一共印发了哪几个文件？")).not.toContain("outcome");
    expect(kindsOf("竞赛奖励去年批了几场比赛？")).toEqual(["outcome"]);
    expect(kindsOf("郑州2015年电子商务交易额最后实际完成了多少？")).toContain("outcome");
    expect(kindsOf("专家委员会委员都是谁？")).toEqual(["person"]);
    // A threshold of a thing named (注册资本有没有门槛) is stated only where a sentence names the thing.
    expect(askedFacts("注册资本有没有门槛？")).toEqual([{ kind: "provision", words: "注册资本" }]);
    expect(kindsOf("评上的楼宇是哪几栋？")).toEqual(["list"]);
    expect(kindsOf("郴州的贷款贴息，哪一家银行是合作的银行？")).toEqual(["list"]);
    expect(kindsOf("公共分拨中心选址是在哪一个区的？")).toEqual(["address"]);
    // A question quoted is what is asked, not a phrase of the texts.
    expect(kindsOf("来电人问“体验店补贴申请后多少个工作日能到账？”我该怎么答")).toEqual(["duration"]);
    // Formal and written forms: 为何部门, 何种凭证, 是否设有…上限, 规定数额; 成立几年 asks a tenure; 要注册资本多少 the capital.
    expect(kindsOf("其审核主体为何部门？")).toEqual(["office"]);
    expect(kindsOf("须以何种凭证证明？")).toEqual(["materials"]);
    expect(kindsOf("是否设有单一企业年度上限？")).toEqual(["money"]);
    expect(askedFacts("总部要注册资本多少？")).toEqual([{ kind: "provision", words: "注册资本" }]);
    expect(kindsOf("线下店零售进口额要达到多少才有？")).not.toContain("provision");
    expect(kindsOf("出口占比要求是多少？")).not.toContain("provision");
    expect(askedFacts("两地对体验店的扶持标准分别是什么？")).toEqual([]);
    expect(kindsOf("营收增幅由哪家审计机构出具？")).toEqual(["office"]);
    // 提供哪些服务 asks what the clause names, not papers to hand in.
    expect(kindsOf("鼓励海外仓提供哪些服务")).not.toContain("materials");
  });

  it("tells an amount paid from a threshold to clear, and a time limit from a length required", () => {
    expect(holdsKind("销售额首次超过1000万元、3000万元的直播电商企业,按照相关政策给予奖励。", "money", [])).toBe(false);
    expect(holdsKind("营业收入不低于1000万元的服务企业,给予不超过100万元的一次性资金奖励。", "money", [])).toBe(true);
    expect(holdsKind("年交易额1000万元以上的企业给予20万元奖励", "money", [])).toBe(true);
    expect(holdsKind("地方财政按 1:1 的标准，给予资金配套支持。", "money", [])).toBe(true);
    // The asker's 20万美元 is their figure; the award 20万元 is another.
    expect(holdsKind("达到20万美元（含）的，给予一次性奖励20万元；", "money", readFigures("出口20万美元奖多少"))).toBe(true);
    expect(holdsKind("每培训班次不低于30天", "deadline", [])).toBe(false);
    expect(holdsKind("2013年起给予一次性奖励", "duration", [])).toBe(false);
    expect(holdsKind("本政策自印发之日起执行,执行期三年", "deadline", [])).toBe(true);
    expect(holdsKind("本政策自印发之日起执行,执行期三年", "date", [])).toBe(false);
  });

  it("reads the kind a sentence holds from its own text: a rate, an area, conditions, a body acting", () => {
    const rent = "对入驻专业楼宇的电子商务企业，其房屋租金给予适当的补助。";
    expect(holdsKind(rent, "rate", [])).toBe(false);
    expect(holdsKind(rent, "money", [])).toBe(false);
    expect(holdsKind("给予楼宇组织管理单位一次性100万元的奖励。", "rate", [])).toBe(false);
    expect(holdsKind("按照实际租赁费用的50%给予奖励", "rate", [])).toBe(true);
    expect(holdsKind("企业租赁海外仓在1000平方米以上的", "area", [])).toBe(true);
    // 符合条件 names no condition; a bar or 满一年 does.
    expect(holdsKind("对符合条件经市商务部门认定的可授牌", "conditions", [])).toBe(false);
    expect(holdsKind("面积在1000平方米以上且使用满一年的", "conditions", [])).toBe(true);
    expect(holdsKind("对经批准的在郑州市举办的跨境电商竞赛,给予活动举办方奖励", "office", [])).toBe(false);
    expect(holdsKind("按程序报市人民政府批准执行", "office", [])).toBe(true);
    // A cap bounds the sum; it does not say how it is reckoned.
    expect(holdsKind("给予不超过300万元的一次性资金扶持", "formula", [])).toBe(false);
    expect(holdsKind("按照每人100元的标准给予资金扶持", "formula", [])).toBe(true);
  });

  it("reads a document's validity, start and imprint asked in other words", () => {
    expect(askedDocumentFacts("综试区发展实施方案现在还在执行吗？", false)).toEqual(["validity"]);
    expect(askedDocumentFacts("直播方案从什么时候开始实施？", false)).toEqual(["validity"]);
    expect(askedDocumentFacts("郑政〔2018〕4号是哪个局主办的？", false)).toEqual(["contact"]);
    // Organising a trade fair (主办展会) is no question about the document.
    expect(askedDocumentFacts("我们主办展会有补贴吗", false)).toEqual([]);
  });

  it("asks when a document was issued, not when a text it announces comes out", () => {
    expect(askedDocumentFacts("郴州若干措施什么时候出台的", false)).toEqual(["issued"]);
    expect(askedDocumentFacts("郴州若干措施的实施细则什么时候出台", false)).toEqual([]);
  });

  it("tells a question asking what a clause says from one asking a fact it may not state", () => {
    expect(asksWhatItSays("专项提升行动实施方案第（二）条是啥")).toBe(true);
    expect(asksWhatItSays("4号文第八条讲的什么内容")).toBe(true);
    expect(asksWhatItSays("（十三）海外仓那条奖励多少钱")).toBe(false);
    expect(asksWhatItSays("第（九）条要什么材料")).toBe(false);
  });

  it("takes nothing the question says itself as the answer, nor a target of another year", () => {
    const q = "设总部一事一议一般能给多少钱";
    expect(states("按照一事一议的政策进行支持", { kind: "money", words: "给多少钱" }, "设总部给多少钱")).toBe(true);
    expect(states("按照一事一议的政策进行支持", { kind: "money", words: "给多少钱" }, q)).toBe(false);
    const area = { kind: "area" as const, words: "面积要达到多少" };
    expect(states("到2023年底，海外仓面积达到100万平方米", area, "到2023年底海外仓面积要达到多少")).toBe(true);
    expect(states("到2023年底，海外仓面积达到100万平方米", area, "到2025年底海外仓面积要达到多少")).toBe(false);
    // A district's own measure: a sentence naming the district giving something, not sharing the city's cost.
    const own = { kind: "own" as const, words: "金水区" };
    expect(states("涉及金水区的,由市级财政和当地财政各承担50%", own, "金水区有没有额外奖励")).toBe(false);
    expect(states("金水区对入驻企业给予10万元奖励", own, "金水区有没有额外奖励")).toBe(true);
    const street = { kind: "address" as const, words: "哪栋" };
    expect(states("领导小组办公室设在市商务局", street, "办公室在哪栋楼")).toBe(false);
  });

  it("asks the time limit of an act, a fund's size, a provision and a figure quoted to check it", () => {
    expect(kindsOf("237号试点项目每年20个 申报时间是")).toEqual(["date"]);
    // The time of any act a measure names (评审, 举办, 成立) asks a day, as 申报时间 does.
    expect(kindsOf("竞赛活动的评审时间是什么")).toEqual(["date"]);
    expect(kindsOf("店铺年费发票要开成什么抬头")).toEqual(["materials"]);
    // Reaching a figure (要做到多少) asks the figure, not a provision on 做到.
    expect(kindsOf("郑州2018年试验区方案的目标里，跨境交易额要做到多少？")).toEqual(["target", "threshold"]);
    // A count of things no text names (几个老师) cannot be stated; a count of what the texts name (多少家企业) can.
    expect(understand("郴州人才输出基地要几个老师才认定", TODAY).asked).toContainEqual({ kind: "provision", words: "老师" });
    expect(understand("郑州园区入驻多少家企业才能拿运营奖励", TODAY).asked.map((a) => a.kind)).not.toContain("provision");
    expect(kindsOf("电商大讲堂每期的举办时间")).toEqual(["date"]);
    expect(kindsOf("行动方案里市财政每年安排多少专项资金")).toEqual(["money"]);
    expect(askedFacts("示范企业奖励发放后有没有追回条款")).toEqual([{ kind: "provision", words: "追回" }]);
    expect(kindsOf("报道说4号文体验店补贴每平方米500元，对吗")).toContain("claim");
    // A detail asked yes or no, or one of two ways, is asked like a provision; the asker's own case and a look-up are not, and the level paying is the body asked for.
    expect(askedFacts("学员要不要考试合格才算？")).toEqual([{ kind: "provision", words: "考试合格" }]);
    expect(askedFacts("国际物流专线，包机算不算专线？")).toEqual([{ kind: "provision", words: "包机" }]);
    expect(askedFacts("信保补贴是按自然年还是按保单年度算？")).toEqual([{ kind: "provision", words: "按自然年|按保单年度算" }]);
    expect(kindsOf("推广费补50%，要不要平台开的发票")).toEqual(["materials"]);
    expect(askedFacts("想看传统外贸转型那条，我们印刷厂算不算")).toEqual([]);
    // The class may be named before (哪些开支能算开办费，装修算不算), or asked to hold the item (是否包含, 包不包括).
    expect(askedFacts("开办费最多5万，哪些开支能算开办费？装修算不算")).toEqual([{ kind: "provision", words: "装修" }]);
    expect(askedFacts("综合服务费是否包含仓库租金？")).toEqual([{ kind: "provision", words: "仓库租金" }]);
    expect(askedFacts("注册费用包不包括代理机构的服务费")).toEqual([{ kind: "provision", words: "代理机构的服务费" }]);
    expect(askedFacts("运费包不包括在内？")).toEqual([]);
    expect(askedFacts("若干措施的钱是市里出还是区里出")).toEqual([{ kind: "office", words: "市里出还是" }]);
    expect(askedFacts("我记得是第十条还是十一条？")).toEqual([]);
    // What is classed may come before a quoted class (运费险保费算不算“国际物流费用”, 保险费是否计入“实际租赁费用”); a sum paid is named by what it is.
    expect(askedFacts("运费险保费算不算“国际物流费用”？")).toEqual([{ kind: "provision", words: "运费险保费" }]);
    expect(askedFacts("郑州孵化项目那1万块，要交多少保证金？")).toEqual([{ kind: "provision", words: "保证金" }]);
    // A bar asked of a measure it names (注册资本多少以上) is a provision of that measure.
    expect(askedFacts("龙头企业奖励，注册资本要多少以上？")).toEqual([{ kind: "provision", words: "注册资本" }]);
    expect(kindsOf("体验店扶持，店面最小要多大？")).toEqual(["area"]);
    // How long until payment is not answered by a length the applicant must have operated.
    const pay = { kind: "duration" as const, words: "多久" };
    expect(states("经营满一年，实现年交易额超过100万美元的给予一次性扶持", pay, "体验店扶持申请后多久拨付")).toBe(false);
    expect(states("经审核后30个工作日内拨付资金", pay, "体验店扶持申请后多久拨付")).toBe(true);
    // 多久能拿到钱 and 审核要几个工作日 ask the time limit of an act too.
    expect(states("经营满一年的给予一次性扶持", pay, "申请线下店奖励，多久能拿到钱？")).toBe(false);
    expect(states("年度服务费收入的10%给予支持，期限3年", { kind: "duration", words: "几个工作日" }, "支持资金审核要几个工作日？")).toBe(false);
    expect(states("经营满一年，实现年交易额超过100万美元的给予一次性扶持", pay, "体验店要经营多久")).toBe(true);
    // A quoted figure is stated by a sentence with a figure of its unit, the same or another.
    const claim = { kind: "claim" as const, words: "500元" };
    expect(states("按照每平方米300元的标准给予一次性资金扶持", claim, "补贴每平方米500元，对吗")).toBe(true);
    expect(states("支持建设直播电商示范基地", claim, "示范基地面积5万平方米，原文有这个数吗")).toBe(false);
    // A claim is checked detail by detail: a figure stated does not state the day or the share beside it.
    const faq = "FAQ：“人才孵化项目每家扶持1万元，须在每年6月30日前提交申请。”这句对不对？";
    expect(askedFacts(faq).filter((a) => a.kind === "claim").map((a) => a.words)).toEqual(["1万元", "6月30日"]);
    expect(states("给予每年不超过1万元的资金扶持", { kind: "claim", words: "6月30日" }, faq)).toBe(false);
    expect(states("按营业额的2%给予奖励", { kind: "claim", words: "2%" }, "“补贴为营业额的2%”，原文能支持吗")).toBe(true);
    expect(states("编印跨境电子商务业务一本通", { kind: "claim", words: "2024年3月" }, "“一本通已于2024年3月出版”，原文能支持吗")).toBe(false);
    // A day in the asker's own story (2020年3月申报) says when, not what is claimed: only a quotation's days and shares are.
    expect(askedFacts("2019年度交易额24万美元，按4号文领了8万元扶持（2020年3月申报）。核算对吗？").filter((a) => a.kind === "claim").map((a) => a.words)).not.toContain("2020年3月");
    // Support asked of a document (按2013年文件能支持多少) is no claim checked either.
    expect(askedFacts("代运营公司年服务费收入300万元，按2013年文件能支持多少？").some((a) => a.kind === "claim")).toBe(false);
    // Whether a document is in force (文件有效吗) is no claim checked.
    expect(askedFacts("2019年3月，郑州的海外仓补贴文件有效吗").some((a) => a.kind === "claim")).toBe(false);
  });

  it("reads digits an OCR read as letters in a 文号's number, and a section's item copied with spaces", () => {
    expect(understand("郑政文〔2018〕S7号 二 (一) 1", TODAY).lookups.hits.flatMap((h) => h.clauseIds)).toEqual(["zz-2018-57/2.1.1"]);
    expect(understand("郑政文〔2023〕21O号第六条", TODAY).named).toHaveLength(3);
    expect(understand("Room 5号楼", TODAY).named).toEqual([]);
  });

  it("reads dialect and quoted words asking an amount, a cap, a fee rate, a deadline of applying and a text announced", () => {
    expect(askedDocumentFacts("郴州那个试行措施现在还作数冇？", false)).toEqual(["validity"]);
    expect(kindsOf("一定支持到底是好多钱？")).toEqual(["money"]);
    expect(kindsOf("有没有封顶？封顶多少？")).toContain("money");
    expect(kindsOf("“易跨保”的保险费率是多少？")).toEqual(["rate"]);
    expect(kindsOf("若干措施的实施细则出台了没有？文号是多少？")).toContain("announced");
    // A rate the question states is no answer to its cap; a window of a condition no deadline of applying.
    expect(states("市级财政按实际财政支出的30%给予补贴", { kind: "money", words: "封顶多少" }, "按区县支出30%补贴，封顶多少？")).toBe(false);
    expect(states("一年内平均每周1班次以上的企业", { kind: "deadline", words: "截止" }, "申请截止日期是哪天")).toBe(false);
  });

  it("looks up a number with 十 said alone after a document's name, and asks when a document was issued in speech", () => {
    expect(understand("郑政〔2018〕4号 二十五", TODAY).lookups.hits.flatMap((h) => h.clauseIds)).toEqual(["zz-2018-4/25"]);
    expect(understand("专项行动 十五", TODAY).lookups.hits.flatMap((h) => h.clauseIds)).toEqual(["zz-2023-210-action-plan/15"]);
    expect(askedDocumentFacts("郴政办发〔2021〕3号啥时候发的", false)).toEqual(["issued"]);
  });

  it("reads what the asker tells of themselves, before or after asking, as asking nothing, and a purpose before a colon as no subject", () => {
    // 几个 in the asker's own story is "a few"; 要不要 in what they weigh after asking is no detail asked.
    expect(understand("我们社里几个后生在搞跨境电商，合作社出钱送他们去参加在职培训，这个培训费郴州政策帮不帮出一点？", TODAY).asked).toEqual([]);
    expect(understand("行动方案里有没有提到跨境合规指引这块？我们在评估要不要切合规SaaS这个赛道", TODAY).asked).toEqual([]);
    expect(understand("我们是郑州做跨境的，要交哪些材料？", TODAY).asked.map((a) => a.kind)).toEqual(["materials"]);
    expect(understand("做客户授信测算用：郑州老政策里出口信保费用的补贴比例是多少？", TODAY).query).toBe("郑州老政策里出口信保费用的补贴比例是多少？");
    expect(understand("海外仓补贴：郑州补多少", TODAY).query).toContain("海外仓补贴");
  });

  it("reads lines numbered 1、 2、 as the parts of one question, a user story as what it wants to know, and whom the asker asks for", () => {
    expect(understand("1、郴州跨境措施 七（三）\n2、年薪多少算高级人才", TODAY).lookups.hits.flatMap((h) => h.clauseIds)).toEqual(["cz-2021-3/7.3"]);
    expect(understand("1. 郴州跨境电商补贴\n2. 在北湖区哪里办\n3. 窗口地址给一下", TODAY).query).toBe("郴州跨境电商补贴，在北湖区哪里办，窗口地址给一下");
    expect(understand("①领导让我查郑政文〔2023〕210号里的若干措施 ②第（九）条 ③原文讲的什么", TODAY).lookups.hits.flatMap((h) => h.clauseIds)).toEqual(["zz-2023-210-measures/9"]);
    // A number opening a single line is no list mark.
    expect(understand("210号文第十条", TODAY).query).toBe("210号文第十条");
    expect(understand("作为PM，我想知道市商务局审核奖励需要几个工作日，以便在用户端显示预计到账时间。", TODAY).query).toBe("市商务局审核奖励需要几个工作日？");
    expect(understand("As a seller, I want to know the Zhengzhou overseas warehouse subsidy, so that I can plan", TODAY).query).not.toContain("plan");
    expect(understand("您好，我侄子想申请郑州的跨境电商补贴，要到哪个窗口去办？", TODAY).asker).toBe("我侄子");
  });

  it("reads a code comment without its marks, a story told after an emoji as asking nothing, and one city's rule or the other's as no detail", () => {
    expect(understand("// TODO: 直播电商企业奖励的触发条件是什么？", TODAY).query).toBe("直播电商企业奖励的触发条件是什么？");
    expect(understand("#3号文第八条", TODAY).query).toBe("#3号文第八条");
    expect(understand("郴州出口破零的奖励是什么来着😳 我爸要不要先办备案", TODAY).asked).toEqual([]);
    expect(understand("这位听众问这是郑州的规定还是郴州的？", TODAY).asked).toEqual([]);
  });

  it.each([
    ["郴州三号文件三杠三，监管中心那条，补百分之几？", "cz-2021-3/3.3"],
    ["郴政办发〔2021〕3号，第二部分括号二，讲湘南国际物流园那条", "cz-2021-3/2.2"],
  ])("looks up %s: brackets and dashes said aloud", looksUp);

  it("reads a part's item said with 的 after a document's name, 写给 as no award given, and validity asked as A不A", () => {
    looksUp("那个 郴州文件四的三 就是讲一带一路开子网站那条 念一下", "cz-2021-3/4.3");
    expect(understand("郴政办发〔2021〕3号开篇第一部分“支持范围”，写给了哪些人？", TODAY).asked).toEqual([]);
    expect(askedDocumentFacts("郴州那个跨境电商的措施 现在还作不作数啊", false)).toEqual(["validity"]);
    expect(askedDocumentFacts("4号文如今还管不管用", false)).toEqual(["validity"]);
  });

  it("reads a true-or-false question (…对还是错？) as a claim checked detail by detail", () => {
    expect(kindsOf("判断：郑政〔2018〕4号规定，宣传、研究与评估的工作经费每年不超过50万元。对还是错？")).toEqual(["claim"]);
  });

  it("reads a sub-item under an item (二（三）项下第4目) and says the item has none such", () => {
    expect(understand("郑政文〔2018〕57号二（三）项下第4目是否存在？", TODAY).lookups.misses).toMatchObject([{ docId: "zz-2018-57", asked: "二（三）项下第4目" }]);
  });

  it("reads the day a document was registered, a count of what came of a measure said other ways, and 实施到现在 as no validity", () => {
    expect(askedDocumentFacts("郴州跨境电商若干措施（试行）是哪天登记的？", false)).toEqual(["registered"]);
    expect(understand("网友问：210号措施实施到现在，市里一共兑现了多少补贴资金？", TODAY)).toMatchObject({ documentFacts: [], kind: "outcome" });
    expect(kindsOf("2014年实际立项的是哪些项目？")).toEqual(["outcome"]);
    expect(kindsOf("目前实际完成数为多少？")).toEqual(["outcome"]);
    expect(kindsOf("扶持资金是打到公司的对公账户，还是可以打到法人个人的卡上？")).toEqual(["provision"]);
    // Both awards or one asks whether they combine, which the document's own provision answers.
    expect(kindsOf("是两份都给，还是只给一份？")).toEqual([]);
    expect(kindsOf("两个都能拿，还是只能挑一个拿？")).toEqual([]);
    expect(kindsOf("郴州的子网站补贴，要交哪些证明？")).toEqual(["materials"]);
  });

  it("reads a closing request on the answer's form as no subject, what the asker is as who asks, and the ways of an either-or after the verb", () => {
    expect(understand("询：郑州现行措施中，跨境电商服务企业的奖励条件。请逐项列明。", TODAY).query).not.toContain("列明");
    const guard = understand("我是园区安保负责人，替租户问一下：园区运营单位拿运营奖励，入驻的跨境电商企业要超过多少家？", TODAY);
    expect(guard.asker).toBe("我是园区安保负责人");
    expect(guard.asked.map((a) => a.kind)).toEqual(["quantity"]);
    expect(kindsOf("“奖励对象”字段应填活动举办方还是参赛企业？")).toEqual(["provision"]);
    expect(askedFacts("“奖励对象”字段应填活动举办方还是参赛企业？")[0]?.words).toBe("活动举办方|参赛企业");
  });

  it("reads 区里 run on from a place's name as inside that place, not the district's own measure", () => {
    expect(kindsOf("它打算把哪些环节挪到综保区里面来做，再加零售加工")).not.toContain("own");
    expect(kindsOf("市里给了海外仓补贴，区里还额外补吗？")).toContain("own");
    expect(kindsOf("在区里能再加点吗")).toContain("own");
  });

  it("reads a price, a text to come after the documents, and how long a document still runs", () => {
    expect(kindsOf("湘南国际物流园那边跨境电商园区的房租，一个月每平方好多钱？")).toEqual(["price"]);
    expect(kindsOf("园区房租补贴每平方多少钱")).not.toContain("price");
    expect(kindsOf("郴州快件奖励参照的郴办发〔2019〕5号文件，每美元奖几分钱？")).toEqual(["money"]);
    const future = understand("郑州2023年措施三年到期以后，2027年会不会出新的接续政策，文件里有没有说", TODAY);
    expect(future.asked.map((a) => a.kind)).toEqual(["future"]);
    expect(future.documentFacts).toEqual([]);
    expect(understand("210号这套若干措施还能跑多久？", TODAY)).toMatchObject({ named: ["zz-2023-210-measures"], documentFacts: ["validity"] });
    // 执行期间 says when, not whether a document is in force.
    expect(understand("郑政〔2018〕4号执行期间，累计有多少家企业获得了资金扶持？", TODAY)).toMatchObject({ documentFacts: [], kind: "outcome" });
    expect(kindsOf("郴州园区的300万奖励，去年是哪个园区拿到了？")).toEqual(["outcome"]);
    expect(kindsOf("专项基金规模为多少？")).toEqual(["money"]);
    expect(kindsOf("开发维护费说“适当支持” 到底多少")).toEqual(["money"]);
  });

  it("leaves out a label before a colon that says only who asks, and keeps one naming what is asked about", () => {
    expect(understand("老板让我明天找到：郴州对开子网站、独立页面的平台企业有没有补贴？", TODAY).query).toBe("郴州对开子网站、独立页面的平台企业有没有补贴？");
    expect(understand("代办公司自己也申报：服务了35家跨境企业", TODAY).query).toContain("代办公司");
    expect(understand("郑州海外仓：补贴多少", TODAY).query).toContain("海外仓");
    expect(understand("9810开展跨境电商业务 这句在哪", TODAY).asksWhere).toBe(true);
  });

  it("reads a bare 文号 number before a question about the document, a clause number in pinyin, and where the texts write a phrase", () => {
    expect(understand("57号哪天印发，谁主办", TODAY).named).toEqual(["zz-2018-57"]);
    expect(understand("zhengzhou 4 hao wen di shiqi tiao", TODAY).lookups.hits.flatMap((h) => h.clauseIds)).toEqual(["zz-2018-4/17"]);
    expect(understand("文件里哪写了9810？", TODAY).phrase?.phrase).toBe("9810");
  });

  it("reads a district named as the one giving an amount as its own measure, and banks asked for by name as a list", () => {
    expect(kindsOf("直播方案说支持区县出台扶持政策，金水区具体给多少", ["金水区"])).toContain("own");
    expect(kindsOf("二七区预算多少？", ["二七区"])).toContain("own");
    // The district's enterprises taking a subsidy, or its factory exporting, is no measure of its own.
    expect(kindsOf("航空港区的企业拿补贴，市财政承担几成？", ["航空港区"])).not.toContain("own");
    expect(kindsOf("桂阳厂子 出口到了60万美金 奖励几多", ["桂阳"])).not.toContain("own");
    expect(kindsOf("郴州贴息的跨境金融产品有哪些银行在做")).toEqual(["list"]);
    // 多少 after a contact asks the contact, whatever award stands before it.
    expect(kindsOf("郑州市商务局办跨境电商补贴的电话是多少")).toEqual(["phone"]);
  });

  it.each([
    ["4号文五（十八）", "zz-2018-4/18"],
    ["综试区实施方案第二部分（五）第3项讲丝绸之路经济带什么合作？", "zz-2018-57/2.5.3"],
  ])("looks up %s: a part and its item in a document numbered straight through, a sub-item said as 第3项", looksUp);

  it.each([
    ["郑政〔2018〕4号第廿二条写的是什么条件", "zz-2018-4/22"],
    ["郴州3号文 二之（二）是不是讲租金补贴的", "cz-2021-3/2.2"],
    ["郴政办发〔2021〕3号 五.2 海外仓", "cz-2021-3/5.2"],
    ["郴州 3号 4(1) tu apa, 破零 that one", "cz-2021-3/4.1"],
    ["cz-2021-3 的 3.2 条原文麻烦贴一下", "cz-2021-3/3.2"],
    ["zz-2018-4 item 22 — eligibility conditions, please quote", "zz-2018-4/22"],
    ["210号 measures no. 9 tu apa isi?", "zz-2023-210-measures/9"],
    ["请核对《郑州市跨境电子商务专项提升行动实施方案》第二十条原文。", "zz-2023-210-action-plan/20"],
  ])("looks up %s: 廿, 之, a part in characters or digits, a document by its id, No. after a kind, a title before 原文", looksUp);

  it.each([
    ["郴州3号文 第七条第一款 员工在职培训", "cz-2021-3/7.1"],
    ["郴政办发〔2021〕3号 第五大项第二小项 海外仓那条", "cz-2021-3/5.2"],
    ["Quick lookup: 郑政文〔2018〕57号 part 2, item (3), point 1 — pls pull the text", "zz-2018-57/2.3.1"],
    ["zz-2023-210-action-plan #16 — the overseas warehouse online module, what's the text", "zz-2023-210-action-plan/16"],
  ])("looks up %s: 第七条第一款 and 第五大项第二小项 as a part's item, English parts and points, # after an id", looksUp);

  it.each([
    ["4号 8 信保?", "zz-2018-4/8"],
    ["210措施 9", "zz-2023-210-measures/9"],
    ["郑政2018-4 #11", "zz-2018-4/11"],
    ["字段：郑政文〔2023〕210号 专项提升行动方案 条款17 原文", "zz-2023-210-action-plan/17"],
    ["237 三4 CA", "zz-2013-237/3.4"],
    ["郴政办发2021年3号 五之三", "cz-2021-3/5.3"],
    ["郴州 3号 文件 第一 部分. 谁 可以 申请?", "cz-2021-3/1"],
    ["Zhengzhou 2013 No.237, part two (four) point 3 — what's that one about?", "zz-2013-237/2.4.3"],
  ])("looks up %s: short forms typed in a hurry, a number alone after a name, numbers said in English words", looksUp);

  it.each([
    ["嗯那个郑政2018四号第十四条说的是啥来着", "zz-2018-4/14"],
    ["Could you quote item (XVII) of Zhengzheng [2018] No. 4 for me?", "zz-2018-4/17"],
    ["Chenzhou document Chenzhengbanfa [2021] No. 3, section IV item (4) — the O2O store clause, please.", "cz-2021-3/4.4"],
    ["Please cite measure No. 9 of the 2023 Zhengzhou cross-border measures (Zhengzhengwen [2023] 210).", "zz-2023-210-measures/9"],
  ])("looks up %s: a 文号 said in characters, Roman numerals, a measure's No.", looksUp);

  it.each([
    ["郴州3号文（七）（四）讲什么", "cz-2021-3/7.4"],
    ["2013年那个文件二（三）第3点是啥", "zz-2013-237/2.3.3"],
    ["2013年郑州那个文 第二部分(四)第3条", "zz-2013-237/2.4.3"],
    ["郑政〔2018〕4号 第（四）项", "zz-2018-4/4"],
    ["Action plan 2023 Zhengzhou, item 2?", "zz-2023-210-action-plan/2"],
    // A part beyond a straight-numbered document's parts is its item of that number.
    ["the 郑州 跨境电商 action plan part 14, what's it about?", "zz-2023-210-action-plan/14"],
    ["Furniture. 4号文 2018 number 9. Text?", "zz-2018-4/9"],
    ["麻烦查一下郴州那个若干措施第七部分第四小条，原文怎么写的。", "cz-2021-3/7.4"],
    ["the 2023 Zhengzhou measures number nine, qué dice?", "zz-2023-210-measures/9"],
    ["Zhengzhou 2023 measures, the seventh article — public service platform?", "zz-2023-210-measures/7"],
    ["Item five-point-two of the Chenzhou measures — read it out for us?", "cz-2021-3/5.2"],
    ["Kindly quote item (12) of the Zhengzhou cross-border e-commerce special upgrade action plan of 2023.", "zz-2023-210-action-plan/12"],
    ["237号二（三）的第三项", "zz-2013-237/2.3.3"],
    ["老铁 16条 郑州2023措施 钱谁出", "zz-2023-210-measures/16"],
    ["郑州2023措施 16条", "zz-2023-210-measures/16"],
    ["Action plan under 210, item 17 please", "zz-2023-210-action-plan/17"],
    ["Livestream plan Zhengzhou, point 10 please.", "zz-2023-210-livestream/10"],
    ["郑政文〔2023〕210号 measures, number 6, show me.", "zz-2023-210-measures/6"],
    ["Action plan (专项提升行动), item 3 — full text please.", "zz-2023-210-action-plan/3"],
    ["210号 measures número 16 — the 区县 cost split?", "zz-2023-210-measures/16"],
    ["Chenzhou document 2021 number 3, part 5 item 3, what it say?", "cz-2021-3/5.3"],
    ["210 措施 十一", "zz-2023-210-measures/11"],
    ["Please quote zz-2018-57 item 2.3.2.", "zz-2018-57/2.3.2"],
    ["Quote cz-2021-3/6.1.", "cz-2021-3/6.1"],
    ["Chenzhou doc section 7 number 4, show me", "cz-2021-3/7.4"],
  ])("looks up %s: a part bracketed like its item, N条 set apart by spaces, a year without 年, a title's 文号 number between it and the clause, a number or point named in English anywhere after the name", looksUp);

  it("reads the asker's own figures told before a claim reported, and checks only the claim's", () => {
    const u = understand("我们2025年跨境进出口1800万元，网络推广加独立站一共花了200万，销售说能拿60万，对吗？", TODAY);
    expect(u.asked).toEqual([{ kind: "claim", words: "60万元" }]);
    expect(u.facts).toMatchObject({ crossBorderTrade: { amount: 18_000_000 }, marketingSpend: { amount: 2_000_000 } });
    // Quoted with no story before it, the figures are the claim's alone.
    expect(understand("报道说体验店补贴每平方米500元，对吗", TODAY).facts).toBeNull();
  });

  it("reads a document's own number in brackets beside its name as its 文号, not an item", () => {
    const u = understand("Is the 2023 Zhengzhou CBEC measures (210) still valid on 2027-01-10?", TODAY);
    expect(u.lookups).toEqual({ hits: [], misses: [] });
    expect(u.documentFacts).toEqual(["validity"]);
    expect(understand("郑州2023措施里有3条是讲物流的吗", TODAY).lookups.hits).toEqual([]);
  });

  it.each([
    ["郑政〔2018〕4号第（4）条讲什么", "zz-2018-4/4"],
    ["Please pull 郑政〔2018〕4号 clause (4) verbatim for our working papers.", "zz-2018-4/4"],
    ["210号 若干措施 no. 12 — the offline store one eh?", "zz-2023-210-measures/12"],
  ])("looks up %s: an item in digits in brackets after a 文号 already written, No. after a kind in Chinese", looksUp);

  it.each([
    ["郑政〔2018〕4号 八", "zz-2018-4/8"],
    ["郑政〔2018〕4号 廿一", "zz-2018-4/21"],
    ["Eh boss, 郑政〔2018〕4号 number 14 what it say ah?", "zz-2018-4/14"],
    ["敢问郑政〔2018〕4号之第二十四款，所载何事？", "zz-2018-4/24"],
    ["Zhengzhou 2023 measures point 11, the competition one, can share?", "zz-2023-210-measures/11"],
  ])("looks up %s: a numeral set apart after a 文号, number and point after a name, 第N款", looksUp);

  it.each([
    ["query: docId=zz-2023-210-action-plan path=15", "zz-2023-210-action-plan/15"],
    ["[zz-2023-210-measures][12]", "zz-2023-210-measures/12"],
    ["2013年237号文第二部分第四项第3条", "zz-2013-237/2.4.3"],
    ["郴州3号文件 五 三 那一条 念给俺听下", "cz-2021-3/5.3"],
    ["郴州3号文件 第五大条第三条", "cz-2021-3/5.3"],
    ["Zhengzhou 2023 measures punkt 12 — show me", "zz-2023-210-measures/12"],
    ["Chenzhou No.3, part one. Scope?", "cz-2021-3/1"],
    ["zz-2018-4#8", "zz-2018-4/8"],
    ["Please pull clause zz-2023-210-livestream/10 (policy support) in full.", "zz-2023-210-livestream/10"],
    ["cz-2021-3/3.2 原文", "cz-2021-3/3.2"],
    ["那个2013年郑州电商示范城市的文件，三点六是代运营吗？", "zz-2013-237/3.6"],
    ["我们合作社想看郴州文件第四大点第四小点，体验店", "cz-2021-3/4.4"],
    // Numbers a screen reader or a caller says in words: a year, a section and item apart, a paragraph.
    ["screen reader: Zheng Zheng two thousand eighteen number four. item number nine. read it", "zz-2018-4/9"],
    ["the twenty eighteen No. 4 opinion, clause twelve", "zz-2018-4/12"],
    ["screen reader: Chenzhou document. section five. item two", "cz-2021-3/5.2"],
    ["Zhengzhou 2023 measures paragraph six?", "zz-2023-210-measures/6"],
  ])("looks up %s: a clause id as the contract writes it, a path said aloud, 第四大点第四小点", looksUp);

  it.each([
    // A 文号 said digit by digit after its year and a pointer (二〇一三年那个二三七号), or three such digits alone.
    ["同志，二〇一三年那个二三七号，第三部分第九项说的楼宇是啥？", "zz-2013-237/3.9"],
    // A part in digits and its item in brackets after a title and a comma; a sub-item dictated in digits after two numerals apart.
    ["2013年电子商务示范城市意见，3(1)，示范企业那个", "zz-2013-237/3.1"],
    ["郑政文2018 57号 二 三 2 [听不清] 念一下", "zz-2018-57/2.3.2"],
    ["郴州 4(4)", "cz-2021-3/4.4"],
    // A number taken back gives way to the one after it; a to-do label (待办#10：) is no clause number.
    ["237号文三（八）——不对，三（九），专业楼宇那条", "zz-2013-237/3.9"],
    ["57号文二（一）1，呃，应该是二（一）2，垂直行业平台那个", "zz-2018-57/2.1.2"],
    ["210号若干措施第（9）条——不好意思，是第（8）条", "zz-2023-210-measures/8"],
    ["不是4号文第九条，是第八条", "zz-2018-4/8"],
    ["待办#10：郴州若干措施 四（二）写的啥？", "cz-2021-3/4.2"],
    ["郑政文2018 57号二三2是啥", "zz-2018-57/2.3.2"],
    // Keywords apart by slashes; a part and item counted in classical style (第七部第二款), and 之 with the sub-item (二之五第三).
    ["237号/三（四）/CA/讲啥", "zz-2013-237/3.4"],
    ["郴政办发〔2021〕3号第七部第二款，所言何事？", "cz-2021-3/7.2"],
    ["郑政文〔2018〕57号二之五第三，其文云何？", "zz-2018-57/2.5.3"],
    // A 文号 three documents share, and a word of one title only.
    ["210号 直播 第(四)条 hhh", "zz-2023-210-livestream/4"],
  ])("looks up %s: numbers said digit by digit, after a comma, dictated apart", looksUp);

  it.each([
    // A circled number after 第 is the clause's, not a list mark; 第 with no 条 after a name; parts and items apart by spaces.
    ["📄郑政〔2018〕4号 第⑲条 👀", "zz-2018-4/19"],
    ["问：专项提升行动方案第十五", "zz-2023-210-action-plan/15"],
    ["Action plan 第十八 talk wetin?", "zz-2023-210-action-plan/18"],
    ["237号 第三部分 第十一项 무슨 내용이에요?", "zz-2013-237/3.11"],
    ["郑政文二零一三二三七号 三的第四项 数字证书那条 原文是啥", "zz-2013-237/3.4"],
    // A numeral set apart before a half-width comma, and an ordinal's ending in another language.
    ["郑政〔2018〕4号 九, lotfan", "zz-2018-4/9"],
    ["郑政〔2018〕4号 20-й пункт", "zz-2018-4/20"],
    // Fields on lines of their own (key: value).
    ["doc: 郑政文〔2018〕57号\nclause: 3(3)\nrequest: full text", "zz-2018-57/3.3"],
    // Paths and sub-items in English; a part and its item opening the question.
    ["Kindly share point no. 4.2 of Chenzhou cbec measures (郴政办发〔2021〕3号) at the earliest.", "cz-2021-3/4.2"],
    ["Please provide the wording of Part II, item (5), sub-item 3 of 郑政文〔2018〕57号.", "zz-2018-57/2.5.3"],
    ["For citation purposes, the author requests the text of 郑政文〔2013〕237号, Part II, Section (4), Item 4.", "zz-2013-237/2.4.4"],
    ["Chuck us 4(3) of the Chenzhou measures would ya, the sub-website bit.", "cz-2021-3/4.3"],
  ])("looks up %s: circled numbers, 第 without 条, spaced parts and items, key: value lines", looksUp);

  it.each([
    // What follows the number describes the clause: where the clause named holds none of it and another holds it, that one.
    ["210号若干措施第十四条，每3万美元交易额给1万那个", "zz-2018-4/14"],
    ["237号文 二（三）2，网购保税进口一线入区申报", "zz-2018-57/2.3.2"],
    ["直播电商方案第(六)条，国际物流费用", "zz-2023-210-measures/6"],
    // …or what it is said to say right after its number (第（十）条说…).
    ["谜题：若干措施第（十）条说跨境电商竞赛给举办方20万，对吗？", "zz-2023-210-measures/11"],
    // What comes before it names the document; a clause holding the words described stays.
    ["听众请我们读一下郑州跨境电商专项提升行动实施方案的第十五条。", "zz-2023-210-action-plan/15"],
    ["237号文三（九），专业楼宇那条", "zz-2013-237/3.9"],
    // Words after it not said as describing it (…，用于答复第三方平台来电) move it only when a long run of them is another's.
    ["请调取郴政办发〔2021〕3号三（二）条文，用于答复第三方平台来电。", "cz-2021-3/3.2"],
    // A phrase quoted after the number names the clause of the documents named that holds it; of several found, the one holding it.
    ["【讨论题22】请附郑政文〔2018〕57号保障措施第三项“加大扶持引导”的原文。", "zz-2018-57/3.3"],
    ["210号文第十条，人才孵化那条", "zz-2023-210-measures/10"],
    // An expired document named as its newer version is read as the later documents of its city in force.
    ["新的郑政4号第七条，公共服务平台那个", "zz-2023-210-measures/7"],
    // Parts counted with what is below them, in a document numbered straight through.
    ["提升行动实施方案第五大块（海外仓）下面第二个", "zz-2023-210-action-plan/17"],
    ["郴州那个措施第四大点下面第三小点", "cz-2021-3/4.3"],
    ["In the Zhengzhou livestream plan, heading 3 point 1 (组织领导) — who is responsible?", "zz-2023-210-livestream/9"],
  ])("looks up %s by what it says of the clause when the number names another", looksUp);

  it("reads a 文号's number alone when a document's act follows (237号是哪天印发的), a city's first character alone as the city, and keywords asking where a phrase stands", () => {
    expect(understand("237号是哪天印发的？", TODAY).named).toEqual(["zz-2013-237"]);
    expect(understand("237号到2025年6月1日还算有效吗？", TODAY).named).toEqual(["zz-2013-237"]);
    expect(understand("5号楼2025年开门", TODAY).named).toEqual([]);
    expect(understand("郴 三(三) 发", TODAY).lookups.hits.flatMap((h) => h.clauseIds)).toEqual(["cz-2021-3/3.3"]);
    expect(understand("郑先生问郴州的补贴", TODAY).query).toContain("郑先生");
    expect(understand("询郑独立站费补几成。", TODAY).city).toBe("zhengzhou");
    expect(understand("物流单 8万单 郴？", TODAY).city).toBe("chenzhou");
    // Middle dots set keywords apart; a bare number set apart before what is asked of a document names it; a header key said short.
    expect(understand("210号·行动方案·第十五", TODAY).lookups.hits.flatMap((h) => h.clauseIds)).toEqual(["zz-2023-210-action-plan/15"]);
    expect(understand("210 谁发的?", TODAY).named).toEqual(["zz-2023-210-measures", "zz-2023-210-action-plan", "zz-2023-210-livestream"]);
    expect(understand("郴3号 登记号?", TODAY).documentFacts).toEqual(["number"]);
    expect(understand("237号·印发日", TODAY).documentFacts).toEqual(["issued"]);
    expect(understand("招大引强 哪个文", TODAY).asksWhere).toBe(true);
    expect(understand("林邑聚才 哪条里的", TODAY).asksWhere).toBe(true);
  });

  it("reads a key of a city's documents' headers as speaking of them, 发文是哪天 as asking the day of issue, and figures of several years as those of the year asked", () => {
    const keyed = understand("C'est quand que 郴州 a publié ses mesures? 发文日期 pis 登记日期 svp", TODAY);
    expect(keyed.ofCity).toEqual(["cz-2021-3"]);
    expect(understand("郑州跨境电商这几个文件里哪个最新？发文是哪天", TODAY).documentFacts).toEqual(["issued"]);
    const years = understand("我们是给跨境卖家做服务的，在郑州。2023年服务了二十几家，2024年服务了38家；营收2023年大概980万，2024年1100万出头。服务企业那条2024年能拿多少？", TODAY);
    expect(years.facts).toMatchObject({ year: 2024, servedEnterprises: 38, serviceRevenue: { amount: 11000000, currency: "CNY" } });
    // A year naming a document (按2018年那份) is no year of figures.
    expect(understand("2019年线上交易额5亿美元，按2018年那份能拿多少", TODAY).facts).toMatchObject({ year: 2019 });
  });

  it("reads a claim heard (有人说, 群里说, 听说) as the claim, and a document called doc in English as a document", () => {
    expect(understand("有人说郴州中考体育加分政策今年改了，对不对", TODAY).query).toBe("郴州中考体育加分政策今年改了，对不对");
    expect(understand("群里说郴州租海外仓补贴30%，真的吗", TODAY).query.startsWith("郴州")).toBe(true);
    expect(understand("@compliance what date was the Chenzhou doc registered (登记日期)?", TODAY).ofCity).toEqual(["cz-2021-3"]);
  });

  it("reads a question holding only documents and a day, or a key of their headers, as asking that of them", () => {
    expect(understand("直播电商 方案 на 2025-03-01 действует?", TODAY).documentFacts).toEqual(["validity"]);
    expect(understand("郴州 措施 2023-07-01 con hieu luc khong?", TODAY).documentFacts).toEqual(["validity"]);
    expect(understand("郴州 措施 统一登记号 chie?", TODAY).documentFacts).toEqual(["number"]);
    expect(understand("郑政〔2018〕4号 o 主办 é qual órgão?", TODAY).documentFacts).toEqual(["contact"]);
    // Words of a topic left beside the day ask about the topic; a path after a document's id is no day.
    expect(understand("直播电商方案 2025年3月1日 发展目标", TODAY).documentFacts).toEqual([]);
    expect(understand("Quote cz-2021-3/6.1.", TODAY).date).toBeNull();
  });

  it("reads a number run into its item (3(1)) as a clause number, not as document 3", () => {
    expect(understand("2013年电子商务示范城市意见，3(1)，示范企业那个", TODAY).named).toEqual(["zz-2013-237"]);
  });

  it.each([
    ["郴政辦發〔2021〕3號第五部分之（二），所規定者為何？", "cz-2021-3/5.2"],
    ["What's clause 3.2 in 郴政办发〔2021〕3号?", "cz-2021-3/3.2"],
    ["Zhengzhou 2018 No.4, number 17 — the overseas branch one?", "zz-2018-4/17"],
  ])("looks up %s: 第五部分之（二）, a path after clause, number after No.", looksUp);

  it("reads the financial numerals (第叁拾条)", () => {
    expect(understand("郑政〔2018〕4号 第叁拾条 是啥", TODAY).lookups.misses.map((m) => m.asked)).toEqual(["第叁拾条"]);
  });

  it("reads no path in a time of day, 算不算数 as validity, and a city's documents spoken of as 郴州的文", () => {
    expect(understand("下午三点半在郑州开会", TODAY).lookups.hits).toEqual([]);
    expect(understand("郴州进出口总额一点二亿美元能拿多少", TODAY).lookups.misses).toEqual([]);
    expect(understand("老师问2020年6月1号的时候，郑州那个4号文还算不算数", TODAY).documentFacts).toEqual(["validity"]);
    expect(understand("郴州的文是哪天发的？", TODAY).ofCity).toEqual(["cz-2021-3"]);
    expect(understand("2026年3月1日，郴州那份还有效？", TODAY).ofCity).toEqual(["cz-2021-3"]);
    expect(understand("郴州文化产业有补贴吗", TODAY).ofCity).toEqual([]);
  });

  it("reads no kind of fact asked inside a quotation, except a claim's validity, and 那句在哪 as asking where it stands", () => {
    expect(understand("哪条说“只按照奖励额度最高的政策进行奖励”", TODAY).asked).toEqual([]);
    expect(understand("“摸排全市头部企业”那句在哪", TODAY).phrase?.clauseIds).toEqual(["zz-2023-210-action-plan/13"]);
    expect(understand("话务员告诉来电企业“郑政〔2018〕4号已经失效”，这么答对吗？", TODAY).documentFacts).toEqual(["validity"]);
  });

  it("reads no item in a sum after a name, names a short 文号 a few words before 文件, and reads words typed apart as asked together", () => {
    expect(understand("郑州 4号 5万元", TODAY).lookups.hits).toEqual([]);
    expect(understand("编辑同志：2018年郑州那个4号跨境电商文件，现在还作数吗？", TODAY).named).toEqual(["zz-2018-4"]);
    expect(understand("物流费 补贴. 什么 时候 到账?", TODAY).asked.map((a) => a.kind)).toEqual(["date"]);
    expect(understand("示范企业 国家级 省级 奖励", TODAY).asked).toEqual([]);
    expect(understand("Is Zhengzhou's live-streaming e-commerce plan still current? When does it run out?", TODAY).documentFacts).toEqual(["validity"]);
  });

  it("looks a number up in the document a name after it narrows the one before it to, and a bracketed number alone names a document", () => {
    expect(understand("若干措施第十九条原文（郑政文〔2023〕210号）", TODAY).lookups.misses.map((m) => m.docId)).toEqual(["zz-2023-210-measures"]);
    expect(understand("Item 22 of the Zhengzhou CBEC special upgrade action plan (No. 210), please.", TODAY).lookups.misses.map((m) => m.docId)).toContain("zz-2023-210-action-plan");
    expect(understand("cz-2021-3 section 8 item 1? can't find it in my copy", TODAY).lookups.misses.map((m) => m.docId)).toEqual(["cz-2021-3"]);
  });

  it("reads 哪个方案 as asked, not named, and 哪条 or 出处 at the end as asking where a phrase stands", () => {
    expect(understand("产业带+跨境电商 是哪个方案第几条提的呀", TODAY).named).toEqual([]);
    expect(understand("郴品出海 这四个字 哪条", TODAY).phrase?.clauseIds).toEqual(["cz-2021-3/4.1"]);
    expect(understand("“从优不重复原则”出处在哪", TODAY).asked).toEqual([]);
  });

  it("reads a stem of ids shared by several documents as all of them", () => {
    expect(understand("zz-2023-210 第十条", TODAY).lookups.hits.map((h) => h.docId)).toEqual(["zz-2023-210-measures", "zz-2023-210-action-plan", "zz-2023-210-livestream"]);
  });

  it("leaves out someone reported as asking, but not a place or a 问 of another word", () => {
    expect(understand("来电人问郑州对出口信用保险费有没有补贴。", TODAY).query).toBe("郑州对出口信用保险费有没有补贴。");
    expect(understand("来电人称问郑州2023年措施的实施细则谁来定。", TODAY).query).toBe("郑州2023年措施的实施细则谁来定。");
    // After a label, someone reported: both go.
    expect(understand("网格员：居民问郴州新入驻园区的企业有没有房租补贴？", TODAY).query).toBe("郴州新入驻园区的企业有没有房租补贴？");
    // The lines of a list are the parts of one question.
    expect(understand("- 郴州渔具出口\n- 去年跨境出口30万美元\n- 奖励多少？", TODAY).query).toBe("郴州渔具出口，去年跨境出口30万美元，奖励多少？");
    expect(understand("创业团队问：郑州人才孵化项目那1万块能拿吗", TODAY).query).toBe("郑州人才孵化项目那1万块能拿吗");
    expect(understand("郑州客户问海外仓补贴", TODAY).query).toBe("郑州客户问海外仓补贴");
    expect(understand("学员问卷补贴有吗", TODAY).query).toBe("学员问卷补贴有吗");
  });

  it("leaves out courtesies as segments at either end (敬启者, 请教一下, 谢谢您们, 敬请告知)", () => {
    expect(understand("请教一下，关于郑州海外仓的奖励，需要准备哪些材料的清单，贵方文件有无写明？谢谢您们", TODAY).query).toBe("关于郑州海外仓的奖励，需要准备哪些材料的清单，贵方文件有无写明");
    expect(understand("敬启者，郴州的一次性开办费补贴，是交到哪个窗口办理，地址在哪里，敬请告知。", TODAY).query).toBe("郴州的一次性开办费补贴，是交到哪个窗口办理，地址在哪里");
  });

  it("leaves out a segment at either end saying whom the question is asked for, unless it names a place", () => {
    expect(understand("那个郴州开网店补平台年费一半的 钱多久能到账啊 我帮我儿子问的", TODAY).query).toBe("那个郴州开网店补平台年费一半的 钱多久能到账啊");
    expect(understand("我帮村里问问，郴州跨境电商贷款贴息那个，要到哪个银行去办？", TODAY).query).toBe("郴州跨境电商贷款贴息那个，要到哪个银行去办？");
    expect(understand("帮郴州一家小店问：刚注册了店铺，入驻年费2万元，能补多少", TODAY).query).toBe("帮郴州一家小店问：刚注册了店铺，入驻年费2万元，能补多少");
    expect(understand("我外甥让我查下郴州那个跨境电商文件第七部分第一条", TODAY).query).toBe("我外甥让我查下郴州那个跨境电商文件第七部分第一条");
  });

  it("speaks of a city's documents as 这个文, and of nothing by 文 alone", () => {
    expect(understand("郴州这个文是哪天发的？", TODAY).ofCity).toEqual(["cz-2021-3"]);
    expect(understand("郴州文化产业有补贴吗", TODAY).ofCity).toEqual([]);
  });

  it("reads institutions, countries and routes asked by name as a list, stated only by names of those things", () => {
    const q = "人才孵化那个1万块，是跟哪几所高校合作的？";
    expect(kindsOf(q)).toEqual(["list"]);
    const colleges = { kind: "list" as const, words: "哪几所" };
    expect(states("由市商务局、市人社局、市教育局会同各县（市、区）组织实施", colleges, q)).toBe(false);
    expect(states("与郑州大学、河南工业大学、郑州轻工业学校等高校合作", colleges, q)).toBe(true);
    expect(kindsOf("国际物流专线需要开通哪些航线")).toEqual(["list"]);
  });

  it("reads a particular requirement asked as stated only by a sentence naming it, and 满几年 only by a 满N年 condition", () => {
    expect(askedFacts("来电人问郑州直播人才落户支持，需要什么学历。")).toEqual([{ kind: "provision", words: "学历" }]);
    expect(kindsOf("市级海外仓企业认定要多大面积？")).toEqual(["area"]);
    expect(kindsOf("郑州海外仓补贴需要什么条件")).toEqual(["conditions"]);
    const tenure = { kind: "duration" as const, words: "几年" };
    const q = "企业要注册满几年才能拿？";
    expect(states("对入选的企业给予每年1万元的支持，支持期限为3年", tenure, q)).toBe(false);
    expect(states("经营满一年且年跨境电商零售进口额超过3000万元的", tenure, q)).toBe(true);
  });

  it("reads what a catalogue holds as stated by names in a row of those things only", () => {
    const drugs = { kind: "list" as const, words: "目录具体有哪些药" };
    const q = "跨境电商零售进口药品试点目录具体有哪些药";
    expect(kindsOf(q)).toEqual(["list"]);
    expect(states("将试点业务范围拓展至郑州经开综合保税区、新郑综合保税区、航空港区和具备相关资质的企业", drugs, q)).toBe(false);
    expect(states("试点目录包括阿司匹林片、维生素C片、布洛芬缓释胶囊等药品", drugs, q)).toBe(true);
  });

  it("reads 差在哪 as asking a difference, not a place", () => {
    expect(kindsOf("龙头企业引进奖励，2018版和2023版差在哪？")).toEqual([]);
    expect(kindsOf("郑州海外仓在哪")).toEqual(["address"]);
  });

  it("reads where an act is done from a sentence placing it", () => {
    const where = { kind: "address" as const, words: "在哪" };
    expect(states("对在郴州市依法注册、纳税的具有独立法人资质的企业", where, "要在哪注册才能享受")).toBe(true);
    expect(states("对在郴州市依法注册、纳税的具有独立法人资质的企业", where, "要在哪申请")).toBe(false);
  });

  it("reads the steps of applying, a fund's size, members, banks named, a district's own measure and what papers must be like", () => {
    expect(kindsOf("直播人才在郑州落户具体走什么流程")).toEqual(["procedure"]);
    expect(kindsOf("专项基金有多大规模")).toEqual(["money"]);
    expect(kindsOf("专家委员会都有哪些成员")).toEqual(["person"]);
    expect(kindsOf("57号方案说要成立什么专家委员会")).not.toContain("person");
    expect(kindsOf("贷款贴息支持哪几家银行的产品")).toEqual(["list"]);
    expect(kindsOf("二七区自己有没有出台直播电商扶持政策", ["二七区"])).toContain("own");
    expect(kindsOf("监管中心设备补贴，发票要求是什么？")).toEqual(["materials"]);
    expect(holdsKind("按程序报市人民政府批准", "procedure", [])).toBe(true);
    expect(holdsKind("给予不超过300万元的一次性资金扶持", "procedure", [])).toBe(false);
    // A window a condition is measured in is no time limit on the approval.
    const approval = { kind: "duration" as const, words: "多长时间" };
    expect(states("对一年内平均每周1班次以上的企业,给予不超过300万元的一次性资金扶持", approval, "审批需要多长时间")).toBe(false);
    expect(states("自受理之日起20个工作日内完成审核", approval, "审批需要多长时间")).toBe(true);
  });

  it("tells an amount left to another text or to judgement from one a clause states", () => {
    const q = "平台经济产业园运营单位具体奖多少钱";
    expect(defersAmount("对…平台经济产业园运营单位,按照郑州市平台经济相关政策给予奖励。", q, [])).toBe(true);
    expect(defersAmount("对经领导小组办公室批准的展览、展示,给予一定支持。", q, [])).toBe(true);
    // An amount reckoned by the export volume, stated in the next sentence, is the clause's own.
    expect(defersAmount("对跨境电商企业建立的出口监管仓,按出口额度给予资金扶持。", q, [])).toBe(false);
    // A cap answers a question for the cap only.
    const express = "按照郴办发〔2019〕5号文件规定享受一般贸易奖励政策，每家企业最高奖励金额不超过100万元。";
    expect(defersAmount(express, "一般贸易奖励标准是多少", [])).toBe(true);
    expect(defersAmount(express, "国际快件企业最多奖多少", [])).toBe(false);
  });

  it("reads a number several documents have as the one whose clause title the question echoes", () => {
    expect(understand("若干措施第十三条海外仓建设，奖励金额是多少？", TODAY).lookups.hits.flatMap((h) => h.clauseIds)).toEqual(["zz-2023-210-measures/13"]);
    expect(new Set(understand("若干措施第十三条", TODAY).lookups.hits.map((h) => h.docId)).size).toBe(2);
  });

  it("reads no span of time in a loan's term, and a list in names or titles one after another", () => {
    expect(holdsKind("按同期一年期贷款市场报价利率的20%给予贴息", "duration", [])).toBe(false);
    expect(holdsKind("执行期三年", "duration", [])).toBe(true);
    expect(holdsKind("现将《若干措施》《专项提升行动方案》《实施方案》印发给你们", "list", [])).toBe(true);
  });

  it("tells a sentence stating how often from one capping an amount per year", () => {
    expect(holdsKind("每月月末将工作推进情况报领导小组办公室", "frequency", [])).toBe(true);
    expect(holdsKind("每家企业每年补贴不超过50万元", "frequency", [])).toBe(false);
    expect(holdsKind("每年组织开展20个电子商务试点项目建设", "frequency", [])).toBe(true);
  });

  it("reads English into the texts' words, and the asker's stated figures as profile facts", () => {
    const en = understand("overseas warehouse subsidy in Zhengzhou?", TODAY);
    expect(en.english.english).toBe(true);
    expect(en.query).toContain("海外仓");
    expect(understand("我们在郑州做跨境电商出口，一年150万美元，有什么补贴？", TODAY).facts).toMatchObject({
      city: "zhengzhou",
      crossBorderExport: { amount: 1_500_000, currency: "USD" },
    });
  });
});

describe("asking forms read by the grammar of the question", () => {
  it("reads which of two comes first as the clause's provision, and counts of a clause's own parts as no outcome", () => {
    expect(askedFacts("是先得经营满一年，还是面积先达标就能申请？")).toEqual([{ kind: "provision", words: "经营满一年、面积达标就能申请" }]);
    expect(kindsOf("O2O线下体验店按营业面积分几个档次？一共几个")).not.toContain("outcome");
    expect(kindsOf("海外仓的奖励一共分了几种情况")).not.toContain("outcome");
    expect(kindsOf("郑州去年一共有几家企业拿到海外仓奖励")).toContain("outcome");
  });

  it("reads a tier pointed at, a verb reaching a figure and 得不得 an award as no thing required, and 几个点 as a rate", () => {
    expect(kindsOf("设总部的奖励，最高那档要多少美元起步")).not.toContain("provision");
    expect(kindsOf("2023年底海外仓面积要干到多少")).not.toContain("provision");
    expect(kindsOf("第一年出口破零得不得奖励")).not.toContain("provision");
    expect(understand("服务企业的奖励按营业收入几个点算", TODAY).asked.map((a) => a.kind)).toEqual(["threshold", "rate"]);
  });

  it("reads an outcome asked with 做到, 到…没 and 选上了哪些, members asked 里面谁有, and which was issued first", () => {
    for (const q of ["2025年百家MCN目标，实际做到了吗", "郑州2015年电商交易额最后到3000亿没", "2014年选上了哪些项目了"]) expect(kindsOf(q), q).toContain("outcome");
    // …实际做到多少了, 实际有没有做到, 哪些企业已经被列进; a list of members asked with 都 (合作的高校都有哪些).
    for (const q of ["2021年以后郴州综试区跨境电商进出口额实际做到多少了？", "到2020年郑州跨境电商交易额实际有没有做到100亿美元？", "郴州有哪些企业已经被列进公共海外仓建设试点"]) expect(kindsOf(q), q).toContain("outcome");
    expect(kindsOf("若干措施讲人才孵化的第十条，合作的高校都有哪些？")).toContain("list");
    expect(kindsOf("哪些企业能申请郴州的出口奖励？")).not.toContain("outcome");
    // A trade volume's total (进出口总额3500万美元) is the asker's figure, not an amount asked.
    expect(kindsOf("我们2024年跨境电商进出口总额3500万美元，独立法人")).not.toContain("money");
    expect(kindsOf("专家咨询委员会，里面谁有？")).toContain("person");
    expect(kindsOf("57号方案和4号文，哪个先发的")).not.toContain("identity");
    expect(askedDocumentFacts("57号方案和4号文，哪个先发的", false)).toContain("issued");
    expect(askedDocumentFacts("什么时候郴州那份措施印发的", false)).toContain("issued");
    expect(askedDocumentFacts("文号和统一登记号分别是多少", false)).toContain("number");
  });

  it("reads the written register's asking words: 何处 a place, 由何人 persons, 名单是否已公布 what came of a measure", () => {
    expect(kindsOf("请求查明：郴州跨境电商公共分拨中心的建设地点位于何处。")).toEqual(["address"]);
    expect(kindsOf("专家委员会由何人组成")).toEqual(["person"]);
    expect(kindsOf("首批入库企业名单是否已公布")).toContain("outcome");
  });

  it("holds a recurring time (每月月末) as a day stated, and papers prepared for a purpose as none asked", () => {
    expect(holdsKind("每月月末将工作推进情况报领导小组办公室。", "date", [])).toBe(true);
    expect(kindsOf("为准备申报材料，烦请提供该条全文")).not.toContain("materials");
  });

  it("reads a point after a bracketed item in digits (2(4)5), never a figure after it (3(1)5万元), and a name's own number over the asker's list's", () => {
    looksUp("237号文 2(4)5 讲的啥", "zz-2013-237/2.4.5");
    looksUp("郴政办发〔2021〕3号 3(1)5万元是补什么的", "cz-2021-3/3.1");
    // Digits set apart after a name, as other languages number a point; a number far before a name is the asker's own.
    looksUp("210号 措施 p. 5 — teenusefirmad, mis seal kirjas?", "zz-2023-210-measures/5");
    looksUp("郑政文〔2023〕210号 若干措施 12. punkts — lūdzu paskaidrot", "zz-2023-210-measures/12");
    expect(understand("第五条 乙方（园区）承诺协助甲方申请租金补贴。本条所称租金补贴的比例及上限，依郴州措施应如何约定？", TODAY).lookups.hits).toEqual([]);
    // Words of other languages are not read and leave the numbers after a name: a bracket or comma may close the name, two
    // numbers are a part and its item, a number right before a quoted name is its item, and a Roman part before a dotted item.
    looksUp("Ukrepi 2023 (若干措施), člen 11 — kaj piše?", "zz-2023-210-measures/11");
    looksUp("Dokumen livestream Zhengzhou (直播电商实施方案), perkara 3", "zz-2023-210-livestream/3");
    looksUp("Документ 郑政文〔2013〕237号, одељак 4, тачка 1 — ко води радну групу?", "zz-2013-237/4.1");
    looksUp("Мені потрібна стаття 16 з «郑州市加快推进跨境电商发展的若干措施». Оригінальний текст.", "zz-2023-210-measures/16");
    looksUp("郴政办发〔2021〕3号 II.1 — шта тачно пише?", "cz-2021-3/2.1");
    expect(understand("A Zhengzhou (郑政〔2018〕4号), si fem cursos per a particulars de 30 dies amb 50 persones, quant ens donen per persona?", TODAY).lookups.hits).toEqual([]);
    // A number taken back with 不， (第二十条，不，第二十一条).
    looksUp("专项提升行动方案第二十条，不，第二十一条，讲什么的？", "zz-2023-210-action-plan/21");
    looksUp("依据条款清单第1项：郑政文〔2023〕210号若干措施 第(七)条，请附原文。", "zz-2023-210-measures/7");
  });
});

describe("documents cited by 文号 and clauses by number, which lead the ranking", () => {
  const MEASURES_210 = ["zz-2023-210-measures", "zz-2023-210-action-plan", "zz-2023-210-livestream"];
  const cited = (q: string) => {
    const u = understand(q, TODAY);
    return { docIds: u.cited, clauseIds: u.lookups.hits.flatMap((h) => h.clauseIds) };
  };

  it.each([
    ["郑政〔2018〕4号第八条是什么内容？", ["zz-2018-4"], ["zz-2018-4/8"]],
    ["郑政(2018)4号第8条", ["zz-2018-4"], ["zz-2018-4/8"]],
    ["2018年4号文第十四条小微企业的扶持标准", ["zz-2018-4"], ["zz-2018-4/14"]],
    ["4号文（十一）国际物流补贴的门槛是多少？", ["zz-2018-4"], ["zz-2018-4/11"]],
    ["郴政办发3号文五（二）是关于什么的？", ["cz-2021-3"], ["cz-2021-3/5.2"]],
    ["郑政文〔2018〕57号的实施期限是哪几年？", ["zz-2018-57"], []],
    // Of the three documents 210号 carries, the one whose （九） holds what the question says of it (综合服务费).
    ["210号文第（九）条的综合服务费补贴怎么算？", MEASURES_210, ["zz-2023-210-measures/9"]],
    ["210号文第（九）条", MEASURES_210, MEASURES_210.map((d) => `${d}/9`)],
    ["210号若干措施 第（九）条 内容", ["zz-2023-210-measures"], ["zz-2023-210-measures/9"]],
    ["2023年210号实施方案第三条", ["zz-2023-210-action-plan", "zz-2023-210-livestream"], ["zz-2023-210-action-plan/3", "zz-2023-210-livestream/3"]],
    ["郴州3号措施五（二）", ["cz-2021-3"], ["cz-2021-3/5.2"]],
    ["210号文直播电商方案第十条讲的什么？", ["zz-2023-210-livestream"], ["zz-2023-210-livestream/10"]],
    ["4号文第十一条和210号若干措施第六条比，哪个补得多？", ["zz-2018-4", "zz-2023-210-measures"], ["zz-2018-4/11", "zz-2023-210-measures/6"]],
    // A document numbered by section reads 第八条 as its eighth item.
    ["郴政办发〔2021〕3号第八条", ["cz-2021-3"], ["cz-2021-3/4.3"]],
  ])("%s cites %j and clauses %j", (question, docIds, clauseIds) => {
    expect(cited(question)).toEqual({ docIds, clauseIds });
  });

  it("needs an issuer, a year or 文 to read a 文号, ignores documents outside the corpus, and reads a section's item only in a sectioned document", () => {
    for (const q of ["坐地铁3号线到5号楼", "郑政〔2018〕3号规划里说了什么", "1210号文", "4号若干措施", "第八条是什么"]) {
      expect(cited(q), q).toEqual({ docIds: [], clauseIds: [] });
    }
    expect(cited("郑政〔2018〕4号五（二）").clauseIds).toEqual([]);
  });
});

describe("successors", () => {
  it("links an expired clause to the clause in force covering its subject, and nothing to a clause in force", () => {
    const successors = createSuccessors(corpus, RULES);
    expect(successors.of("zz-2018-4/11", TODAY)?.clauseId).toBe("zz-2023-210-measures/6");
    expect(successors.of("zz-2023-210-measures/6", TODAY)).toBeNull();
  });
});
