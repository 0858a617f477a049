// 郴政办发〔2021〕3号 郴州市支持跨境电子商务产业高质量发展的若干措施（试行）: every item naming an
// amount or a rate, the 支持范围 and the 从优不重复 rule.
import { above, all, any, atLeast, cap, countOf, each, give, noUnlessSaid, oneOf, per, rateOf, tier, tiers, unspecified, upTo, wan, wanCny, wanUsd, yes, yesUnlessSaid } from "../engine/dsl.ts";
import type { PolicyDocument } from "../engine/types.ts";
import { ENTERPRISES } from "./kinds.ts";

const recognizedPark = any("经省或市商务部门认定的跨境电子商务产业园区或已被评定的省级电子商务示范基地",
  oneOf("park.recognizedBy", ["city", "province"], "经省或市商务部门认定的跨境电子商务产业园区"),
  oneOf("demoParkLevel", ["provincial", "national"], "已被评定的省级电子商务示范基地"));

/** 二（二）: a new tenant of a recognised park, for both the rent and the start-up subsidy. */
const NEW_TENANT = [
  yes("parkTenancy.newThisYear", "新入驻园区（基地）"),
  yes("parkTenancy.parkRecognized", "园区经省级或市级商务部门认定或为省级电子商务示范基地"),
  atLeast("parkTenancy.areaSqm", 100, "实际租赁面积100平方米以上"),
  atLeast("crossBorderTrade", wanUsd(10), "跨境电商进出口总额达到10万美元"),
];

export const cz20213: PolicyDocument = {
  docId: "cz-2021-3",
  preconditions: [
    {
      clauseId: "cz-2021-3/1",
      quote: "在郴州市依法注册、纳税的具有独立法人资质",
      condition: yes("independentLegalPerson", "在郴州市依法注册、纳税，具有独立法人资质"),
    },
    {
      clauseId: "cz-2021-3/1",
      quote: "有跨境电商进出口业绩且纳入郴州海关跨境贸易电商统计体系",
      condition: yes("reportsCbecStatistics", "有跨境电商进出口业绩且纳入郴州海关跨境贸易电商统计体系"),
    },
  ],
  stacking: {
    clauseId: "cz-2021-3/closing.2",
    quote: "以上措施与本市其他有关奖补政策发生重叠的，按照从优不重复原则执行",
    scope: "city",
    explanation: "与郴州市其他奖补政策重叠的，按从优不重复原则，同一事项只计金额最高的一项",
  },
  sharedCaps: [
    { clauseId: "cz-2021-3/4.1", rules: ["cz-2021-3/4.1b", "cz-2021-3/4.1c"], cap: cap(wan(50), "以上两项补助单个企业最高不超过50万元") },
  ],
  rules: [
    {
      id: "cz-2021-3/2.1", clauseId: "cz-2021-3/2.1", part: "跨境电商产业园区新入驻企业奖励", kinds: ["park_operator"], subject: "park-operation", period: "one_off",
      quote: "当年新入驻有跨境电商业绩的企业超过10家且跨境电商进出口总额达到3000万美元，给予园区建设单位300万元（人民币，下同）的一次性奖励；当年新入驻有跨境电商业绩的企业超过20家且跨境电商进出口总额达到5000万美元的，给予园区建设单位500万元的一次性奖励",
      conditions: [recognizedPark],
      award: tiers(
        tier("第二档", all("当年新入驻企业超过20家且进出口总额达到5000万美元",
          above("park.newEnterprises", 20, "当年新入驻有跨境电商业绩的企业超过20家"),
          atLeast("park.tradeVolume", wanUsd(5000), "跨境电商进出口总额达到5000万美元")), give(wan(500))),
        tier("第一档", all("当年新入驻企业超过10家且进出口总额达到3000万美元",
          above("park.newEnterprises", 10, "当年新入驻有跨境电商业绩的企业超过10家"),
          atLeast("park.tradeVolume", wanUsd(3000), "跨境电商进出口总额达到3000万美元")), give(wan(300))),
      ),
    },
    {
      id: "cz-2021-3/2.2a", clauseId: "cz-2021-3/2.2", part: "租金补贴", kinds: ["cbec_enterprise"], subject: "park-tenancy-rent", period: "annual",
      quote: "实际租赁面积（办公、仓储等场所）100平方米以上，且跨境电商进出口总额达到10万美元的，给予每家30%的租金补贴，最高不超过20万元",
      conditions: NEW_TENANT,
      award: rateOf(0.3, "parkTenancy.annualRent"),
      cap: cap(wan(20), "最高不超过20万元"),
    },
    {
      id: "cz-2021-3/2.2b", clauseId: "cz-2021-3/2.2", part: "开办费补贴", kinds: ["cbec_enterprise"], subject: "park-tenancy-startup", period: "one_off",
      quote: "同时给予最高不超过5万元的一次性开办费补贴",
      conditions: NEW_TENANT,
      award: upTo(wan(5)),
    },
    {
      id: "cz-2021-3/3.1", clauseId: "cz-2021-3/3.1", kinds: ["public_service_platform", "park_operator"], subject: "zone-platform-build", period: "annual",
      quote: "对平台建设所需硬件、通用性软件购置、综合服务平台开发及维护和园区配套基础建设等费用给予适当支持",
      conditions: [],
      award: unspecified("对平台建设和园区配套基础建设等费用给予适当支持"),
      confirm: ["承担郴州综试区线上综合服务平台或线下园区配套建设"],
    },
    {
      id: "cz-2021-3/3.2", clauseId: "cz-2021-3/3.2", kinds: ["public_service_platform"], subject: "public-service-platform", period: "annual",
      quote: "当年跨境电商进出口总额超过2000万美元（含）、5000万美元（含）、1亿美元（含）的第三方公共服务平台，分别给予不超过50万元、100万元、150万元扶持资金",
      conditions: [yes("connectedToCityPlatform", "与郴州综试区线上综合服务平台对接")],
      award: tiers(
        tier("第三档（1亿美元）", atLeast("crossBorderTrade", wanUsd(10_000), "当年跨境电商进出口总额超过1亿美元（含）"), upTo(wan(150))),
        tier("第二档（5000万美元）", atLeast("crossBorderTrade", wanUsd(5000), "当年跨境电商进出口总额超过5000万美元（含）"), upTo(wan(100))),
        tier("第一档（2000万美元）", atLeast("crossBorderTrade", wanUsd(2000), "当年跨境电商进出口总额超过2000万美元（含）"), upTo(wan(50))),
      ),
      confirm: ["当年入驻，并通过海关特殊监管区域或场所认证"],
    },
    {
      id: "cz-2021-3/3.3", clauseId: "cz-2021-3/3.3", kinds: ["park_operator", "public_service_platform"], subject: "supervision-center", period: "annual",
      quote: "按当年投入费用的50%给予补贴，最高不超过100万元",
      conditions: [],
      award: rateOf(0.5, "supervisionCenterInvestment"),
      cap: cap(wan(100), "最高不超过100万元"),
    },
    {
      id: "cz-2021-3/4.1a", clauseId: "cz-2021-3/4.1", part: "出口破零及达标奖励", kinds: ["cbec_enterprise"], subject: "export-start", period: "one_off",
      quote: "对当年跨境电商出口总额破零的，给予一次性奖励10万元；达到20万美元（含）的，给予一次性奖励20万元；达到50万美元（含）的，给予一次性奖励50万元",
      conditions: [],
      award: tiers(
        tier("50万美元档", atLeast("crossBorderExport", wanUsd(50), "当年跨境电商出口总额达到50万美元（含）"), give(wan(50))),
        tier("20万美元档", atLeast("crossBorderExport", wanUsd(20), "当年跨境电商出口总额达到20万美元（含）"), give(wan(20))),
        tier("破零档", above("crossBorderExport", wanUsd(0), "当年跨境电商出口总额破零"), give(wan(10))),
      ),
    },
    {
      id: "cz-2021-3/4.1b", clauseId: "cz-2021-3/4.1", part: "第三方平台推广费用", kinds: ["cbec_enterprise"], subject: "platform-promotion", period: "annual",
      quote: "对应用阿里巴巴国际站、速卖通、亚马逊、eBay、wish等第三方交易平台开展跨境电商业务的，按其入驻交易平台年度推广费用的50%予以补助",
      conditions: [],
      award: rateOf(0.5, "platformPromotionFee"),
    },
    {
      id: "cz-2021-3/4.1c", clauseId: "cz-2021-3/4.1", part: "新注册店铺入驻年费", kinds: ["cbec_enterprise"], subject: "platform-store", period: "annual",
      quote: "对在第三方平台上新注册店铺的企业，按平台入驻年费的50%予以补助",
      conditions: [],
      award: rateOf(0.5, "platformStoreFee"),
    },
    {
      id: "cz-2021-3/4.2", clauseId: "cz-2021-3/4.2", kinds: ["cbec_enterprise"], subject: "leading-enterprise", period: "annual",
      quote: "对当年跨境电商进出口总额3000万美元以上的跨境电商企业，每家企业给予不超过100万元资金支持；进出口总额1亿美元以上的，每家企业给予不超过200万元资金支持",
      conditions: [],
      award: tiers(
        tier("1亿美元档", atLeast("crossBorderTrade", wanUsd(10_000), "进出口总额1亿美元以上"), upTo(wan(200))),
        tier("3000万美元档", atLeast("crossBorderTrade", wanUsd(3000), "当年跨境电商进出口总额3000万美元以上"), upTo(wan(100))),
      ),
    },
    {
      id: "cz-2021-3/4.3", clauseId: "cz-2021-3/4.3", kinds: ["third_party_platform"], subject: "belt-road-site", period: "one_off",
      quote: "对面向“一带一路”国家与地区开设子网站或独立页面且与目的地区年跨境电商成交额超过500万美元的跨境电子商务平台型企业，一次性给予不超过30万元扶持资金",
      conditions: [above("beltRoadSiteTrade", wanUsd(500), "与目的地区年跨境电商成交额超过500万美元")],
      award: upTo(wan(30)),
    },
    {
      id: "cz-2021-3/4.4a", clauseId: "cz-2021-3/4.4", part: "O2O线下体验店", kinds: ["cbec_enterprise"], subject: "o2o-store", period: "one_off",
      quote: "对在郴州市建立的跨境电子商务O2O线下体验店，营业面积超过100平方米、500平方米、1000平方米的，一次性给予不超过20万元、50万元、100万元的资金扶持",
      conditions: [],
      award: each("o2oStores", "体验店", [
        oneOf("location", ["domestic"], "在郴州市建立"),
        noUnlessSaid("community", "非社区体验店（社区店按每新增1家5万元另计）"),
      ], tiers(
        tier("1000平方米档", above("areaSqm", 1000, "营业面积超过1000平方米"), upTo(wan(100))),
        tier("500平方米档", above("areaSqm", 500, "营业面积超过500平方米"), upTo(wan(50))),
        tier("100平方米档", above("areaSqm", 100, "营业面积超过100平方米"), upTo(wan(20))),
      )),
    },
    {
      id: "cz-2021-3/4.4b", clauseId: "cz-2021-3/4.4", part: "社区O2O体验店", kinds: ["cbec_enterprise"], subject: "o2o-community-store", period: "annual",
      quote: "对开办社区跨境电商O2O体验店的每新增1家体验店，一次性给予5万元资金扶持，单个企业年度最高支持金额不超过30万元",
      conditions: [],
      award: each("o2oStores", "体验店", [
        oneOf("location", ["domestic"], "在郴州市建立"),
        yes("community", "社区跨境电商O2O体验店"),
        yes("newThisYear", "当年新增"),
      ], give(wan(5))),
      cap: cap(wan(30), "单个企业年度最高支持金额不超过30万元"),
    },
    {
      id: "cz-2021-3/5.1", clauseId: "cz-2021-3/5.1", kinds: ["logistics_enterprise", "park_operator"], subject: "distribution-center", period: "one_off",
      quote: "对跨境电商公共分拨中心的主体建设单位或企业，给予一次性不超过100万元的资金支持",
      conditions: [yes("distributionCenterBuilder", "跨境电商公共分拨中心的主体建设单位或企业")],
      award: upTo(wan(100)),
    },
    {
      id: "cz-2021-3/5.2a", clauseId: "cz-2021-3/5.2", part: "公共海外仓建设试点", kinds: ["cbec_enterprise", "logistics_enterprise"], subject: "overseas-warehouse-build", period: "one_off",
      quote: "对被部、省、市商务部门列入公共海外仓建设试点的企业，除享受国家、省扶持资金外，一次性给予不超过100万元的扶持资金",
      conditions: [atLeast(countOf("overseasWarehouses", [oneOf("publicPilotLevel", ["ministry", "province", "city"], "列入公共海外仓建设试点")], "列入建设试点的海外仓数"), 1, "被部、省、市商务部门列入公共海外仓建设试点")],
      award: upTo(wan(100)),
    },
    {
      id: "cz-2021-3/5.2b", clauseId: "cz-2021-3/5.2", part: "租赁海外仓", kinds: ["cbec_enterprise", "logistics_enterprise"], subject: "overseas-warehouse-lease", period: "annual",
      quote: "对企业租赁海外仓在1000平方米以上的，按照实际租赁费用的50%给予奖励，每个仓库每年最高奖励金额不超过50万元",
      conditions: [],
      award: each("overseasWarehouses", "海外仓", [
        oneOf("mode", ["leased_whole", "leased_public"], "企业租赁海外仓"),
        atLeast("areaSqm", 1000, "租赁海外仓在1000平方米以上"),
      ], rateOf(0.5, "annualRent"), cap(wan(50), "每个仓库每年最高奖励金额不超过50万元")),
    },
    {
      id: "cz-2021-3/5.3", clauseId: "cz-2021-3/5.3", kinds: ["logistics_enterprise"], subject: "domestic-delivery", period: "annual",
      quote: "对与郴州综试区线上综合服务平台对接、且年度物流订单量达到1000单以上的跨境电商国内物流（含快递）配送企业，给予每单0.5元的补贴，每个企业最高补贴不超过30万元",
      conditions: [
        yes("connectedToCityPlatform", "与郴州综试区线上综合服务平台对接"),
        atLeast("logisticsOrders", 1000, "年度物流订单量达到1000单以上"),
      ],
      award: per(0.5, 1, "logisticsOrders"),
      cap: cap(wan(30), "每个企业最高补贴不超过30万元"),
    },
    {
      id: "cz-2021-3/5.4", clauseId: "cz-2021-3/5.4", kinds: ["logistics_enterprise", "cbec_enterprise"], subject: "international-express", period: "annual",
      quote: "以国际快件方式开展进出口业务的，按照郴办发〔2019〕5号文件规定享受一般贸易奖励政策，每家企业最高奖励金额不超过100万元",
      conditions: [yes("internationalExpress", "以国际快件方式开展进出口业务")],
      award: upTo(wan(100)),
      notes: ["具体金额按郴办发〔2019〕5号文件规定的一般贸易奖励政策计算，本文件只规定上限"],
    },
    {
      id: "cz-2021-3/6.1", clauseId: "cz-2021-3/6.1", kinds: ["service_enterprise", "association", "event_organizer"], subject: "promotion-services", period: "annual",
      quote: "对经领导小组办公室批准的展览、展示、宣传、行业峰会论坛和课题研究等服务，给予一定支持",
      conditions: [yes("approvedPromotionServices", "承接经领导小组办公室批准的展览、展示、宣传、行业峰会论坛和课题研究等服务")],
      award: unspecified("给予一定支持"),
    },
    {
      id: "cz-2021-3/6.2", clauseId: "cz-2021-3/6.2", kinds: ["cbec_enterprise"], subject: "loan-interest", period: "annual",
      quote: "在跨境电商交易过程中使用跨境金融产品按同期一年期贷款市场报价利率的20%给予贴息，给予单个企业每年补贴最高不超过30万元",
      conditions: [yes("connectedToCityPlatform", "在郴州综试区线上综合服务平台备案")],
      award: rateOf({ param: "lprOneYear", factor: 0.2, text: "同期一年期贷款市场报价利率" }, "crossBorderFinanceLoan"),
      cap: cap(wan(30), "给予单个企业每年补贴最高不超过30万元"),
      notes: ["按贷款本金全年计息估算；实际按用款期限计算"],
    },
    {
      id: "cz-2021-3/7.1", clauseId: "cz-2021-3/7.1", part: "企业员工在职培训", kinds: ENTERPRISES, subject: "staff-training", period: "annual",
      quote: "鼓励企业对本企业员工开展跨境电子商务相关业务在职培训，按年度培训费用的30%予以支持，最高不超过20万元",
      conditions: [],
      award: each("trainingClasses", "培训班", [oneOf("audience", ["own_staff"], "对本企业员工开展的在职培训")], rateOf(0.3, "cost")),
      cap: cap(wan(20), "最高不超过20万元"),
    },
    {
      id: "cz-2021-3/7.2", clauseId: "cz-2021-3/7.2", part: "人才培养输出基地", kinds: ["training_institution", "university", "vocational_college", "association", "cbec_enterprise"], subject: "talent-base", period: "one_off",
      quote: "按照基地基础建设与实际运营投入的50%给予最高不超过100万元的补贴",
      conditions: [yes("talentBase.recognized", "经市商务部门认定为“郴州市跨境电商综试区人才培养输出基地”")],
      award: rateOf(0.5, "talentBase.investment"),
      cap: cap(wan(100), "最高不超过100万元"),
    },
    {
      id: "cz-2021-3/7.3", clauseId: "cz-2021-3/7.3", kinds: ["cbec_enterprise"], subject: "senior-talent", period: "annual",
      quote: "对跨境电子商务企业引进签订3年以上服务合同，年薪达30万元以上的电子商务高级人才，落实“林邑聚才”激励措施",
      conditions: [atLeast(countOf("seniorTalentHires", [
        atLeast("contractYears", 3, "签订3年以上服务合同"),
        atLeast("annualSalary", wanCny(30), "年薪达30万元以上"),
      ], "符合条件的高级人才数"), 1, "引进签订3年以上服务合同、年薪达30万元以上的电子商务高级人才")],
      award: unspecified("落实“林邑聚才”激励措施，对高级人才落实个人所得税减免或等额奖励，本文件未规定金额"),
    },
    {
      id: "cz-2021-3/7.4", clauseId: "cz-2021-3/7.4", kinds: ["training_institution", "association", "cbec_enterprise"], subject: "training-events", period: "annual",
      quote: "对经中国（郴州）跨境电子商务综合试验区工作领导小组办公室同意举办且活动规模在100人以上的给予补助，每场活动分别给予不超过10万元的资金支持，同一家培训机构最高不超过100万元",
      conditions: [],
      award: each("trainingClasses", "培训活动", [
        yesUnlessSaid("approved", "经综试区工作领导小组办公室同意举办"),
        atLeast("participants", 100, "活动规模在100人以上"),
      ], upTo(wan(10))),
      cap: cap(wan(100), "同一家培训机构最高不超过100万元"),
    },
  ],
};
