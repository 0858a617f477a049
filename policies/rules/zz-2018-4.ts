// 郑政〔2018〕4号 关于加快推进跨境电子商务发展的实施意见 — (一)–(十九) and the 附则.
import { above, all, atLeast, cap, countOf, derived, each, give, oneOf, per, rateOf, sumOf, tier, tiers, total, upTo, wan, wanCny, wanUsd, yes, yesUnlessSaid } from "../engine/dsl.ts";
import type { PolicyDocument } from "../engine/types.ts";
import { KINDS } from "../profile.ts";
import { ALL_KINDS_EXCEPT, NON_PROFIT } from "./kinds.ts";

const CAP_300 = cap(wan(300), "每家企业资金扶持不超过300万元");
const oneYear = atLeast("monthsOperating", 12, "经营满一年");
const domesticStore = oneOf("location", ["domestic"], "郑州市市域内的体验店");
const overseasStore = oneOf("location", ["overseas"], "境外的体验店");
const viaSingleWindow = yes("viaSingleWindow", "通过郑州跨境电子商务“单一窗口”或跨境电商综合服务平台实现交易");

export const zz20184: PolicyDocument = {
  docId: "zz-2018-4",
  preconditions: [
    {
      clauseId: "zz-2018-4/22",
      quote: "在我市依法注册并在税务部门登记纳税,具备独立法人资格",
      condition: yes("independentLegalPerson", "在我市依法注册并在税务部门登记纳税，具备独立法人资格"),
      kinds: ALL_KINDS_EXCEPT(NON_PROFIT, KINDS),
    },
    {
      clauseId: "zz-2018-4/22",
      quote: "对于经营性组织,须取得“河南省电子商务企业”认定",
      condition: yes("henanEcommerceCertified", "经营性组织须取得“河南省电子商务企业”认定"),
      kinds: ALL_KINDS_EXCEPT(NON_PROFIT, KINDS),
    },
    {
      clauseId: "zz-2018-4/22",
      quote: "并按时报送跨境电子商务统计数据",
      condition: yes("reportsCbecStatistics", "按时报送跨境电子商务统计数据"),
      kinds: ALL_KINDS_EXCEPT(NON_PROFIT, KINDS),
    },
  ],
  stacking: {
    clauseId: "zz-2018-4/23",
    quote: "本意见与市政府制定的其他政策不重复享受（已享受市级资金支持的同一项目）",
    scope: "city",
    explanation: "同一项目不与市政府其他政策重复享受，按金额最高的一项计入合计",
  },
  sharedCaps: [
    { clauseId: "zz-2018-4/19", rules: ["zz-2018-4/19a", "zz-2018-4/19b"], cap: cap(wan(20), "每个培训机构资金扶持总额不超过20万元") },
  ],
  rules: [
    {
      id: "zz-2018-4/1", clauseId: "zz-2018-4/1", kinds: ["cbec_enterprise"], subject: "cbec-online-sales", period: "annual",
      quote: "年进出口在线交易额达到100万美元以上的企业,给予在线交易额5%的资金扶持,每家企业资金扶持不超过300万元",
      conditions: [atLeast("onlineTransaction", wanUsd(100), "年进出口在线交易额达到100万美元以上")],
      award: rateOf(0.05, "onlineTransaction"),
      cap: CAP_300,
    },
    {
      id: "zz-2018-4/2", clauseId: "zz-2018-4/2", kinds: ["cbec_enterprise"], subject: "cbec-marketing", period: "annual",
      quote: "年进出口交易额达到200万美元以上的企业,给予用于跨境电子商务的网络广告、第三方电子商务平台、网站建设的支出费用30%的资金扶持",
      conditions: [atLeast("crossBorderTrade", wanUsd(200), "年进出口交易额达到200万美元以上")],
      award: rateOf(0.3, "marketingSpend"),
      cap: CAP_300,
    },
    {
      id: "zz-2018-4/3a", clauseId: "zz-2018-4/3", part: "境内O2O线下体验店", kinds: ["cbec_enterprise"], subject: "o2o-store", period: "one_off",
      quote: "对于郑州市市域内建立跨境电子商务O2O线下体验店,累计营业面积超过1000平米,经营满一年,实现年交易额超过100万美元的,按照每平方米300元的标准给予一次性资金扶持",
      conditions: [
        atLeast(countOf("o2oStores", [domesticStore, oneYear], "经营满一年的境内体验店数"), 1, "经营满一年"),
        above(sumOf("o2oStores", "areaSqm", [domesticStore, oneYear], "经营满一年的境内体验店累计营业面积"), 1000, "累计营业面积超过1000平米"),
        above(sumOf("o2oStores", "annualTransaction", [domesticStore, oneYear], "境内体验店年交易额"), wanUsd(100), "实现年交易额超过100万美元"),
      ],
      award: per(300, 1, sumOf("o2oStores", "areaSqm", [domesticStore, oneYear], "经营满一年的境内体验店累计营业面积")),
      cap: CAP_300,
    },
    {
      id: "zz-2018-4/3b", clauseId: "zz-2018-4/3", part: "境外O2O线下体验店", kinds: ["cbec_enterprise"], subject: "o2o-store-overseas", period: "one_off",
      quote: "对于境外建立跨境电子商务O2O线下体验店,累计营业面积超过1000平米,经营满一年,且通过郑州跨境电子商务“单一窗口”或跨境电商综合服务平台,实现年交易额超过100万美元的,按照每平方米300元的标准给予一次性资金扶持",
      conditions: [
        atLeast(countOf("o2oStores", [overseasStore, oneYear, viaSingleWindow], "经营满一年、经“单一窗口”交易的境外体验店数"), 1, "经营满一年且通过“单一窗口”或综合服务平台交易"),
        above(sumOf("o2oStores", "areaSqm", [overseasStore, oneYear, viaSingleWindow], "符合条件的境外体验店累计营业面积"), 1000, "累计营业面积超过1000平米"),
        above(sumOf("o2oStores", "annualTransaction", [overseasStore, oneYear, viaSingleWindow], "境外体验店年交易额"), wanUsd(100), "实现年交易额超过100万美元"),
      ],
      award: per(300, 1, sumOf("o2oStores", "areaSqm", [overseasStore, oneYear, viaSingleWindow], "符合条件的境外体验店累计营业面积")),
      cap: CAP_300,
    },
    {
      id: "zz-2018-4/4", clauseId: "zz-2018-4/4", kinds: ["public_service_platform"], subject: "public-service-platform", period: "annual",
      quote: "对服务跨境电子商务进出口企业50家以上、年在线交易额达到1500万美元以上的公共服务平台,给予在线交易额的0.1%的资金扶持,每家公共服务平台资金扶持不超过300万元",
      conditions: [
        atLeast("servedEnterprises", 50, "服务跨境电子商务进出口企业50家以上"),
        atLeast("onlineTransaction", wanUsd(1500), "年在线交易额达到1500万美元以上"),
      ],
      award: rateOf(0.001, "onlineTransaction"),
      cap: cap(wan(300), "每家公共服务平台资金扶持不超过300万元"),
    },
    {
      id: "zz-2018-4/5", clauseId: "zz-2018-4/5", kinds: ["park_operator"], subject: "park-operation", period: "one_off",
      quote: "对经市级商务主管部门认定且经营满一年的跨境电子商务产业园区,实际使用面积超过1万平方米且入驻跨境电子商务企业达到30家以上的,给予园区主办方每平方米50元的一次性资金扶持,每个园区资金扶持不超过300万元",
      conditions: [
        oneOf("park.recognizedBy", ["city"], "经市级商务主管部门认定"),
        atLeast("park.monthsOperating", 12, "经营满一年"),
        above("park.areaSqm", 10_000, "实际使用面积超过1万平方米"),
        atLeast("park.enterprises", 30, "入驻跨境电子商务企业达到30家以上"),
      ],
      award: per(50, 1, "park.areaSqm"),
      cap: cap(wan(300), "每个园区资金扶持不超过300万元"),
    },
    {
      id: "zz-2018-4/6", clauseId: "zz-2018-4/6", kinds: ["third_party_platform"], subject: "platform-service", period: "annual",
      quote: "年服务收入达到1000万元以上的企业,给予年服务收入3%的资金扶持,每家企业资金扶持不超过300万元",
      conditions: [atLeast("serviceRevenue", wanCny(1000), "年服务收入达到1000万元以上")],
      award: rateOf(0.03, "serviceRevenue"),
      cap: CAP_300,
    },
    {
      id: "zz-2018-4/7", clauseId: "zz-2018-4/7", kinds: ["payment_institution"], subject: "payment-volume", period: "annual",
      quote: "对上一年度线上交易额突破2亿美元的,按照每2亿美元的标准给予100万元资金扶持。每家企业资金扶持不超过300万元",
      conditions: [
        yes("hasPaymentLicense", "取得中国人民银行《支付业务许可证》"),
        yes("hq.inCity", "在我市设立全国性或区域性总部"),
        above("paymentVolume", wanUsd(20_000), "上一年度线上交易额突破2亿美元"),
      ],
      award: per(wan(100), wanUsd(20_000), "paymentVolume"),
      cap: CAP_300,
    },
    {
      id: "zz-2018-4/8", clauseId: "zz-2018-4/8", kinds: ["cbec_enterprise"], subject: "credit-insurance", period: "annual",
      quote: "对年出口额达到300万美元以上的跨境电商企业,给予出口信保费用30%的资金补贴,每家企业补贴最高不超过300万元",
      conditions: [atLeast("crossBorderExport", wanUsd(300), "年出口额达到300万美元以上")],
      award: rateOf(0.3, "creditInsurancePremium"),
      cap: cap(wan(300), "每家企业补贴最高不超过300万元"),
    },
    {
      id: "zz-2018-4/9a", clauseId: "zz-2018-4/9", part: "建设公共海外仓", kinds: ["cbec_enterprise", "logistics_enterprise"], subject: "overseas-warehouse-build", period: "one_off",
      quote: "单个公共海外仓面积在10000平米以上、经营满一年、且用于服务跨境电商企业的,按照仓储设备投入额30%给予奖励,最高不超过300万元",
      conditions: [],
      award: each("overseasWarehouses", "海外仓", [
        oneOf("mode", ["built_public"], "建设跨境电商公共海外仓"),
        atLeast("areaSqm", 10_000, "单个公共海外仓面积在10000平米以上"),
        atLeast("monthsOperating", 12, "经营满一年"),
      ], rateOf(0.3, "equipmentInvestment")),
      cap: cap(wan(300), "最高不超过300万元"),
      confirm: ["公共海外仓用于服务跨境电商企业"],
    },
    {
      id: "zz-2018-4/9b", clauseId: "zz-2018-4/9", part: "整体租赁海外仓", kinds: ["cbec_enterprise"], subject: "overseas-warehouse-lease", period: "annual",
      quote: "对跨境电商企业整体租赁海外仓、面积在1000平方米以上且使用满一年的,按照实际租赁费用30%给予奖励,最高不超过50万元",
      conditions: [],
      award: each("overseasWarehouses", "海外仓", [
        oneOf("mode", ["leased_whole"], "整体租赁海外仓"),
        atLeast("areaSqm", 1000, "面积在1000平方米以上"),
        atLeast("monthsOperating", 12, "使用满一年"),
      ], rateOf(0.3, "annualRent")),
      cap: cap(wan(50), "最高不超过50万元"),
    },
    {
      id: "zz-2018-4/9c", clauseId: "zz-2018-4/9", part: "租赁公共海外仓", kinds: ["cbec_enterprise"], subject: "overseas-warehouse-lease", period: "annual",
      quote: "对跨境电商企业租赁公共海外仓、且公共海外仓年使用操作费用超过10万美元的,按照实际费用的30%给予奖励,最高不超过50万元",
      conditions: [],
      award: each("overseasWarehouses", "海外仓", [
        oneOf("mode", ["leased_public"], "租赁公共海外仓"),
        above("annualOperatingFees", wanUsd(10), "公共海外仓年使用操作费用超过10万美元"),
      ], rateOf(0.3, "annualOperatingFees")),
      cap: cap(wan(50), "最高不超过50万元"),
    },
    {
      id: "zz-2018-4/10", clauseId: "zz-2018-4/10", kinds: ["cbec_enterprise"], subject: "export-supervision-warehouse", period: "annual",
      quote: "年出口额达到200万美元、500万美元、1000万美元的企业,分别给予10万元、20万元、30万元资金扶持",
      conditions: [yes("exportSupervisionWarehouse", "在郑州建立并被郑州海关批准的出口监管仓")],
      award: tiers(
        tier("第三档（1000万美元）", atLeast("crossBorderExport", wanUsd(1000), "年出口额达到1000万美元"), give(wan(30))),
        tier("第二档（500万美元）", atLeast("crossBorderExport", wanUsd(500), "年出口额达到500万美元"), give(wan(20))),
        tier("第一档（200万美元）", atLeast("crossBorderExport", wanUsd(200), "年出口额达到200万美元"), give(wan(10))),
      ),
    },
    {
      id: "zz-2018-4/11", clauseId: "zz-2018-4/11", kinds: ["cbec_enterprise"], subject: "logistics-cost", period: "annual",
      quote: "年进出口额达300万美元以上,且年实际发生国际物流费用（含邮政小包）达200万元以上的跨境电子商务应用企业,按年实际发生国际物流费用（含邮政小包）的10%给予资金补贴,每家企业资金扶持不超过100万元",
      conditions: [
        atLeast("crossBorderTrade", wanUsd(300), "年进出口额达300万美元以上"),
        atLeast("logisticsSpend", wanCny(200), "年实际发生国际物流费用（含邮政小包）达200万元以上"),
      ],
      award: rateOf(0.1, "logisticsSpend"),
      cap: cap(wan(100), "每家企业资金扶持不超过100万元"),
      confirm: ["利用郑州市现有物流配送体系开展跨境电商业务"],
    },
    {
      id: "zz-2018-4/12", clauseId: "zz-2018-4/12", kinds: ["cbec_enterprise", "logistics_enterprise"], subject: "logistics-line", period: "one_off",
      quote: "对开设国际物流专线且一年内平均每周1班次以上的企业,给予不超过300万元的一次性资金扶持",
      conditions: [atLeast("logisticsLineWeeklyRuns", 1, "开设国际物流专线且一年内平均每周1班次以上")],
      award: upTo(wan(300)),
    },
    {
      id: "zz-2018-4/13", clauseId: "zz-2018-4/13", kinds: ["cbec_enterprise"], subject: "hq-relocation", period: "one_off",
      quote: "落户首个整年度跨境电子商务进出口额超过5000万美元、3000万美元、1000万美元的,分别给予不超过300万元、200万元、100万元的一次性资金扶持",
      conditions: [
        yes("hq.inCity", "在郑州设立全国性或区域性总部"),
        yesUnlessSaid(derived("hqFirstFullYear"), "业绩为落户首个整年度"),
      ],
      award: tiers(
        tier("第一档（5000万美元）", above("crossBorderTrade", wanUsd(5000), "跨境电子商务进出口额超过5000万美元"), upTo(wan(300))),
        tier("第二档（3000万美元）", above("crossBorderTrade", wanUsd(3000), "跨境电子商务进出口额超过3000万美元"), upTo(wan(200))),
        tier("第三档（1000万美元）", above("crossBorderTrade", wanUsd(1000), "跨境电子商务进出口额超过1000万美元"), upTo(wan(100))),
      ),
    },
    {
      id: "zz-2018-4/14", clauseId: "zz-2018-4/14", kinds: ["cbec_enterprise"], subject: "small-cbec", period: "annual",
      quote: "对年跨境电子商务在线交易额达到15万美元以上的企业,按每3万美元交易额给予1万元标准的资金扶持,单个企业资金扶持不超过30万元",
      conditions: [atLeast("onlineTransaction", wanUsd(15), "年跨境电子商务在线交易额达到15万美元以上")],
      award: per(wan(1), wanUsd(3), "onlineTransaction"),
      cap: cap(wan(30), "单个企业资金扶持不超过30万元"),
    },
    {
      id: "zz-2018-4/15a", clauseId: "zz-2018-4/15", part: "境外注册自有商标", kinds: ["cbec_enterprise"], subject: "trademark", period: "one_off",
      quote: "对出口产品在境外注册自有商标、年跨境电子商务交易额达到100万美元以上的企业,给予不超过注册费用80%的一次性资金扶持,单个企业扶持总额不超过50万元",
      conditions: [atLeast("crossBorderTrade", wanUsd(100), "年跨境电子商务交易额达到100万美元以上")],
      award: rateOf(0.8, "trademarkFee", { upTo: true }),
      cap: cap(wan(50), "单个企业扶持总额不超过50万元"),
    },
    {
      id: "zz-2018-4/15b", clauseId: "zz-2018-4/15", part: "国际认证", kinds: ["cbec_enterprise"], subject: "certification", period: "one_off",
      quote: "对出口产品通过国际认证、具有联合国标准产品与服务分类代码且年跨境电子商务交易额达到100万美元以上的企业,按相关认证服务费用的80%给予一次性资金扶持,单个企业扶持总额不超过50万元",
      conditions: [atLeast("crossBorderTrade", wanUsd(100), "年跨境电子商务交易额达到100万美元以上")],
      award: rateOf(0.8, "certificationFee"),
      cap: cap(wan(50), "单个企业扶持总额不超过50万元"),
      confirm: ["出口产品通过国际认证、具有联合国标准产品与服务分类代码"],
    },
    {
      id: "zz-2018-4/16", clauseId: "zz-2018-4/16", kinds: ["cbec_enterprise"], subject: "famous-brands", period: "one_off",
      quote: "对当年新获国家“中国名牌出口商品”品牌的跨境电商企业,每个品牌一次性奖励50万元;对当年新获“河南省国际知名品牌”的跨境电商企业,每个品牌一次性奖励10万元。单个企业奖励总额不超过300万元",
      conditions: [],
      award: total(per(wan(50), 1, "brands.newChinaFamousExportBrands"), per(wan(10), 1, "brands.newHenanInternationalBrands")),
      cap: cap(wan(300), "单个企业奖励总额不超过300万元"),
    },
    {
      id: "zz-2018-4/17", clauseId: "zz-2018-4/17", kinds: ["cbec_enterprise"], subject: "overseas-branches", period: "one_off",
      quote: "对跨境电商企业年交易额超过1000万美元,设立海外分公司且单个海外分公司年交易额超过300万美元的,按照每设立一个分公司给予30万元的一次性奖励。单个企业扶持总额不超过300万元",
      conditions: [above("crossBorderTrade", wanUsd(1000), "跨境电商企业年交易额超过1000万美元")],
      award: each("overseasBranches", "海外分公司", [above("annualTrade", wanUsd(300), "单个海外分公司年交易额超过300万美元")], give(wan(30))),
      cap: cap(wan(300), "单个企业扶持总额不超过300万元"),
    },
    {
      id: "zz-2018-4/18a", clauseId: "zz-2018-4/18", part: "本科院校", kinds: ["university"], subject: "cbec-major", period: "one_off",
      quote: "纳入全国统一招生计划且招生人数在50人以上的在郑本科院校,一次性给予100万元资金扶持",
      conditions: [atLeast("enrollment", 50, "招生人数在50人以上")],
      award: give(wan(100)),
      confirm: ["开设跨境电子商务专业（或面向郑州跨境电商企业的订单班）并纳入全国统一招生计划"],
    },
    {
      id: "zz-2018-4/18b", clauseId: "zz-2018-4/18", part: "高职院校", kinds: ["vocational_college"], subject: "cbec-major", period: "one_off",
      quote: "纳入全国统一招生计划且招生人数在50人以上的在郑高职院校,一次性给予60万元资金扶持",
      conditions: [atLeast("enrollment", 50, "招生人数在50人以上")],
      award: give(wan(60)),
      confirm: ["开设跨境电子商务专业（或面向郑州跨境电商企业的订单班）并纳入全国统一招生计划"],
    },
    {
      id: "zz-2018-4/19a", clauseId: "zz-2018-4/19", part: "面向个人培训", kinds: ["training_institution"], subject: "training-individual", period: "annual",
      quote: "面向个人培训的,每培训班次不低于30天,且每班次不少于50人的,按照每人100元的标准给予资金扶持,最高不超过10万元",
      conditions: [],
      award: each("trainingClasses", "培训班", [
        oneOf("audience", ["individual"], "面向个人培训"),
        atLeast("days", 30, "每培训班次不低于30天"),
        atLeast("participants", 50, "每班次不少于50人"),
      ], per(100, 1, "participants")),
      cap: cap(wan(10), "最高不超过10万元"),
    },
    {
      id: "zz-2018-4/19b", clauseId: "zz-2018-4/19", part: "面向企业培训", kinds: ["training_institution"], subject: "training-enterprise", period: "annual",
      quote: "面向企业培训的,每培训班次不低于5天,且每班次不少于20人的,按照实际发生的年培训费用给予不超过20%的资金扶持,最高不超过10万元",
      conditions: [],
      award: each("trainingClasses", "培训班", [
        oneOf("audience", ["enterprise"], "面向企业培训"),
        atLeast("days", 5, "每培训班次不低于5天"),
        atLeast("participants", 20, "每班次不少于20人"),
      ], rateOf(0.2, "cost", { upTo: true })),
      cap: cap(wan(10), "最高不超过10万元"),
    },
  ],
};
