// The kinds of applicant (CONTRACT.md §3 `kinds`) and their Chinese names.

export const KIND_LABELS = {
  cbec_enterprise: "跨境电商企业",
  public_service_platform: "跨境电商公共服务平台",
  third_party_platform: "第三方跨境电商平台",
  payment_institution: "第三方支付机构",
  park_operator: "园区运营（建设）单位",
  service_enterprise: "跨境电商服务企业",
  agency_operator: "电子商务代运营企业",
  logistics_enterprise: "物流（快递）企业",
  university: "本科院校",
  vocational_college: "高职院校",
  training_institution: "社会培训机构",
  association: "行业协会等组织",
  event_organizer: "活动（竞赛）举办方",
  building_operator: "电子商务专业楼宇管理单位",
  livestream_enterprise: "直播电商企业",
} as const;
export type Kind = keyof typeof KIND_LABELS;
export const KINDS = Object.keys(KIND_LABELS) as Kind[];
