// 郑政文〔2013〕237号 关于大力推进郑州市国家电子商务示范城市创建的若干意见 三、扶持政策: every rule, with
// amounts worked out by hand from the clause text. In force from 2013-11-19 with no end date;
// asOf 2014-09-01 (performance year 2013), fx 7 unless stated.
import { describe, expect, it } from "vitest";
import { cny, usd } from "../helpers/screen.ts";
import { expectEligible, expectIneligible, expectMissing, expectRateStated, reported, resultFor, run, type Profile } from "./helpers.ts";

const as = (kind: string, extra: Profile = {}): Profile => ({ asOf: "2014-09-01", city: "zhengzhou", kinds: [kind], ...extra });
const cbec = (extra: Profile = {}) => as("cbec_enterprise", extra);

describe("zz-2013-237 validity", () => {
  const p = cbec({ caServiceFee: cny(20_000) });
  it("in force from 2013-11-19 (not the day before), still in force years later", () => {
    expect(resultFor({ ...p, asOf: "2013-11-18" }, "zz-2013-237/3.4").status).toBe("not_in_force");
    expectEligible(resultFor({ ...p, asOf: "2013-11-19" }, "zz-2013-237/3.4"), 10_000);
    expectEligible(resultFor({ ...p, asOf: "2024-06-30" }, "zz-2013-237/3.4"), 10_000);
  });
  it("no end date stated: the result warns that validity should be confirmed", () => {
    expect(run(p).warnings.some((w) => w.includes("237号") && w.includes("确认"))).toBe(true);
  });
});

describe("zz-2013-237/3.1 经认定为国家、省级电子商务示范企业，分别100万元、60万元", () => {
  const r = (demoEnterpriseLevel?: string) => resultFor(cbec(demoEnterpriseLevel ? { demoEnterpriseLevel } : {}), "zz-2013-237/3.1");
  it("国家级 → 100万元", () => expectEligible(r("national"), 1_000_000, "fixed"));
  it("省级 → 60万元", () => expectEligible(r("provincial"), 600_000, "fixed"));
  it("level unknown → missing_info", () => expectMissing(r(), "demoEnterpriseLevel"));
});

describe("zz-2013-237/3.2 行业国际排名前十或国内前三的知名电商企业在郑设立总部，一事一议", () => {
  const r = (industryTopRanked: boolean, inCity = true) => resultFor(cbec({ industryTopRanked, hq: { inCity } }), "zz-2013-237/3.2");
  it("ranked and HQ in Zhengzhou: eligible, amount decided case by case", () => expectEligible(r(true), null, "unspecified"));
  it("not ranked, or no HQ here: ineligible", () => {
    expectIneligible(r(false));
    expectIneligible(r(true, false));
  });
  it("ranking unknown → missing_info", () => expectMissing(resultFor(cbec({ hq: { inCity: true } }), "zz-2013-237/3.2"), "industryTopRanked"));
});

describe("zz-2013-237/3.3a 试点项目总投资额在1000万元以上，总投资额10%，单个项目最高不超过300万元", () => {
  const r = (projectInvestment: unknown) => resultFor(cbec({ projectInvestment }), "zz-2013-237/3.3a");
  it("exactly 1000万元 (以上): × 10% = 100万元", () => expectEligible(r(cny(10_000_000)), 1_000_000, "computed"));
  it("just below: ineligible, 1元 short", () => expectIneligible(r(cny(9_999_999)), "1元"));
  it("above: 2000万元 × 10% = 200万元", () => expectEligible(r(cny(20_000_000)), 2_000_000));
  it("cap reached: 3000万元 × 10% = 300万元; 2999万元 → 299.9万元; 5000万元 → 300万元", () => {
    expectEligible(r(cny(30_000_000)), 3_000_000);
    expectEligible(r(cny(29_990_000)), 2_999_000);
    expectEligible(r(cny(50_000_000)), 3_000_000);
  });
  it("currency: 1428572美元 = 10000004元 ≥ 1000万元, × 10% = 1000000.4 → 100万元; 1428571美元 = 9999997元 is not", () => {
    const res = r(usd(1_428_572));
    expectEligible(res, 1_000_000);
    expectRateStated(res);
    expectIneligible(r(usd(1_428_571)));
  });
  it("investment unknown → missing_info", () => expectMissing(resultFor(cbec(), "zz-2013-237/3.3a"), "projectInvestment"));
});

describe("zz-2013-237/3.3b 获批的国家电子商务试点项目，地方财政按1:1配套", () => {
  it("国家支持资金200万元 → 配套200万元", () => expectEligible(resultFor(cbec({ nationalPilotFunding: cny(2_000_000) }), "zz-2013-237/3.3b"), 2_000_000));
  it("national funding unknown → missing_info", () => expectMissing(resultFor(cbec(), "zz-2013-237/3.3b"), "nationalPilotFunding"));
});

describe("zz-2013-237/3.11 同一项目符合多项奖励条件的，只按奖励额度最高的政策进行奖励", () => {
  it("a city pilot project that is also a national pilot: 200万元 (10% × 2000万) and 250万元 (1:1) → only 250万元 counts", () => {
    const res = run(cbec({ projectInvestment: cny(20_000_000), nationalPilotFunding: cny(2_500_000) }));
    const a = res.results.find((x) => x.clauseId === "zz-2013-237/3.3a")!;
    const b = res.results.find((x) => x.clauseId === "zz-2013-237/3.3b")!;
    expectEligible(a, 2_000_000);
    expectEligible(b, 2_500_000);
    expect(a.countedInTotal).toBe(false);
    expect(b.countedInTotal).toBe(true);
    expect(res.totalCny).toBe(2_500_000);
  });
});

describe("zz-2013-237/3.4 数字认证（CA）服务费50%补贴", () => {
  it("2万元 × 50% = 1万元", () => expectEligible(resultFor(cbec({ caServiceFee: cny(20_000) }), "zz-2013-237/3.4"), 10_000, "computed"));
  it("no ceiling in the text: 100万元 × 50% = 50万元", () => expectEligible(resultFor(cbec({ caServiceFee: cny(1_000_000) }), "zz-2013-237/3.4"), 500_000));
  it("fee unknown → missing_info", () => expectMissing(resultFor(cbec(), "zz-2013-237/3.4"), "caServiceFee"));
});

describe("zz-2013-237/3.5 持《支付业务许可证》的第三方支付平台在郑州设立总部，200万元", () => {
  const r = (extra: Profile) => resultFor(as("payment_institution", extra), "zz-2013-237/3.5");
  it("licence and HQ: 200万元", () => expectEligible(r({ hasPaymentLicense: true, hq: { inCity: true } }), 2_000_000, "fixed"));
  it("no licence: ineligible; HQ unknown: missing_info", () => {
    expectIneligible(r({ hasPaymentLicense: false, hq: { inCity: true } }));
    expectMissing(r({ hasPaymentLicense: true }), "hq.inCity");
  });
  it("is for payment institutions only", () => expect(reported(cbec({ hasPaymentLicense: true, hq: { inCity: true } }), "zz-2013-237/3.5")).toBe(false));
});

describe("zz-2013-237/3.6 代运营企业年服务费收入100万元以上，年服务费10%，每年最高不超过100万元", () => {
  const r = (serviceRevenue: unknown) => resultFor(as("agency_operator", { serviceRevenue }), "zz-2013-237/3.6");
  it("exactly 100万元 (以上): × 10% = 10万元", () => expectEligible(r(cny(1_000_000)), 100_000, "computed"));
  it("just below: ineligible, 1元 short", () => expectIneligible(r(cny(999_999)), "1元"));
  it("cap reached: 1000万元 × 10% = 100万元; 999万元 → 99.9万元; 2000万元 → 100万元", () => {
    expectEligible(r(cny(10_000_000)), 1_000_000);
    expectEligible(r(cny(9_990_000)), 999_000);
    expectEligible(r(cny(20_000_000)), 1_000_000);
  });
  it("revenue unknown → missing_info", () => expectMissing(resultFor(as("agency_operator"), "zz-2013-237/3.6"), "serviceRevenue"));
});

describe("zz-2013-237/3.7 参与国家标准制定的单位，一次性40万元", () => {
  it("participating enterprise or university: 40万元", () => {
    expectEligible(resultFor(cbec({ nationalStandardParticipation: true }), "zz-2013-237/3.7"), 400_000, "fixed");
    expectEligible(resultFor(as("university", { nationalStandardParticipation: true }), "zz-2013-237/3.7"), 400_000);
  });
  it("not participating: ineligible; unknown: missing_info", () => {
    expectIneligible(resultFor(cbec({ nationalStandardParticipation: false }), "zz-2013-237/3.7"));
    expectMissing(resultFor(cbec(), "zz-2013-237/3.7"), "nationalStandardParticipation");
  });
});

describe("zz-2013-237/3.8 经认定为国家、省、市级电子商务示范园区（基地），分别100、60、30万元", () => {
  const r = (demoParkLevel?: string) => resultFor(as("park_operator", demoParkLevel ? { demoParkLevel } : {}), "zz-2013-237/3.8");
  it("国家级 100万元, 省级 60万元, 市级 30万元", () => {
    expectEligible(r("national"), 1_000_000, "fixed");
    expectEligible(r("provincial"), 600_000);
    expectEligible(r("municipal"), 300_000);
  });
  it("level unknown → missing_info", () => expectMissing(r(), "demoParkLevel"));
});

describe("zz-2013-237/3.9a 专业楼宇：办公面积超过10000平方米、入驻率超过50%、运行一年以上、认定为示范性楼宇，100万元", () => {
  const building = { officeAreaSqm: 12_000, occupancyRate: 0.6, monthsOperating: 14, recognizedAsDemo: true };
  const r = (b: Record<string, unknown>) => resultFor(as("building_operator", { building: { ...building, ...b } }), "zz-2013-237/3.9a");
  it("all met: 100万元", () => expectEligible(r({}), 1_000_000, "fixed"));
  it("area 9999: ineligible, 1平方米 short; exactly 10000 (超过): ineligible; 10001: eligible", () => {
    expectIneligible(r({ officeAreaSqm: 9_999 }), "1平方米");
    expectIneligible(r({ officeAreaSqm: 10_000 }));
    expectEligible(r({ officeAreaSqm: 10_001 }), 1_000_000);
  });
  it("入驻率 exactly 50% (超过): ineligible; 49%: ineligible; 51%: eligible", () => {
    expectIneligible(r({ occupancyRate: 0.5 }));
    expectIneligible(r({ occupancyRate: 0.49 }));
    expectEligible(r({ occupancyRate: 0.51 }), 1_000_000);
  });
  it("运行一年以上: 11 months ineligible (1个月 short), 12 months eligible", () => {
    expectIneligible(r({ monthsOperating: 11 }), "1个月");
    expectEligible(r({ monthsOperating: 12 }), 1_000_000);
  });
  it("not recognised as 示范性楼宇工程: ineligible", () => expectIneligible(r({ recognizedAsDemo: false })));
  it("occupancy unknown → missing_info", () => {
    const { occupancyRate: _, ...rest } = building;
    expectMissing(resultFor(as("building_operator", { building: rest }), "zz-2013-237/3.9a"), "building.occupancyRate");
  });
});

describe("zz-2013-237/3.9b 入驻专业楼宇的电商企业，房屋租金适当补助（金额未定）", () => {
  it("in a building: eligible, amount unspecified", () => expectEligible(resultFor(cbec({ inEcommerceBuilding: true }), "zz-2013-237/3.9b"), null, "unspecified"));
  it("not in one: ineligible; unknown: missing_info", () => {
    expectIneligible(resultFor(cbec({ inEcommerceBuilding: false }), "zz-2013-237/3.9b"));
    expectMissing(resultFor(cbec(), "zz-2013-237/3.9b"), "inEcommerceBuilding");
  });
});

describe("zz-2013-237/3.10 参加协会等组织的培训，培训费30%，每家企业每年累计不超过5万元", () => {
  const r = (associationTrainingFees: unknown) => resultFor(cbec({ associationTrainingFees }), "zz-2013-237/3.10");
  it("10万元 × 30% = 3万元", () => expectEligible(r(cny(100_000)), 30_000, "computed"));
  it("cap reached: 20万元 × 30% = 6万元 → 5万元", () => expectEligible(r(cny(200_000)), 50_000));
  it("just under the cap: 16.6万元 × 30% = 4.98万元", () => expectEligible(r(cny(166_000)), 49_800));
  it("currency: 1万美元 = 7万元 × 30% = 2.1万元", () => {
    const res = r(usd(10_000));
    expectEligible(res, 21_000);
    expectRateStated(res);
  });
  it("fees unknown → missing_info", () => expectMissing(resultFor(cbec(), "zz-2013-237/3.10"), "associationTrainingFees"));
});
