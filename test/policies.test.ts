import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { documentInfo } from "../corpus/documents.ts";
import { loadCorpus } from "../corpus/index.ts";
import type { Condition } from "../policies/engine/types.ts";
import type { Award, Rule } from "../policies/engine/types.ts";
import { POLICY_DOCUMENTS, RULES } from "../policies/rules/index.ts";
import { validateProfile } from "../policies/validate.ts";
import { cny, resultFor, run, usd } from "./helpers/screen.ts";

const corpus = loadCorpus();

describe("rules as data", () => {
  it("quotes every rule, precondition and no-stacking rule verbatim from its clause", () => {
    for (const rule of RULES) {
      const clause = corpus.clause(rule.clauseId);
      expect(clause, rule.id).toBeDefined();
      expect(clause!.text.includes(rule.quote), `${rule.id} quote`).toBe(true);
      expect(rule.id.startsWith(rule.clauseId), `${rule.id} id`).toBe(true);
    }
    for (const doc of POLICY_DOCUMENTS) {
      for (const p of doc.preconditions) expect(corpus.clause(p.clauseId)!.text.includes(p.quote), p.quote).toBe(true);
      if (doc.stacking) expect(corpus.clause(doc.stacking.clauseId)!.text.includes(doc.stacking.quote)).toBe(true);
      for (const s of doc.sharedCaps ?? []) expect(corpus.clause(s.clauseId)!.text.includes(s.cap.text)).toBe(true);
    }
  });

  it("has unique rule ids", () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });

  it("has a rule for every clause that grants money", () => {
    const required = [
      ...Array.from({ length: 19 }, (_, i) => `zz-2018-4/${i + 1}`),
      ...[1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12].map((n) => `zz-2023-210-measures/${n}`),
      "zz-2023-210-livestream/10",
      ...Array.from({ length: 10 }, (_, i) => `zz-2013-237/3.${i + 1}`),
      ...["2.1", "2.2", "3.1", "3.2", "3.3", "4.1", "4.2", "4.3", "4.4", "5.1", "5.2", "5.3", "5.4", "6.1", "6.2", "7.1", "7.2", "7.3", "7.4"].map((p) => `cz-2021-3/${p}`),
    ];
    const covered = new Set(RULES.map((r) => r.clauseId));
    expect(required.filter((id) => !covered.has(id))).toEqual([]);
  });

  it("leaves no clause naming an amount or a rate without a rule, unless it grants nothing", () => {
    // Clauses with figures that are not grants to an applicant, and why.
    const grantsNothing: Record<string, string> = {
      "zz-2023-210-measures/16": "funding split between city and districts: reported as information",
      "zz-2023-210-measures/9": "covered",
      "cz-2021-3/closing.1": "funding arrangements",
    };
    const withRules = new Set(POLICY_DOCUMENTS.map((d) => d.docId));
    const covered = new Set(RULES.map((r) => r.clauseId));
    const figure = /\d+(\.\d+)?(万元|亿元|元|%|‰)/u;
    const uncovered = corpus.clauses.filter(
      (c) =>
        withRules.has(c.docId) &&
        c.kind === "item" &&
        !(c.docId === "zz-2013-237" && !c.path.startsWith("3.")) &&
        figure.test(c.text) &&
        !covered.has(c.clauseId) &&
        !(c.clauseId in grantsNothing),
    );
    expect(uncovered.map((c) => c.clauseId)).toEqual([]);
  });

  it("words every comparison the way the text does (超过 → >, 达到/以上/不低于/（含） → ≥, 未超过 → ≤)", () => {
    const compares: { rule: string; c: Extract<Condition, { kind: "compare" }> }[] = [];
    const walkCondition = (rule: string, c: Condition): void => {
      if (c.kind === "compare") compares.push({ rule, c });
      if (c.kind === "all" || c.kind === "any") c.of.forEach((x) => walkCondition(rule, x));
    };
    const walkAward = (rule: string, a: Award): void => {
      if (a.kind === "tiers") a.tiers.forEach((t) => (walkCondition(rule, t.when), walkAward(rule, t.award)));
      if (a.kind === "forEach") (a.where.forEach((c) => walkCondition(rule, c)), walkAward(rule, a.award));
      if (a.kind === "sum") a.parts.forEach((p) => walkAward(rule, p));
    };
    const walkRule = (r: Rule) => (r.conditions.forEach((c) => walkCondition(r.id, c)), walkAward(r.id, r.award));
    RULES.forEach(walkRule);
    expect(compares.length).toBeGreaterThan(60);
    for (const { rule, c } of compares) {
      // "At least one" conditions (经批准举办竞赛, 列入建设试点) have no comparison word.
      if (c.op === ">=" && c.than === 1 && (c.q.kind === "count" || !/\d/u.test(c.text))) continue;
      // （含） makes even 超过 inclusive: "超过2000万美元（含）" is ≥.
      const expected = /未超过/u.test(c.text) ? "<=" : /（含）/u.test(c.text) ? ">=" : /超过|突破|超\d|破零/u.test(c.text) ? ">" : /达到|以上|不低于|不少于|（含）|满|达\d|首次达到/u.test(c.text) ? ">=" : null;
      expect(expected, `${rule}: no operator wording in "${c.text}"`).not.toBeNull();
      expect(c.op, `${rule}: "${c.text}"`).toBe(expected);
    }
  });
});

// A profile that makes zz-2018-4/8 (出口信保) eligible: 30% of 50万元 = 15万元.
const creditInsurance = (asOf: string, extra: Record<string, unknown> = {}) => ({
  asOf, city: "zhengzhou", kinds: ["cbec_enterprise"],
  independentLegalPerson: true, henanEcommerceCertified: true, reportsCbecStatistics: true,
  crossBorderExport: usd(3_000_000), creditInsurancePremium: cny(500_000), ...extra,
});

describe("document validity", () => {
  const cases: { docId: string; rule: string; profile: (asOf: string) => Record<string, unknown> }[] = [
    { docId: "zz-2018-4", rule: "zz-2018-4/8", profile: (asOf) => creditInsurance(asOf) },
    {
      docId: "zz-2023-210-measures", rule: "zz-2023-210-measures/1",
      profile: (asOf) => ({ asOf, city: "zhengzhou", crossBorderTrade: cny(20_000_000), marketingSpend: cny(1_000_000) }),
    },
    {
      docId: "zz-2023-210-livestream", rule: "zz-2023-210-livestream/10b",
      profile: (asOf) => ({ asOf, city: "zhengzhou", kinds: ["livestream_enterprise"], inRetailSalesStatistics: true, liveStreamSales: cny(20_000_000) }),
    },
    {
      docId: "cz-2021-3", rule: "cz-2021-3/7.1",
      profile: (asOf) => ({
        asOf, city: "chenzhou", independentLegalPerson: true, reportsCbecStatistics: true,
        trainingClasses: [{ audience: "own_staff", days: 3, participants: 30, cost: cny(100_000) }],
      }),
    },
    {
      docId: "zz-2013-237", rule: "zz-2013-237/3.7",
      profile: (asOf) => ({ asOf, city: "zhengzhou", nationalStandardParticipation: true }),
    },
  ];
  const shift = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

  for (const { docId, rule, profile } of cases) {
    const { from, to } = documentInfo(docId as never).inForce;
    it(`${docId}: out of force the day before ${from}, in force from the first day${to ? ` to the last day ${to}, out the day after` : ""}`, () => {
      expect(resultFor(profile(shift(from, -1)), rule).status).toBe("not_in_force");
      expect(resultFor(profile(from), rule).status).toBe("eligible");
      if (to) {
        expect(resultFor(profile(to), rule).status).toBe("eligible");
        const after = resultFor(profile(shift(to, 1)), rule);
        expect(after.status).toBe("not_in_force");
        expect(after.validity.text).toBe(`已于${to}到期`);
      } else {
        expect(resultFor(profile("2030-01-01"), rule).warnings.join()).toContain("未规定截止日期");
      }
    });
  }

  it("warns when a document ends within 60 days of asOf, and not before", () => {
    const p = (asOf: string) => ({ asOf, city: "zhengzhou", crossBorderTrade: cny(20_000_000), marketingSpend: cny(1_000_000) });
    const near = run(p("2026-11-22"));
    expect(near.warnings.join()).toContain("将于2026-12-14到期（距筛查日22天）");
    expect(near.results.find((r) => r.clauseId === "zz-2023-210-measures/1")!.warnings.join()).toContain("2026-12-14到期");
    expect(run(p("2026-10-15")).warnings.join()).toContain("距筛查日60天");
    expect(run(p("2026-10-14")).warnings.join()).not.toContain("到期（距筛查日");
  });
});

describe("currency", () => {
  it("compares exactly across currencies: 300万美元 at 7.1 is 2130万元, not a yuan less", () => {
    const at = (amount: number) => resultFor(creditInsurance("2019-06-01", { fxUsdCny: 7.1, crossBorderExport: cny(amount) }), "zz-2018-4/8");
    expect(at(21_300_000).status).toBe("eligible");
    expect(at(21_299_999).status).toBe("ineligible");
    expect(at(21_299_999).nearMiss).toContain("还差");
  });

  it("tells a near miss only within 20% of the threshold (issue 10): 50万美元 is not near 300万美元", () => {
    const at = (amount: number) => resultFor(creditInsurance("2019-06-01", { fxUsdCny: 7.1, crossBorderExport: cny(amount) }), "zz-2018-4/8");
    expect(at(17_040_000).nearMiss).toContain("还差"); // 80% of 2130万元
    expect(at(17_039_999).status).toBe("ineligible");
    expect(at(17_039_999).nearMiss).toBeUndefined();
    expect(at(3_550_000).nearMiss).toBeUndefined(); // 50万美元
  });

  it("says which rate it used, from the profile or the configured default", () => {
    const fromProfile = run(creditInsurance("2019-06-01", { fxUsdCny: 6.8, crossBorderExport: cny(21_000_000) }));
    expect(fromProfile.fxSource).toBe("profile");
    expect(fromProfile.warnings.join()).toContain("按1美元=6.8元");
    expect(fromProfile.results.find((r) => r.clauseId === "zz-2018-4/8")!.explanation).toContain("按1美元=6.8元");
    const fromConfig = run(creditInsurance("2019-06-01", { crossBorderExport: cny(21_000_000) }), { fxUsdCny: 7.2, today: "2024-01-01" });
    expect(fromConfig.fxSource).toBe("config");
    expect(fromConfig.fxUsdCny).toBe(7.2);
    expect(fromConfig.warnings.join()).toContain("系统默认汇率");
    const noFx = run(creditInsurance("2019-06-01"));
    expect(noFx.warnings.join()).not.toContain("折算");
  });

  it("converts a USD base into yuan and rounds once at the end", () => {
    // 在线交易额 1,000,001美元 × 7.1 × 5% = 355,000.355元 → 355,000元
    const r = resultFor(creditInsurance("2019-06-01", { fxUsdCny: 7.1, onlineTransaction: usd(1_000_001) }), "zz-2018-4/1");
    expect(r.amountCny).toBe(355_000);
    // 0.5元 × 1001单 = 500.5元 → 501元 (half rounds up)
    const orders = resultFor({
      asOf: "2022-03-01", city: "chenzhou", kinds: ["logistics_enterprise"], independentLegalPerson: true, reportsCbecStatistics: true,
      connectedToCityPlatform: true, logisticsOrders: 1001,
    }, "cz-2021-3/5.3");
    expect(orders.amountCny).toBe(501);
  });
});

describe("no-stacking and shared caps", () => {
  it("郑政文〔2013〕237号 三(十一): the same project counts once, at the highest award", () => {
    const result = run({
      asOf: "2015-06-01", city: "zhengzhou", projectInvestment: cny(20_000_000), nationalPilotFunding: cny(3_000_000),
    });
    const a = result.results.find((r) => r.clauseId === "zz-2013-237/3.3a")!;
    const b = result.results.find((r) => r.clauseId === "zz-2013-237/3.3b")!;
    expect([a.amountCny, b.amountCny]).toEqual([2_000_000, 3_000_000]);
    expect([a.countedInTotal, b.countedInTotal]).toEqual([false, true]);
    expect(a.explanation).toContain("不重复享受");
    expect(result.totalCny).toBe(3_000_000);
    expect(result.warnings.join()).toContain("就高");
  });

  it("郑政〔2018〕4号 (二十三): not stacked with the city's other policies for the same project", () => {
    // A leading enterprise setting up its HQ in Zhengzhou: (十三) and 237号三（二）both reward the HQ.
    const result = run({
      asOf: "2019-06-01", city: "zhengzhou", kinds: ["cbec_enterprise"],
      independentLegalPerson: true, henanEcommerceCertified: true, reportsCbecStatistics: true,
      hq: { inCity: true, establishedOn: "2017-05-01" }, crossBorderTrade: usd(60_000_000), industryTopRanked: true,
    });
    const r2018 = result.results.find((r) => r.clauseId === "zz-2018-4/13")!; // 超过5000万美元: 不超过300万元
    const r2013 = result.results.find((r) => r.clauseId === "zz-2013-237/3.2")!; // 一事一议
    expect([r2018.status, r2013.status]).toEqual(["eligible", "eligible"]);
    expect(r2018.amountCny).toBe(3_000_000);
    expect([r2018.countedInTotal, r2013.countedInTotal]).toEqual([true, false]);
    expect(r2013.explanation).toContain("（二十三）");
    expect(result.warnings.join()).toContain("不重复享受");
  });

  it("flags overlaps no document rules on, and counts both", () => {
    const result = run({
      asOf: "2024-06-30", city: "zhengzhou", kinds: ["payment_institution"],
      hasPaymentLicense: true, hq: { inCity: true }, paymentVolume: cny(12_000_000_000),
    });
    expect(result.totalCny).toBe(7_000_000);
    expect(result.warnings.join()).toContain("文件未规定能否同时享受");
  });

  it("郴政办发〔2021〕3号 四(一): promotion and store fees share one 50万元 cap", () => {
    const result = run({
      asOf: "2022-03-01", city: "chenzhou", independentLegalPerson: true, reportsCbecStatistics: true,
      platformPromotionFee: cny(800_000), platformStoreFee: cny(300_000),
    });
    const b = result.results.find((r) => r.clauseId === "cz-2021-3/4.1b")!;
    const c = result.results.find((r) => r.clauseId === "cz-2021-3/4.1c")!;
    expect(b.amountCny! + c.amountCny!).toBe(500_000);
    expect(c.explanation).toContain("合计上限");
  });

  it("ends the reason of a capped amount on the cap, so it states the amount given", () => {
    const r = resultFor({ asOf: "2025-06-30", city: "zhengzhou", crossBorderTrade: cny(18_000_000), marketingSpend: cny(2_000_000) }, "zz-2023-210-measures/1");
    expect(r).toMatchObject({ status: "eligible", amountCny: 500_000 });
    expect(r.reason).toMatch(/200万元 × 30% = 60万元；超过上限，按50万元计/u);
  });
});

describe("missing information and inputs", () => {
  it("reports missing fields instead of treating them as zero", () => {
    const r = resultFor({ asOf: "2024-06-30", city: "zhengzhou", crossBorderTrade: cny(30_000_000) }, "zz-2023-210-measures/6");
    expect(r.status).toBe("missing_info");
    expect(r.missing).toContain("logisticsSpend");
    expect(r.reason).toContain("国际物流费用");
  });

  it("shows a rate made from a parameter as the rate applied, then how it is made (issue 10)", () => {
    const r = resultFor({ asOf: "2022-06-30", city: "chenzhou", crossBorderFinanceLoan: cny(2_000_000) }, "cz-2021-3/6.2");
    const line = r.explanation.split("\n").find((l) => l.includes("贷款本金"))!;
    expect(line).toMatch(/200万元 × 0\.76%（同期一年期贷款市场报价利率：.*3\.8%.* × 20%） = 1\.52万元$/u);
    expect(line).not.toMatch(/% = [\d.]+% =/u);
  });

  it("reports a failing condition even when others are unknown", () => {
    const r = resultFor({ asOf: "2024-06-30", city: "zhengzhou", crossBorderTrade: cny(10_000_000) }, "zz-2023-210-measures/6");
    expect(r.status).toBe("ineligible");
  });

  it("treats an unmentioned exclusion as absent, says so, and applies it when stated", () => {
    const base = { asOf: "2024-06-30", city: "zhengzhou", crossBorderTrade: cny(20_000_000), marketingSpend: cny(100_000) };
    const r = resultFor(base, "zz-2023-210-measures/1");
    expect(r.status).toBe("eligible");
    expect(r.explanation).toContain("未说明，按此推定");
    expect(resultFor({ ...base, inETradeCoreZonePolicy: true }, "zz-2023-210-measures/1").status).toBe("ineligible");
  });

  it("reports a city with no documents plainly, with no results", () => {
    const result = run({ city: "深圳", crossBorderTrade: cny(1) });
    expect(result.results).toEqual([]);
    expect(result.warnings.join()).toContain("没有“深圳”的政策");
  });

  it("accepts Chinese city names", () => {
    expect(run({ city: "郴州市" }).city).toBe("chenzhou");
  });

  it("is pure: same input, same output, input untouched", () => {
    const profile = creditInsurance("2019-06-01", { o2oStores: [{ location: "domestic", areaSqm: 1200, monthsOperating: 13, annualTransaction: usd(2_000_000) }] });
    const copy = structuredClone(profile);
    expect(run(profile)).toEqual(run(profile));
    expect(profile).toEqual(copy);
  });

  it("names the field and what was expected for bad profiles", () => {
    const problems = (input: unknown) => {
      const v = validateProfile(input);
      return v.ok ? [] : v.problems;
    };
    expect(problems({ city: "zhengzhou", foo: 1 })).toEqual([{ field: "foo", message: expect.stringContaining("未知字段") }]);
    expect(problems({ city: "zhengzhou", crossBorderTrade: { amount: "1", currency: "CNY" } })).toEqual([
      { field: "crossBorderTrade.amount", message: "应为数字，实际为文本" },
    ]);
    expect(problems({ city: "zhengzhou", crossBorderTrade: { amount: 1, currency: "EUR" } })[0]!.field).toBe("crossBorderTrade.currency");
    expect(problems({})[0]).toEqual({ field: "city", message: "必填，应为文本" });
    expect(problems({ city: "zhengzou" })[0]!.message).toContain("是否应为 zhengzhou");
    expect(problems({ city: "zhengzhou", asOf: "2024-02-30" })[0]!.field).toBe("asOf");
    expect(problems([])[0]!.message).toContain("JSON 对象");
  });
});

describe("CLI screen", () => {
  const dir = mkdtempSync(join(tmpdir(), "screen-cli-"));
  const cli = (...args: string[]) => spawnSync("npx", ["tsx", "cli/main.ts", "screen", ...args], { encoding: "utf8" });

  it("prints one JSON result per profile of a batch", () => {
    const file = join(dir, "batch.jsonl");
    writeFileSync(file, [creditInsurance("2019-06-01"), { city: "chenzhou" }].map((p) => JSON.stringify(p)).join("\n") + "\n\n");
    const r = cli("--batch", file, "--json");
    expect(r.status).toBe(0);
    const rows = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(rows).toHaveLength(2);
    expect(rows[0].totalCny).toBe(150_000);
  });

  it.each([
    ["a missing file", ["--profile", "/nonexistent.json", "--json"], "no such file"],
    ["bad JSON", ["--profile", "BAD_JSON", "--json"], "invalid JSON"],
    ["a schema error", ["--profile", "SCHEMA", "--json"], "crossBorderTrade.amount"],
    ["a misspelt city", ["--profile", "CITY", "--json"], "zhengzou"],
    ["a bad batch line", ["--batch", "BATCH", "--json"], "batch.jsonl:2"],
  ])("rejects %s with one line on stderr, exit 2 and nothing on stdout", (_what, args, message) => {
    const files: Record<string, [string, string]> = {
      BAD_JSON: ["bad.json", "{city:"],
      SCHEMA: ["schema.json", JSON.stringify({ city: "zhengzhou", crossBorderTrade: { amount: "x", currency: "CNY" } })],
      CITY: ["city.json", JSON.stringify({ city: "zhengzou" })],
      BATCH: ["batch.jsonl", `${JSON.stringify({ city: "zhengzhou" })}\n{"city": 3}\n`],
    };
    const resolved = args.map((a) => (files[a] ? (writeFileSync(join(dir, files[a]![0]), files[a]![1]), join(dir, files[a]![0])) : a));
    const r = cli(...resolved);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    const errorLines = r.stderr.split("\n").filter((l) => l.trim() && !l.startsWith("npm warn"));
    expect(errorLines).toHaveLength(1);
    expect(errorLines[0]).toContain(message);
  });
});

describe("CLI listings for a reviewer", () => {
  const cli = (...args: string[]) => spawnSync(process.execPath, ["--import", "tsx", "cli/main.ts", ...args], { encoding: "utf8" });
  const lines = (out: string) => out.split("\n").filter((l) => l !== "");

  it("clauses: one line per clause, in corpus order, filtered by --doc; an unknown document is refused", () => {
    const all = cli("clauses");
    expect(all.status).toBe(0);
    expect(lines(all.stdout).map((l) => l.split("\t")[0])).toEqual(loadCorpus().clauses.map((c) => c.clauseId));
    expect(lines(all.stdout).find((l) => l.startsWith("zz-2018-4/22\t"))).toContain("享受上述扶持政策的企业"); // untitled: a preview

    const one = cli("clauses", "--doc", "cz-2021-3");
    expect(lines(one.stdout).every((l) => l.startsWith("cz-2021-3/"))).toBe(true);
    const bad = cli("clauses", "--doc", "nope");
    expect([bad.status, bad.stdout]).toEqual([2, ""]);
    expect(bad.stderr).toContain("nope");
  });

  it("rules: one line per rule, naming its clause", () => {
    const r = cli("rules");
    expect(r.status).toBe(0);
    expect(lines(r.stdout)).toHaveLength(RULES.length);
    RULES.forEach((rule, i) => expect(lines(r.stdout)[i]).toContain(rule.clauseId));
  });
});

describe("docs derived from the declaration", () => {
  it("keeps docs/PROFILE.md in step with policies/profile.ts (npm run docs)", async () => {
    const { readFileSync } = await import("node:fs");
    const { profileDocs } = await import("../scripts/profile-docs.ts");
    expect(readFileSync(new URL("../docs/PROFILE.md", import.meta.url), "utf8")).toBe(profileDocs());
  });
});
