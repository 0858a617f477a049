// The asker's own facts read from a question, by the profile declaration and the rules' own words.
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../corpus/index.ts";
import { readFigures } from "../retrieval/figures.ts";
import { createPlaceFinder, placeWords } from "../retrieval/places.ts";
import { createTokenizer } from "../retrieval/tokenizer.ts";
import { createUnderstander } from "../retrieval/understand/index.ts";

const corpus = loadCorpus();
const tokenizer = createTokenizer(placeWords(corpus.cities));
const { understand } = createUnderstander({ corpus, places: createPlaceFinder(tokenizer, corpus.cities), tokenizer });
const facts = (q: string) => understand(q, "2026-12-05").facts;

describe("the asker's stated facts", () => {
  it("reads facts written by the profile's field names, each in its field's type, and nothing else by that name", () => {
    expect(facts("record: caServiceFee=8000元, city=zhengzhou → subsidy amount?")).toEqual({ city: "zhengzhou", caServiceFee: { amount: 8000, currency: "CNY" } });
    expect(facts("demoParkLevel=provincial, crossBorderTrade=120000000 郑州")).toEqual({
      city: "zhengzhou",
      demoParkLevel: "provincial",
      crossBorderTrade: { amount: 120000000, currency: "CNY" },
    });
    expect(facts("demoParkLevel=planet 郑州")).toBeNull();
  });

  it("reads the asker's own body named by a word one kind holds, international freight as logistics spend, and 20M RMB as no year", () => {
    expect(facts("我们园区被认定为省级电子商务示范园区，郑州市财政给多少？")).toMatchObject({ kinds: ["park_operator"], demoParkLevel: "provincial" });
    expect(facts("我们运营的郑州跨境电商产业园入驻了25家跨境企业，去年外贸进出口55亿元，运营奖励多少？")?.kinds).toEqual(["park_operator"]);
    expect(facts("Our CBEC firm in Zhengzhou, CBEC trade 120M RMB last year, we paid 600k RMB rent+property fees. How much back?")).toMatchObject({
      parkServiceFees: { amount: 600000, currency: "CNY" },
    });
    expect(facts("郑州 进出口2500万元 国际运费260万 能补多少？？")).toMatchObject({ logisticsSpend: { amount: 2600000, currency: "CNY" } });
    // Sums written in the financial numerals, and a rate's base quoted (每2亿美元) as no figure of the asker's.
    expect(facts("一家郴州跨境电商企业二〇二五年进出口总额壹亿贰仟万美金，龙头企业那条能拿多少？")).toMatchObject({ crossBorderTrade: { amount: 120000000, currency: "USD" } });
    expect(facts("Regarding Zhengzhou 2018 third-party payment platform support: 每2亿美元 standard, what cap?")?.nationalPilotFunding).toBeUndefined();
    // Units typed apart from their numbers, as keywords are.
    expect(facts("郴州 公司，2024年 跨境电商 进出口 3500万 美元。给 多少？")).toMatchObject({ crossBorderTrade: { amount: 35000000, currency: "USD" } });
    expect(facts("郴州 物流 公司，接了 综试区 平台，2025年 国内 配送 8000 单。补 多少？")).toMatchObject({ logisticsOrders: 8000 });
    // A label before a colon says what the figures after it are for, not what each measures.
    expect(facts("国际物流费用补贴测算：年进出口额3200万元，年实际发生国际物流费用（含邮政小包）260万元，可补多少？")).toEqual({
      crossBorderTrade: { amount: 32000000, currency: "CNY" },
      logisticsSpend: { amount: 2600000, currency: "CNY" },
    });
    const english = facts("We're a CBEC service firm in Zhengzhou, service revenue 20M RMB — subsidy?");
    expect(english).toMatchObject({ serviceRevenue: { amount: 20000000, currency: "CNY" } });
    expect(english?.year).toBeUndefined();
  });

  it("reads what the asker's business does as what it is, unless the phrase names what it is", () => {
    expect(facts("团队在郑州做代运营，年服务费收入350万，能补多少？")).toMatchObject({ kinds: ["agency_operator"], serviceRevenue: { amount: 3500000, currency: "CNY" } });
    expect(facts("我们是给卖家做代运营和ERP的服务企业，服务了35家跨境电商，营业收入1200万元，同比增长12%，郑州能奖多少？")?.kinds).toEqual(["service_enterprise"]);
  });

  it("reads a level said without 级, and an item's choice named in full when the question asks how much", () => {
    expect(facts("我们被认定为国家电子商务示范企业，237号文给多少奖励")).toEqual({ city: "zhengzhou", demoEnterpriseLevel: "national" });
    expect(facts("郴州企业被省商务厅列入公共海外仓建设试点，一次性能给多少")).toEqual({
      city: "chenzhou",
      overseasWarehouses: [{ mode: "built_public", publicPilotLevel: "province" }],
    });
    // Characters an option shares with the question name nothing on their own.
    expect(facts("郑州海外仓补贴多少")).toBeNull();
  });

  it("reads magnitudes typed as letters, and no letter inside a code", () => {
    expect(readFigures("年进出口3kw 推广费80w").map((f) => [f.value, f.unit])).toEqual([[30_000_000, "money"], [800_000, "money"]]);
    expect(readFigures("B2B和O2O")).toEqual([]);
    expect(facts("郑州的公司 年进出口3kw 推广费80w 补多少")).toMatchObject({
      crossBorderTrade: { amount: 30_000_000, currency: "CNY" },
      marketingSpend: { amount: 800_000, currency: "CNY" },
    });
  });

  it("takes a fee the label names (数字认证服务费) as money paid, whatever the question calls it", () => {
    expect(facts("我们公司在郑州，数字证书CA一年交了3万元")).toMatchObject({ caServiceFee: { amount: 30_000, currency: "CNY" } });
    expect(facts("郑州入驻园区的企业，交综合服务费（房租+物业）40万，年进出口8000万元")).toMatchObject({ parkServiceFees: { amount: 400_000 } });
  });

  it("creates a training class from a unit only its fields have, and reads the option named in full", () => {
    expect(facts("郴州的公司，我们办了个面向企业的跨境电商培训班，每期20天，每期50人")).toMatchObject({
      trainingClasses: [{ days: 20, participants: 50, audience: "enterprise" }],
    });
  });

  it("reads a bare 个 as people where the field counts people, and a count of people once", () => {
    expect(facts("郑州高职院校，跨境电商专业纳入统招，招了80个")).toEqual({ city: "zhengzhou", enrollment: 80, kinds: ["vocational_college"] });
    expect(facts("郑州高职院校，跨境电商专业纳入统招，招了80个学生")).toEqual({ city: "zhengzhou", enrollment: 80, kinds: ["vocational_college"] });
  });

  it("reads a yes/no fact in the words of the rule that asks it, ending with what is had", () => {
    expect(facts("我们在郑州设立了区域性总部，年跨境进出口额2亿元")).toMatchObject({ hq: { inCity: true } });
    expect(facts("郴州企业，未与综试区线上综合服务平台对接，年配送订单10万单")).toMatchObject({ connectedToCityPlatform: false });
    // 在郑州设立 without 总部 is not the rule's fact.
    expect(facts("在郑州设立了分公司，总部在深圳，年出口300万美元")).not.toHaveProperty("hq");
  });

  it("counts a list's items by 家 or 名 and gives each what is said of them", () => {
    expect(facts("郴州新开了2家社区跨境电商O2O体验店，能补多少")).toMatchObject({ o2oStores: [{ community: true }, { community: true }] });
    expect(facts("郴州企业引进了2名电商高级人才，年薪40万")?.seniorTalentHires).toHaveLength(2);
    // 80多人的培训活动 is one event of that size.
    expect(facts("在郴州办了一场80多人的跨境电商培训活动，能补多少？")?.trainingClasses).toEqual([expect.objectContaining({ participants: 80 })]);
    // The rule's wording must be echoed from its start: 跨境…O2O体验店 is no 社区跨境电商O2O体验店.
    // (The store, placed nowhere else, is in the city the question is about.)
    expect(facts("郑州企业，开了家跨境O2O体验店，1200平米")).toEqual({ city: "zhengzhou", o2oStores: [{ areaSqm: 1200, location: "domestic" }] });
  });

  it("puts an item's figure in a field the rules read for the kind of item stated", () => {
    // A warehouse leased whole: its 年租金 is the rent (the rules read), not an equipment investment.
    expect(facts("郴州有2个海外仓，都是整租的，每个年租金50万")?.overseasWarehouses).toEqual([
      { mode: "leased_whole", annualRent: { amount: 500_000, currency: "CNY" } },
      { mode: "leased_whole", annualRent: { amount: 500_000, currency: "CNY" } },
    ]);
  });

  it("gives a thing spoken of the figures it has too, and places it in the city the rule's wording names", () => {
    expect(facts("郑州市区开了个跨境电商线下店，1300平米，营业了20个月，年跨境零售进口额3600万")).toEqual({
      city: "zhengzhou",
      o2oStores: [{ location: "domestic", areaSqm: 1300, monthsOperating: 20, retailImport: { amount: 36_000_000, currency: "CNY" } }],
    });
    expect(facts("郑州园区运营方，园区面积2万平米，运营了3年，入驻企业50家")).toMatchObject({ park: { areaSqm: 20_000, monthsOperating: 36, enterprises: 50 } });
  });

  it("reads a growth only of the revenue it measures, stated or named", () => {
    expect(facts("郑州公司，年进出口额5000万，今年比去年增长20%")).toEqual({ city: "zhengzhou", year: 2026, crossBorderTrade: { amount: 50_000_000, currency: "CNY" } });
    expect(facts("郑州跨境电商服务企业，营业收入1800万元，同比增长15%")).toMatchObject({ serviceRevenueGrowth: 0.15 });
  });

  it("leaves out a figure whose own words name a field only another city's rules read", () => {
    expect(facts("郴州的直播电商企业年直播销售额3000万")).toBeNull();
    expect(facts("郑州的直播电商企业年直播销售额3000万")).toMatchObject({ liveStreamSales: { amount: 30_000_000 } });
  });

  it("reads a recognition stated without a figure when the question affirms it, not when it asks about it", () => {
    expect(facts("我们公司获评省级电子商务示范企业，在郑州")).toEqual({ city: "zhengzhou", demoEnterpriseLevel: "provincial" });
    expect(facts("申请省级电子商务示范企业要什么条件")).toBeNull();
    expect(facts("在郑州申请补贴，必须是独立法人吗？")).toBeNull();
    expect(facts("我们运营的园区被认定为市级电子商务示范园区")).toEqual({ demoParkLevel: "municipal", kinds: ["park_operator"] });
    // A tenant's park is no park operator.
    expect(facts("企业入驻的园区是国家级电子商务示范园区，郑州的")).toEqual({ city: "zhengzhou", demoParkLevel: "national" });
  });

  it("speaks of a thing the asker has by its own words, not by what every asker calls itself", () => {
    // 郑州公司 is the asker, not a 海外分公司: its 年进出口 is its own.
    expect(facts("郑州公司年进出口2000万元，网络推广和独立站花了100万，补多少？")).toEqual({
      city: "zhengzhou",
      crossBorderTrade: { amount: 20_000_000, currency: "CNY" },
      marketingSpend: { amount: 1_000_000, currency: "CNY" },
    });
    expect(facts("郑州企业，在美国设了1个分公司，年交易额300万美元")?.overseasBranches).toEqual([{ annualTrade: { amount: 3_000_000, currency: "USD" } }]);
  });

  it("reads a phrase shortening a yes/no label (持牌), and not the label's own start or a question", () => {
    expect(facts("郑州第三方支付总部，持牌，去年结算规模150亿元，奖多少？")).toMatchObject({ hasPaymentLicense: true });
    expect(facts("郑州第三方支付机构，需要持牌吗，结算规模150亿元")).not.toHaveProperty("hasPaymentLicense");
  });

  it("places a thing in the city the rule's wording names when the question puts it there, and not when it puts it abroad", () => {
    expect(facts("郑州第三方支付总部，去年结算规模150亿元，奖多少？")).toMatchObject({ hq: { inCity: true } });
    expect(facts("payment company in Zhengzhou, HQ there, settlement 8 billion yuan, eligible?")).toMatchObject({ hq: { inCity: true } });
    expect(facts("郑州跨境线下店1500平米，开了14个月，零售进口4000万元，奖多少？")?.o2oStores).toEqual([
      { location: "domestic", areaSqm: 1500, monthsOperating: 14, retailImport: { amount: 40_000_000, currency: "CNY" } },
    ]);
    expect(facts("郑州公司在洛杉矶开了线下店，1500平米")?.o2oStores).toEqual([{ areaSqm: 1500 }]);
    expect(facts("郑州的公司，海外开了个体验店，1500平米")?.o2oStores?.[0]?.location).not.toBe("domestic");
  });

  it("takes a body the question opens with, as the subject of what is said, for the asker", () => {
    expect(facts("园区被认定为市级电子商务示范园区，郑州给多少？")).toEqual({ city: "zhengzhou", demoParkLevel: "municipal", kinds: ["park_operator"] });
    // The subject here is 企业, the park only where it is.
    expect(facts("企业所在园区被认定为市级电子商务示范园区，郑州给多少？")?.kinds).toBeUndefined();
  });

  it("counts a list's items after the verb that opened them, and reads 今年 as the labels' 当年", () => {
    expect(facts("郴州社区体验店今年新开3家，能拿多少？")).toEqual({
      city: "chenzhou",
      year: 2026,
      o2oStores: Array.from({ length: 3 }, () => ({ community: true, newThisYear: true, location: "domestic" })),
    });
    // 3家 of what the phrase only names, with no opening verb, counts nothing.
    expect(facts("郴州社区体验店，合作商户3家，能拿多少？")?.o2oStores).toBeUndefined();
  });

  it("reads a number without a measure word by the noun that counts it, and no other bare number", () => {
    expect(facts("Chenzhou delivery company, connected to city platform, 2024 orders 50000, subsidy how much?")).toEqual({
      city: "chenzhou",
      year: 2024,
      kinds: ["logistics_enterprise"],
      connectedToCityPlatform: true,
      logisticsOrders: 50_000,
    });
    expect(facts("We are service firm in Zhengzhou, serve 40 cross-border sellers, revenue 15 million yuan, growth 12%. how much reward?")).toMatchObject({ servedEnterprises: 40 });
    // 40 here counts no body: 跨境电商 is a trade, not a seller.
    expect(facts("郑州跨境电商服务企业，服务40 跨境电商，营业收入1500万元")).not.toHaveProperty("servedEnterprises");
  });
});

describe("how a stated figure binds to a field", () => {
  it.each([
    // Other words for a label's words: 营收 for 营业收入, 增速 for 增幅, 产业园 for 园区.
    ["郑州服务商：服务40家跨境企业，营收2000万，增速15%", { serviceRevenue: { amount: 20_000_000, currency: "CNY" }, serviceRevenueGrowth: 0.15 }],
    ["某跨境电商产业园入驻企业25家，年外贸进出口额30亿元，运营单位可获多少运营奖励？", { park: { enterprises: 25, tradeVolume: { amount: 3_000_000_000, currency: "CNY" } } }],
  ])("reads a label's words said otherwise: %s", (q, want) => {
    expect(facts(q)).toMatchObject(want);
  });

  it.each([
    // A yes/no label shortened before the body that has it (持牌支付机构), or said in the vocabulary's other words.
    ["持牌支付机构在郑州设区域总部，跨境结算规模120亿元", { hasPaymentLicense: true, hq: { inCity: true } }],
    ["郑州支付机构 有支付许可证 在郑州设区域总部 结算规模120亿", { hasPaymentLicense: true }],
    // A level said of the thing by its head noun or its other words.
    ["在省级示范基地里，跨境电商进出口7000万元，综合服务费40万元，能补几成？", { demoParkLevel: "provincial" }],
    ["郑 210 9 省级园 进出口1.2亿 综合服务费100万", { demoParkLevel: "provincial" }],
  ])("reads a fact said short: %s", (q, want) => {
    expect(facts(q)).toMatchObject(want);
  });

  it("reads a 服务费 as the income of a business paid for its service, and a park's fee as paid", () => {
    expect(facts("我闺蜜公司在郑州给品牌做代运营，年服务费300万元，能拿多少支持？")).toMatchObject({ kinds: ["agency_operator"], serviceRevenue: { amount: 3_000_000, currency: "CNY" } });
    expect(facts("郑州 代运营 服务费80万")).toMatchObject({ kinds: ["agency_operator"], serviceRevenue: { amount: 800_000, currency: "CNY" } });
    expect(facts("入驻郑州省级示范园区的电商服务企业，电商服务类营收3500万元，综合服务费40万元，补多少")).toMatchObject({ parkServiceFees: { amount: 400_000, currency: "CNY" } });
  });

  it("leaves out the asker's own reckoning of the award", () => {
    expect(facts("试点项目总投资5000万元，10%是500万，是不是封顶？")).toEqual({ projectInvestment: { amount: 50_000_000, currency: "CNY" } });
    expect(facts("审计复核：郑州某企业入驻省级示范园区，年跨境进出口1.2亿元，缴综合服务费100万（不含水电），补贴上限是否50万？")?.caServiceFee).toBeUndefined();
  });

  it("reads an area said aloud (600个平方)", () => {
    expect(facts("郴州开了个跨境体验店 600个平方 能补多少钱")).toMatchObject({ o2oStores: [{ areaSqm: 600 }] });
  });

  it("leaves out the award quoted to name a clause, and keeps a figure the asker measures", () => {
    expect(facts("郑州的跨境电商人才孵化项目，每年一万元以下的扶持，是哪几所大学可以参加？")?.crossBorderExport).toBeUndefined();
    expect(facts("郑州那个跨境电商比赛 给二十万的那个 报名费要交多少钱啊")).toBeNull();
    expect(facts("我们郴州做腐竹的，一年一万块的那个扶持怎么申请？")).toBeNull();
    expect(facts("郴州 开店, 出口 20万美元 奖励多少?")).toMatchObject({ crossBorderExport: { amount: 200_000, currency: "USD" } });
  });

  it("counts by the noun that counts (服务家数, 订单量), and by the one field of orders the city reads", () => {
    expect(facts("服务企业\t服务家数45\t营收2000万元\t增幅15%\t——能拿多少？")).toMatchObject({ servedEnterprises: 45 });
    expect(facts("郴州。物流配送。对接了平台。一年2万单。补多少。")).toMatchObject({ logisticsOrders: 20_000 });
  });

  it("places a store in the city the asker is 在, and reads number words of other languages", () => {
    expect(facts("来电人称：公司在郑州，做跨境新零售，线下店1200平方米，开了14个月，去年零售进口3500万元，问能奖多少。")?.o2oStores?.[0]?.location).toBe("domestic");
    expect(facts("We set up regional HQ in Zhengzhou, first full year cross-border trade 600 millones yuan. bonus?")).toMatchObject({ crossBorderTrade: { amount: 600_000_000, currency: "CNY" } });
    expect(facts("Our payment subsidiary holds the 支付业务许可证 and set up a regional headquarters in Zhengzhou; settlement volume reached 12 milliards de yuan. What reward applies?")).toMatchObject({
      paymentVolume: { amount: 12_000_000_000, currency: "CNY" },
    });
  });
});
