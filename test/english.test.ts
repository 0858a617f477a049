// Questions in English, pinyin or a mix: the glossary follows the corpus, and what follows the
// reading (places, document names, the kind of fact asked, the asker's figures) works as on Chinese.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../corpus/index.ts";
import { grantsMoney } from "../corpus/money-clauses.ts";
import { createPlaceFinder, placeWords } from "../retrieval/places.ts";
import { createTokenizer } from "../retrieval/tokenizer.ts";
import { askedDocumentFacts } from "../retrieval/understand/asks.ts";
import { openEnglishDictionary } from "../retrieval/understand/dictionary.ts";
import { GLOSSARY } from "../retrieval/understand/english.ts";
import { createUnderstander } from "../retrieval/understand/index.ts";

const corpus = loadCorpus();
const tokenizer = createTokenizer(placeWords(corpus.cities));
const { understand } = createUnderstander({ corpus, places: createPlaceFinder(tokenizer, corpus.cities), tokenizer });
const read = (q: string) => understand(q, "2026-12-05");

describe("the glossary", () => {
  const texts = [...corpus.clauses.map((c) => `${c.title ?? ""}${c.text}`), ...corpus.documents.map((d) => d.info.title)].join("\n");

  it("gives English only for words the texts use", () => {
    expect(Object.keys(GLOSSARY.terms).filter((zh) => !texts.includes(zh))).toEqual([]);
  });

  it("covers the subject of every clause that grants money, by its title or else its first phrase", () => {
    // Words every clause shares say nothing about which subsidy a question means.
    const generic = new Set(["跨境电商", "跨境", "电子商务", "电商", "支持", "扶持", "奖励", "补贴", "资金"]);
    const subjects = Object.keys(GLOSSARY.terms).filter((zh) => !generic.has(zh));
    const uncovered = corpus.clauses
      .filter(grantsMoney)
      .map((c) => c.title ?? c.text.split(/[。；，,]/u)[0]!)
      .filter((head) => !subjects.some((zh) => head.includes(zh)));
    expect(uncovered).toEqual([]);
  });

  it("writes each English form once, in lower case, the inflections left to the reader", () => {
    const forms = [...Object.values(GLOSSARY.terms), ...Object.values(GLOSSARY.questionForms)].flat();
    expect(forms.filter((f) => f !== f.toLowerCase())).toEqual([]);
    expect(forms.filter((f, i) => forms.indexOf(f) !== i)).toEqual([]);
  });
});

describe("reading English", () => {
  it.each([
    ["overseas warehouses in Zhengzhou", "海外仓"],
    ["Overseas-Warehouse subsidies", "补贴"],
    ["ecommerce livestreaming", "直播"],
    ["E-Commerce experience stores", "体验店"],
    ["leasing a warehouse", "租赁"],
  ])("reads %s with its inflections and variants", (q, zh) => {
    expect(read(q).query).toContain(zh);
  });

  it("reads the kind of fact asked and the city", () => {
    const deadline = read("When is the deadline for the Zhengzhou international logistics subsidy?");
    expect(deadline.kind).toBe("deadline");
    expect(deadline.city).toBe("zhengzhou");
    expect(read("How much is the experience store subsidy in Chenzhou?")).toMatchObject({ kind: "money", city: "chenzhou" });
    expect(read("How long until the subsidy is paid?").kind).toBe("duration");
    expect(read("What's the hotline phone number for subsidy claims?").kind).toBe("phone");
    expect(askedDocumentFacts(read("Is the 2018 Zhengzhou implementing opinion still in force?").query, false)).toEqual(["validity"]);
    // Which of a count, a cap, a minimum: a list, an amount, a quantity.
    expect(read("The action plan says five new parks. Does it name which five parks?").kind).toBe("list");
    expect(read("CA certificate subsidy: is there a maximum per company?").kind).toBe("money");
    expect(read("What is the minimum number of employees trained?").kind).toBe("quantity");
  });

  it("reads places and the texts' words written in pinyin", () => {
    expect(read("chenzhou kuajing dianshang haiwaicang butie").query).toBe("郴州 跨境 电商 海外仓 补贴");
    expect(read("Shenzhen overseas warehouse subsidy?").places.elsewhere).toEqual(["深圳市"]);
    const district = read("rent subsidy for a company in Jinshui District");
    expect(district.places.districts).toEqual(["金水区"]);
    expect(district.city).toBe("zhengzhou");
  });

  it("drops the forms of be, pronouns and greetings, which name no subject", () => {
    // Who is asking (manager of a company) is read through the dictionary like any other words.
    expect(read("Hi, I am manager of a company in Zhengzhou, is there butie for haiwaicang?").query).toBe("主管 企业 郑州 , 有没有 补贴 海外仓 ?");
  });

  it("reads a covered city's pinyin initials as that city, as sellers type in chat", () => {
    expect(read("zz跨境补贴 独立站能报吗").city).toBe("zhengzhou");
    expect(read("CZ 海外仓有补贴吗").city).toBe("chenzhou");
    // Letters that are no covered city's initials stay as written.
    expect(read("sz 海外仓有补贴吗").city).toBeNull();
  });

  it("reads document numbers written the English way", () => {
    expect(read("Who is the interpretation authority for Zhengzheng [2018] No. 4?").named).toEqual(["zz-2018-4"]);
    expect(read("funding split under the 210 measures").named).toEqual(["zz-2023-210-measures"]);
  });

  it("reads a sum spent on something as that thing's cost, and cross-border trade as the texts' 进出口额", () => {
    const u = read("HK parent, Zhengzhou subsidiary: 2025 CBEC trade US$3m, spent RMB 500k on Google ads & our indie site");
    expect(u.facts).toMatchObject({ crossBorderTrade: { amount: 3_000_000, currency: "USD" }, marketingSpend: { amount: 500_000, currency: "CNY" } });
    // Words the reading set apart are one phrase to the facts reader: 网络广告 平台 费用 is the marketing spend.
    expect(read("Our Zhengzhou company: cross-border trade 2 million USD last year, online ads and marketplace fees 500,000 yuan.").facts).toMatchObject({
      crossBorderTrade: { amount: 2_000_000, currency: "USD" },
      marketingSpend: { amount: 500_000, currency: "CNY" },
    });
  });

  it("passes figures with English units to the asker's facts", () => {
    const u = read("We export USD 1.5 million a year from Zhengzhou. What subsidies can we get?");
    expect(u.query).toContain("150万美元");
    expect(u.facts).toMatchObject({ city: "zhengzhou", crossBorderExport: { amount: 1_500_000, currency: "USD" } });
    expect(read("We lease a 3,000 sqm overseas warehouse for our Chenzhou company. Any subsidy?").facts).toMatchObject({
      city: "chenzhou",
      overseasWarehouses: [{ areaSqm: 3000 }],
    });
    expect(read("300k RMB salary").query).toContain("30万元");
    // Million abbreviated as other languages do, thousands grouped by points, and trade both ways written with a sign.
    expect(read("CBEC import+export 2025 = RMB 80 Mio., freight = RMB 3.5 Mio.").query).toMatch(/进出口额 2025年8000万元.*350万元/u);
    expect(read("We pay RMB 8.000 per year for digital certificates").query).toContain("8000元");
    expect(read("sales of USD 1.250 million").query).toContain("125万美元");
  });

  it("reads whether a target was reached, asked in English, as what came of a measure; not the asker's figures nor a bar set", () => {
    for (const q of ["Did the livestream plan reach the 2000亿 core industry scale by 2025?", "Was the 1 million m² overseas warehouse target met?", "郑州 2023年底 交易额 actual achieved 多少?"]) {
      expect(read(q).asked.map((a) => a.kind), q).toContain("outcome");
    }
    for (const q of ["Did our exports reach USD 3 million? what do we get", "Did the 2018 opinion require firms to reach 300万美元?"]) {
      expect(read(q).asked.map((a) => a.kind), q).not.toContain("outcome");
    }
    expect(read("about 50k a month").query).toContain("5万");
    // An item named in another language is a number all the same.
    expect(read("Número 27 of 郑政〔2018〕4号, please.").lookups.misses).toEqual([expect.objectContaining({ docId: "zz-2018-4", asked: "第27条" })]);
    expect(read("2013 Zhengzhou opinion, section 3 item 12").named).toEqual(["zz-2013-237"]);
    expect(read("Zhengzhou store, 1,500 m², open 14 months, cross-border retail import 40 million yuan last year").facts?.o2oStores?.[0]).toMatchObject({ areaSqm: 1500, monthsOperating: 14 });
    // Things counted, in the measure words the texts count them in; a year counts nothing.
    expect(read("My dad's delivery company in 郴州 is connected to the 综试区 platform and did 200000 orders this year. how much?").facts).toMatchObject({ logisticsOrders: 200_000 });
    expect(read("Zhengzhou CBEC park operator: 25 CBEC tenants, park foreign-trade volume RMB 6bn last year. What operating award?").facts).toMatchObject({ park: { enterprises: 25 } });
    expect(read("her 郑州 public service platform serves 120 companies, 60 million customs orders").facts).toMatchObject({ servedEnterprises: 120, customsOrders: 60_000_000 });
    expect(read("Zhengzhou 2018 small firms: every 3万 USD you get 1万 RMB?").query).not.toContain("2018家");
    // No. 4 (2018) is a 文号 with its year; a scheme that addresses a subject asks no address.
    expect(read("What conditions must an enterprise satisfy under Opinion No. 4 (2018)?").query).toContain("〔2018〕4号");
    // …and so are No. 4 of 2018 and 237/2013; 12/2025 may be a month, and stays as written.
    expect(read("Zhengzhou No.4 of 2018, article 30 please, full text.").named).toEqual(["zz-2018-4"]);
    expect(read("237/2013, Section 4, Item 1 please kindly.").named).toEqual(["zz-2013-237"]);
    expect(read("deadline 12/2025?").named).toEqual([]);
    expect(read("2013 Zhengzhou document, section 2, (1), number 3: the text, please.").query).toContain("第2部分（1）3");
    expect(read("section 2, point (3), number 2 of the Zhengzhou 2018 No.57 implementation plan").query).toContain("第2部分（3）2");
    expect(read("Please quote 郑政文〔2018〕57号 section two, part (4), item 2.").query).toContain("第2部分（4）2");
    // From which date a document starts asks when it takes effect.
    expect(read("Respected, the Zhengzhou livestream e-commerce plan — from which date it start?").query).toContain("开始实施");
    expect(read("Does the 2018 Zhengzhou implementation scheme address B2B export supervision?").asked).toEqual([]);
    // A Chinese multiplier before an English unit, as mixed questions write it.
    expect(read("every 3万 USD you get 1万 RMB?").query).toMatch(/3万美元.*1万元/u);
  });

  it("names a document by its title words before its kind, and a year asked about", () => {
    const u = read("Is the Zhengzhou livestream plan still valid in 2027?");
    expect(u.named).toEqual(["zz-2023-210-livestream"]);
    expect(u.date?.from).toBe("2027-01-01");
  });

  it("reads which, a person's name and a processing time as the question forms they are", () => {
    expect(read("which universities are the partner schools?").asked.map((a) => a.kind)).toEqual(["list"]);
    expect(read("Zhengzhou HQ reward — which person in commerce bureau I talk? Name please.").asked.map((a) => a.kind)).toEqual(["person"]);
    expect(read("what is the processing time for the service enterprise award?").query).toContain("审核要多久");
    expect(read("how many weeks does Zhengzhou take to pay out the logistics money after you apply?").asked.map((a) => a.kind)).toEqual(["duration"]);
    expect(read("Zhengzhou export credit insurance 30% — which insurance company dem accept?").asked.map((a) => a.kind)).toEqual(["list"]);
    expect(read("Chenzhou warehouse rent reward — which office address to send application?").asked.map((a) => a.kind)).toEqual(["address"]);
    expect(read("Zhengzhou overseas warehouse support — how many companies got it last year?").asked.map((a) => a.kind)).toContain("outcome");
    // The kind named as a noun: the exact address, the name of an official, a minimum duration.
    expect(read("Could you indicate the exact address of the office for the Zhengzhou competition award?").asked.map((a) => a.kind)).toEqual(["address"]);
    expect(read("Please specify the minimum contract duration for livestream talent in Zhengzhou").asked.map((a) => a.kind)).toEqual(["deadline"]);
    // "State" asked of the reader or said of a text is a verb, not 国家; a state subsidy is national.
    const named = read("Kindly state the name of the Zhengzhou Commerce Bureau official responsible");
    expect(named.asked.map((a) => a.kind)).toEqual(["person"]);
    expect(named.query).not.toContain("国家");
    expect(read("Does the text state which exchange rate applies?").query).not.toContain("国家");
    expect(read("Is there a state subsidy for export?").query).toContain("国家");
    // An amount, hours, criteria and whether a target was reached ask their kinds.
    const kinds = (q: string) => read(q).asked.map((a) => a.kind);
    expect(kinds("The Zhengzhou overseas warehouse clause in 2023 measures—what is the subsidy amount per square metre?")).toEqual(["money"]);
    expect(kinds("Zhengzhou 2013 association training reward 30%, how many hours training need minimum?")).toEqual(["duration"]);
    expect(kinds("which companies count as 'major projects' in Zhengzhou's 2018 opinions — any criteria listed?")).toEqual(["conditions"]);
    expect(kinds("the 2018 plan wanted over 20,000 CBEC employees by 2020. Does the document report whether that was reached?")).toEqual(["outcome"]);
  });

  it("leaves out letters of scripts the texts never write, keeping the Chinese glossed beside them and Japanese kana", () => {
    const korean = read("郴州 跨境电商 支持 对象은(는) 누구(谁)？什么 企业 可以 申请？");
    expect(korean.query).not.toMatch(/\p{Script=Hangul}/u);
    expect(korean.query).toContain("对象");
    // Brackets left holding nothing (对象은(는)) are no blank to fill.
    expect(korean.asked.map((a) => a.kind)).toEqual(["who"]);
    expect(read("日本の越境EC規制について").query).toContain("の");
    // Keywords typed apart still abbreviate a title (提升 行动 → 专项提升行动).
    expect(read("提升 行动 방안 第22条. 있어요?").lookups.misses).toEqual([expect.objectContaining({ docId: "zz-2023-210-action-plan" })]);
    expect(read("郴州 gives money for which overseas warehouse renting?").query).toContain("租赁");
  });

  it("leaves out a run of words in another Latin-script language, and keeps English with a borrowed word", () => {
    expect(read("em muốn hỏi 郴州 租金补贴 一家最多多少").query).not.toMatch(/\p{Script=Latin}/u);
    expect(read("Café owner in Zhengzhou, O2O store subsidy?").places.covered).toEqual(["zhengzhou"]);
  });

  it("reads the end of a year as the texts set targets by it, and 'finish' as a document's end", () => {
    expect(read("overseas warehouse area target by end-2023 in the Zhengzhou action plan?").query).toContain("到2023年底");
    expect(read("What's the target volume for the end of 2023?").query).toContain("到2023年底");
    expect(read("Zhengzhou 2018 No.4 policy finish when?").documentFacts).toEqual(["validity"]);
    // A day said as an ordinal after its month, and a year in words, are a date asked.
    expect(read("Zhengzhou No.4 opinion, valid on january tenth two thousand twenty one?").date).toMatchObject({ from: "2021-01-10", to: "2021-01-10" });
    // "when" before the act alone (when published, when issued) asks the day of issue.
    expect(read("Zhengzhou 2018 No.4 opinion, when released?").documentFacts).toEqual(["issued"]);
    // Words of the texts read as one (fund distribution plan → 分配方案), and who pays asked as paid by the city or the district.
    expect(read("Who drafts the Chenzhou fund distribution plan?").query).toContain("分配方案");
    expect(read("Is the Zhengzhou training award paid by city or district?").asked.map((a) => a.kind)).toContain("office");
    // By whom asks who did what is said: who issued it after issued, else the body acting.
    expect(read("2023 Zhengzhou measures — when issued, and by whom?").documentFacts).toContain("issuer");
    const rules = read("Which clause of the 2023 measures says detailed implementing rules will be drawn up later, and by whom?");
    expect(rules.documentFacts).not.toContain("issuer");
    expect(rules.asked.map((a) => a.kind)).toContain("office");
  });

  it("drops a lone ordinary word nothing reads, keeps two side by side, names and acronyms, and leaves Chinese alone", () => {
    expect(read("Is there a relocation bonus tier for HQ in Zhengzhou?").query).not.toMatch(/tier/u);
    expect(read("Does Zhengzhou offer social insurance subsidies for staff?").query).toContain("social insurance");
    expect(read("AEO certified companies: any reward in Zhengzhou?").query).toContain("AEO");
    expect(read("TikTok Shop怎么入驻？").query).toContain("TikTok");
    expect(read("独立站建站用Shopify还是Shopline比较好？").query).toBe("独立站建站用Shopify还是Shopline比较好？");
    expect(read("郑州海外仓有什么补贴？").query).toBe("郑州海外仓有什么补贴？");
  });
});

describe("toneless pinyin typed a syllable at a time", () => {
  it("joins syllables into the words they read, a content word before a function word", () => {
    expect(read("shuo shi 237 hao wen 2015 nian hai you xiao ma").query).toContain("有效");
    expect(read("zhibo fangan shi ji caizheng 30% butie shenme shihou fa").asked.map((a) => a.kind)).toEqual(["date"]);
    expect(read("zheng zhou hai wai cang bu tie").query).toBe("郑州 海外仓 补贴");
    expect(read("Is there any subsidy for an overseas warehouse?").query).toContain("有没有");
  });
});

describe("who bears the cost, asked in English", () => {
  it("reads the texts' city and local finance, the share borne and the airport zone", () => {
    const q = read("How is funding split between city and local finance for the Airport Economy Zone under the 2023 measures?").query;
    for (const w of ["承担", "当地财政", "航空港区"]) expect(q).toContain(w);
  });
});

describe("bodies and posts asked in English", () => {
  it("reads who chairs a group and which bureau as the texts' 组长 and the body asked", () => {
    expect(read("Who chairs the China (Chenzhou) CBEC pilot zone leading group?").query).toContain("组长");
    expect(read("Which bureau hosts the Chenzhou leading group office?").query).toContain("哪个部门");
  });
});

describe("English words the glossary lacks, read through the dictionary", () => {
  it("reads a word as the texts' own translation of it, their most used when several", () => {
    const q = read("does Zhengzhou give money to universities opening a CBEC major, per the 2018 document?").query;
    expect(q).toContain("高校");
    expect(q).toContain("专业");
  });

  it("reads 'first' as the texts' 首个, not 一次, and 'within what period' as a span asked", () => {
    const u = understand("Under 郑政〔2018〕4号 (十三), within what period after the first full year must the headquarters file its application", "2026-12-06");
    expect(u.query).toContain("首个");
    expect(u.asked.map((a) => a.kind)).toEqual(["duration"]);
  });

  it("reads a word standing only inside a longer one of the same meaning as the longer one", () => {
    expect(openEnglishDictionary("办公室设在市商务局").read("office")).toEqual({ kind: "texts", zh: "办公室" });
  });

  it("keeps things the texts never name side by side for the evidence, and drops a word naming nothing", () => {
    expect(read("I buy from a furniture supplier in Chenzhou, do they get money for exporting?").query).toMatch(/furniture supplier/u);
    // Joined as alternatives, they name subjects all the same.
    expect(read("Is there any Zhengzhou subsidy for buying farmland or greenhouses?").query).toMatch(/farmland.*greenhouses/u);
    expect(read("which product categories are emphasised in the livestream plan?").query).not.toMatch(/emphasised/u);
  });
});

describe("the dictionary's cache", () => {
  it("reads back what was read for the same texts, and reads again for other texts", () => {
    const file = join(mkdtempSync(join(tmpdir(), "dictionary-")), "english-dictionary.json");
    expect(openEnglishDictionary("高校开设跨境电商专业", file).read("major")).toEqual({ kind: "texts", zh: "专业" });
    const cached = JSON.parse(readFileSync(file, "utf8"));
    writeFileSync(file, JSON.stringify({ ...cached, texts: { ...cached.texts, major: "少校" } }));
    expect(openEnglishDictionary("高校开设跨境电商专业", file).read("major")).toEqual({ kind: "texts", zh: "少校" });
    expect(openEnglishDictionary("专业人才", file).read("major")).toEqual({ kind: "texts", zh: "专业" });
    expect(JSON.parse(readFileSync(file, "utf8")).texts.major).toBe("专业");
  });
});

describe("a document by its number in English", () => {
  it("reads a number beside the word for one document as its 文号, not a count of documents", () => {
    expect(understand("237 doc 3-1?", "2026-12-06").named).toEqual(["zz-2013-237"]);
    expect(understand("document 57, item 2.1.1", "2026-12-06").named).toEqual(["zz-2018-57"]);
    expect(understand("the 3 documents of Zhengzhou", "2026-12-06").named).toEqual([]);
  });
});

describe("asking words in English and other Latin-script languages", () => {
  it.each([
    ["chenzhou public sorting centre — which company runs it? address?", "address"],
    ["drug pilot zhengzhou - which medicines exact list? need names", "person"],
    ["which official approves competition events under the 2023 Zhengzhou measures?", "who"],
    ["Chenzhou 公共分拨中心 100万 — cuántos años must the center operate?", "duration"],
    ["For Chenzhou training-cost support (30%), what counts as training?", "definition"],
    ["Chenzhou leading firm 2m support. Paid in how many instalments?", "frequency"],
    ["Chenzhou funds: which level of finance pays the rewards under the 3号文?", "office"],
    ["Zhengzhou livestream plan, what is the exact application window?", "date"],
    ["what total amount was appropriated for the 2023 Zhengzhou measures?", "money"],
    ["Oye, for the Zhengzhou HQ reward, what is the email of the office to send the application?", "email"],
    ["Kindly state the postal address of the office of the Chenzhou leading group.", "address"],
    ["Would you be so kind as to name the officials at the Zhengzhou Commerce Bureau?", "person"],
    ["Zhengzhou action plan, medicine import pilot. Which companies are on the pilot list now?", "list"],
    ["Chenzhou public distribution centre support — what's the minimum floor area needed?", "area"],
    ["the Zhengzhou measures say the district pays part — but does Jinshui district add its own extra bonus on top?", "own"],
    ["Chenzhou rent subsidy: what percentage of the rent comes back?", "rate"],
    ["How many working days until the Zhengzhou award reaches the firm?", "duration"],
    ["Which documents we must submit for the Chenzhou O2O store subsidy?", "materials"],
    ["Zhengzhou pilot zone special fund: fund size?", "money"],
    ["Chenzhou rent subsidy — what is the last day to hand in?", "deadline"],
    ["Which papers to prepare for the Zhengzhou O2O store reward?", "materials"],
    // Documents one presents are papers, not policy texts; a form as a thing is one to fill in.
    ["For the Chenzhou subsidy to companies that rent an overseas warehouse, which documents we must present to apply?", "materials"],
    ["Chenzhou warehouse subsidy: is there an official form?", "materials"],
    ["郑州物流补贴要交 invoice 还是 bank statement？", "materials"],
  ])("reads %s as asking a %s", (q, kind) => expect(understand(q, "2026-12-06").asked.map((a) => a.kind)).toContain(kind));
});

describe("English word order and pinyin in look-ups and validity", () => {
  it("reads item N of a document as that document's item, a part's item staying with its part, and a kind said in pinyin", () => {
    expect(understand("Please quote item (XXVI) of the action plan in the 2023 Zhengzhou notice.", "2026-12-06").lookups.misses).toMatchObject([{ docId: "zz-2023-210-action-plan" }]);
    expect(understand("Section 2 item 2 of the Chenzhou measures please", "2026-12-06").lookups.hits.flatMap((h) => h.clauseIds)).toEqual(["cz-2021-3/2.2"]);
    expect(understand("Ruogan cuoshi 2023 — valid on 2026-12-20?", "2026-12-06").named).toContain("zz-2023-210-measures");
  });
});

describe("clause numbers after a 文号, and validity asked in English", () => {
  it.each([
    ["Tolong, 郑政〔2018〕4号 No. 14 — the one for small company, what it says exactly?", "zz-2018-4/14"],
    ["郑政〔2018〕4号 art. 10 please.", "zz-2018-4/10"],
    ["Chenzhou 郴政办发〔2021〕3号, 3(2)?", "cz-2021-3/3.2"],
    // Numbers past twenty in words, a sub-item in lower-case Roman numerals, an item in the texts' own numerals.
    ["Zhengzhou action plan item twenty-one, kindly.", "zz-2023-210-action-plan/21"],
    ["Could you pull 郑政文〔2018〕57号 section 2(3)(iii)? The customs facilitation one.", "zz-2018-57/2.3.3"],
    ["郑政文〔2013〕237号 part two, (五) point 2 — the training one. Kindly provide.", "zz-2013-237/2.5.2"],
  ])("looks up %s as %s", (q, clauseId) => expect(understand(q, "2026-12-07").lookups.hits.flatMap((h) => h.clauseIds)).toEqual([clauseId]));

  it("reads a document's kind before its subject (plan for livestream e-commerce) as the title it names", () => {
    expect(understand("Zhengzhou plan for livestream e-commerce — it is working now or already finished?", "2026-12-07")).toMatchObject({ named: ["zz-2023-210-livestream"], documentFacts: ["validity"] });
  });

  it("reads expired and would still have applied as asking validity", () => {
    expect(understand("Chenzhou policy 郴政办发〔2021〕3号 — sudah expired or not?", "2026-12-07").documentFacts).toContain("validity");
    expect(understand("Would 郴政办发〔2021〕3号 still have applied to an application filed on 10 January 2026?", "2026-12-07").documentFacts).toContain("validity");
    expect(understand("Chenzhou cross-border policy, is it still good on 1 June 2025?", "2026-12-07").documentFacts).toContain("validity");
  });
});

describe("dates with the month named", () => {
  it.each([
    ["June 30 2018 — could a firm apply under 郑政〔2018〕4号?", "2018-06-30"],
    ["On 15 March 2021, was the Chenzhou support measures already applicable?", "2021-03-15"],
    ["rules in force in March 2024?", "2024-03-01"],
  ])("reads %s as the day %s", (q, day) => expect(understand(q, "2026-12-06").date?.from).toBe(day));
});

describe("English terms for what the texts support", () => {
  it("reads a branch company abroad and registering a trademark in the texts' words", () => {
    expect(understand("Zhengzhou 2018: opening a branch company abroad, is there a reward?", "2026-12-06").query).toContain("海外分公司");
    expect(understand("In Zhengzhou 2018 policy, registering our own trademark overseas — how much support?", "2026-12-06").query).toContain("注册");
  });
});
