// Bounds from what is known (policies/profile.ts FIGURE_BOUNDS, policies/engine/bounds.ts): a
// known part is a floor for its whole, a known whole less the other known parts a ceiling for a
// part. Each direction is tested on a clause whose outcome it decides, and where it does not.
import { describe, expect, it } from "vitest";
import { field } from "../policies/fields.ts";
import { FIGURE_BOUNDS } from "../policies/profile.ts";
import { expectEligible, expectIneligible, expectMissing } from "./rules/helpers.ts";
import { cny, resultFor, run, usd } from "./helpers/screen.ts";

const zhengzhou2024 = (extra: Record<string, unknown>) => ({ asOf: "2024-06-30", city: "zhengzhou", kinds: ["cbec_enterprise"], ...extra });
const zhengzhou2019 = (extra: Record<string, unknown>) => ({
  asOf: "2019-06-30", city: "zhengzhou", kinds: ["cbec_enterprise"],
  independentLegalPerson: true, henanEcommerceCertified: true, reportsCbecStatistics: true, ...extra,
});
const fx71 = { fxUsdCny: 7.1, today: "2024-06-30" };

describe("the bounds declaration", () => {
  it("relates money figures of the profile, a whole to parts that are not the whole", () => {
    for (const b of FIGURE_BOUNDS) {
      expect(field(b.whole).type).toBe("money");
      for (const p of b.parts) expect(field(p).type, p).toBe("money");
      expect(b.parts).not.toContain(b.whole);
      expect(new Set(b.parts).size).toBe(b.parts.length);
    }
  });
});

describe("crossBorderTrade ≥ crossBorderExport + retailImport", () => {
  it("exports decide 年进出口额1000万元以上: 200万美元 at 7.1 is 1420万元 (210号（一）)", () => {
    const r = resultFor(zhengzhou2024({ crossBorderExport: usd(2_000_000), marketingSpend: cny(500_000) }), "zz-2023-210-measures/1", fx71);
    expectEligible(r, 150_000);
    expect(r.missing).not.toContain("crossBorderTrade");
    expect(r.explanation).toMatch(/跨境电商进出口额未提供；.*已知跨境电商出口额200万美元（按1美元=7\.1元折合1420万元），故至少为1420万元（≥ 1000万元），据此判断/u);
  });

  it("keeps the figure missing where the floor does not settle it: 1420万元 is short of 2000万元 (210号（六）)", () => {
    const r = resultFor(zhengzhou2024({ crossBorderExport: usd(2_000_000), logisticsSpend: cny(3_000_000) }), "zz-2023-210-measures/6", fx71);
    expectMissing(r, "crossBorderTrade");
    expect(r.reason).toContain("跨境电商进出口额");
  });

  it("adds the known parts: 100万美元 of exports and 400万元 of retail imports make 1110万元", () => {
    const profile = zhengzhou2024({ crossBorderExport: usd(1_000_000), retailImport: cny(4_000_000), marketingSpend: cny(100_000) });
    expectEligible(resultFor(profile, "zz-2023-210-measures/1", fx71), 30_000);
    const short = zhengzhou2024({ crossBorderExport: usd(1_000_000), marketingSpend: cny(100_000) }); // 710万元 alone
    expectMissing(resultFor(short, "zz-2023-210-measures/1", fx71), "crossBorderTrade");
  });

  it("a known whole caps a part: 1300万元 of trade at 6.5 is 200万美元, so exports cannot reach 300万美元 (郑政〔2018〕4号（八）)", () => {
    const r = resultFor(zhengzhou2019({ fxUsdCny: 6.5, crossBorderTrade: cny(13_000_000), creditInsurancePremium: cny(500_000) }), "zz-2018-4/8");
    expectIneligible(r);
    expect(r.explanation).toContain("故至多为200万美元（< 300万美元），据此判断");
    expect(r.missing).toEqual([]);
  });

  it("less the other known parts: 3000万元 of trade with 1000万元 of retail imports leaves at most 2000万元 of exports", () => {
    const r = resultFor(
      zhengzhou2019({ crossBorderTrade: cny(30_000_000), retailImport: cny(10_000_000), creditInsurancePremium: cny(500_000) }),
      "zz-2018-4/8",
    );
    expectIneligible(r); // 300万美元 at 7 is 2100万元
    expect(r.explanation).toContain("减去跨境电商零售进口额1000万元");
    // Without the retail imports the ceiling is 3000万元, above 2100万元: undecided.
    expectMissing(resultFor(zhengzhou2019({ crossBorderTrade: cny(30_000_000), creditInsurancePremium: cny(500_000) }), "zz-2018-4/8"), "crossBorderExport");
  });

  it("decides a tier from the floor and asks for the figure only for the tier above (郴政办发〔2021〕3号四（二）)", () => {
    const profile = { asOf: "2022-06-30", city: "chenzhou", kinds: ["cbec_enterprise"], independentLegalPerson: true, reportsCbecStatistics: true, crossBorderExport: usd(50_000_000) };
    const r = resultFor(profile, "cz-2021-3/4.2");
    expectEligible(r, 1_000_000, "up_to");
    expect(r.missing).toEqual(["crossBorderTrade"]); // 1亿美元 would give up to 200万元
  });

  it("gives an amount based on the unknown figure at least from its floor, and exactly once the floor reaches the cap (210号（七）)", () => {
    const platform = (exports: number) => ({
      asOf: "2024-06-30", city: "zhengzhou", kinds: ["public_service_platform"],
      servedEnterprises: 120, customsOrders: 60_000_000, crossBorderExport: cny(exports),
    });
    const floor = resultFor(platform(5_200_000_000), "zz-2023-210-measures/7"); // 52亿 × 0.5‰ = 260万元
    expectMissing(floor, "crossBorderTrade");
    expect(floor.ifMet).toEqual({ amountCny: 2_600_000, atLeast: true });
    expect(floor.explanation).toContain("按已知数据至少可获260万元");
    const capped = resultFor(platform(7_000_000_000), "zz-2023-210-measures/7"); // 70亿 × 0.5‰ = 350万元 > 300万元
    expectEligible(capped, 3_000_000);
    expect(capped.missing).not.toContain("crossBorderTrade");
  });

  it("warns when the known parts add up to more than the known whole, and takes no ceiling from them", () => {
    const result = run(zhengzhou2019({ crossBorderTrade: cny(10_000_000), crossBorderExport: cny(12_000_000) }));
    expect(result.warnings.join()).toContain("跨境电商出口额1200万元超过了跨境电商进出口额1000万元");
    const noCeiling = run(zhengzhou2019({ crossBorderTrade: cny(10_000_000), retailImport: cny(12_000_000), creditInsurancePremium: cny(1) }));
    expectMissing(noCeiling.results.find((r) => r.clauseId === "zz-2018-4/8")!, "crossBorderExport");
  });

  it("counts a bounding figure as read only where it decides: the report names the clause it decided", () => {
    const result = run(zhengzhou2024({ crossBorderExport: usd(2_000_000), marketingSpend: cny(500_000), logisticsSpend: cny(3_000_000) }), fx71);
    const exports = result.facts.find((f) => f.path === "crossBorderExport")!;
    expect(exports.usedBy).toEqual(["zz-2023-210-measures/1"]); // （六） looked, but 1420万元 settles nothing there
  });
});
