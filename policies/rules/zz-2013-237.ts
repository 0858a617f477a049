// 郑政文〔2013〕237号 关于大力推进郑州市国家电子商务示范城市创建的若干意见 — 三(一)–(十) and 三(十一).
import { above, atLeast, cap, give, oneOf, rateOf, tier, tiers, unspecified, wan, wanCny, yes } from "../engine/dsl.ts";
import type { PolicyDocument } from "../engine/types.ts";
import { KINDS } from "../profile.ts";
import { ENTERPRISES } from "./kinds.ts";

export const zz2013237: PolicyDocument = {
  docId: "zz-2013-237",
  preconditions: [],
  stacking: {
    clauseId: "zz-2013-237/3.11",
    quote: "同一企业的同一项目同时符合上述多项奖励条件的，不重复享受各项奖励政策，只按照奖励额度最高的政策进行奖励",
    scope: "document",
    explanation: "同一企业的同一项目符合多项奖励条件的，只按奖励额度最高的一项计（就高）",
  },
  rules: [
    {
      id: "zz-2013-237/3.1", clauseId: "zz-2013-237/3.1", kinds: ENTERPRISES, subject: "demo-enterprise", period: "one_off",
      quote: "经认定为国家、省级电子商务示范企业的，分别按照100万元、60万元的标准给予一次性奖励",
      conditions: [],
      award: tiers(
        tier("国家级", oneOf("demoEnterpriseLevel", ["national"], "经认定为国家电子商务示范企业"), give(wan(100))),
        tier("省级", oneOf("demoEnterpriseLevel", ["provincial"], "经认定为省级电子商务示范企业"), give(wan(60))),
      ),
    },
    {
      id: "zz-2013-237/3.2", clauseId: "zz-2013-237/3.2", kinds: ENTERPRISES, subject: "hq-relocation", period: "one_off",
      quote: "对行业国际排名前十名或行业国内排名前三名的知名电子商务企业在郑州设立总部，按照一事一议的政策进行支持",
      conditions: [
        yes("industryTopRanked", "行业国际排名前十名或行业国内排名前三名"),
        yes("hq.inCity", "在郑州设立总部"),
      ],
      award: unspecified("按照一事一议的政策进行支持"),
    },
    {
      id: "zz-2013-237/3.3a", clauseId: "zz-2013-237/3.3", part: "电子商务试点项目", kinds: ENTERPRISES, subject: "pilot-project", period: "one_off",
      quote: "总投资额在1000万元以上，给予总投资额10%的资金支持，单个项目支持金额最高不超过300万元",
      conditions: [atLeast("projectInvestment", wanCny(1000), "总投资额在1000万元以上")],
      award: rateOf(0.1, "projectInvestment"),
      cap: cap(wan(300), "单个项目支持金额最高不超过300万元"),
      confirm: ["项目为市里每年组织开展的电子商务试点项目"],
    },
    {
      id: "zz-2013-237/3.3b", clauseId: "zz-2013-237/3.3", part: "国家电子商务试点项目配套", kinds: ENTERPRISES, subject: "pilot-project", period: "one_off",
      quote: "对于获批的国家电子商务试点项目，地方财政按1:1的标准，给予资金配套支持",
      conditions: [],
      award: rateOf(1, "nationalPilotFunding"),
      notes: ["按国家支持资金1:1配套"],
    },
    {
      id: "zz-2013-237/3.4", clauseId: "zz-2013-237/3.4", kinds: ENTERPRISES, subject: "ca-certificate", period: "annual",
      quote: "对使用数字认证（CA）等服务从事电子商务活动的企业给予认证服务费50%的补贴",
      conditions: [],
      award: rateOf(0.5, "caServiceFee"),
    },
    {
      id: "zz-2013-237/3.5", clauseId: "zz-2013-237/3.5", kinds: ["payment_institution"], subject: "payment-hq-setup", period: "one_off",
      quote: "对取得中国人民银行《支付业务许可证》的第三方支付平台在郑州设立总部的企业，给予200万元的资金支持",
      conditions: [
        yes("hasPaymentLicense", "取得中国人民银行《支付业务许可证》"),
        yes("hq.inCity", "在郑州设立总部"),
      ],
      award: give(wan(200)),
    },
    {
      id: "zz-2013-237/3.6", clauseId: "zz-2013-237/3.6", kinds: ["agency_operator"], subject: "agency-service", period: "annual",
      quote: "市财政对本市注册且年服务费收入100万元以上的电子商务代运营企业，按年服务费的10%给予资金支持，同一企业每年支持资金最高不超过100万元，可连续支持3年",
      conditions: [atLeast("serviceRevenue", wanCny(100), "年服务费收入100万元以上")],
      award: rateOf(0.1, "serviceRevenue"),
      cap: cap(wan(100), "同一企业每年支持资金最高不超过100万元"),
      notes: ["可连续支持3年"],
    },
    {
      id: "zz-2013-237/3.7", clauseId: "zz-2013-237/3.7", kinds: KINDS, subject: "national-standard", period: "one_off",
      quote: "对于参与国家标准制定的单位给予40万元的一次性资金支持",
      conditions: [yes("nationalStandardParticipation", "参与电子商务国家标准制定")],
      award: give(wan(40)),
    },
    {
      id: "zz-2013-237/3.8", clauseId: "zz-2013-237/3.8", kinds: ["park_operator"], subject: "park-recognition", period: "one_off",
      quote: "经认定为国家、省、市级电子商务示范园区（基地）的，市财政分别一次性给予100、60、30万元的奖励",
      conditions: [],
      award: tiers(
        tier("国家级", oneOf("demoParkLevel", ["national"], "经认定为国家级电子商务示范园区（基地）"), give(wan(100))),
        tier("省级", oneOf("demoParkLevel", ["provincial"], "经认定为省级电子商务示范园区（基地）"), give(wan(60))),
        tier("市级", oneOf("demoParkLevel", ["municipal"], "经认定为市级电子商务示范园区（基地）"), give(wan(30))),
      ),
    },
    {
      id: "zz-2013-237/3.9a", clauseId: "zz-2013-237/3.9", part: "示范性楼宇工程", kinds: ["building_operator"], subject: "building", period: "one_off",
      quote: "对办公使用面积超过10000平方米，电子商务经营主体入驻率超过50%，实际运行一年以上的电子商务专业楼宇，经市创建国家电子商务示范城市工作领导小组认定为示范性楼宇工程的，给予楼宇组织管理单位一次性100万元的奖励",
      conditions: [
        above("building.officeAreaSqm", 10_000, "办公使用面积超过10000平方米"),
        above("building.occupancyRate", 0.5, "电子商务经营主体入驻率超过50%"),
        atLeast("building.monthsOperating", 12, "实际运行一年以上"),
        yes("building.recognizedAsDemo", "经领导小组认定为示范性楼宇工程"),
      ],
      award: give(wan(100)),
    },
    {
      id: "zz-2013-237/3.9b", clauseId: "zz-2013-237/3.9", part: "入驻专业楼宇的租金补助", kinds: ENTERPRISES, subject: "building-rent", period: "annual",
      quote: "对入驻专业楼宇的电子商务企业，其房屋租金给予适当的补助",
      conditions: [yes("inEcommerceBuilding", "入驻电子商务专业楼宇")],
      award: unspecified("由各县（市、区）根据实际情况给予适当的房屋租金补助"),
    },
    {
      id: "zz-2013-237/3.10", clauseId: "zz-2013-237/3.10", part: "协会组织的电子商务培训", kinds: ENTERPRISES, subject: "association-training", period: "annual",
      quote: "给予培训费30%的奖励，每家企业每年奖励累计不超过5万元",
      conditions: [],
      award: rateOf(0.3, "associationTrainingFees"),
      cap: cap(wan(5), "每家企业每年奖励累计不超过5万元"),
      confirm: ["参加的是电子商务协会等专业组织举办的行业前沿知识培训"],
    },
  ],
};
