// The enterprise profile (CONTRACT.md §3 and the fields added in its style), declared once.
// Validation, the guided dialogue, the HTTP schema, the web form and the docs all derive from
// this declaration: every field carries its Chinese label, the question the dialogue asks, an
// example answer and its unit as zod metadata.
import { z } from "zod";
import { isIsoDate } from "../corpus/validity.ts";
import { FIGURE_CEILING } from "./numbers.ts";
import { KIND_LABELS, KINDS, type Kind } from "./kind-labels.ts";

export interface FieldMeta {
  /** Chinese name of the field, used in explanations ("跨境电商出口额"). */
  label: string;
  /** The question the dialogue asks. */
  ask?: string;
  /** An example answer, as a user would type it. */
  example?: string;
  /** Unit shown next to a number: 平方米, 个月, 家 … */
  unit?: string;
  /** Chinese labels of an enum's values. */
  choices?: Record<string, string>;
  /** A setting of the screening with a default, not a fact about the enterprise: what applies when it is not given. Forms do not ask it. */
  setting?: string;
}

const meta = <T extends z.ZodType>(schema: T, m: FieldMeta) => schema.optional().meta({ ...m });

// ---------------------------------------------------------------------------------------------
// Building blocks

// Every figure is at most FIGURE_CEILING (1万亿), so whatever the evaluator computes stays finite.
const figure = () => z.number().max(FIGURE_CEILING);

export const CURRENCIES = ["CNY", "USD"] as const;
export const MoneySchema = z.strictObject({
  amount: figure().nonnegative(),
  currency: z.enum(CURRENCIES),
});

const isoDate = z.string().refine(isIsoDate, { message: "应为 YYYY-MM-DD 格式的日期" });
const count = figure().int().nonnegative();
const positive = figure().nonnegative();
const money = (m: FieldMeta) => meta(MoneySchema, m);
const yesNo = (m: FieldMeta) => meta(z.boolean(), m);
const integer = (m: FieldMeta) => meta(count, m);
const quantity = (m: FieldMeta) => meta(positive, m);

// The kinds of applicant live apart from the schema, so the web console words them without zod.
export { KIND_LABELS, KINDS, type Kind };

// ---------------------------------------------------------------------------------------------
// Items of lists

export const O2OStoreSchema = z.strictObject({
  location: meta(z.enum(["domestic", "overseas"]), {
    label: "门店位置", ask: "这家门店开在境内还是境外？", choices: { domestic: "境内", overseas: "境外" },
  }),
  areaSqm: quantity({ label: "营业面积", ask: "这家门店的营业面积是多少平方米？", example: "1200平方米", unit: "平方米" }),
  monthsOperating: integer({ label: "已经营月数", ask: "这家门店已经营业多少个月？", example: "15个月", unit: "个月" }),
  annualTransaction: money({ label: "门店年交易额", ask: "这家门店一年的交易额是多少？", example: "150万美元" }),
  retailImport: money({ label: "门店年跨境电商零售进口额", ask: "这家门店一年的跨境电商零售进口额是多少？", example: "3500万元" }),
  viaSingleWindow: yesNo({ label: "通过“单一窗口”或综合服务平台交易", ask: "境外门店的交易是否通过郑州跨境电商“单一窗口”或综合服务平台完成？" }),
  community: yesNo({ label: "社区体验店", ask: "这是开在社区的跨境电商O2O体验店吗？" }),
  newThisYear: yesNo({ label: "当年新开", ask: "这家门店是当年新开的吗？" }),
}).meta({ label: "O2O线下体验店（新零售店）" });

export const WarehouseSchema = z.strictObject({
  // "other" records a warehouse of none of the three ways (自建自用): no clause supports it.
  mode: meta(z.enum(["built_public", "leased_whole", "leased_public", "other"]), {
    label: "海外仓方式", ask: "这个海外仓是哪种方式？",
    choices: { built_public: "自建公共海外仓", leased_whole: "整体租赁海外仓", leased_public: "租用公共海外仓", other: "都不是（如自建自用）" },
  }),
  areaSqm: quantity({ label: "海外仓面积", ask: "这个海外仓的面积是多少平方米？", example: "12000平方米", unit: "平方米" }),
  monthsOperating: integer({ label: "已经营（使用）月数", ask: "这个海外仓已经营或使用多少个月？", example: "14个月", unit: "个月" }),
  equipmentInvestment: money({ label: "仓储设备投入额", ask: "这个海外仓的仓储设备投入是多少？", example: "800万元" }),
  annualRent: money({ label: "年实际租赁费用", ask: "这个海外仓一年的实际租赁费用是多少？", example: "120万元" }),
  annualOperatingFees: money({ label: "公共海外仓年使用操作费用", ask: "租用公共海外仓一年的使用操作费用是多少？", example: "15万美元" }),
  publicPilotLevel: meta(z.enum(["ministry", "province", "city", "none"]), {
    label: "公共海外仓建设试点级别", ask: "这个海外仓被哪一级商务部门列入公共海外仓建设试点？",
    choices: { ministry: "商务部", province: "省商务厅", city: "市商务局", none: "未列入试点" },
  }),
}).meta({ label: "海外仓" });

export const TrainingClassSchema = z.strictObject({
  audience: meta(z.enum(["individual", "enterprise", "own_staff", "other"]), {
    label: "培训对象", ask: "这个培训班面向谁？",
    choices: { individual: "面向个人", enterprise: "面向企业", own_staff: "本企业员工在职培训", other: "都不是" },
  }),
  days: quantity({ label: "每班次天数", ask: "这个班培训了多少天？", example: "30天", unit: "天" }),
  participants: integer({ label: "每班次人数", ask: "这个班有多少人参加？", example: "60人", unit: "人" }),
  cost: money({ label: "培训费用", ask: "这个班实际发生的培训费用是多少？", example: "20万元" }),
  approved: yesNo({ label: "经综试区领导小组办公室同意举办", ask: "这场培训活动是否经中国（郴州）跨境电商综试区领导小组办公室同意举办？" }),
}).meta({ label: "培训班（活动）" });

export const BranchSchema = z.strictObject({
  annualTrade: money({ label: "海外分公司年交易额", ask: "这家海外分公司一年的交易额是多少？", example: "350万美元" }),
}).meta({ label: "海外分公司" });

export const SeniorHireSchema = z.strictObject({
  contractYears: quantity({ label: "服务合同年限", ask: "与这位人才签订的服务合同是几年？", example: "3年", unit: "年" }),
  annualSalary: money({ label: "年薪", ask: "这位人才的年薪是多少？", example: "35万元" }),
}).meta({ label: "引进的电子商务高级人才" });

const list = <T extends z.ZodType>(item: T, m: FieldMeta) => meta(z.array(item), m);

// ---------------------------------------------------------------------------------------------
// The profile

export const ProfileSchema = z.strictObject({
  asOf: meta(isoDate, { label: "筛查日期", ask: "按哪一天的政策有效性来筛查？", example: "2024-06-30" }),
  year: meta(z.number().int().min(2000).max(2100), { label: "业绩年度", ask: "下面填写的数据是哪一年的？", example: "2023" }),
  fxUsdCny: meta(figure().positive(), { label: "美元兑人民币汇率", ask: "按多少汇率把美元折算成人民币？", example: "7.1", setting: "系统配置的默认汇率" }),
  // Its choices are the cities of the corpus in use (policies/fields.ts).
  city: z.string().trim().min(1).meta({ label: "注册地城市", ask: "企业在哪个城市注册并纳税？" }),
  district: meta(z.string().trim().min(1), { label: "所在区县（市）", ask: "企业在郑州的哪个区县（市）？", example: "金水区" }),
  kinds: meta(z.array(z.enum(KINDS as [Kind, ...Kind[]])).min(1), {
    label: "主体类型", ask: "贵单位属于哪一类主体？（可多选）", choices: KIND_LABELS,
  }),
  independentLegalPerson: yesNo({ label: "具备独立法人资格并在当地登记纳税", ask: "是否在当地依法注册、登记纳税并具备独立法人资格？" }),
  henanEcommerceCertified: yesNo({ label: "取得“河南省电子商务企业”认定", ask: "是否已取得“河南省电子商务企业”认定？" }),
  reportsCbecStatistics: yesNo({ label: "按时报送跨境电商统计数据（纳入海关跨境电商统计）", ask: "是否按时报送跨境电商统计数据、纳入海关跨境电商统计体系？" }),
  inETradeCoreZonePolicy: yesNo({ label: "已享受E贸易核心功能集聚区政策", ask: "是否已享受E贸易核心功能集聚区相关政策？" }),
  hasPaymentLicense: yesNo({ label: "持有《支付业务许可证》", ask: "是否取得中国人民银行《支付业务许可证》？" }),
  hq: meta(
    z.strictObject({
      inCity: yesNo({ label: "在本市设立全国性或区域性总部", ask: "是否在本市设立了全国性或区域性总部？" }),
      establishedOn: meta(isoDate, { label: "总部落户日期", ask: "总部是哪一天落户的？", example: "2022-03-01" }),
      priorBestTrade: money({ label: "落户后此前最好整年度跨境电商进出口额", ask: "落户后、本业绩年度之前，最好的一个整年度跨境电商进出口额是多少？（没有则填0）", example: "3亿元" }),
    }),
    { label: "总部" },
  ),
  exportSupervisionWarehouse: yesNo({ label: "在郑州建立并经郑州海关批准的出口监管仓", ask: "是否在郑州建立了经郑州海关批准的出口监管仓？" }),
  // "none" records the fact that there is no such recognition: the clauses that need one are not met.
  demoEnterpriseLevel: meta(z.enum(["national", "provincial", "none"]), {
    label: "电子商务示范企业级别", ask: "是否被认定为电子商务示范企业？是哪一级？", choices: { national: "国家级", provincial: "省级", none: "未被认定" },
  }),
  demoParkLevel: meta(z.enum(["national", "provincial", "municipal", "none"]), {
    label: "所在（运营）电子商务示范园区（基地）级别", ask: "所在或运营的园区（基地）是哪一级电子商务示范园区？",
    choices: { national: "国家级", provincial: "省级", municipal: "市级", none: "不是示范园区（基地）" },
  }),
  onlineTransaction: money({ label: "跨境电商在线交易额", ask: "一年的跨境电商在线交易额是多少？", example: "150万美元" }),
  crossBorderTrade: money({ label: "跨境电商进出口额", ask: "一年的跨境电商进出口额是多少？", example: "2500万元" }),
  crossBorderExport: money({ label: "跨境电商出口额", ask: "一年的跨境电商出口额是多少？", example: "300万美元" }),
  retailImport: money({ label: "跨境电商零售进口额", ask: "一年的跨境电商零售进口额是多少？", example: "3500万元" }),
  serviceRevenue: money({ label: "服务收入（营业收入）", ask: "一年的服务收入（营业收入）是多少？", example: "1200万元" }),
  serviceRevenueGrowth: meta(figure().min(-1), { label: "服务收入同比增幅", ask: "营业收入比上一年增长了多少？", example: "12%", unit: "%" }),
  paymentVolume: money({ label: "线上交易额（结算规模）", ask: "一年的跨境线上交易额（结算规模）是多少？", example: "120亿元" }),
  servedEnterprises: integer({ label: "服务的跨境电商企业数", ask: "服务了多少家跨境电商企业？", example: "60家", unit: "家" }),
  customsOrders: integer({ label: "年通关单量", ask: "一年的通关单量是多少单？", example: "6000万单", unit: "单" }),
  logisticsOrders: integer({ label: "年度物流订单量（经郴州平台）", ask: "通过郴州综试区平台的年度国内物流订单量是多少单？", example: "20000单", unit: "单" }),
  connectedToCityPlatform: yesNo({ label: "已对接（备案）市跨境电商线上综合服务平台", ask: "是否已与本市跨境电商线上综合服务平台对接或在其备案？" }),
  marketingSpend: money({ label: "网络推广、第三方平台、网站（独立站）建设费用", ask: "一年用于跨境电商的网络广告推广、第三方平台和网站（独立站）建设费用是多少？", example: "80万元" }),
  platformPromotionFee: money({ label: "第三方平台年度推广费用", ask: "在亚马逊、速卖通等第三方平台一年的推广费用是多少？", example: "40万元" }),
  platformStoreFee: money({ label: "第三方平台新注册店铺入驻年费", ask: "在第三方平台新注册店铺的入驻年费是多少？", example: "3万元" }),
  creditInsurancePremium: money({ label: "出口信保费用", ask: "一年的出口信用保险保费是多少？", example: "50万元" }),
  logisticsSpend: money({ label: "国际物流费用（含邮政小包）", ask: "一年实际发生的国际物流费用（国际运费，含邮政小包）是多少？", example: "260万元" }),
  parkServiceFees: money({ label: "园区综合服务费（房租、物业、保税仓储，不含水电）", ask: "一年实际缴纳的园区综合服务费（房租、物业费、保税区仓储服务费等，不含水电费）是多少？", example: "90万元" }),
  caServiceFee: money({ label: "数字认证（CA）服务费", ask: "一年的数字认证（CA）服务费是多少？", example: "2万元" }),
  projectInvestment: money({ label: "电子商务试点项目总投资额", ask: "电子商务试点项目的总投资额是多少？", example: "3000万元" }),
  nationalPilotFunding: money({ label: "获批国家电子商务试点项目的国家支持资金", ask: "项目获批国家电子商务试点后，国家支持资金是多少？", example: "200万元" }),
  trademarkFee: money({ label: "境外商标注册费用", ask: "出口产品在境外注册自有商标的费用是多少？", example: "20万元" }),
  certificationFee: money({ label: "国际认证服务费用", ask: "出口产品国际认证的服务费用是多少？", example: "30万元" }),
  enrollment: integer({ label: "跨境电商专业（订单班）招生人数", ask: "跨境电商专业（或订单班）纳入全国统一招生计划的招生人数是多少？", example: "60人", unit: "人" }),
  brands: meta(
    z.strictObject({
      newChinaFamousExportBrands: integer({ label: "当年新获“中国名牌出口商品”品牌数", ask: "当年新获国家“中国名牌出口商品”的品牌有几个？", example: "1个", unit: "个" }),
      newHenanInternationalBrands: integer({ label: "当年新获“河南省国际知名品牌”数", ask: "当年新获“河南省国际知名品牌”的有几个？", example: "2个", unit: "个" }),
    }),
    { label: "当年新获品牌" },
  ),
  overseasBranches: list(BranchSchema, { label: "海外分公司", ask: "设立了几家海外分公司？" }),
  o2oStores: list(O2OStoreSchema, { label: "O2O线下体验店（新零售店）", ask: "开设了几家跨境电商线下体验店（新零售店）？" }),
  overseasWarehouses: list(WarehouseSchema, { label: "海外仓", ask: "建设或租用了几个海外仓？" }),
  park: meta(
    z.strictObject({
      areaSqm: quantity({ label: "园区实际使用面积", ask: "园区实际使用面积是多少平方米？", example: "15000平方米", unit: "平方米" }),
      monthsOperating: integer({ label: "园区已经营月数", ask: "园区已经营多少个月？", example: "18个月", unit: "个月" }),
      enterprises: integer({ label: "入驻跨境电商企业数", ask: "园区入驻了多少家跨境电商企业？", example: "35家", unit: "家" }),
      newEnterprises: integer({ label: "当年新入驻（新注册）企业数", ask: "园区当年新入驻（新注册）了多少家企业？", example: "25家", unit: "家" }),
      tradeVolume: money({ label: "园区年（跨境电商）进出口额", ask: "园区一年的外贸（跨境电商）进出口额是多少？", example: "25亿元" }),
      retailContribution: money({ label: "园区社消零年综合贡献", ask: "园区对社会消费品零售总额的年综合贡献是多少？", example: "12亿元" }),
      recognizedBy: meta(z.enum(["city", "province", "none"]), {
        label: "认定园区的商务部门", ask: "园区由哪一级商务部门认定？", choices: { city: "市级", province: "省级", none: "未经认定" },
      }),
    }),
    { label: "园区" },
  ),
  trainingClasses: list(TrainingClassSchema, { label: "培训班（活动）", ask: "这一年办了几个跨境电商培训班（活动）？" }),
  // Fields below extend CONTRACT.md §3 in its style, for clauses it does not cover.
  logisticsLineWeeklyRuns: quantity({ label: "国际物流专线一年内平均每周班次", ask: "开设的国际物流专线一年内平均每周开行几个班次？", example: "2班", unit: "班" }),
  inTalentIncubation: yesNo({ label: "参加跨境电商人才孵化项目", ask: "是否参加了区县（市）与高校、孵化机构合作的跨境电商人才孵化项目？" }),
  approvedCompetitions: integer({ label: "经批准在郑州举办的跨境电商竞赛场数", ask: "经批准在郑州市举办了几场跨境电商竞赛？", example: "1场", unit: "场" }),
  industryTopRanked: yesNo({ label: "行业国际排名前十或国内排名前三", ask: "企业是否为行业国际排名前十名或国内排名前三名的知名电子商务企业？" }),
  nationalStandardParticipation: yesNo({ label: "参与电子商务国家标准制定", ask: "是否参与了电子商务国家标准的制定？" }),
  building: meta(
    z.strictObject({
      officeAreaSqm: quantity({ label: "楼宇办公使用面积", ask: "楼宇办公使用面积是多少平方米？", example: "12000平方米", unit: "平方米" }),
      occupancyRate: meta(z.number().min(0).max(1), { label: "电子商务经营主体入驻率", ask: "电子商务经营主体的入驻率是多少？", example: "60%", unit: "%" }),
      monthsOperating: integer({ label: "楼宇实际运行月数", ask: "楼宇实际运行了多少个月？", example: "14个月", unit: "个月" }),
      recognizedAsDemo: yesNo({ label: "被认定为示范性楼宇工程", ask: "是否经市创建国家电子商务示范城市工作领导小组认定为示范性楼宇工程？" }),
    }),
    { label: "电子商务专业楼宇" },
  ),
  inEcommerceBuilding: yesNo({ label: "入驻电子商务专业楼宇", ask: "企业是否入驻了电子商务专业楼宇？" }),
  associationTrainingFees: money({ label: "参加协会等组织电商培训所付培训费", ask: "参加电子商务协会等组织举办的培训，一年付了多少培训费？", example: "8万元" }),
  supervisionCenterInvestment: money({ label: "跨境电商监管中心当年投入费用", ask: "当年在跨境电商监管中心（查验设备、管理信息系统、质量溯源系统等）投入了多少？", example: "150万元" }),
  beltRoadSiteTrade: money({ label: "“一带一路”子网站（独立页面）年跨境电商成交额", ask: "面向“一带一路”国家和地区的子网站或独立页面，与目的地区一年的跨境电商成交额是多少？", example: "600万美元" }),
  distributionCenterBuilder: yesNo({ label: "跨境电商公共分拨中心主体建设单位", ask: "是否为跨境电商公共分拨中心的主体建设单位？" }),
  internationalExpress: yesNo({ label: "以国际快件方式开展进出口业务", ask: "是否以国际快件方式开展进出口业务？" }),
  approvedPromotionServices: yesNo({ label: "承接经批准的展览、展示、宣传或课题研究服务", ask: "是否承接了经综试区领导小组办公室批准的展览、展示、宣传、峰会论坛或课题研究等服务？" }),
  crossBorderFinanceLoan: money({ label: "使用跨境金融产品的贷款本金", ask: "在跨境电商交易中使用跨境金融产品的贷款本金是多少？", example: "500万元" }),
  lprOneYear: meta(z.number().positive().max(1), {
    label: "一年期贷款市场报价利率（LPR）", ask: "按多少一年期LPR计算贴息？", example: "3.45%", unit: "%", setting: "业绩年度末公布的一年期LPR",
  }),
  talentBase: meta(
    z.strictObject({
      recognized: yesNo({ label: "经市商务部门认定为人才培养输出基地", ask: "是否经市商务部门认定为“郴州市跨境电商综试区人才培养输出基地”？" }),
      investment: money({ label: "基地基础建设与实际运营投入", ask: "基地基础建设与实际运营投入是多少？", example: "160万元" }),
    }),
    { label: "人才培养输出基地" },
  ),
  seniorTalentHires: list(SeniorHireSchema, { label: "引进的电子商务高级人才", ask: "引进了几位电子商务高级人才？" }),
  parkTenancy: meta(
    z.strictObject({
      newThisYear: yesNo({ label: "当年新入驻园区", ask: "是否当年新入驻园区（基地）？" }),
      parkRecognized: yesNo({ label: "园区经省市商务部门认定或为省级电商示范基地", ask: "入驻的园区是否经省级或市级商务部门认定，或为省级电子商务示范基地？" }),
      areaSqm: quantity({ label: "实际租赁面积", ask: "实际租赁的办公、仓储面积是多少平方米？", example: "300平方米", unit: "平方米" }),
      annualRent: money({ label: "年租金", ask: "一年的租金是多少？", example: "30万元" }),
    }),
    { label: "入驻园区" },
  ),
  liveStreamSales: money({ label: "年直播带货销售额", ask: "一年的直播带货销售额是多少？", example: "1500万元" }),
  inRetailSalesStatistics: yesNo({ label: "纳入社消零限上统计", ask: "是否纳入社会消费品零售总额限额以上统计？" }),
});

export type Profile = z.infer<typeof ProfileSchema>;

/** A figure made of disjoint parts, each a figure of the profile too. */
export interface PartsOf {
  whole: MoneyField;
  parts: MoneyField[];
  /** Why, in the words an explanation uses. */
  text: string;
}
type MoneyField = { [K in keyof Profile]-?: NonNullable<Profile[K]> extends MoneyValue ? K : never }[keyof Profile];

/**
 * How known figures bound unknown ones: a known part is a floor for its whole (exports are part
 * of imports plus exports), and a known whole less the other known parts is a ceiling for a part.
 * The evaluator decides a condition on an unknown figure from these where they settle it
 * (policies/engine/bounds.ts).
 */
export const FIGURE_BOUNDS: readonly PartsOf[] = [
  {
    whole: "crossBorderTrade",
    parts: ["crossBorderExport", "retailImport"],
    text: "跨境电商进出口额包含跨境电商出口额和跨境电商零售进口额",
  },
];
export type MoneyValue = z.infer<typeof MoneySchema>;
export type O2OStore = z.infer<typeof O2OStoreSchema>;
