// 郑政〔2018〕4号 关于加快推进跨境电子商务发展的实施意见: every rule, with amounts worked out by
// hand from the clause text. asOf 2019-06-01 (in force 2018-01-10 … 2021-01-09), fx 7 unless stated.
import { describe, expect, it } from "vitest";
import { cny, usd } from "../helpers/screen.ts";
import { expectEligible, expectIneligible, expectMissing, expectRateStated, reported, resultFor, run, type Profile } from "./helpers.ts";

/** (二十二) 1.独立法人、登记纳税 2.河南省电子商务企业认定、按时报送统计数据. */
const QUALIFIED = { independentLegalPerson: true, henanEcommerceCertified: true, reportsCbecStatistics: true };
const as = (kind: string, extra: Profile = {}): Profile => ({ asOf: "2019-06-01", city: "zhengzhou", kinds: [kind], ...QUALIFIED, ...extra });
const cbec = (extra: Profile = {}) => as("cbec_enterprise", extra);

describe("zz-2018-4 (二十二) preconditions and validity", () => {
  const ok = cbec({ onlineTransaction: usd(2_000_000) });

  it("a qualified enterprise is screened normally", () => {
    // 在线交易额200万美元 × 7 = 1400万元 × 5% = 70万元
    expectEligible(resultFor(ok, "zz-2018-4/1"), 700_000);
  });

  it("须取得“河南省电子商务企业”认定: without it, not eligible", () => {
    expectIneligible(resultFor({ ...ok, henanEcommerceCertified: false }, "zz-2018-4/1"));
  });

  it("具备独立法人资格: without it, not eligible", () => {
    expectIneligible(resultFor({ ...ok, independentLegalPerson: false }, "zz-2018-4/1"));
  });

  it("按时报送跨境电子商务统计数据: unknown → missing_info naming the field", () => {
    const { reportsCbecStatistics: _, ...rest } = ok;
    expectMissing(resultFor(rest, "zz-2018-4/1"), "reportsCbecStatistics");
  });

  it("事业单位 (a university) need not hold the 经营性组织 recognition", () => {
    // “或机构所在地在我市的事业单位、非营利性组织”; 2. applies “对于经营性组织” only.
    const r = resultFor({ asOf: "2019-06-01", city: "zhengzhou", kinds: ["university"], enrollment: 60 }, "zz-2018-4/18a");
    expectEligible(r, 1_000_000, "fixed");
  });

  it("is a Zhengzhou document: a Chenzhou enterprise gets none of its rules", () => {
    expect(run({ ...ok, city: "chenzhou" }).results.some((x) => x.docId === "zz-2018-4")).toBe(false);
  });

  it("有效期3年 from 2018-01-10: in force on 2021-01-09, not on 2021-01-10 nor on 2018-01-09", () => {
    expectEligible(resultFor({ ...ok, asOf: "2021-01-09" }, "zz-2018-4/1"), 700_000);
    expect(resultFor({ ...ok, asOf: "2021-01-10" }, "zz-2018-4/1").status).toBe("not_in_force");
    expect(resultFor({ ...ok, asOf: "2018-01-09" }, "zz-2018-4/1").status).toBe("not_in_force");
  });
});

describe("zz-2018-4/1 年进出口在线交易额达到100万美元以上，给予在线交易额5%，不超过300万元", () => {
  const r = (onlineTransaction: unknown, extra: Profile = {}) => resultFor(cbec({ onlineTransaction, ...extra }), "zz-2018-4/1");

  it("just below 100万美元: ineligible, 1美元 short", () => expectIneligible(r(usd(999_999)), "1美元"));
  it("exactly 100万美元 (达到…以上): 700万元 × 5% = 35万元", () => expectEligible(r(usd(1_000_000)), 350_000, "computed"));
  it("just above: 100.0001万美元 = 700.0007万元 × 5% = 350000.35 → 350000元", () => expectEligible(r(usd(1_000_001)), 350_000));
  it("cap reached: 6000万元 × 5% = 300万元", () => expectEligible(r(cny(60_000_000)), 3_000_000));
  it("just under the cap: 5999万元 × 5% = 299.95万元", () => expectEligible(r(cny(59_990_000)), 2_999_500));
  it("over the cap: 8000万元 × 5% = 400万元 → 300万元", () => expectEligible(r(cny(80_000_000)), 3_000_000));

  it("currency: 700万元 at 1美元=7元 is exactly 100万美元 and meets the threshold", () => {
    const res = r(cny(7_000_000));
    expectEligible(res, 350_000);
    expectRateStated(res);
    expectIneligible(r(cny(6_999_999)));
  });

  it("currency: the profile's own rate is used (100万美元 × 6.8 = 680万元 × 5% = 34万元)", () => {
    const res = r(usd(1_000_000), { fxUsdCny: 6.8 });
    expectEligible(res, 340_000);
    expectRateStated(res, "6.8");
  });

  it("missing 在线交易额 → missing_info", () => {
    expectMissing(resultFor(cbec(), "zz-2018-4/1"), "onlineTransaction");
  });
});

describe("zz-2018-4/2 年进出口交易额达到200万美元以上，推广等支出费用30%，不超过300万元", () => {
  const r = (crossBorderTrade: unknown, marketingSpend: unknown = cny(1_000_000)) =>
    resultFor(cbec({ crossBorderTrade, marketingSpend }), "zz-2018-4/2");

  it("exactly 200万美元: 支出100万元 × 30% = 30万元", () => expectEligible(r(usd(2_000_000)), 300_000, "computed"));
  it("just below 200万美元: ineligible, 1美元 short", () => expectIneligible(r(usd(1_999_999)), "1美元"));
  it("just above 200万美元: 30万元", () => expectEligible(r(usd(2_000_001)), 300_000));
  it("cap reached: 1000万元 × 30% = 300万元", () => expectEligible(r(usd(3_000_000), cny(10_000_000)), 3_000_000));
  it("just under the cap: 999万元 × 30% = 299.7万元", () => expectEligible(r(usd(3_000_000), cny(9_990_000)), 2_997_000));
  it("over the cap: 2000万元 × 30% = 600万元 → 300万元", () => expectEligible(r(usd(3_000_000), cny(20_000_000)), 3_000_000));

  it("currency: 1400万元 = 200万美元 meets the threshold; USD spend 10万美元 = 70万元 × 30% = 21万元", () => {
    const res = r(cny(14_000_000), usd(100_000));
    expectEligible(res, 210_000);
    expectRateStated(res);
  });

  it("missing the spend → missing_info; missing the trade figure → missing_info", () => {
    expectMissing(resultFor(cbec({ crossBorderTrade: usd(3_000_000) }), "zz-2018-4/2"), "marketingSpend");
    expectMissing(resultFor(cbec({ marketingSpend: cny(1_000_000) }), "zz-2018-4/2"), "crossBorderTrade");
  });
});

type Store = { location: "domestic" | "overseas"; areaSqm: number; monthsOperating: number; annualTransaction?: unknown; viaSingleWindow?: boolean };
const store = (location: Store["location"], areaSqm: number, monthsOperating: number, annualTransaction: unknown, extra: Partial<Store> = {}): Store =>
  ({ location, areaSqm, monthsOperating, annualTransaction, ...extra });

describe("zz-2018-4/3a 郑州市市域内O2O体验店：累计营业面积超过1000平米，经营满一年，年交易额超过100万美元，每平方米300元", () => {
  const r = (...stores: Store[]) => resultFor(cbec({ o2oStores: stores }), "zz-2018-4/3a");
  const dom = (area: number, months = 15, trade: unknown = usd(1_500_000)) => store("domestic", area, months, trade);

  it("2000平米 × 300元 = 60万元", () => expectEligible(r(dom(2000)), 600_000, "computed"));
  it("area just below 1000平米: ineligible, 1 short", () => expectIneligible(r(dom(999)), "1"));
  it("area exactly 1000平米 (超过): ineligible", () => expectIneligible(r(dom(1000))));
  it("area 1001平米: 1001 × 300 = 300300元", () => expectEligible(r(dom(1001)), 300_300));
  it("年交易额 exactly 100万美元 (超过): ineligible", () => expectIneligible(r(dom(2000, 15, usd(1_000_000)))));
  it("年交易额 just below 100万美元: ineligible", () => expectIneligible(r(dom(2000, 15, usd(999_999)))));
  it("年交易额 100.0001万美元: eligible, 60万元", () => expectEligible(r(dom(2000, 15, usd(1_000_001))), 600_000));
  it("经营满一年: 11 months no, 12 months yes", () => {
    expectIneligible(r(dom(2000, 11)));
    expectEligible(r(dom(2000, 12)), 600_000);
  });
  it("经营满一年: an 11-month store's nearMiss names the 1个月 gap", () => {
    expectIneligible(r(dom(2000, 11)), "1个月");
  });
  it("cap reached: 10000平米 × 300元 = 300万元", () => expectEligible(r(dom(10_000)), 3_000_000));
  it("just under the cap: 9999平米 × 300元 = 299.97万元", () => expectEligible(r(dom(9_999)), 2_999_700));
  it("over the cap: 12000平米 × 300元 = 360万元 → 300万元", () => expectEligible(r(dom(12_000)), 3_000_000));

  it("several stores: 累计 area and trade of the year-old domestic stores only", () => {
    // A 800平米 24个月 60万美元 + B 700平米 13个月 50万美元 = 1500平米, 110万美元 (> 1000平米, > 100万美元);
    // C (6个月, not 经营满一年) and D (境外) do not count here: 1500 × 300 = 45万元.
    const stores = [
      store("domestic", 800, 24, usd(600_000)),
      store("domestic", 700, 13, usd(500_000)),
      store("domestic", 500, 6, usd(300_000)),
      store("overseas", 3000, 24, usd(2_000_000), { viaSingleWindow: true }),
    ];
    expectEligible(r(...stores), 450_000);
    // A alone is 800平米: not over 1000平米.
    expectIneligible(r(stores[0]!, stores[2]!, stores[3]!));
  });

  it("currency: 700万元 = 100万美元 is not 超过; 700.0007万元 is", () => {
    expectIneligible(r(dom(2000, 15, cny(7_000_000))));
    const res = r(dom(2000, 15, cny(7_000_007)));
    expectEligible(res, 600_000);
    expectRateStated(res);
  });

  it("missing stores → missing_info (o2oStores); missing months of a store → that store's field", () => {
    expectMissing(resultFor(cbec(), "zz-2018-4/3a"), "o2oStores");
    expectMissing(
      resultFor(cbec({ o2oStores: [{ location: "domestic", areaSqm: 2000, annualTransaction: usd(1_500_000) }] }), "zz-2018-4/3a"),
      "o2oStores[0].monthsOperating",
    );
  });
});

describe("zz-2018-4/3b 境外O2O体验店：通过“单一窗口”或综合服务平台，面积超过1000平米，经营满一年，年交易额超过100万美元", () => {
  const ovs = (area: number, months = 13, trade: unknown = usd(1_200_000), viaSingleWindow = true) =>
    store("overseas", area, months, trade, { viaSingleWindow });
  const r = (...stores: Store[]) => resultFor(cbec({ o2oStores: stores }), "zz-2018-4/3b");

  it("1500平米 × 300元 = 45万元", () => expectEligible(r(ovs(1500)), 450_000, "computed"));
  it("not via the 单一窗口: ineligible", () => expectIneligible(r(ovs(1500, 13, usd(1_200_000), false))));
  it("area exactly 1000平米: ineligible; 1001平米: 300300元", () => {
    expectIneligible(r(ovs(1000)));
    expectEligible(r(ovs(1001)), 300_300);
  });
  it("trade exactly 100万美元: ineligible", () => expectIneligible(r(ovs(1500, 13, usd(1_000_000)))));
  it("11 months: ineligible", () => expectIneligible(r(ovs(1500, 11))));
  it("11 months: nearMiss names the 1个月 gap", () => expectIneligible(r(ovs(1500, 11)), "1个月"));
  it("cap reached at 10000平米 (300万元); 9999平米 → 299.97万元", () => {
    expectEligible(r(ovs(10_000)), 3_000_000);
    expectEligible(r(ovs(9_999)), 2_999_700);
  });
  it("several stores: only the qualifying overseas ones count", () => {
    // 600平米 + 700平米 (both via 单一窗口, 满一年) = 1300平米, 60万+50万 = 110万美元 → 1300 × 300 = 39万元;
    // the one not via 单一窗口 and the domestic one are left out.
    const stores = [
      ovs(600, 14, usd(600_000)),
      ovs(700, 20, usd(500_000)),
      ovs(5000, 20, usd(3_000_000), false),
      store("domestic", 4000, 20, usd(3_000_000)),
    ];
    expectEligible(r(...stores), 390_000);
  });
  it("each paragraph has its own 每家企业不超过300万元: domestic and overseas both at the cap", () => {
    const p = cbec({ o2oStores: [store("domestic", 12_000, 20, usd(2_000_000)), ovs(12_000, 20, usd(2_000_000))] });
    expectEligible(resultFor(p, "zz-2018-4/3a"), 3_000_000);
    expectEligible(resultFor(p, "zz-2018-4/3b"), 3_000_000);
  });
  it("单一窗口 unknown → missing_info on that store", () => {
    expectMissing(r(store("overseas", 1500, 13, usd(1_200_000))), "o2oStores[0].viaSingleWindow");
  });
});

describe("zz-2018-4/4 公共服务平台：服务企业50家以上、年在线交易额达到1500万美元以上，在线交易额0.1%，不超过300万元", () => {
  const r = (servedEnterprises: number | undefined, onlineTransaction: unknown) =>
    resultFor(as("public_service_platform", { servedEnterprises, onlineTransaction }), "zz-2018-4/4");

  it("at both thresholds: 1500万美元 × 7 = 10500万元 × 0.1% = 10.5万元", () => expectEligible(r(50, usd(15_000_000)), 105_000, "computed"));
  it("49家: ineligible, 1家 short", () => expectIneligible(r(49, usd(15_000_000)), "1家"));
  it("1499.9999万美元: ineligible, 1美元 short", () => expectIneligible(r(50, usd(14_999_999)), "1美元"));
  it("above: 2000万美元 = 14000万元 × 0.1% = 14万元", () => expectEligible(r(51, usd(20_000_000)), 140_000));
  it("cap reached: 30亿元 × 0.1% = 300万元", () => expectEligible(r(80, cny(3_000_000_000)), 3_000_000));
  it("just under the cap: 29.99亿元 × 0.1% = 299.9万元", () => expectEligible(r(80, cny(2_999_000_000)), 2_999_000));
  it("over the cap: 50亿元 × 0.1% = 500万元 → 300万元", () => expectEligible(r(80, cny(5_000_000_000)), 3_000_000));
  it("currency: 10500万元 = 1500万美元 meets 达到", () => {
    const res = r(50, cny(105_000_000));
    expectEligible(res, 105_000);
    expectRateStated(res);
  });
  it("服务企业数 unknown → missing_info", () => {
    expectMissing(resultFor(as("public_service_platform", { onlineTransaction: usd(20_000_000) }), "zz-2018-4/4"), "servedEnterprises");
  });
  it("is for 公共服务平台 only", () => expect(reported(cbec({ onlineTransaction: usd(20_000_000) }), "zz-2018-4/4")).toBe(false));
});

describe("zz-2018-4/5 园区：市级认定、经营满一年、面积超过1万平方米、入驻企业达到30家以上，每平方米50元，不超过300万元", () => {
  const park = { recognizedBy: "city", monthsOperating: 14, areaSqm: 20_000, enterprises: 35 };
  const r = (p: Record<string, unknown>) => resultFor(as("park_operator", { park: { ...park, ...p } }), "zz-2018-4/5");

  it("20000平方米 × 50元 = 100万元", () => expectEligible(r({}), 1_000_000, "computed"));
  it("area 9999: ineligible, 1平方米 short", () => expectIneligible(r({ areaSqm: 9_999 }), "1平方米"));
  it("area exactly 1万平方米 (超过): ineligible", () => expectIneligible(r({ areaSqm: 10_000 })));
  it("area 10001 × 50 = 500050元", () => expectEligible(r({ areaSqm: 10_001 }), 500_050));
  it("29家: ineligible, 1家 short; 30家 (达到): eligible", () => {
    expectIneligible(r({ enterprises: 29 }), "1家");
    expectEligible(r({ enterprises: 30 }), 1_000_000);
  });
  it("经营满一年: 11 months ineligible (1个月 short), 12 months eligible", () => {
    expectIneligible(r({ monthsOperating: 11 }), "1个月");
    expectEligible(r({ monthsOperating: 12 }), 1_000_000);
  });
  it("经市级商务主管部门认定: a park recognised by the province only does not qualify", () => {
    expectIneligible(r({ recognizedBy: "province" }));
  });
  it("cap reached: 60000 × 50 = 300万元; 59999 × 50 = 2999950元; 80000 → 300万元", () => {
    expectEligible(r({ areaSqm: 60_000 }), 3_000_000);
    expectEligible(r({ areaSqm: 59_999 }), 2_999_950);
    expectEligible(r({ areaSqm: 80_000 }), 3_000_000);
  });
  it("area unknown → missing_info", () => {
    const { areaSqm: _, ...rest } = park;
    expectMissing(resultFor(as("park_operator", { park: rest }), "zz-2018-4/5"), "park.areaSqm");
  });
});

describe("zz-2018-4/6 第三方平台：年服务收入达到1000万元以上，3%，不超过300万元", () => {
  const r = (serviceRevenue: unknown) => resultFor(as("third_party_platform", { serviceRevenue }), "zz-2018-4/6");

  it("exactly 1000万元: × 3% = 30万元", () => expectEligible(r(cny(10_000_000)), 300_000, "computed"));
  it("just below: ineligible, 1元 short", () => expectIneligible(r(cny(9_999_999)), "1元"));
  it("above: 1500万元 × 3% = 45万元", () => expectEligible(r(cny(15_000_000)), 450_000));
  it("cap reached: 1亿元 × 3% = 300万元", () => expectEligible(r(cny(100_000_000)), 3_000_000));
  it("just under the cap: 9999万元 × 3% = 299.97万元", () => expectEligible(r(cny(99_990_000)), 2_999_700));
  it("over the cap: 2亿元 → 300万元", () => expectEligible(r(cny(200_000_000)), 3_000_000));
  it("currency: 150万美元 = 1050万元 ≥ 1000万元; × 3% = 31.5万元", () => {
    const res = r(usd(1_500_000));
    expectEligible(res, 315_000);
    expectRateStated(res);
  });
  it("unknown revenue → missing_info", () => expectMissing(resultFor(as("third_party_platform"), "zz-2018-4/6"), "serviceRevenue"));
});

describe("zz-2018-4/7 支付平台：持证、设总部、上一年度线上交易额突破2亿美元，每2亿美元100万元，不超过300万元", () => {
  const pay = { hasPaymentLicense: true, hq: { inCity: true } };
  const r = (paymentVolume: unknown, extra: Profile = {}) => resultFor(as("payment_institution", { ...pay, paymentVolume, ...extra }), "zz-2018-4/7");

  it("4亿美元 = 2 × 2亿美元 → 200万元", () => expectEligible(r(usd(400_000_000)), 2_000_000));
  it("exactly 2亿美元 (突破 = exceed): ineligible", () => expectIneligible(r(usd(200_000_000))));
  it("just below 2亿美元: ineligible, 1美元 short", () => expectIneligible(r(usd(199_999_999)), "1美元"));
  it("2亿美元 + 1美元: one 2亿美元 step → 100万元", () => expectEligible(r(usd(200_000_001)), 1_000_000));
  it("cap reached: 6亿美元 = 3 × 100万元 = 300万元; 10亿美元 → 300万元", () => {
    expectEligible(r(usd(600_000_000)), 3_000_000);
    expectEligible(r(usd(1_000_000_000)), 3_000_000);
  });
  it("3亿美元 (not a whole multiple of 2亿): between 100万元 (whole steps) and 150万元 (pro rata) — text ambiguous", () => {
    const res = r(usd(300_000_000));
    expect(res.status).toBe("eligible");
    expect(res.amountCny!).toBeGreaterThanOrEqual(1_000_000);
    expect(res.amountCny!).toBeLessThanOrEqual(1_500_000);
  });
  it("currency: 14亿元 = 2亿美元 exactly is not 突破; 28亿元 = 4亿美元 → 200万元", () => {
    expectIneligible(r(cny(1_400_000_000)));
    const res = r(cny(2_800_000_000));
    expectEligible(res, 2_000_000);
    expectRateStated(res);
  });
  it("no 支付业务许可证 or no 总部 in the city: ineligible", () => {
    expectIneligible(r(usd(400_000_000), { hasPaymentLicense: false }));
    expectIneligible(r(usd(400_000_000), { hq: { inCity: false } }));
  });
  it("licence unknown → missing_info", () => {
    expectMissing(resultFor(as("payment_institution", { hq: { inCity: true }, paymentVolume: usd(400_000_000) }), "zz-2018-4/7"), "hasPaymentLicense");
  });
});

describe("zz-2018-4/8 年出口额达到300万美元以上，出口信保费用30%，不超过300万元", () => {
  const r = (crossBorderExport: unknown, creditInsurancePremium: unknown = cny(500_000)) =>
    resultFor(cbec({ crossBorderExport, creditInsurancePremium }), "zz-2018-4/8");

  it("exactly 300万美元: 出口信保费用50万元 × 30% = 15万元", () => expectEligible(r(usd(3_000_000)), 150_000, "computed"));
  it("just below: ineligible, 1美元 short", () => expectIneligible(r(usd(2_999_999)), "1美元"));
  it("above (500万美元): 15万元", () => expectEligible(r(usd(5_000_000)), 150_000));
  it("cap reached: 1000万元 × 30% = 300万元", () => expectEligible(r(usd(5_000_000), cny(10_000_000)), 3_000_000));
  it("just under the cap: 999万元 × 30% = 299.7万元", () => expectEligible(r(usd(5_000_000), cny(9_990_000)), 2_997_000));
  it("over the cap: 1200万元 → 300万元", () => expectEligible(r(usd(5_000_000), cny(12_000_000)), 3_000_000));
  it("currency: 2100万元 = 300万美元 meets 达到", () => {
    const res = r(cny(21_000_000));
    expectEligible(res, 150_000);
    expectRateStated(res);
  });
  it("premium unknown → missing_info", () => expectMissing(resultFor(cbec({ crossBorderExport: usd(5_000_000) }), "zz-2018-4/8"), "creditInsurancePremium"));
});

type Warehouse = Record<string, unknown>;
const built = (areaSqm: number, monthsOperating: number, equipmentInvestment?: unknown): Warehouse =>
  ({ mode: "built_public", areaSqm, monthsOperating, ...(equipmentInvestment ? { equipmentInvestment } : {}) });
const leasedWhole = (areaSqm: number, monthsOperating: number, annualRent: unknown): Warehouse => ({ mode: "leased_whole", areaSqm, monthsOperating, annualRent });
const leasedPublic = (annualOperatingFees: unknown): Warehouse => ({ mode: "leased_public", annualOperatingFees });
const wh = (id: string, ...ws: Warehouse[]) => resultFor(cbec({ overseasWarehouses: ws }), id);

describe("zz-2018-4/9a 建设公共海外仓：单个面积在10000平米以上、经营满一年，仓储设备投入额30%，最高不超过300万元", () => {
  it("12000平米, 14个月, 设备投入500万元 × 30% = 150万元", () => expectEligible(wh("zz-2018-4/9a", built(12_000, 14, cny(5_000_000))), 1_500_000, "computed"));
  it("area 9999: ineligible, 1平方米 short; exactly 10000 (以上): eligible", () => {
    expectIneligible(wh("zz-2018-4/9a", built(9_999, 14, cny(5_000_000))), "1平方米");
    expectEligible(wh("zz-2018-4/9a", built(10_000, 14, cny(5_000_000))), 1_500_000);
  });
  it("经营满一年: 11 months ineligible, 12 months eligible", () => {
    expectIneligible(wh("zz-2018-4/9a", built(12_000, 11, cny(5_000_000))));
    expectEligible(wh("zz-2018-4/9a", built(12_000, 12, cny(5_000_000))), 1_500_000);
  });
  it("cap reached: 1000万元 × 30% = 300万元; 999万元 → 299.7万元; 1500万元 → 300万元", () => {
    expectEligible(wh("zz-2018-4/9a", built(12_000, 14, cny(10_000_000))), 3_000_000);
    expectEligible(wh("zz-2018-4/9a", built(12_000, 14, cny(9_990_000))), 2_997_000);
    expectEligible(wh("zz-2018-4/9a", built(12_000, 14, cny(15_000_000))), 3_000_000);
  });
  it("currency: 设备投入100万美元 = 700万元 × 30% = 210万元", () => {
    const res = wh("zz-2018-4/9a", built(12_000, 14, usd(1_000_000)));
    expectEligible(res, 2_100_000);
    expectRateStated(res);
  });
  it("equipment investment unknown → missing_info on that warehouse", () => {
    expectMissing(wh("zz-2018-4/9a", built(12_000, 14)), "overseasWarehouses[0].equipmentInvestment");
  });
  it("a logistics enterprise building one qualifies too (对建设跨境电商公共海外仓的企业)", () => {
    const p = as("logistics_enterprise", { overseasWarehouses: [built(12_000, 14, cny(5_000_000))] });
    expectEligible(resultFor(p, "zz-2018-4/9a"), 1_500_000);
  });
});

describe("zz-2018-4/9b 整体租赁海外仓：面积在1000平方米以上且使用满一年，实际租赁费用30%，最高不超过50万元", () => {
  it("1500平米, 13个月, 租金100万元 × 30% = 30万元", () => expectEligible(wh("zz-2018-4/9b", leasedWhole(1500, 13, cny(1_000_000))), 300_000, "computed"));
  it("area 999: ineligible, 1平方米 short; exactly 1000: eligible", () => {
    expectIneligible(wh("zz-2018-4/9b", leasedWhole(999, 13, cny(1_000_000))), "1平方米");
    expectEligible(wh("zz-2018-4/9b", leasedWhole(1000, 13, cny(1_000_000))), 300_000);
  });
  it("使用满一年: 11 months ineligible, 12 months eligible", () => {
    expectIneligible(wh("zz-2018-4/9b", leasedWhole(1500, 11, cny(1_000_000))));
    expectEligible(wh("zz-2018-4/9b", leasedWhole(1500, 12, cny(1_000_000))), 300_000);
  });
  it("cap reached: 200万元 × 30% = 60万元 → 50万元; 166万元 × 30% = 49.8万元", () => {
    expectEligible(wh("zz-2018-4/9b", leasedWhole(1500, 13, cny(2_000_000))), 500_000);
    expectEligible(wh("zz-2018-4/9b", leasedWhole(1500, 13, cny(1_660_000))), 498_000);
  });
  it("warehouses unknown → missing_info", () => expectMissing(resultFor(cbec(), "zz-2018-4/9b"), "overseasWarehouses"));
  it("rent unknown → missing_info on that warehouse", () => {
    expectMissing(wh("zz-2018-4/9b", { mode: "leased_whole", areaSqm: 1500, monthsOperating: 13 }), "overseasWarehouses[0].annualRent");
  });
  it("two qualifying warehouses of 100万元 each: 30万+30万 per warehouse, or 50万 if the cap is per enterprise (text ambiguous)", () => {
    const res = wh("zz-2018-4/9b", leasedWhole(1500, 13, cny(1_000_000)), leasedWhole(2000, 24, cny(1_000_000)));
    expect(res.status).toBe("eligible");
    expect(res.amountCny!).toBeGreaterThanOrEqual(500_000);
    expect(res.amountCny!).toBeLessThanOrEqual(600_000);
  });
});

describe("zz-2018-4/9c 租赁公共海外仓：年使用操作费用超过10万美元，实际费用30%，最高不超过50万元", () => {
  it("20万美元 = 140万元 × 30% = 42万元", () => expectEligible(wh("zz-2018-4/9c", leasedPublic(usd(200_000))), 420_000, "computed"));
  it("exactly 10万美元 (超过): ineligible", () => expectIneligible(wh("zz-2018-4/9c", leasedPublic(usd(100_000)))));
  it("just below: ineligible, 1美元 short", () => expectIneligible(wh("zz-2018-4/9c", leasedPublic(usd(99_999))), "1美元"));
  it("10.0001万美元 = 700007元 × 30% = 210002.1 → 210002元", () => expectEligible(wh("zz-2018-4/9c", leasedPublic(usd(100_001))), 210_002));
  it("cap reached: 30万美元 = 210万元 × 30% = 63万元 → 50万元; 23.8万美元 = 166.6万元 × 30% = 49.98万元", () => {
    expectEligible(wh("zz-2018-4/9c", leasedPublic(usd(300_000))), 500_000);
    expectEligible(wh("zz-2018-4/9c", leasedPublic(usd(238_000))), 499_800);
  });
  it("fees unknown → missing_info on that warehouse", () => {
    expectMissing(wh("zz-2018-4/9c", { mode: "leased_public" }), "overseasWarehouses[0].annualOperatingFees");
  });
  it("currency: 70万元 = 10万美元 is not 超过; 80万元 is, × 30% = 24万元", () => {
    expectIneligible(wh("zz-2018-4/9c", leasedPublic(cny(700_000))));
    const res = wh("zz-2018-4/9c", leasedPublic(cny(800_000)));
    expectEligible(res, 240_000);
    expectRateStated(res);
  });
});

describe("zz-2018-4/9 several warehouses of every mode, some qualifying", () => {
  const p = cbec({
    overseasWarehouses: [
      built(12_000, 14, cny(4_000_000)), // 9a: 400万元 × 30% = 120万元
      built(8_000, 24, cny(2_000_000)), // under 10000平米: nothing
      leasedWhole(1500, 13, cny(1_000_000)), // 9b: 100万元 × 30% = 30万元
      leasedWhole(900, 24, cny(500_000)), // under 1000平方米: nothing
      leasedPublic(usd(200_000)), // 9c: 140万元 × 30% = 42万元
      leasedPublic(usd(50_000)), // not over 10万美元: nothing
    ],
  });
  it("9a 120万元, 9b 30万元, 9c 42万元", () => {
    expectEligible(resultFor(p, "zz-2018-4/9a"), 1_200_000);
    expectEligible(resultFor(p, "zz-2018-4/9b"), 300_000);
    expectEligible(resultFor(p, "zz-2018-4/9c"), 420_000);
  });
});

describe("zz-2018-4/10 出口监管仓：年出口额达到200万、500万、1000万美元，分别10万、20万、30万元", () => {
  const r = (crossBorderExport: unknown, extra: Profile = { exportSupervisionWarehouse: true }) =>
    resultFor(cbec({ crossBorderExport, ...extra }), "zz-2018-4/10");

  it("just below 200万美元: ineligible, 1美元 short", () => expectIneligible(r(usd(1_999_999)), "1美元"));
  it("exactly 200万美元 → 10万元", () => expectEligible(r(usd(2_000_000)), 100_000, "fixed"));
  it("499.9999万美元 → still 10万元", () => expectEligible(r(usd(4_999_999)), 100_000));
  it("exactly 500万美元 → 20万元", () => expectEligible(r(usd(5_000_000)), 200_000));
  it("999.9999万美元 → still 20万元", () => expectEligible(r(usd(9_999_999)), 200_000));
  it("exactly 1000万美元 → 30万元", () => expectEligible(r(usd(10_000_000)), 300_000));
  it("5000万美元 → 30万元 (top tier)", () => expectEligible(r(usd(50_000_000)), 300_000));
  it("currency: 3500万元 = 500万美元 → 20万元", () => {
    const res = r(cny(35_000_000));
    expectEligible(res, 200_000);
    expectRateStated(res);
  });
  it("no approved 出口监管仓: ineligible; unknown: missing_info", () => {
    expectIneligible(r(usd(10_000_000), { exportSupervisionWarehouse: false }));
    expectMissing(r(usd(10_000_000), {}), "exportSupervisionWarehouse");
  });
  it("export unknown → missing_info", () => expectMissing(resultFor(cbec({ exportSupervisionWarehouse: true }), "zz-2018-4/10"), "crossBorderExport"));
});

describe("zz-2018-4/11 年进出口额达300万美元以上且国际物流费用达200万元以上，费用10%，不超过100万元", () => {
  const r = (crossBorderTrade: unknown, logisticsSpend: unknown) => resultFor(cbec({ crossBorderTrade, logisticsSpend }), "zz-2018-4/11");

  it("both exactly at: 200万元 × 10% = 20万元", () => expectEligible(r(usd(3_000_000), cny(2_000_000)), 200_000, "computed"));
  it("trade 1美元 short: ineligible", () => expectIneligible(r(usd(2_999_999), cny(2_000_000)), "1美元"));
  it("spend 1元 short: ineligible", () => expectIneligible(r(usd(3_000_000), cny(1_999_999)), "1元"));
  it("spend 150万元 (dev set): ineligible", () => expectIneligible(r(usd(4_000_000), cny(1_500_000))));
  it("above: 260万元 × 10% = 26万元", () => expectEligible(r(usd(5_000_000), cny(2_600_000)), 260_000));
  it("cap reached: 1000万元 × 10% = 100万元; 999万元 → 99.9万元; 1500万元 → 100万元", () => {
    expectEligible(r(usd(5_000_000), cny(10_000_000)), 1_000_000);
    expectEligible(r(usd(5_000_000), cny(9_990_000)), 999_000);
    expectEligible(r(usd(5_000_000), cny(15_000_000)), 1_000_000);
  });
  it("currency: 2100万元 = 300万美元 meets 达", () => {
    const res = r(cny(21_000_000), cny(2_000_000));
    expectEligible(res, 200_000);
    expectRateStated(res);
  });
  it("spend unknown → missing_info", () => expectMissing(resultFor(cbec({ crossBorderTrade: usd(5_000_000) }), "zz-2018-4/11"), "logisticsSpend"));
});

describe("zz-2018-4/12 国际物流专线一年内平均每周1班次以上，不超过300万元", () => {
  const r = (logisticsLineWeeklyRuns: number, kind = "cbec_enterprise") => resultFor(as(kind, { logisticsLineWeeklyRuns }), "zz-2018-4/12");
  it("0.9班: ineligible, 0.1班 short", () => expectIneligible(r(0.9), "0.1班"));
  it("exactly 1班 (以上): up to 300万元", () => expectEligible(r(1), 3_000_000, "up_to"));
  it("2.5班: up to 300万元; also for a logistics enterprise", () => {
    expectEligible(r(2.5), 3_000_000);
    expectEligible(r(2.5, "logistics_enterprise"), 3_000_000);
  });
  it("unknown → missing_info", () => expectMissing(resultFor(cbec(), "zz-2018-4/12"), "logisticsLineWeeklyRuns"));
});

describe("zz-2018-4/13 总部落户首个整年度进出口额超过5000万、3000万、1000万美元，分别不超过300万、200万、100万元", () => {
  // asOf 2019-06-01 → performance year 2018; settled 2017-03-01 → first full year 2018.
  const hq = { inCity: true, establishedOn: "2017-03-01" };
  const r = (crossBorderTrade: unknown, h: Record<string, unknown> = hq) => resultFor(cbec({ hq: h, crossBorderTrade }), "zz-2018-4/13");

  it("just below 1000万美元: ineligible, 1美元 short", () => expectIneligible(r(usd(9_999_999)), "1美元"));
  it("exactly 1000万美元 (超过): ineligible", () => expectIneligible(r(usd(10_000_000))));
  it("1000万美元 + 1 → up to 100万元", () => expectEligible(r(usd(10_000_001)), 1_000_000, "up_to"));
  it("exactly 3000万美元 → still 100万元; + 1美元 → 200万元", () => {
    expectEligible(r(usd(30_000_000)), 1_000_000);
    expectEligible(r(usd(30_000_001)), 2_000_000);
  });
  it("exactly 5000万美元 → still 200万元; + 1美元 → 300万元", () => {
    expectEligible(r(usd(50_000_000)), 2_000_000);
    expectEligible(r(usd(50_000_001)), 3_000_000);
  });
  it("currency: 3.5亿元 = 5000万美元 is not over 5000万 (200万元); 350000007元 is (300万元)", () => {
    expectEligible(r(cny(350_000_000)), 2_000_000);
    const res = r(cny(350_000_007));
    expectEligible(res, 3_000_000);
    expectRateStated(res);
  });
  it("only the 首个整年度: settled 2016-05-01 (first full year 2017) does not qualify in 2018", () => {
    expectIneligible(r(usd(60_000_000), { inCity: true, establishedOn: "2016-05-01" }));
  });
  it("settled on 2018-01-01: 2018 is its first full year", () => {
    expectEligible(r(usd(60_000_000), { inCity: true, establishedOn: "2018-01-01" }), 3_000_000);
  });
  it("settling date unknown: the first full year is presumed, said so, and the date still asked", () => {
    const res = r(usd(60_000_000), { inCity: true });
    expectEligible(res, 3_000_000, "up_to");
    expect(res.explanation).toContain("按此推定");
    expect(res.missing).toContain("hq.establishedOn");
  });
  it("no 总部 in Zhengzhou: ineligible", () => expectIneligible(r(usd(60_000_000), { inCity: false, establishedOn: "2017-03-01" })));
});

describe("zz-2018-4/14 年在线交易额达到15万美元以上，每3万美元1万元，不超过30万元", () => {
  const r = (onlineTransaction: unknown) => resultFor(cbec({ onlineTransaction }), "zz-2018-4/14");

  it("exactly 15万美元 = 5 × 3万美元 → 5万元", () => expectEligible(r(usd(150_000)), 50_000, "computed"));
  it("just below: ineligible, 1美元 short", () => expectIneligible(r(usd(149_999)), "1美元"));
  it("30万美元 = 10 × 3万美元 → 10万元", () => expectEligible(r(usd(300_000)), 100_000));
  it("cap reached: 90万美元 = 30 × 1万元 = 30万元", () => expectEligible(r(usd(900_000)), 300_000));
  it("just under the cap: 87万美元 = 29 × 1万元 = 29万元", () => expectEligible(r(usd(870_000)), 290_000));
  it("over the cap: 200万美元 → 30万元", () => expectEligible(r(usd(2_000_000)), 300_000));
  it("16万美元 (not a whole multiple): between 5万元 (whole steps) and 53333元 (pro rata) — text ambiguous", () => {
    const res = r(usd(160_000));
    expect(res.status).toBe("eligible");
    expect(res.amountCny!).toBeGreaterThanOrEqual(50_000);
    expect(res.amountCny!).toBeLessThanOrEqual(53_333);
  });
  it("currency: 105万元 = 15万美元 → 5万元", () => {
    const res = r(cny(1_050_000));
    expectEligible(res, 50_000);
    expectRateStated(res);
  });
});

describe("zz-2018-4/15a 境外注册自有商标、年交易额达到100万美元以上，不超过注册费用80%，不超过50万元", () => {
  const r = (crossBorderTrade: unknown, trademarkFee: unknown = cny(200_000)) => resultFor(cbec({ crossBorderTrade, trademarkFee }), "zz-2018-4/15a");

  it("exactly 100万美元: 注册费用20万元 × 80% = 最高16万元", () => expectEligible(r(usd(1_000_000)), 160_000, "up_to"));
  it("just below: ineligible, 1美元 short", () => expectIneligible(r(usd(999_999)), "1美元"));
  it("cap reached: 62.5万元 × 80% = 50万元; 62万元 → 49.6万元; 100万元 → 50万元", () => {
    expectEligible(r(usd(2_000_000), cny(625_000)), 500_000);
    expectEligible(r(usd(2_000_000), cny(620_000)), 496_000);
    expectEligible(r(usd(2_000_000), cny(1_000_000)), 500_000);
  });
  it("currency: 700万元 = 100万美元", () => {
    const res = r(cny(7_000_000));
    expectEligible(res, 160_000);
    expectRateStated(res);
  });
  it("fee unknown → missing_info", () => expectMissing(resultFor(cbec({ crossBorderTrade: usd(2_000_000) }), "zz-2018-4/15a"), "trademarkFee"));
});

describe("zz-2018-4/15b 国际认证、年交易额达到100万美元以上，认证服务费用80%，不超过50万元", () => {
  const r = (crossBorderTrade: unknown, certificationFee: unknown = cny(300_000)) => resultFor(cbec({ crossBorderTrade, certificationFee }), "zz-2018-4/15b");

  it("exactly 100万美元: 30万元 × 80% = 24万元", () => expectEligible(r(usd(1_000_000)), 240_000, "computed"));
  it("just below: ineligible, 1美元 short", () => expectIneligible(r(usd(999_999)), "1美元"));
  it("cap reached: 62.5万元 × 80% = 50万元; 62万元 → 49.6万元", () => {
    expectEligible(r(usd(2_000_000), cny(625_000)), 500_000);
    expectEligible(r(usd(2_000_000), cny(620_000)), 496_000);
  });
  it("fee unknown → missing_info", () => expectMissing(resultFor(cbec({ crossBorderTrade: usd(2_000_000) }), "zz-2018-4/15b"), "certificationFee"));
});

describe("zz-2018-4/16 中国名牌出口商品每个50万元、河南省国际知名品牌每个10万元，总额不超过300万元", () => {
  const r = (newChinaFamousExportBrands: number, newHenanInternationalBrands: number) =>
    resultFor(cbec({ brands: { newChinaFamousExportBrands, newHenanInternationalBrands } }), "zz-2018-4/16");

  it("1 + 2: 50万 + 2 × 10万 = 70万元", () => expectEligible(r(1, 2), 700_000));
  it("0 + 3: 30万元", () => expectEligible(r(0, 3), 300_000));
  it("cap reached: 6 × 50万 = 300万元", () => expectEligible(r(6, 0), 3_000_000));
  it("just under the cap: 5 × 50万 + 4 × 10万 = 290万元", () => expectEligible(r(5, 4), 2_900_000));
  it("over the cap: 5 × 50万 + 9 × 10万 = 340万元 → 300万元", () => expectEligible(r(5, 9), 3_000_000));
  it("no new brands: ineligible", () => expect(r(0, 0).status).toBe("ineligible"));
  it("brands unknown → missing_info", () => {
    const res = resultFor(cbec(), "zz-2018-4/16");
    expect(res.status).toBe("missing_info");
    expect(res.missing.some((m) => m.startsWith("brands"))).toBe(true);
  });
});

describe("zz-2018-4/17 企业年交易额超过1000万美元，单个海外分公司年交易额超过300万美元的每个30万元，总额不超过300万元", () => {
  const branch = (annualTrade: unknown) => ({ annualTrade });
  const r = (crossBorderTrade: unknown, ...branches: unknown[]) => resultFor(cbec({ crossBorderTrade, overseasBranches: branches.map(branch) }), "zz-2018-4/17");

  it("400万, 350万, 200万美元 branches: two over 300万美元 → 2 × 30万 = 60万元", () =>
    expectEligible(r(usd(15_000_000), usd(4_000_000), usd(3_500_000), usd(2_000_000)), 600_000));
  it("enterprise exactly 1000万美元 (超过): ineligible; 1000万 + 1: eligible", () => {
    expectIneligible(r(usd(10_000_000), usd(4_000_000)));
    expectEligible(r(usd(10_000_001), usd(4_000_000)), 300_000);
  });
  it("enterprise 1美元 under 1000万美元: ineligible with the gap", () => expectIneligible(r(usd(9_999_999), usd(4_000_000)), "1美元"));
  it("a branch of exactly 300万美元 does not count; 300.0001万 does", () => expectEligible(r(usd(15_000_000), usd(3_000_000), usd(3_000_001)), 300_000));
  it("no branch over 300万美元: ineligible", () => expectIneligible(r(usd(15_000_000), usd(3_000_000), usd(1_000_000))));
  it("cap reached: 10 branches × 30万 = 300万元; 9 → 270万元; 12 → 300万元", () => {
    const many = (n: number) => Array.from({ length: n }, () => usd(4_000_000));
    expectEligible(r(usd(50_000_000), ...many(10)), 3_000_000);
    expectEligible(r(usd(50_000_000), ...many(9)), 2_700_000);
    expectEligible(r(usd(50_000_000), ...many(12)), 3_000_000);
  });
  it("currency: a branch of 2100万元 (= 300万美元) does not count, 21000007元 does", () => {
    const res = r(usd(15_000_000), cny(21_000_000), cny(21_000_007));
    expectEligible(res, 300_000);
    expectRateStated(res);
  });
  it("branches unknown → missing_info", () => expectMissing(resultFor(cbec({ crossBorderTrade: usd(15_000_000) }), "zz-2018-4/17"), "overseasBranches"));
});

describe("zz-2018-4/18 在郑院校开设跨境电商专业、招生人数在50人以上：本科100万元，高职60万元", () => {
  const r = (kind: string, enrollment: number | undefined, id: string) =>
    resultFor({ asOf: "2019-06-01", city: "zhengzhou", kinds: [kind], ...(enrollment === undefined ? {} : { enrollment }) }, id);

  it("18a 本科院校: 49人 ineligible (1人 short), 50人 → 100万元, 200人 → 100万元", () => {
    expectIneligible(r("university", 49, "zz-2018-4/18a"), "1人");
    expectEligible(r("university", 50, "zz-2018-4/18a"), 1_000_000, "fixed");
    expectEligible(r("university", 200, "zz-2018-4/18a"), 1_000_000);
  });
  it("18b 高职院校: 49人 ineligible, 50人 → 60万元", () => {
    expectIneligible(r("vocational_college", 49, "zz-2018-4/18b"), "1人");
    expectEligible(r("vocational_college", 50, "zz-2018-4/18b"), 600_000, "fixed");
  });
  it("enrollment unknown → missing_info", () => {
    expectMissing(r("university", undefined, "zz-2018-4/18a"), "enrollment");
    expectMissing(r("vocational_college", undefined, "zz-2018-4/18b"), "enrollment");
  });
  it("a 本科院校 is not paid as a 高职院校 and vice versa", () => {
    expect(reported({ asOf: "2019-06-01", city: "zhengzhou", kinds: ["university"], enrollment: 60 }, "zz-2018-4/18b")).toBe(false);
    expect(reported({ asOf: "2019-06-01", city: "zhengzhou", kinds: ["vocational_college"], enrollment: 60 }, "zz-2018-4/18a")).toBe(false);
  });
});

type Klass = { audience: "individual" | "enterprise"; days: number; participants: number; cost?: unknown };
const klass = (audience: Klass["audience"], days: number, participants: number, cost?: unknown): Klass =>
  ({ audience, days, participants, ...(cost ? { cost } : {}) });
const training = (...classes: Klass[]) => as("training_institution", { trainingClasses: classes });

describe("zz-2018-4/19a 面向个人培训：每班次不低于30天且不少于50人，每人100元，最高不超过10万元", () => {
  const r = (...cs: Klass[]) => resultFor(training(...cs), "zz-2018-4/19a");

  it("30天 50人 (both at the minimum): 50 × 100元 = 5000元", () => expectEligible(r(klass("individual", 30, 50)), 5_000, "computed"));
  it("29天: ineligible, 1天 short", () => expectIneligible(r(klass("individual", 29, 50)), "1天"));
  it("49人: ineligible, 1人 short", () => expectIneligible(r(klass("individual", 30, 49)), "1人"));
  it("several classes: 60人 + 120人 qualify (18000元); a 29-day and a 49-person class do not", () => {
    expectEligible(r(klass("individual", 30, 60), klass("individual", 29, 80), klass("individual", 40, 49), klass("individual", 45, 120), klass("enterprise", 5, 20, cny(100_000))), 18_000);
  });
  it("cap reached: 10 classes × 100人 × 100元 = 10万元", () => {
    expectEligible(r(...Array.from({ length: 10 }, () => klass("individual", 30, 100))), 100_000);
  });
  it("just under the cap: 9 × 100人 + 99人 = 999人 → 99900元", () => {
    expectEligible(r(...Array.from({ length: 9 }, () => klass("individual", 30, 100)), klass("individual", 30, 99)), 99_900);
  });
  it("over the cap: 12 × 100人 = 12万元 → 10万元", () => {
    expectEligible(r(...Array.from({ length: 12 }, () => klass("individual", 30, 100))), 100_000);
  });
  it("classes unknown → missing_info", () => expectMissing(resultFor(as("training_institution"), "zz-2018-4/19a"), "trainingClasses"));
});

describe("zz-2018-4/19b 面向企业培训：每班次不低于5天且不少于20人，年培训费用不超过20%，最高不超过10万元", () => {
  const r = (...cs: Klass[]) => resultFor(training(...cs), "zz-2018-4/19b");

  it("5天 20人, 费用20万元 × 20% = 最高4万元", () => expectEligible(r(klass("enterprise", 5, 20, cny(200_000))), 40_000, "up_to"));
  it("4天: ineligible, 1天 short", () => expectIneligible(r(klass("enterprise", 4, 20, cny(200_000))), "1天"));
  it("19人: ineligible, 1人 short", () => expectIneligible(r(klass("enterprise", 5, 19, cny(200_000))), "1人"));
  it("several classes: 20万 + 15万 qualify → 35万元 × 20% = 7万元; a 4-day class and an individual class do not", () => {
    expectEligible(r(klass("enterprise", 5, 20, cny(200_000)), klass("enterprise", 4, 30, cny(100_000)), klass("enterprise", 10, 25, cny(150_000)), klass("individual", 30, 50)), 70_000);
  });
  it("cap reached: 50万元 × 20% = 10万元; 49.9万元 → 9.98万元; 80万元 → 10万元", () => {
    expectEligible(r(klass("enterprise", 5, 20, cny(500_000))), 100_000);
    expectEligible(r(klass("enterprise", 5, 20, cny(499_000))), 99_800);
    expectEligible(r(klass("enterprise", 5, 20, cny(800_000))), 100_000);
  });
  it("cost unknown → missing_info on that class", () => expectMissing(r(klass("enterprise", 5, 20)), "trainingClasses[0].cost"));
});

describe("zz-2018-4/19a + 19b 每个培训机构资金扶持总额不超过20万元", () => {
  it("both parts at their 10万元 caps: 10万 + 10万 = 20万元, exactly the total cap", () => {
    const p = training(...Array.from({ length: 12 }, () => klass("individual", 30, 100)), klass("enterprise", 5, 20, cny(800_000)));
    const a = resultFor(p, "zz-2018-4/19a");
    const b = resultFor(p, "zz-2018-4/19b");
    expectEligible(a, 100_000);
    expectEligible(b, 100_000);
    expect(a.amountCny! + b.amountCny!).toBe(200_000);
  });
  it("is for 社会培训机构: an enterprise training its clients is not reported", () => {
    expect(reported(cbec({ trainingClasses: [klass("enterprise", 5, 20, cny(200_000))] }), "zz-2018-4/19b")).toBe(false);
  });
});
