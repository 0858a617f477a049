// 郑政文〔2023〕210号: 郑州市加快推进跨境电商发展的若干措施 (measures) and 郑州市加快直播电商发展的实施方案
// (livestream). Amounts worked out by hand from the clause text. asOf 2024-06-30 (performance year
// 2023; both documents in force 2023-12-15 … 2026-12-14), fx 7 unless stated.
import { describe, expect, it } from "vitest";
import { cny, usd } from "../helpers/screen.ts";
import { expectEligible, expectIneligible, expectMissing, expectRateStated, reported, resultFor, run, type Profile } from "./helpers.ts";

const as = (kind: string, extra: Profile = {}): Profile => ({ asOf: "2024-06-30", city: "zhengzhou", kinds: [kind], ...extra });
const cbec = (extra: Profile = {}) => as("cbec_enterprise", extra);

describe("zz-2023-210-measures (十五)(十八) scope and validity", () => {
  const ok = cbec({ crossBorderTrade: cny(20_000_000), marketingSpend: cny(1_000_000) });

  it("an enterprise not said to enjoy the E贸易核心功能集聚区 policy is screened: 100万元 × 30% = 30万元", () => {
    expectEligible(resultFor(ok, "zz-2023-210-measures/1"), 300_000);
  });
  it("享受E贸易核心功能集聚区相关政策的企业，不在此政策支持范围内", () => {
    expectIneligible(resultFor({ ...ok, inETradeCoreZonePolicy: true }, "zz-2023-210-measures/1"));
    const pay = as("payment_institution", { inETradeCoreZonePolicy: true, hasPaymentLicense: true, hq: { inCity: true }, paymentVolume: cny(12_000_000_000) });
    expectIneligible(resultFor(pay, "zz-2023-210-measures/2"));
  });
  it("执行期三年 from 2023-12-15: in force 2023-12-15 and 2026-12-14, not 2023-12-14 nor 2026-12-15", () => {
    expectEligible(resultFor({ ...ok, asOf: "2023-12-15" }, "zz-2023-210-measures/1"), 300_000);
    expectEligible(resultFor({ ...ok, asOf: "2026-12-14" }, "zz-2023-210-measures/1"), 300_000);
    expect(resultFor({ ...ok, asOf: "2023-12-14" }, "zz-2023-210-measures/1").status).toBe("not_in_force");
    expect(resultFor({ ...ok, asOf: "2026-12-15" }, "zz-2023-210-measures/1").status).toBe("not_in_force");
  });
  it("needs no 河南省电子商务企业 recognition (that was 郑政〔2018〕4号)", () => {
    expectEligible(resultFor({ ...ok, henanEcommerceCertified: false }, "zz-2023-210-measures/1"), 300_000);
  });
});

describe("zz-2023-210-measures/1 年进出口额达到1000万元以上，推广、独立站等费用30%，每年不超过50万元", () => {
  const r = (crossBorderTrade: unknown, marketingSpend: unknown = cny(1_000_000)) => resultFor(cbec({ crossBorderTrade, marketingSpend }), "zz-2023-210-measures/1");

  it("exactly 1000万元: 100万元 × 30% = 30万元", () => expectEligible(r(cny(10_000_000)), 300_000, "computed"));
  it("just below: ineligible, 1元 short", () => expectIneligible(r(cny(9_999_999)), "1元"));
  it("above (3000万元): 30万元", () => expectEligible(r(cny(30_000_000)), 300_000));
  it("cap reached: 200万元 × 30% = 60万元 → 50万元", () => expectEligible(r(cny(30_000_000), cny(2_000_000)), 500_000));
  it("just under the cap: 166.666万元 × 30% = 499998元", () => expectEligible(r(cny(30_000_000), cny(1_666_660)), 499_998));
  it("currency: 1428572美元 × 7 = 10000004元 ≥ 1000万元; 1428571美元 = 9999997元 is not", () => {
    const res = r(usd(1_428_572));
    expectEligible(res, 300_000);
    expectRateStated(res);
    expectIneligible(r(usd(1_428_571)));
  });
  it("spend unknown → missing_info", () => expectMissing(resultFor(cbec({ crossBorderTrade: cny(30_000_000) }), "zz-2023-210-measures/1"), "marketingSpend"));
});

describe("zz-2023-210-measures/2 支付平台：持证、设总部、结算规模不低于100亿元，一次性500万元", () => {
  const pay = { hasPaymentLicense: true, hq: { inCity: true } };
  const r = (paymentVolume: unknown, extra: Profile = {}) => resultFor(as("payment_institution", { ...pay, paymentVolume, ...extra }), "zz-2023-210-measures/2");

  it("exactly 100亿元 (不低于): 500万元", () => expectEligible(r(cny(10_000_000_000)), 5_000_000, "fixed"));
  it("just below: ineligible, 1元 short", () => expectIneligible(r(cny(9_999_999_999)), "1元"));
  it("120亿元: 500万元 (a fixed award, not proportional)", () => expectEligible(r(cny(12_000_000_000)), 5_000_000));
  it("currency: 1428571429美元 × 7 = 10000000003元 ≥ 100亿; 1428571428美元 = 9999999996元 is not", () => {
    const res = r(usd(1_428_571_429));
    expectEligible(res, 5_000_000);
    expectRateStated(res);
    expectIneligible(r(usd(1_428_571_428)));
  });
  it("no licence: ineligible; 总部 unknown: missing_info", () => {
    expectIneligible(r(cny(12_000_000_000), { hasPaymentLicense: false }));
    expectMissing(resultFor(as("payment_institution", { hasPaymentLicense: true, paymentVolume: cny(12_000_000_000) }), "zz-2023-210-measures/2"), "hq.inCity");
  });
});

describe("zz-2023-210-measures/3 总部落户后整年度进出口额首次超过5亿元、10亿元，分别200万元、400万元", () => {
  // Performance year 2023. Settled 2022-03-01 → 2023 is its first full year (no earlier full year).
  const first = { inCity: true, establishedOn: "2022-03-01" };
  // Settled 2021-05-01 → full years 2022 and 2023; priorBestTrade = the best of those before 2023.
  const later = (priorBestTrade?: unknown) => ({ inCity: true, establishedOn: "2021-05-01", ...(priorBestTrade ? { priorBestTrade } : {}) });
  const r = (crossBorderTrade: unknown, hq: Record<string, unknown> = first) => resultFor(cbec({ hq, crossBorderTrade }), "zz-2023-210-measures/3");

  it("just below 5亿元: ineligible, 1元 short", () => expectIneligible(r(cny(499_999_999)), "1元"));
  it("exactly 5亿元 (超过): ineligible", () => expectIneligible(r(cny(500_000_000))));
  it("5亿元 + 1元, first time: 200万元", () => expectEligible(r(cny(500_000_001)), 2_000_000, "fixed"));
  it("exactly 10亿元, first time over 5亿: 200万元", () => expectEligible(r(cny(1_000_000_000)), 2_000_000));
  it("10亿元 step, after an earlier year of 6亿元 (already past 5亿): exactly 10亿 → nothing, 10亿 + 1 → 400万元", () => {
    expectIneligible(r(cny(1_000_000_000), later(cny(600_000_000))));
    expectEligible(r(cny(1_000_000_001), later(cny(600_000_000))), 4_000_000);
  });
  it("首次: an earlier year of 6亿元 means 8亿元 now is not a first time", () => expectIneligible(r(cny(800_000_000), later(cny(600_000_000)))));
  it("首次: an earlier best of exactly 5亿元 (not 超过) leaves 5.5亿元 now a first time → 200万元", () => {
    expectEligible(r(cny(550_000_000), later(cny(500_000_000))), 2_000_000);
  });
  it("首次: an earlier year already over 10亿元 leaves nothing at 15亿元", () => expectIneligible(r(cny(1_500_000_000), later(cny(1_200_000_000)))));
  it("crossing both 5亿 and 10亿 in the same first year: at least 400万元, at most 600万元 (“分别给予” — text ambiguous)", () => {
    const res = r(cny(1_200_000_000));
    expect(res.status).toBe("eligible");
    expect(res.amountCny!).toBeGreaterThanOrEqual(4_000_000);
    expect(res.amountCny!).toBeLessThanOrEqual(6_000_000);
  });
  it("落户后整年度: settled 2023-03-01 has no full year yet in 2023", () => expectIneligible(r(cny(600_000_000), { inCity: true, establishedOn: "2023-03-01" })));
  it("currency: 71428572美元 × 7 = 500000004元 > 5亿元 → 200万元", () => {
    const res = r(usd(71_428_572));
    expectEligible(res, 2_000_000);
    expectRateStated(res);
  });
  it("settling date and earlier best year unknown → missing_info; earlier best year unknown (not the first full year) → missing_info", () => {
    expectMissing(r(cny(600_000_000), { inCity: true }), "hq.priorBestTrade", "hq.establishedOn");
    expectMissing(r(cny(600_000_000), later()), "hq.priorBestTrade");
  });
  it("settling date unknown but the earlier best year given: a full year is presumed, said so", () => {
    const res = r(cny(600_000_000), { inCity: true, priorBestTrade: cny(300_000_000) });
    expectEligible(res, 2_000_000, "fixed");
    expect(res.explanation).toContain("按此推定");
  });
});

describe("zz-2023-210-measures/5 服务企业：服务30家以上、营业收入不低于1000万元且增幅不低于10%，营业收入3%，不超过100万元", () => {
  const base = { servedEnterprises: 30, serviceRevenue: cny(10_000_000), serviceRevenueGrowth: 0.1 };
  const r = (extra: Profile) => resultFor(as("service_enterprise", { ...base, ...extra }), "zz-2023-210-measures/5");

  it("all three exactly at: 1000万元 × 3% = 30万元", () => expectEligible(r({}), 300_000, "computed"));
  it("29家: ineligible, 1家 short", () => expectIneligible(r({ servedEnterprises: 29 }), "1家"));
  it("revenue 1元 short: ineligible", () => expectIneligible(r({ serviceRevenue: cny(9_999_999) }), "1元"));
  it("growth 9.9%: ineligible, 0.1% short", () => expectIneligible(r({ serviceRevenueGrowth: 0.099 }), "0.1%"));
  it("above: 2000万元, 15% → 60万元", () => expectEligible(r({ serviceRevenue: cny(20_000_000), serviceRevenueGrowth: 0.15, servedEnterprises: 40 }), 600_000));
  it("cap reached: 4000万元 × 3% = 120万元 → 100万元; 33333300元 × 3% = 999999元", () => {
    expectEligible(r({ serviceRevenue: cny(40_000_000) }), 1_000_000);
    expectEligible(r({ serviceRevenue: cny(33_333_300) }), 999_999);
  });
  it("currency: 1428572美元 = 10000004元 × 3% = 300000.12 → 300000元", () => {
    const res = r({ serviceRevenue: usd(1_428_572) });
    expectEligible(res, 300_000);
    expectRateStated(res);
  });
  it("growth unknown → missing_info", () => {
    const { serviceRevenueGrowth: _, ...rest } = base;
    expectMissing(resultFor(as("service_enterprise", rest), "zz-2023-210-measures/5"), "serviceRevenueGrowth");
  });
});

describe("zz-2023-210-measures/6 年进出口额达2000万元以上且国际物流费用达200万元以上，10%，每年不超过200万元", () => {
  const r = (crossBorderTrade: unknown, logisticsSpend: unknown) => resultFor(cbec({ crossBorderTrade, logisticsSpend }), "zz-2023-210-measures/6");

  it("both exactly at: 200万元 × 10% = 20万元", () => expectEligible(r(cny(20_000_000), cny(2_000_000)), 200_000, "computed"));
  it("trade 1元 short: ineligible", () => expectIneligible(r(cny(19_999_999), cny(2_000_000)), "1元"));
  it("spend 1元 short: ineligible", () => expectIneligible(r(cny(20_000_000), cny(1_999_999)), "1元"));
  it("cap reached: 2000万元 × 10% = 200万元; 1999万元 → 199.9万元; 3000万元 → 200万元", () => {
    expectEligible(r(cny(50_000_000), cny(20_000_000)), 2_000_000);
    expectEligible(r(cny(50_000_000), cny(19_990_000)), 1_999_000);
    expectEligible(r(cny(50_000_000), cny(30_000_000)), 2_000_000);
  });
  it("currency: 2857143美元 = 20000001元 meets 2000万元; 2857142美元 = 19999994元 does not", () => {
    const res = r(usd(2_857_143), cny(2_000_000));
    expectEligible(res, 200_000);
    expectRateStated(res);
    expectIneligible(r(usd(2_857_142), cny(2_000_000)));
  });
  it("spend unknown → missing_info", () => expectMissing(resultFor(cbec({ crossBorderTrade: cny(50_000_000) }), "zz-2023-210-measures/6"), "logisticsSpend"));
});

describe("zz-2023-210-measures/7 公共服务平台：服务100家以上、通关单量5000万单、进出口额50亿元以上，0.5‰，每年不超过300万元", () => {
  const base = { servedEnterprises: 100, customsOrders: 50_000_000, crossBorderTrade: cny(5_000_000_000) };
  const r = (extra: Profile) => resultFor(as("public_service_platform", { ...base, ...extra }), "zz-2023-210-measures/7");

  it("all exactly at: 50亿元 × 0.5‰ = 250万元", () => expectEligible(r({}), 2_500_000, "computed"));
  it("99家: ineligible, 1家 short", () => expectIneligible(r({ servedEnterprises: 99 }), "1家"));
  it("49999999单: ineligible, 1单 short", () => expectIneligible(r({ customsOrders: 49_999_999 }), "1单"));
  it("trade 1元 short: ineligible", () => expectIneligible(r({ crossBorderTrade: cny(4_999_999_999) }), "1元"));
  it("cap reached: 60亿元 × 0.5‰ = 300万元; 59.9亿元 → 299.5万元; 80亿元 → 300万元", () => {
    expectEligible(r({ crossBorderTrade: cny(6_000_000_000) }), 3_000_000);
    expectEligible(r({ crossBorderTrade: cny(5_990_000_000) }), 2_995_000);
    expectEligible(r({ crossBorderTrade: cny(8_000_000_000) }), 3_000_000);
  });
  it("currency: 714285715美元 = 5000000005元 × 0.5‰ = 2500000.0025 → 250万元", () => {
    const res = r({ crossBorderTrade: usd(714_285_715) });
    expectEligible(res, 2_500_000);
    expectRateStated(res);
  });
  it("通关单量 unknown → missing_info", () => {
    const { customsOrders: _, ...rest } = base;
    expectMissing(resultFor(as("public_service_platform", rest), "zz-2023-210-measures/7"), "customsOrders");
  });
});

describe("zz-2023-210-measures/8 园区：入驻企业超过20家，年外贸进出口额达到20亿、50亿、100亿以上，分别10万、30万、60万元", () => {
  const r = (tradeVolume: unknown, enterprises = 21) => resultFor(as("park_operator", { park: { enterprises, tradeVolume } }), "zz-2023-210-measures/8");

  it("20家 (超过): ineligible; 21家: eligible", () => {
    expectIneligible(r(cny(2_000_000_000), 20));
    expectEligible(r(cny(2_000_000_000), 21), 100_000, "fixed");
  });
  it("1元 under 20亿: ineligible with the gap", () => expectIneligible(r(cny(1_999_999_999)), "1元"));
  it("exactly 20亿 → 10万元; 1元 under 50亿 → 10万元", () => {
    expectEligible(r(cny(2_000_000_000)), 100_000);
    expectEligible(r(cny(4_999_999_999)), 100_000);
  });
  it("exactly 50亿 → 30万元; 1元 under 100亿 → 30万元", () => {
    expectEligible(r(cny(5_000_000_000)), 300_000);
    expectEligible(r(cny(9_999_999_999)), 300_000);
  });
  it("exactly 100亿 → 60万元; 200亿 → 60万元", () => {
    expectEligible(r(cny(10_000_000_000)), 600_000);
    expectEligible(r(cny(20_000_000_000)), 600_000);
  });
  it("currency: 285714286美元 = 2000000002元 → 10万元", () => {
    const res = r(usd(285_714_286));
    expectEligible(res, 100_000);
    expectRateStated(res);
  });
  it("trade unknown → missing_info", () => expectMissing(resultFor(as("park_operator", { park: { enterprises: 30 } }), "zz-2023-210-measures/8"), "park.tradeVolume"));
});

describe("zz-2023-210-measures/9 入驻省级以上示范园区：超1亿元（或服务营收3000万元）以上60%不超过50万；超5000万元（或1500万元）以上30%不超过20万", () => {
  const r = (extra: Profile, kind = "cbec_enterprise") =>
    resultFor(as(kind, { demoParkLevel: "provincial", parkServiceFees: cny(500_000), ...extra }), "zz-2023-210-measures/9");
  // A plain CBEC enterprise with no service revenue, so only the trade figure decides.
  const trade = (crossBorderTrade: unknown, fees: unknown = cny(500_000)) => r({ crossBorderTrade, serviceRevenue: cny(0), parkServiceFees: fees });

  it("2亿元: 综合服务费50万元 × 60% = 30万元", () => expectEligible(trade(cny(200_000_000)), 300_000, "computed"));
  it("60% tier cap reached: 100万元 × 60% = 60万元 → 50万元; 83万元 × 60% = 49.8万元", () => {
    expectEligible(trade(cny(200_000_000), cny(1_000_000)), 500_000);
    expectEligible(trade(cny(200_000_000), cny(830_000)), 498_000);
  });
  it("8000万元: 50万元 × 30% = 15万元", () => expectEligible(trade(cny(80_000_000)), 150_000));
  it("30% tier cap reached: 70万元 × 30% = 21万元 → 20万元; 66万元 × 30% = 19.8万元", () => {
    expectEligible(trade(cny(80_000_000), cny(700_000)), 200_000);
    expectEligible(trade(cny(80_000_000), cny(660_000)), 198_000);
  });
  it("step at 1亿: 1亿 + 1元 → 60% (30万元); 1亿 − 1元 → 30% (15万元)", () => {
    expectEligible(trade(cny(100_000_001)), 300_000);
    expectEligible(trade(cny(99_999_999)), 150_000);
  });
  it("exactly 1亿元 (“超1亿元…以上”): one of the two tiers, 15万元 or 30万元 — text ambiguous", () => {
    const res = trade(cny(100_000_000));
    expect(res.status).toBe("eligible");
    expect([150_000, 300_000]).toContain(res.amountCny);
  });
  it("step at 5000万: 5000万 + 1元 → 15万元; 5000万 − 1元 → ineligible", () => {
    expectEligible(trade(cny(50_000_001)), 150_000);
    expectIneligible(trade(cny(49_999_999)));
  });
  it("exactly 5000万元: ineligible or 15万元 — text ambiguous (“超…以上”)", () => {
    const res = trade(cny(50_000_000));
    expect(res.status === "ineligible" || (res.status === "eligible" && res.amountCny === 150_000)).toBe(true);
  });
  it("service enterprise by 营收: 3000万 + 1元 → 60% (30万元); 1500万 + 1元 → 30% (15万元); 1500万 − 1元 → ineligible", () => {
    const svc = (serviceRevenue: unknown) => r({ serviceRevenue, crossBorderTrade: cny(0) }, "service_enterprise");
    expectEligible(svc(cny(30_000_001)), 300_000);
    expectEligible(svc(cny(15_000_001)), 150_000);
    expectIneligible(svc(cny(14_999_999)));
  });
  it("电商服务类营收 is the measure of a service enterprise only: a trading company's 6200万元 turnover gives no tier (issue 10)", () => {
    expectIneligible(r({ serviceRevenue: cny(62_000_000), crossBorderTrade: cny(30_000_000) }));
    expectEligible(r({ serviceRevenue: cny(62_000_000), crossBorderTrade: cny(30_000_000) }, "service_enterprise"), 300_000);
  });
  it("入驻省级以上示范园区: national yes, municipal no, unknown → missing_info", () => {
    expectEligible(r({ demoParkLevel: "national", crossBorderTrade: cny(200_000_000), serviceRevenue: cny(0) }), 300_000);
    expectIneligible(r({ demoParkLevel: "municipal", crossBorderTrade: cny(200_000_000), serviceRevenue: cny(0) }));
    expectMissing(resultFor(cbec({ crossBorderTrade: cny(200_000_000), parkServiceFees: cny(500_000) }), "zz-2023-210-measures/9"), "demoParkLevel");
  });
  it("currency: 14285715美元 = 100000005元 > 1亿元 → 60%, 30万元", () => {
    const res = trade(usd(14_285_715));
    expectEligible(res, 300_000);
    expectRateStated(res);
  });
  it("fees unknown → missing_info", () => {
    expectMissing(resultFor(cbec({ demoParkLevel: "provincial", crossBorderTrade: cny(200_000_000) }), "zz-2023-210-measures/9"), "parkServiceFees");
  });
});

describe("zz-2023-210-measures/10 参加人才孵化项目，每年不超过1万元", () => {
  it("taking part: up to 1万元", () => expectEligible(resultFor(cbec({ inTalentIncubation: true }), "zz-2023-210-measures/10"), 10_000, "up_to"));
  it("not taking part: ineligible; unknown: missing_info", () => {
    expectIneligible(resultFor(cbec({ inTalentIncubation: false }), "zz-2023-210-measures/10"));
    expectMissing(resultFor(cbec(), "zz-2023-210-measures/10"), "inTalentIncubation");
  });
});

describe("zz-2023-210-measures/11 经批准在郑州市举办的跨境电商竞赛，单个活动不超过20万元", () => {
  const r = (approvedCompetitions: number, kind = "event_organizer") => resultFor(as(kind, { approvedCompetitions }), "zz-2023-210-measures/11");
  it("one competition: up to 20万元", () => expectEligible(r(1), 200_000, "up_to"));
  it("two competitions: 2 × 20万元 = 40万元 (an association organiser too)", () => {
    expectEligible(r(2), 400_000);
    expectEligible(r(2, "association"), 400_000);
  });
  it("none: ineligible; unknown: one event estimated, said so, and the count still asked", () => {
    expectIneligible(r(0));
    const res = resultFor(as("event_organizer"), "zz-2023-210-measures/11");
    expectEligible(res, 200_000, "up_to");
    expect(res.explanation).toContain("未填写场数，按1场估算");
    expect(res.missing).toContain("approvedCompetitions");
  });
});

type Store = { location: "domestic" | "overseas"; areaSqm: number; monthsOperating: number; retailImport?: unknown };
const store = (areaSqm: number, monthsOperating = 15, retailImport: unknown = cny(35_000_000), location: Store["location"] = "domestic"): Store =>
  ({ location, areaSqm, monthsOperating, ...(retailImport ? { retailImport } : {}) });

describe("zz-2023-210-measures/12 郑州市域内线下店：累计营业面积超过1000平方米，经营满一年且年零售进口额超过3000万元，每平方米300元，每年不超过100万元", () => {
  const r = (...stores: Store[]) => resultFor(cbec({ o2oStores: stores }), "zz-2023-210-measures/12");

  it("2000平方米 × 300元 = 60万元", () => expectEligible(r(store(2000)), 600_000, "computed"));
  it("area 999: ineligible, 1 short; exactly 1000 (超过): ineligible; 1001: 300300元", () => {
    expectIneligible(r(store(999)), "1");
    expectIneligible(r(store(1000)));
    expectEligible(r(store(1001)), 300_300);
  });
  it("零售进口额 exactly 3000万元 (超过): ineligible; 3000万 + 1元: eligible", () => {
    expectIneligible(r(store(2000, 15, cny(30_000_000))));
    expectEligible(r(store(2000, 15, cny(30_000_001))), 600_000);
  });
  it("经营满一年: 11 months no, 12 months yes", () => {
    expectIneligible(r(store(2000, 11)));
    expectEligible(r(store(2000, 12)), 600_000);
  });
  it("经营满一年: an 11-month store's nearMiss names the 1个月 gap", () => {
    expectIneligible(r(store(2000, 11)), "1个月");
  });
  it("cap reached: 4000 × 300 = 120万元 → 100万元; 3333 × 300 = 999900元", () => {
    expectEligible(r(store(4000)), 1_000_000);
    expectEligible(r(store(3333)), 999_900);
  });
  it("several stores: 800 (20个月, 2000万) + 600 (12个月, 1500万) = 1400平方米, 3500万元 → 42万元; a 5-month store and an overseas one do not count", () => {
    expectEligible(r(store(800, 20, cny(20_000_000)), store(600, 12, cny(15_000_000)), store(900, 5, cny(10_000_000)), store(3000, 24, cny(50_000_000), "overseas")), 420_000);
  });
  it("currency: 4285715美元 = 30000005元 > 3000万元; 4285714美元 = 29999998元 is not", () => {
    const res = r(store(2000, 15, usd(4_285_715)));
    expectEligible(res, 600_000);
    expectRateStated(res);
    expectIneligible(r(store(2000, 15, usd(4_285_714))));
  });
  it("stores unknown → missing_info", () => expectMissing(resultFor(cbec(), "zz-2023-210-measures/12"), "o2oStores"));
  it("a store's retail import unknown → missing_info on that store", () => {
    expectMissing(r(store(2000, 15, null)), "o2oStores[0].retailImport");
  });
});

describe("zz-2023-210-measures: rules for other kinds are not reported", () => {
  it("a CBEC enterprise sees neither the payment (二) nor the park (八) rule", () => {
    const p = cbec({ crossBorderTrade: cny(20_000_000) });
    expect(reported(p, "zz-2023-210-measures/2")).toBe(false);
    expect(reported(p, "zz-2023-210-measures/8")).toBe(false);
    expect(reported(p, "zz-2023-210-measures/1")).toBe(true);
  });
});

describe("zz-2023-210-livestream/10a 平台经济产业园：新注册企业50家以上且社消零年综合贡献首次达到10亿元以上，按平台经济政策奖励（金额未定）", () => {
  const r = (park: Record<string, unknown>) => resultFor(as("park_operator", { park }), "zz-2023-210-livestream/10a");

  it("exactly 50家 and 10亿元: eligible, amount unspecified", () => expectEligible(r({ newEnterprises: 50, retailContribution: cny(1_000_000_000) }), null, "unspecified"));
  it("49家: ineligible, 1家 short", () => expectIneligible(r({ newEnterprises: 49, retailContribution: cny(1_000_000_000) }), "1家"));
  it("1元 under 10亿: ineligible with the gap", () => expectIneligible(r({ newEnterprises: 60, retailContribution: cny(999_999_999) }), "1元"));
  it("above (30亿元): eligible", () => expectEligible(r({ newEnterprises: 60, retailContribution: cny(3_000_000_000) }), null));
  it("currency: 142857143美元 = 1000000001元 ≥ 10亿; 142857142美元 = 999999994元 is not", () => {
    const res = r({ newEnterprises: 60, retailContribution: usd(142_857_143) });
    expectEligible(res, null);
    expectRateStated(res);
    expectIneligible(r({ newEnterprises: 60, retailContribution: usd(142_857_142) }));
  });
  it("contribution unknown → missing_info", () => expectMissing(r({ newEnterprises: 60 }), "park.retailContribution"));
  it("execution period 3 years: not in force on 2026-12-15", () => {
    const p = as("park_operator", { asOf: "2026-12-15", park: { newEnterprises: 60, retailContribution: cny(3_000_000_000) } });
    expect(resultFor(p, "zz-2023-210-livestream/10a").status).toBe("not_in_force");
  });
});

describe("zz-2023-210-livestream/10b 直播电商企业：纳入社消零限上统计且年直播带货销售额首次超过1000万元（金额未定）", () => {
  const r = (liveStreamSales: unknown, extra: Profile = { inRetailSalesStatistics: true }) =>
    resultFor(as("livestream_enterprise", { liveStreamSales, ...extra }), "zz-2023-210-livestream/10b");

  it("1000万 + 1元: eligible, amount unspecified", () => expectEligible(r(cny(10_000_001)), null, "unspecified"));
  it("exactly 1000万元 (超过): ineligible", () => expectIneligible(r(cny(10_000_000))));
  it("1元 under: ineligible with the gap", () => expectIneligible(r(cny(9_999_999)), "1元"));
  it("not in the 限上 statistics: ineligible; unknown: missing_info", () => {
    expectIneligible(r(cny(20_000_000), { inRetailSalesStatistics: false }));
    expectMissing(r(cny(20_000_000), {}), "inRetailSalesStatistics");
  });
  it("currency: 1428572美元 = 10000004元 > 1000万元", () => {
    const res = r(usd(1_428_572));
    expectEligible(res, null);
    expectRateStated(res);
  });
  it("the measures' (十五) E贸易 exclusion is not part of this separate document", () => {
    expectEligible(r(cny(20_000_000), { inRetailSalesStatistics: true, inETradeCoreZonePolicy: true }), null);
  });
  it("unspecified amounts add nothing to the total", () => {
    expect(run(as("livestream_enterprise", { inRetailSalesStatistics: true, liveStreamSales: cny(20_000_000) })).totalCny).toBe(0);
  });
});
