// 郴政办发〔2021〕3号 郴州市支持跨境电子商务产业高质量发展的若干措施（试行）: every rule, with amounts
// worked out by hand from the clause text. asOf 2022-03-01 (in force 2021-02-23 … 2026-02-23;
// performance year 2021), fx 7 unless stated.
import { describe, expect, it } from "vitest";
import { cny, usd } from "../helpers/screen.ts";
import { expectEligible, expectIneligible, expectMissing, expectRateStated, reported, resultFor, run, type Profile } from "./helpers.ts";

/** 一、支持范围: 在郴州市依法注册、纳税的具有独立法人资质，有跨境电商进出口业绩且纳入郴州海关统计体系. */
const IN_SCOPE = { independentLegalPerson: true, reportsCbecStatistics: true };
const as = (kind: string, extra: Profile = {}): Profile => ({ asOf: "2022-03-01", city: "chenzhou", kinds: [kind], ...IN_SCOPE, ...extra });
const cbec = (extra: Profile = {}) => as("cbec_enterprise", extra);

describe("cz-2021-3 一、支持范围 and validity", () => {
  const ok = cbec({ crossBorderExport: usd(300_000) });
  it("in scope: 20万美元档 → 20万元", () => expectEligible(resultFor(ok, "cz-2021-3/4.1a"), 200_000));
  it("not an 独立法人 registered in Chenzhou: ineligible", () => expectIneligible(resultFor({ ...ok, independentLegalPerson: false }, "cz-2021-3/4.1a")));
  it("not in the customs CBEC statistics: ineligible; unknown: missing_info", () => {
    expectIneligible(resultFor({ ...ok, reportsCbecStatistics: false }, "cz-2021-3/4.1a"));
    const { reportsCbecStatistics: _, ...rest } = ok;
    expectMissing(resultFor(rest, "cz-2021-3/4.1a"), "reportsCbecStatistics");
  });
  it("needs no 河南省电子商务企业 recognition (a Zhengzhou condition)", () => {
    expectEligible(resultFor({ ...ok, henanEcommerceCertified: false }, "cz-2021-3/4.1a"), 200_000);
  });
  it("in force 2021-02-23 … 2026-02-23 inclusive", () => {
    expect(resultFor({ ...ok, asOf: "2021-02-22" }, "cz-2021-3/4.1a").status).toBe("not_in_force");
    expectEligible(resultFor({ ...ok, asOf: "2021-02-23" }, "cz-2021-3/4.1a"), 200_000);
    expectEligible(resultFor({ ...ok, asOf: "2026-02-23" }, "cz-2021-3/4.1a"), 200_000);
    expect(resultFor({ ...ok, asOf: "2026-02-24" }, "cz-2021-3/4.1a").status).toBe("not_in_force");
  });
  it("is a Chenzhou document: a Zhengzhou enterprise gets none of it", () => {
    expect(run({ ...ok, city: "zhengzhou" }).results.some((x) => x.docId === "cz-2021-3")).toBe(false);
  });
});

describe("cz-2021-3/2.1 认定园区当年新入驻企业超过10家且进出口总额达到3000万美元 300万元；超过20家且达到5000万美元 500万元", () => {
  const r = (newEnterprises: number, tradeVolume: unknown, extra: Record<string, unknown> = { recognizedBy: "city" }) =>
    resultFor(as("park_operator", { park: { newEnterprises, tradeVolume, ...extra } }), "cz-2021-3/2.1");

  it("11家, exactly 3000万美元: 300万元", () => expectEligible(r(11, usd(30_000_000)), 3_000_000, "fixed"));
  it("exactly 10家 (超过): ineligible", () => expectIneligible(r(10, usd(30_000_000))));
  it("1美元 under 3000万美元: ineligible with the gap", () => expectIneligible(r(11, usd(29_999_999)), "1美元"));
  it("21家, exactly 5000万美元: 500万元", () => expectEligible(r(21, usd(50_000_000)), 5_000_000));
  it("20家 with 5000万美元: only the 300万元 tier", () => expectEligible(r(20, usd(50_000_000)), 3_000_000));
  it("21家 with 1美元 under 5000万美元: only the 300万元 tier", () => expectEligible(r(21, usd(49_999_999)), 3_000_000));
  it("a 省级电子商务示范基地 qualifies without a 认定 record; a municipal demo park with no 认定 known → missing_info", () => {
    const park = { newEnterprises: 11, tradeVolume: usd(30_000_000) };
    expectEligible(resultFor(as("park_operator", { demoParkLevel: "provincial", park }), "cz-2021-3/2.1"), 3_000_000);
    expectMissing(resultFor(as("park_operator", { demoParkLevel: "municipal", park }), "cz-2021-3/2.1"), "park.recognizedBy");
  });
  it("currency: 2.1亿元 = 3000万美元 → 300万元", () => {
    const res = r(11, cny(210_000_000));
    expectEligible(res, 3_000_000);
    expectRateStated(res);
  });
  it("trade unknown → missing_info", () => {
    expectMissing(resultFor(as("park_operator", { park: { recognizedBy: "city", newEnterprises: 25 } }), "cz-2021-3/2.1"), "park.tradeVolume");
  });
});

describe("cz-2021-3/2.2 新入驻认定园区，租赁面积100平方米以上且进出口总额达到10万美元：租金30%最高20万元；开办费最高5万元", () => {
  const tenancy = { newThisYear: true, parkRecognized: true, areaSqm: 100, annualRent: cny(300_000) };
  const p = (t: Record<string, unknown>, crossBorderTrade: unknown = usd(100_000)) => cbec({ parkTenancy: { ...tenancy, ...t }, crossBorderTrade });
  const rent = (t: Record<string, unknown>, trade?: unknown) => resultFor(p(t, trade), "cz-2021-3/2.2a");
  const startup = (t: Record<string, unknown>, trade?: unknown) => resultFor(p(t, trade), "cz-2021-3/2.2b");

  it("exactly 100平方米 and 10万美元: 租金30万元 × 30% = 9万元; 开办费最高5万元", () => {
    expectEligible(rent({}), 90_000, "computed");
    expectEligible(startup({}), 50_000, "up_to");
  });
  it("99平方米: both ineligible, 1平方米 short", () => {
    expectIneligible(rent({ areaSqm: 99 }), "1平方米");
    expectIneligible(startup({ areaSqm: 99 }), "1平方米");
  });
  it("1美元 under 10万美元: both ineligible", () => {
    expectIneligible(rent({}, usd(99_999)), "1美元");
    expectIneligible(startup({}, usd(99_999)), "1美元");
  });
  it("cap reached: 70万元 × 30% = 21万元 → 20万元; 66万元 × 30% = 19.8万元", () => {
    expectEligible(rent({ annualRent: cny(700_000) }), 200_000);
    expectEligible(rent({ annualRent: cny(660_000) }), 198_000);
  });
  it("not new this year, or the park not recognised: ineligible", () => {
    expectIneligible(rent({ newThisYear: false }));
    expectIneligible(startup({ parkRecognized: false }));
  });
  it("currency: 70万元 = 10万美元 meets 达到", () => {
    const res = rent({}, cny(700_000));
    expectEligible(res, 90_000);
    expectRateStated(res);
  });
  it("tenancy unknown: both missing_info", () => {
    expectMissing(resultFor(cbec({ crossBorderTrade: usd(100_000) }), "cz-2021-3/2.2a"), "parkTenancy.newThisYear");
    expectMissing(resultFor(cbec({ crossBorderTrade: usd(100_000) }), "cz-2021-3/2.2b"), "parkTenancy.areaSqm");
  });
  it("rent unknown: 2.2a missing_info, 2.2b still decided", () => {
    expectMissing(rent({ annualRent: undefined }), "parkTenancy.annualRent");
    expectEligible(startup({ annualRent: undefined }), 50_000);
  });
});

describe("cz-2021-3/3.1 综试区线上综合服务平台和线下园区配套建设，适当支持（金额未定）", () => {
  it("a public service platform: eligible, amount unspecified", () => expectEligible(resultFor(as("public_service_platform"), "cz-2021-3/3.1"), null, "unspecified"));
  it("outside the 支持范围: ineligible; 独立法人 unknown: missing_info", () => {
    expectIneligible(resultFor(as("public_service_platform", { independentLegalPerson: false }), "cz-2021-3/3.1"));
    expectMissing(resultFor({ asOf: "2022-03-01", city: "chenzhou", kinds: ["public_service_platform"], reportsCbecStatistics: true }, "cz-2021-3/3.1"), "independentLegalPerson");
  });
});

describe("cz-2021-3/3.2 业务性公共服务平台：进出口总额超过2000万（含）、5000万（含）、1亿美元（含），分别不超过50万、100万、150万元", () => {
  const r = (crossBorderTrade: unknown, connectedToCityPlatform = true) =>
    resultFor(as("public_service_platform", { crossBorderTrade, connectedToCityPlatform }), "cz-2021-3/3.2");

  it("1美元 under 2000万美元: ineligible with the gap", () => expectIneligible(r(usd(19_999_999)), "1美元"));
  it("exactly 2000万美元 (含) → up to 50万元", () => expectEligible(r(usd(20_000_000)), 500_000, "up_to"));
  it("1美元 under 5000万 → 50万元; exactly 5000万 (含) → 100万元", () => {
    expectEligible(r(usd(49_999_999)), 500_000);
    expectEligible(r(usd(50_000_000)), 1_000_000);
  });
  it("1美元 under 1亿 → 100万元; exactly 1亿 (含) → 150万元; 3亿 → 150万元", () => {
    expectEligible(r(usd(99_999_999)), 1_000_000);
    expectEligible(r(usd(100_000_000)), 1_500_000);
    expectEligible(r(usd(300_000_000)), 1_500_000);
  });
  it("not connected to the 综试区 platform: ineligible", () => expectIneligible(r(usd(60_000_000), false)));
  it("currency: 1.4亿元 = 2000万美元 → 50万元", () => {
    const res = r(cny(140_000_000));
    expectEligible(res, 500_000);
    expectRateStated(res);
  });
  it("trade unknown → missing_info", () => expectMissing(resultFor(as("public_service_platform", { connectedToCityPlatform: true }), "cz-2021-3/3.2"), "crossBorderTrade"));
});

describe("cz-2021-3/3.3 监管中心当年投入费用50%，最高不超过100万元", () => {
  const r = (supervisionCenterInvestment: unknown) => resultFor(as("park_operator", { supervisionCenterInvestment }), "cz-2021-3/3.3");
  it("150万元 × 50% = 75万元", () => expectEligible(r(cny(1_500_000)), 750_000, "computed"));
  it("cap reached: 200万元 × 50% = 100万元; 199万元 → 99.5万元; 300万元 → 100万元", () => {
    expectEligible(r(cny(2_000_000)), 1_000_000);
    expectEligible(r(cny(1_990_000)), 995_000);
    expectEligible(r(cny(3_000_000)), 1_000_000);
  });
  it("investment unknown → missing_info", () => expectMissing(resultFor(as("park_operator"), "cz-2021-3/3.3"), "supervisionCenterInvestment"));
});

describe("cz-2021-3/4.1a 出口总额破零10万元；达到20万美元（含）20万元；达到50万美元（含）50万元", () => {
  const r = (crossBorderExport: unknown) => resultFor(cbec({ crossBorderExport }), "cz-2021-3/4.1a");
  it("zero export: ineligible", () => expectIneligible(r(usd(0))));
  it("1美元 (破零) → 10万元", () => expectEligible(r(usd(1)), 100_000, "fixed"));
  it("1美元 under 20万美元 → 10万元; exactly 20万美元 (含) → 20万元", () => {
    expectEligible(r(usd(199_999)), 100_000);
    expectEligible(r(usd(200_000)), 200_000);
  });
  it("1美元 under 50万美元 → 20万元; exactly 50万美元 (含) → 50万元; 200万美元 → 50万元", () => {
    expectEligible(r(usd(499_999)), 200_000);
    expectEligible(r(usd(500_000)), 500_000);
    expectEligible(r(usd(2_000_000)), 500_000);
  });
  it("currency: 140万元 = 20万美元 → 20万元; 1399999元 → 10万元", () => {
    const res = r(cny(1_400_000));
    expectEligible(res, 200_000);
    expectRateStated(res);
    expectEligible(r(cny(1_399_999)), 100_000);
  });
  it("export unknown → missing_info", () => expectMissing(resultFor(cbec(), "cz-2021-3/4.1a"), "crossBorderExport"));
});

describe("cz-2021-3/4.1b + 4.1c 平台推广费用50%、新注册店铺入驻年费50%，两项补助单个企业最高不超过50万元", () => {
  const p = (platformPromotionFee?: unknown, platformStoreFee?: unknown) =>
    cbec({ ...(platformPromotionFee ? { platformPromotionFee } : {}), ...(platformStoreFee ? { platformStoreFee } : {}) });
  const both = (promo: unknown, store: unknown) => {
    const res = run(p(promo, store));
    return [res.results.find((x) => x.clauseId === "cz-2021-3/4.1b")!, res.results.find((x) => x.clauseId === "cz-2021-3/4.1c")!] as const;
  };

  it("4.1b: 推广费用40万元 × 50% = 20万元", () => expectEligible(resultFor(p(cny(400_000)), "cz-2021-3/4.1b"), 200_000, "computed"));
  it("4.1c: 入驻年费3万元 × 50% = 1.5万元", () => expectEligible(resultFor(p(undefined, cny(30_000)), "cz-2021-3/4.1c"), 15_000, "computed"));
  it("under the shared cap: 80万 × 50% + 19.98万 × 50% = 40万 + 9.99万 = 49.99万元, both unchanged", () => {
    const [b, c] = both(cny(800_000), cny(199_800));
    expectEligible(b, 400_000);
    expectEligible(c, 99_900);
  });
  it("exactly at the shared cap: 40万 + 10万 = 50万元, both unchanged", () => {
    const [b, c] = both(cny(800_000), cny(200_000));
    expectEligible(b, 400_000);
    expectEligible(c, 100_000);
  });
  it("over the shared cap: 45万 + 10万 = 55万元 → the two amounts add up to 50万元", () => {
    const [b, c] = both(cny(900_000), cny(200_000));
    expect(b.status).toBe("eligible");
    expect(c.status).toBe("eligible");
    expect(b.amountCny! + c.amountCny!).toBe(500_000);
    expect(b.amountCny!).toBeLessThanOrEqual(450_000);
    expect(c.amountCny!).toBeLessThanOrEqual(100_000);
  });
  it("one item alone over 50万元: 120万元 × 50% = 60万元 → 50万元", () => {
    expectEligible(resultFor(p(cny(1_200_000)), "cz-2021-3/4.1b"), 500_000);
  });
  it("currency: 推广费用10万美元 = 70万元 × 50% = 35万元", () => {
    const res = resultFor(p(usd(100_000)), "cz-2021-3/4.1b");
    expectEligible(res, 350_000);
    expectRateStated(res);
  });
  it("fees unknown → missing_info", () => {
    expectMissing(resultFor(cbec(), "cz-2021-3/4.1b"), "platformPromotionFee");
    expectMissing(resultFor(cbec(), "cz-2021-3/4.1c"), "platformStoreFee");
  });
});

describe("cz-2021-3/4.2 进出口总额3000万美元以上不超过100万元；1亿美元以上不超过200万元", () => {
  const r = (crossBorderTrade: unknown) => resultFor(cbec({ crossBorderTrade }), "cz-2021-3/4.2");
  it("1美元 under 3000万美元: ineligible with the gap", () => expectIneligible(r(usd(29_999_999)), "1美元"));
  it("exactly 3000万美元 (以上) → up to 100万元", () => expectEligible(r(usd(30_000_000)), 1_000_000, "up_to"));
  it("1美元 under 1亿 → 100万元; exactly 1亿 → 200万元; 2亿 → 200万元", () => {
    expectEligible(r(usd(99_999_999)), 1_000_000);
    expectEligible(r(usd(100_000_000)), 2_000_000);
    expectEligible(r(usd(200_000_000)), 2_000_000);
  });
  it("currency: 2.1亿元 = 3000万美元 → 100万元", () => {
    const res = r(cny(210_000_000));
    expectEligible(res, 1_000_000);
    expectRateStated(res);
  });
});

describe("cz-2021-3/4.3 “一带一路”子网站与目的地区年成交额超过500万美元，不超过30万元", () => {
  const r = (beltRoadSiteTrade: unknown) => resultFor(as("third_party_platform", { beltRoadSiteTrade }), "cz-2021-3/4.3");
  it("1美元 under: ineligible with the gap", () => expectIneligible(r(usd(4_999_999)), "1美元"));
  it("exactly 500万美元 (超过): ineligible", () => expectIneligible(r(usd(5_000_000))));
  it("500万 + 1美元 → up to 30万元", () => expectEligible(r(usd(5_000_001)), 300_000, "up_to"));
  it("currency: 3500万元 = 500万美元 is not 超过; 35000007元 is", () => {
    expectIneligible(r(cny(35_000_000)));
    const res = r(cny(35_000_007));
    expectEligible(res, 300_000);
    expectRateStated(res);
  });
  it("is for platform enterprises", () => expect(reported(cbec({ beltRoadSiteTrade: usd(6_000_000) }), "cz-2021-3/4.3")).toBe(false));
});

type Store = { location: "domestic" | "overseas"; areaSqm: number; monthsOperating?: number; community?: boolean; newThisYear?: boolean };
const shop = (areaSqm: number, extra: Partial<Store> = {}): Store => ({ location: "domestic", areaSqm, ...extra });
const community = (newThisYear = true): Store => shop(80, { community: true, newThisYear });

describe("cz-2021-3/4.4a 郴州市O2O体验店营业面积超过100、500、1000平方米，分别不超过20万、50万、100万元", () => {
  const r = (...stores: Store[]) => resultFor(cbec({ o2oStores: stores }), "cz-2021-3/4.4a");
  it("exactly 100 (超过): ineligible; 99: ineligible; 101 → up to 20万元", () => {
    expectIneligible(r(shop(100)));
    expectIneligible(r(shop(99)));
    expectEligible(r(shop(101)), 200_000, "up_to");
  });
  it("99平方米: nearMiss names the 1平方米 gap to “超过100平方米”", () => {
    expectIneligible(r(shop(99)), "1平方米");
  });
  it("exactly 500 → 20万元; 501 → 50万元", () => {
    expectEligible(r(shop(500)), 200_000);
    expectEligible(r(shop(501)), 500_000);
  });
  it("exactly 1000 → 50万元; 1001 → 100万元", () => {
    expectEligible(r(shop(1000)), 500_000);
    expectEligible(r(shop(1001)), 1_000_000);
  });
  it("no operating period is required: a 600平方米 store open 3 months → 50万元", () => expectEligible(r(shop(600, { monthsOperating: 3 })), 500_000));
  it("several stores: 600 (50万) + 150 (20万) = 70万元; a 90平方米 store, an overseas store and a community store do not count here", () => {
    expectEligible(r(shop(600), shop(150), shop(90), { location: "overseas", areaSqm: 2000 }, community()), 700_000);
  });
  it("area unknown → missing_info on that store", () => {
    expectMissing(resultFor(cbec({ o2oStores: [{ location: "domestic" }] }), "cz-2021-3/4.4a"), "o2oStores[0].areaSqm");
  });
});

describe("cz-2021-3/4.4b 社区O2O体验店每新增1家5万元，单个企业年度不超过30万元", () => {
  const r = (...stores: Store[]) => resultFor(cbec({ o2oStores: stores }), "cz-2021-3/4.4b");
  const n = (k: number) => Array.from({ length: k }, () => community());
  it("two new community stores → 2 × 5万 = 10万元", () => expectEligible(r(...n(2)), 100_000));
  it("a community store not new this year does not count", () => expectEligible(r(...n(2), community(false)), 100_000));
  it("stores unknown → missing_info", () => expectMissing(resultFor(cbec(), "cz-2021-3/4.4b"), "o2oStores"));
  it("cap reached: 6 × 5万 = 30万元; 5 → 25万元; 7 → 30万元", () => {
    expectEligible(r(...n(6)), 300_000);
    expectEligible(r(...n(5)), 250_000);
    expectEligible(r(...n(7)), 300_000);
  });
  it("dev-set case: a 600平方米 store plus two new community stores → 50万 + 2 × 5万", () => {
    const p = cbec({ o2oStores: [shop(600, { monthsOperating: 3 }), community(), { ...community(), areaSqm: 90 }] });
    expectEligible(resultFor(p, "cz-2021-3/4.4a"), 500_000);
    expectEligible(resultFor(p, "cz-2021-3/4.4b"), 100_000);
  });
});

describe("cz-2021-3/5.1 跨境电商公共分拨中心的主体建设单位，一次性不超过100万元", () => {
  const r = (distributionCenterBuilder?: boolean) =>
    resultFor(as("logistics_enterprise", distributionCenterBuilder === undefined ? {} : { distributionCenterBuilder }), "cz-2021-3/5.1");
  it("the builder: up to 100万元", () => expectEligible(r(true), 1_000_000, "up_to"));
  it("not the builder: ineligible; unknown: missing_info", () => {
    expectIneligible(r(false));
    expectMissing(r(), "distributionCenterBuilder");
  });
});

describe("cz-2021-3/5.2a 列入部、省、市公共海外仓建设试点的企业，一次性不超过100万元", () => {
  const r = (...ws: Record<string, unknown>[]) => resultFor(cbec({ overseasWarehouses: ws }), "cz-2021-3/5.2a");
  it("a warehouse in a provincial pilot: up to 100万元", () => expectEligible(r({ mode: "built_public", publicPilotLevel: "province" }), 1_000_000, "up_to"));
  it("two pilot warehouses: still one enterprise, 100万元", () => {
    expectEligible(r({ mode: "built_public", publicPilotLevel: "ministry" }, { mode: "built_public", publicPilotLevel: "city" }), 1_000_000);
  });
  it("no warehouses at all: ineligible", () => expectIneligible(r()));
  it("a warehouse whose pilot listing is not given: missing_info on that warehouse", () => {
    expectMissing(r({ mode: "leased_whole", areaSqm: 2000 }), "overseasWarehouses[0].publicPilotLevel");
  });
});

describe("cz-2021-3/5.2b 租赁海外仓在1000平方米以上，实际租赁费用50%，每个仓库每年最高不超过50万元", () => {
  const lease = (areaSqm: number, annualRent: unknown, mode = "leased_whole") => ({ mode, areaSqm, annualRent });
  const r = (...ws: Record<string, unknown>[]) => resultFor(cbec({ overseasWarehouses: ws }), "cz-2021-3/5.2b");
  it("exactly 1000平方米: 租金60万元 × 50% = 30万元", () => expectEligible(r(lease(1000, cny(600_000))), 300_000, "computed"));
  it("999平方米: ineligible, 1平方米 short", () => expectIneligible(r(lease(999, cny(600_000))), "1平方米"));
  it("per-warehouse cap: 120万元 × 50% = 60万元 → 50万元; 99万元 → 49.5万元", () => {
    expectEligible(r(lease(1500, cny(1_200_000))), 500_000);
    expectEligible(r(lease(1500, cny(990_000))), 495_000);
  });
  it("two warehouses each over the cap: 50万 + 50万 = 100万元 (每个仓库)", () => {
    expectEligible(r(lease(1500, cny(1_200_000)), lease(2000, cny(1_500_000))), 1_000_000);
  });
  it("mixed: 40万 × 50% = 20万 + 120万 × 50% capped at 50万 = 70万元; an 800平方米 lease and a built warehouse do not count", () => {
    expectEligible(r(lease(1500, cny(400_000)), lease(1200, cny(1_200_000), "leased_public"), lease(800, cny(300_000)), { mode: "built_public", areaSqm: 5000 }), 700_000);
  });
  it("currency: 租金10万美元 = 70万元 × 50% = 35万元", () => {
    const res = r(lease(1500, usd(100_000)));
    expectEligible(res, 350_000);
    expectRateStated(res);
  });
  it("rent unknown → missing_info on that warehouse", () => expectMissing(r({ mode: "leased_whole", areaSqm: 1500 }), "overseasWarehouses[0].annualRent"));
});

describe("cz-2021-3/5.3 对接平台的国内物流企业，年度物流订单量达到1000单以上，每单0.5元，最高不超过30万元", () => {
  const r = (logisticsOrders: number, connectedToCityPlatform = true) =>
    resultFor(as("logistics_enterprise", { logisticsOrders, connectedToCityPlatform }), "cz-2021-3/5.3");
  it("exactly 1000单: × 0.5元 = 500元", () => expectEligible(r(1000), 500, "computed"));
  it("999单: ineligible, 1单 short", () => expectIneligible(r(999), "1单"));
  it("cap reached: 600000单 × 0.5 = 30万元; 599998单 → 299999元; 100万单 → 30万元", () => {
    expectEligible(r(600_000), 300_000);
    expectEligible(r(599_998), 299_999);
    expectEligible(r(1_000_000), 300_000);
  });
  it("not connected to the platform: ineligible", () => expectIneligible(r(20_000, false)));
  it("orders unknown → missing_info", () => expectMissing(resultFor(as("logistics_enterprise", { connectedToCityPlatform: true }), "cz-2021-3/5.3"), "logisticsOrders"));
});

describe("cz-2021-3/5.4 以国际快件方式开展进出口业务，最高不超过100万元", () => {
  it("international express: up to 100万元", () => expectEligible(resultFor(as("logistics_enterprise", { internationalExpress: true }), "cz-2021-3/5.4"), 1_000_000, "up_to"));
  it("not: ineligible; unknown: missing_info", () => {
    expectIneligible(resultFor(as("logistics_enterprise", { internationalExpress: false }), "cz-2021-3/5.4"));
    expectMissing(resultFor(as("logistics_enterprise"), "cz-2021-3/5.4"), "internationalExpress");
  });
});

describe("cz-2021-3/6.1 承接经批准的展览、展示、宣传、课题研究等服务，给予一定支持（金额未定）", () => {
  it("approved services: eligible, amount unspecified", () => expectEligible(resultFor(as("service_enterprise", { approvedPromotionServices: true }), "cz-2021-3/6.1"), null, "unspecified"));
  it("not approved: ineligible; unknown: missing_info", () => {
    expectIneligible(resultFor(as("service_enterprise", { approvedPromotionServices: false }), "cz-2021-3/6.1"));
    expectMissing(resultFor(as("service_enterprise"), "cz-2021-3/6.1"), "approvedPromotionServices");
  });
});

describe("cz-2021-3/6.2 平台备案企业使用跨境金融产品，按同期一年期LPR的20%贴息，每年最高不超过30万元", () => {
  const r = (crossBorderFinanceLoan: unknown, extra: Profile = {}) =>
    resultFor(cbec({ connectedToCityPlatform: true, lprOneYear: 0.0345, crossBorderFinanceLoan, ...extra }), "cz-2021-3/6.2");
  it("贷款500万元 × LPR 3.45% × 20% = 34500元", () => expectEligible(r(cny(5_000_000)), 34_500, "computed"));
  it("cap reached: 5000万元 × 3.45% × 20% = 34.5万元 → 30万元; 4000万元 → 27.6万元", () => {
    expectEligible(r(cny(50_000_000)), 300_000);
    expectEligible(r(cny(40_000_000)), 276_000);
  });
  it("not filed with the platform: ineligible", () => expectIneligible(r(cny(5_000_000), { connectedToCityPlatform: false })));
  it("currency: 贷款100万美元 = 700万元 × 3.45% × 20% = 48300元", () => {
    const res = r(usd(1_000_000));
    expectEligible(res, 48_300);
    expectRateStated(res);
  });
  it("loan unknown → missing_info", () => expectMissing(resultFor(cbec({ connectedToCityPlatform: true }), "cz-2021-3/6.2"), "crossBorderFinanceLoan"));
});

type Klass = { audience: "individual" | "enterprise" | "own_staff"; days: number; participants: number; cost?: unknown; approved?: boolean };
const klass = (audience: Klass["audience"], participants: number, extra: Partial<Klass> = {}): Klass => ({ audience, days: 2, participants, ...extra });

describe("cz-2021-3/7.1 企业对本企业员工的在职培训，年度培训费用30%，最高不超过20万元", () => {
  const r = (...cs: Klass[]) => resultFor(cbec({ trainingClasses: cs }), "cz-2021-3/7.1");
  it("50万元 × 30% = 15万元", () => expectEligible(r(klass("own_staff", 30, { cost: cny(500_000) })), 150_000, "computed"));
  it("cap reached: 100万元 × 30% = 30万元 → 20万元; 66.6万元 → 19.98万元", () => {
    expectEligible(r(klass("own_staff", 30, { cost: cny(1_000_000) })), 200_000);
    expectEligible(r(klass("own_staff", 30, { cost: cny(666_000) })), 199_800);
  });
  it("several classes: 30万 + 20万 of own-staff training → 15万元; a class for outside trainees does not count", () => {
    expectEligible(r(klass("own_staff", 20, { cost: cny(300_000) }), klass("own_staff", 10, { cost: cny(200_000) }), klass("individual", 50, { cost: cny(100_000) })), 150_000);
  });
  it("cost unknown → missing_info on that class", () => expectMissing(r(klass("own_staff", 30)), "trainingClasses[0].cost"));
});

describe("cz-2021-3/7.2 认定的人才培养输出基地，基础建设与运营投入50%，最高不超过100万元", () => {
  const r = (talentBase: Record<string, unknown>) => resultFor(as("training_institution", { talentBase }), "cz-2021-3/7.2");
  it("160万元 × 50% = 80万元", () => expectEligible(r({ recognized: true, investment: cny(1_600_000) }), 800_000, "computed"));
  it("cap reached: 200万元 → 100万元; 199万元 → 99.5万元; 300万元 → 100万元", () => {
    expectEligible(r({ recognized: true, investment: cny(2_000_000) }), 1_000_000);
    expectEligible(r({ recognized: true, investment: cny(1_990_000) }), 995_000);
    expectEligible(r({ recognized: true, investment: cny(3_000_000) }), 1_000_000);
  });
  it("not recognised: ineligible; investment unknown: missing_info", () => {
    expectIneligible(r({ recognized: false, investment: cny(1_600_000) }));
    expectMissing(r({ recognized: true }), "talentBase.investment");
    expectMissing(r({ investment: cny(1_600_000) }), "talentBase.recognized");
  });
});

describe("cz-2021-3/7.3 引进签订3年以上合同、年薪达30万元以上的电商高级人才，落实“林邑聚才”措施（金额未定）", () => {
  const r = (...hires: Record<string, unknown>[]) => resultFor(cbec({ seniorTalentHires: hires }), "cz-2021-3/7.3");
  it("exactly 3年 and 30万元: eligible, amount unspecified", () => expectEligible(r({ contractYears: 3, annualSalary: cny(300_000) }), null, "unspecified"));
  it("2年 or 1元 under 30万元: ineligible", () => {
    expectIneligible(r({ contractYears: 2, annualSalary: cny(500_000) }));
    expectIneligible(r({ contractYears: 5, annualSalary: cny(299_999) }));
  });
  it("1元 under 30万元: nearMiss names the 1元 salary gap", () => {
    expectIneligible(r({ contractYears: 3, annualSalary: cny(299_999) }), "1元");
  });
  it("hires unknown → missing_info", () => expectMissing(resultFor(cbec(), "cz-2021-3/7.3"), "seniorTalentHires"));
  it("one qualifying hire among others is enough", () => {
    expectEligible(r({ contractYears: 2, annualSalary: cny(500_000) }, { contractYears: 3, annualSalary: cny(350_000) }), null);
  });
  it("currency: 年薪42858美元 = 300006元 ≥ 30万元; 42857美元 = 299999元 is not", () => {
    expectEligible(r({ contractYears: 3, annualSalary: usd(42_858) }), null);
    expectIneligible(r({ contractYears: 3, annualSalary: usd(42_857) }));
    expect(run(cbec({ seniorTalentHires: [{ contractYears: 3, annualSalary: usd(42_858) }] })).warnings.join("\n")).toContain("按1美元=7元");
  });
  it("currency: the rule's explanation states the rate it used", () => {
    expectRateStated(r({ contractYears: 3, annualSalary: usd(42_858) }));
  });
});

describe("cz-2021-3/7.4 经领导小组办公室同意举办且规模在100人以上的培训活动，每场不超过10万元，同一家培训机构最高不超过100万元", () => {
  const r = (...cs: Klass[]) => resultFor(as("training_institution", { trainingClasses: cs }), "cz-2021-3/7.4");
  const ev = (participants: number, approved = true) => klass("enterprise", participants, { approved });
  it("exactly 100人, approved: up to 10万元", () => expectEligible(r(ev(100)), 100_000, "up_to"));
  it("99人: ineligible, 1人 short", () => expectIneligible(r(ev(99)), "1人"));
  it("several events: 100人 and 150人 approved count (2 × 10万 = 20万元); 99人, and 200人 not approved, do not", () => {
    expectEligible(r(ev(100), ev(150), ev(99), ev(200, false)), 200_000);
  });
  it("cap reached: 10 events → 100万元; 9 → 90万元; 11 → 100万元", () => {
    const n = (k: number) => Array.from({ length: k }, () => ev(120));
    expectEligible(r(...n(10)), 1_000_000);
    expectEligible(r(...n(9)), 900_000);
    expectEligible(r(...n(11)), 1_000_000);
  });
  it("approval unknown: presumed, said in the explanation, and still listed as missing", () => {
    const res = r(klass("enterprise", 150));
    expectEligible(res, 100_000, "up_to");
    expect(res.explanation).toContain("按此推定");
    expect(res.missing).toContain("trainingClasses[0].approved");
  });
});
