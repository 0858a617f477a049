// 郑政文〔2023〕210号: 郑州市加快推进跨境电商发展的若干措施 (一)–(三), (五)–(十二) with (十五)(十六),
// and 郑州市加快直播电商发展的实施方案 (十) as far as it can be computed.
import { above, all, any, atLeast, atMost, cap, countOf, derived, each, give, noUnlessSaid, oneOf, per, presumed, rateOf, sumOf, tier, tiers, unspecified, upTo, wan, wanCny, yes, yesUnlessSaid, yi, yiCny } from "../engine/dsl.ts";
import { YEAR_OLD_DOMESTIC_STORES } from "../engine/derived.ts";
import type { PolicyDocument } from "../engine/types.ts";
import type { Profile } from "../profile.ts";

/** (十六): which districts share the cost 50/50 with the city, and which 80/20. */
const HALF_SHARED = ["郑东新区", "郑州高新区", "郑州经开区", "中原区", "二七区", "金水区", "管城回族区", "惠济区"];
/** 郑州航空港区、上街区、各县（市）: 巩义、荥阳、新密、新郑、登封 are 县级市 and 中牟 a 县 of Zhengzhou. */
const MOSTLY_LOCAL = ["郑州航空港区", "上街区", "巩义市", "荥阳市", "新密市", "新郑市", "登封市", "中牟县"];

/** 郑州高新区 / 高新区 / 高新 all name the same district. */
const districtKey = (name: string) => name.trim().replace(/^郑州/u, "").replace(/(区|市|县)$/u, "");

function fundingNote(profile: Profile): string {
  const base = "郑政文〔2023〕210号（十六）：除第（七）、（十一）条由市级财政承担外，其余资金由市级财政和所在开发区、区县（市）财政共同承担";
  const key = profile.district === undefined ? undefined : districtKey(profile.district);
  if (key && HALF_SHARED.map(districtKey).includes(key)) return `${base}；${profile.district}由市级财政和当地财政各承担50%。`;
  if (key && MOSTLY_LOCAL.map(districtKey).includes(key)) return `${base}；${profile.district}由市级财政承担20%，当地财政承担80%。`;
  return `${base}（郑东新区、郑州高新区、郑州经开区、中原区、二七区、金水区、管城回族区、惠济区各承担50%；郑州航空港区、上街区、各县（市）市级承担20%、当地承担80%）。`;
}

const domesticYearOld = YEAR_OLD_DOMESTIC_STORES;

export const zz2023210Measures: PolicyDocument = {
  docId: "zz-2023-210-measures",
  preconditions: [
    {
      clauseId: "zz-2023-210-measures/15",
      quote: "享受E贸易核心功能集聚区相关政策的企业,不在此政策支持范围内",
      condition: noUnlessSaid("inETradeCoreZonePolicy", "未享受E贸易核心功能集聚区相关政策"),
    },
  ],
  fundingNote: { fields: ["district"], text: fundingNote },
  rules: [
    {
      id: "zz-2023-210-measures/1", clauseId: "zz-2023-210-measures/1", kinds: ["cbec_enterprise"], subject: "cbec-marketing", period: "annual",
      quote: "对年进出口额达到1000万元以上的企业,按用于跨境电子商务的网络推广、独立站建设等费用30%的标准,每年给予不超过50万元资金扶持",
      conditions: [atLeast("crossBorderTrade", wanCny(1000), "年进出口额达到1000万元以上")],
      award: rateOf(0.3, "marketingSpend"),
      cap: cap(wan(50), "每年给予不超过50万元资金扶持"),
    },
    {
      id: "zz-2023-210-measures/2", clauseId: "zz-2023-210-measures/2", kinds: ["payment_institution"], subject: "payment-hq-setup", period: "one_off",
      quote: "结算规模不低于100亿元的,给予一次性500万元资金奖励",
      conditions: [
        yes("hasPaymentLicense", "取得中国人民银行《支付业务许可证》"),
        yes("hq.inCity", "在我市设立全国性或区域性总部"),
        atLeast("paymentVolume", wanCny(1_000_000), "结算规模不低于100亿元"),
      ],
      award: give(wan(500)),
    },
    {
      id: "zz-2023-210-measures/3", clauseId: "zz-2023-210-measures/3", kinds: ["cbec_enterprise"], subject: "hq-relocation", period: "one_off",
      quote: "落户后整年度跨境电子商务进出口额首次超过5亿元、10亿元的,分别给予一次性200万元、400万元资金奖励",
      conditions: [
        yes("hq.inCity", "在郑州设立全国性或区域性总部"),
        yesUnlessSaid(derived("hqFullYearReached"), "业绩为落户后的整年度"),
      ],
      award: tiers(
        tier("第二档（10亿元）", all("整年度进出口额首次超过10亿元",
          above("crossBorderTrade", yiCny(10), "跨境电子商务进出口额超过10亿元"),
          atMost(derived("hqBestTradeBefore"), wanCny(100_000), "此前整年度未超过10亿元（首次）")), give(wan(400))),
        tier("第一档（5亿元）", all("整年度进出口额首次超过5亿元",
          above("crossBorderTrade", yiCny(5), "跨境电子商务进出口额超过5亿元"),
          atMost(derived("hqBestTradeBefore"), wanCny(50_000), "此前整年度未超过5亿元（首次）")), give(wan(200))),
      ),
      notes: ["一次跨过两档的，按所达最高一档计（原文“分别给予”）"],
    },
    {
      id: "zz-2023-210-measures/5", clauseId: "zz-2023-210-measures/5", kinds: ["service_enterprise"], subject: "cbec-services", period: "one_off",
      quote: "对服务跨境电商企业30家以上,营业收入不低于1000万元且申报年度增幅不低于10%的服务企业,按营业收入3%的标准,给予不超过100万元的一次性资金奖励",
      conditions: [
        atLeast("servedEnterprises", 30, "服务跨境电商企业30家以上"),
        atLeast("serviceRevenue", wanCny(1000), "营业收入不低于1000万元"),
        atLeast("serviceRevenueGrowth", 0.1, "申报年度增幅不低于10%"),
      ],
      award: rateOf(0.03, "serviceRevenue"),
      cap: cap(wan(100), "给予不超过100万元的一次性资金奖励"),
    },
    {
      id: "zz-2023-210-measures/6", clauseId: "zz-2023-210-measures/6", kinds: ["cbec_enterprise"], subject: "logistics-cost", period: "annual",
      quote: "年进出口额达2000万元以上且年实际发生国际物流费用（含邮政小包）达200万元以上的跨境电商企业,按年实际发生国际物流费用（含邮政小包）10%的标准,每年给予不超过200万元资金奖励",
      conditions: [
        atLeast("crossBorderTrade", wanCny(2000), "年进出口额达2000万元以上"),
        atLeast("logisticsSpend", wanCny(200), "年实际发生国际物流费用（含邮政小包）达200万元以上"),
      ],
      award: rateOf(0.1, "logisticsSpend"),
      cap: cap(wan(200), "每年给予不超过200万元资金奖励"),
      confirm: ["利用郑州市物流配送体系开展跨境电商业务"],
    },
    {
      id: "zz-2023-210-measures/7", clauseId: "zz-2023-210-measures/7", kinds: ["public_service_platform"], subject: "public-service-platform", period: "annual",
      quote: "对服务郑州市跨境电子商务企业100家以上且年通关单量5000万单、进出口额50亿元以上的跨境电商公共服务平台,按进出口额的0.5‰给予奖励,每年最高不超过300万元",
      conditions: [
        atLeast("servedEnterprises", 100, "服务郑州市跨境电子商务企业100家以上"),
        atLeast("customsOrders", 50_000_000, "年通关单量5000万单以上"),
        atLeast("crossBorderTrade", yiCny(50), "进出口额50亿元以上"),
      ],
      award: rateOf(0.0005, "crossBorderTrade"),
      cap: cap(wan(300), "每年最高不超过300万元"),
    },
    {
      id: "zz-2023-210-measures/8", clauseId: "zz-2023-210-measures/8", kinds: ["park_operator"], subject: "park-operation", period: "annual",
      quote: "对入驻跨境电商企业超过20家的跨境电商产业园,年外贸进出口额达到20亿、50亿、100亿以上的,分别给予园区运营单位10万元、30万元、60万元运营奖励",
      conditions: [above("park.enterprises", 20, "入驻跨境电商企业超过20家")],
      award: tiers(
        tier("第三档（100亿）", atLeast("park.tradeVolume", yiCny(100), "年外贸进出口额达到100亿以上"), give(wan(60))),
        tier("第二档（50亿）", atLeast("park.tradeVolume", yiCny(50), "年外贸进出口额达到50亿以上"), give(wan(30))),
        tier("第一档（20亿）", atLeast("park.tradeVolume", yiCny(20), "年外贸进出口额达到20亿以上"), give(wan(10))),
      ),
    },
    {
      id: "zz-2023-210-measures/9", clauseId: "zz-2023-210-measures/9", kinds: ["cbec_enterprise", "service_enterprise"], subject: "park-service-fees", period: "annual",
      quote: "年跨境电商进出口额超1亿元（或电商服务类营收3000万元）以上的,按照实际缴纳综合服务费（含房租、物业费、保税区内仓储服务费等,不含水电费）的60%给予补贴,每家企业每年补贴不超过50万元",
      conditions: [oneOf("demoParkLevel", ["national", "provincial"], "入驻省级以上电子商务类示范园区（基地）")],
      award: tiers(
        tier("第一档（60%）", any("年跨境电商进出口额超1亿元（或电商服务类营收3000万元）以上",
          above("crossBorderTrade", yiCny(1), "年跨境电商进出口额超1亿元"),
          above("serviceRevenue", wanCny(3000), "电商服务类营收超3000万元")),
          rateOf(0.6, "parkServiceFees"), cap(wan(50), "每家企业每年补贴不超过50万元")),
        tier("第二档（30%）", any("年跨境电商进出口额超5000万元（或电商服务类营收1500万元）以上",
          above("crossBorderTrade", wanCny(5000), "年跨境电商进出口额超5000万元"),
          above("serviceRevenue", wanCny(1500), "电商服务类营收超1500万元")),
          rateOf(0.3, "parkServiceFees"), cap(wan(20), "每家企业每年补贴不超过20万元")),
      ),
    },
    {
      id: "zz-2023-210-measures/10", clauseId: "zz-2023-210-measures/10", kinds: ["cbec_enterprise"], subject: "talent-incubation", period: "annual",
      quote: "给予参加孵化项目的跨境电商企业每年不超过1万元的资金扶持",
      conditions: [yes("inTalentIncubation", "参加跨境电商人才孵化项目")],
      award: upTo(wan(1)),
    },
    {
      id: "zz-2023-210-measures/11", clauseId: "zz-2023-210-measures/11", kinds: ["event_organizer", "association"], subject: "competition", period: "annual",
      quote: "对经批准的在郑州市举办的跨境电商竞赛,给予活动举办方单个活动不超过20万元的资金奖励",
      conditions: [],
      // The kind itself is "the organiser of a competition": without a count, one event is estimated.
      award: per(wan(20), 1, presumed("approvedCompetitions", 1, "未填写场数，按1场估算"), { upTo: true }),
      confirm: ["竞赛经批准并在郑州市举办"],
    },
    {
      id: "zz-2023-210-measures/12", clauseId: "zz-2023-210-measures/12", kinds: ["cbec_enterprise"], subject: "o2o-store", period: "annual",
      quote: "累计营业面积超过1000平方米,经营满一年且年跨境电商零售进口额超过3000万元的,按照每平方米300元的标准给予奖励,每家企业每年奖励不超过100万元",
      conditions: [
        atLeast(countOf("o2oStores", domesticYearOld, "经营满一年的线下店数"), 1, "经营满一年"),
        above(sumOf("o2oStores", "areaSqm", domesticYearOld, "经营满一年的线下店累计营业面积"), 1000, "累计营业面积超过1000平方米"),
        above(derived("newRetailImport"), wanCny(3000), "年跨境电商零售进口额超过3000万元"),
      ],
      award: per(300, 1, sumOf("o2oStores", "areaSqm", domesticYearOld, "经营满一年的线下店累计营业面积")),
      cap: cap(wan(100), "每家企业每年奖励不超过100万元"),
    },
  ],
};

export const zz2023210Livestream: PolicyDocument = {
  docId: "zz-2023-210-livestream",
  preconditions: [],
  rules: [
    {
      id: "zz-2023-210-livestream/10a", clauseId: "zz-2023-210-livestream/10", part: "平台经济产业园运营单位", kinds: ["park_operator"], subject: "livestream-park", period: "one_off",
      quote: "对园区新注册企业在50家以上且社消零年综合贡献首次达到10亿元、20亿元、50亿元以上的平台经济产业园运营单位",
      conditions: [
        atLeast("park.newEnterprises", 50, "园区新注册企业在50家以上"),
        atLeast("park.retailContribution", wanCny(100_000), "社消零年综合贡献首次达到10亿元以上"),
      ],
      award: unspecified("按照郑州市平台经济相关政策给予奖励（按首次达到10亿元、20亿元、50亿元分档），本方案未规定金额"),
      confirm: ["为平台经济产业园运营单位，且社消零年综合贡献为首次达到该档"],
    },
    {
      id: "zz-2023-210-livestream/10b", clauseId: "zz-2023-210-livestream/10", part: "直播电商企业", kinds: ["livestream_enterprise"], subject: "livestream-sales", period: "one_off",
      quote: "对纳入社消零限上统计且年直播带货销售额首次超过1000万元、3000万元的直播电商企业,按照郑州市平台经济相关政策给予奖励",
      conditions: [
        yes("inRetailSalesStatistics", "纳入社消零限上统计"),
        above("liveStreamSales", wanCny(1000), "年直播带货销售额首次超过1000万元"),
      ],
      award: unspecified("按照郑州市平台经济相关政策给予奖励（按首次超过1000万元、3000万元分档），本方案未规定金额"),
      confirm: ["年直播带货销售额为首次超过该档"],
    },
  ],
};
