// What an enterprise does, as a screening starts from it: 海外仓, 线下体验店, 出口信保 … Each
// activity names the profile fields only it brings into play, so a form or a dialogue asks about
// a warehouse only of someone who has one, and records "none" for the rest. Channel-neutral data:
// the web form and the guided dialogue both read it (policies/form-plan.ts decides what to ask).
import type { Kind } from "./profile.ts";

export interface Activity {
  id: string;
  /** Short name, as a checkbox or a button says it. */
  label: string;
  /** What ticking it states about the enterprise. */
  text: string;
  /** Profile fields (top-level, or an object's sub-fields) that only this activity brings into play. */
  fields: string[];
  /** Kinds whose very business this is: asked about it without ticking anything. */
  coreFor?: Kind[];
}

export const ACTIVITIES: readonly Activity[] = [
  { id: "export", label: "跨境电商出口", text: "开展跨境电商出口业务", fields: ["crossBorderExport"] },
  { id: "credit_insurance", label: "出口信保", text: "投保出口信用保险", fields: ["creditInsurancePremium"] },
  {
    id: "logistics", label: "国际物流", text: "支付国际物流费用，开设国际物流专线、以国际快件方式进出口，或建设出口监管仓、公共分拨中心",
    fields: ["logisticsSpend", "logisticsLineWeeklyRuns", "internationalExpress", "exportSupervisionWarehouse", "distributionCenterBuilder"],
    coreFor: ["logistics_enterprise"],
  },
  { id: "overseas_warehouse", label: "海外仓", text: "建设或租用海外仓", fields: ["overseasWarehouses"] },
  { id: "overseas_branch", label: "海外分公司", text: "设立海外分公司", fields: ["overseasBranches"] },
  { id: "o2o_store", label: "线下体验店", text: "开设跨境电商O2O线下体验店（新零售店）", fields: ["o2oStores"] },
  {
    id: "marketing", label: "网络推广、平台与独立站", text: "投放网络推广，入驻亚马逊等第三方平台，或建设独立站",
    fields: ["marketingSpend", "platformPromotionFee", "platformStoreFee"],
  },
  { id: "brands", label: "品牌与国际认证", text: "在境外注册自有商标、取得国际认证，或新获名牌称号", fields: ["brands", "trademarkFee", "certificationFee"] },
  { id: "hq", label: "总部", text: "在本市设立全国性或区域性总部", fields: ["hq"] },
  {
    id: "park", label: "园区与专业楼宇", text: "入驻或运营跨境电商园区（基地）、电子商务专业楼宇",
    fields: ["park", "parkTenancy", "parkServiceFees", "demoParkLevel", "inEcommerceBuilding", "building"],
    coreFor: ["park_operator", "building_operator"],
  },
  {
    id: "training", label: "人才培训", text: "开展或参加跨境电商培训、人才孵化，引进高级人才，建设人才培养基地",
    fields: ["trainingClasses", "talentBase", "seniorTalentHires", "associationTrainingFees", "inTalentIncubation"],
    coreFor: ["training_institution", "university", "vocational_college"],
  },
  { id: "livestream", label: "直播电商", text: "开展直播带货", fields: ["liveStreamSales", "inRetailSalesStatistics"], coreFor: ["livestream_enterprise"] },
  {
    id: "events", label: "会展、竞赛与课题", text: "举办跨境电商竞赛，或承接经批准的展览、宣传、峰会论坛、课题研究",
    fields: ["approvedCompetitions", "approvedPromotionServices"],
    coreFor: ["event_organizer", "association"],
  },
  {
    id: "honors", label: "示范与标准", text: "获评电子商务示范企业、参与国家标准制定，或行业排名领先",
    fields: ["demoEnterpriseLevel", "nationalStandardParticipation", "industryTopRanked"],
  },
  { id: "pilot_project", label: "电子商务试点项目", text: "承担电子商务试点项目", fields: ["projectInvestment", "nationalPilotFunding"] },
  { id: "ca", label: "数字认证（CA）", text: "使用数字认证（CA）服务", fields: ["caServiceFee"] },
  { id: "finance", label: "跨境金融贷款", text: "在跨境电商交易中使用跨境金融产品贷款", fields: ["crossBorderFinanceLoan"] },
];

/** Whether the declaration path `path` (hq.inCity, overseasWarehouses[].mode) lies within the field `root`. */
export function isWithin(path: string, root: string): boolean {
  return path === root || path.startsWith(`${root}.`) || path.startsWith(`${root}[]`);
}

/** The activity a field belongs to, if any. */
export function activityOf(path: string): Activity | undefined {
  return ACTIVITIES.find((a) => a.fields.some((f) => isWithin(path, f)));
}
