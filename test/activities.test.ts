// The activities declaration (policies/activities.ts) and the form plan built on it
// (policies/form-plan.ts), checked against the rules: nothing a rule reads becomes unaskable, and
// what "none" records settles the clauses of what the enterprise does not do.
import { describe, expect, it } from "vitest";
import { ACTIVITIES, activityOf, isWithin } from "../policies/activities.ts";
import { DOCUMENT_READS, RULE_FIELDS, ruleReads } from "../policies/field-usage.ts";
import { field, hasField } from "../policies/fields.ts";
import { askedInItem, formPlan, noneFacts, type Selection } from "../policies/form-plan.ts";
import { KINDS } from "../policies/profile.ts";
import { renderReport } from "../policies/report.ts";
import { cny, run, usd } from "./helpers/screen.ts";

const plan = (selection: Selection) => formPlan(selection, ruleReads(), DOCUMENT_READS);
const fieldAt = (path: string) => (hasField(path) ? field(path) : undefined);
/** Fields a form asks: settings with a default (an exchange rate, the LPR) are not facts about the enterprise. */
const asked = (path: string) => !field(path.replace(/\[\]\..*$/, "")).setting && !field(path).setting;

describe("the activities declaration", () => {
  it("names existing profile fields, each in at most one activity, each read by some rule", () => {
    const all = ACTIVITIES.flatMap((a) => a.fields);
    expect(new Set(all).size).toBe(all.length);
    expect(new Set(ACTIVITIES.map((a) => a.id)).size).toBe(ACTIVITIES.length);
    for (const f of all) {
      expect(hasField(f), f).toBe(true);
      expect(ruleReads().some((r) => r.fields.some((p) => isWithin(p, f))), `${f} is read by a rule`).toBe(true);
    }
    for (const a of ACTIVITIES) for (const k of a.coreFor ?? []) expect(KINDS).toContain(k);
  });

  it("leaves nothing unaskable: for every rule and kind, ticking the activities it concerns asks every field it reads", () => {
    for (const rule of ruleReads()) {
      for (const kind of rule.kinds) {
        const concerned = ACTIVITIES.filter((a) => !a.coreFor?.includes(kind) && rule.fields.some((f) => a.fields.some((root) => isWithin(f, root))));
        const p = plan({ city: rule.city, kinds: [kind], activities: concerned.map((a) => a.id) });
        for (const f of rule.fields.filter(asked)) expect(p.fields.has(f), `${rule.ruleId} for ${kind}: ${f}`).toBe(true);
        // …and the document's conditions for that kind with them.
        for (const d of DOCUMENT_READS.filter((d) => d.docId === rule.docId && (!d.kinds || d.kinds.includes(kind)))) {
          for (const f of d.fields) expect(p.fields.has(f), `${rule.docId} for ${kind}: ${f}`).toBe(true);
        }
      }
    }
  });

  it("asks a kind about its own business without any activity (a park operator's park, a training institution's classes)", () => {
    expect(plan({ city: "zhengzhou", kinds: ["park_operator"], activities: [] }).fields).toContain("park.areaSqm");
    expect(plan({ city: "chenzhou", kinds: ["training_institution"], activities: [] }).fields).toContain("trainingClasses");
    expect(plan({ city: "chenzhou", kinds: ["cbec_enterprise"], activities: [] }).fields).not.toContain("trainingClasses");
  });

  it("says which activity a field belongs to, sub-fields and list items included", () => {
    expect(activityOf("overseasWarehouses[].annualRent")?.id).toBe("overseas_warehouse");
    expect(activityOf("hq.inCity")?.id).toBe("hq");
    expect(activityOf("crossBorderTrade")).toBeUndefined();
  });
});

describe("the form plan", () => {
  const exporter = plan({ city: "zhengzhou", kinds: ["cbec_enterprise"], activities: ["export", "overseas_warehouse"] });

  it("asks a 郑州 exporter with a warehouse what 郑州's clauses read, grouped under what brings them in", () => {
    expect([...exporter.fields].filter((f) => !f.includes("[]")).sort()).toEqual(
      ["crossBorderExport", "creditInsurancePremium", "exportSupervisionWarehouse", "henanEcommerceCertified", "independentLegalPerson", "onlineTransaction", "overseasWarehouses", "reportsCbecStatistics"].sort(),
    );
    const section = (f: string) => {
      const s = exporter.sections.get(f)!;
      return s.kind === "activity" ? s.activity.id : s.kind;
    };
    expect(section("independentLegalPerson")).toBe("conditions");
    expect(section("onlineTransaction")).toBe("figures");
    expect(section("crossBorderExport")).toBe("export");
    expect(section("creditInsurancePremium")).toBe("export"); // brought in by the exports it rewards
    expect(section("overseasWarehouses")).toBe("overseas_warehouse");
    for (const f of exporter.fields) expect(f, "郴州 only").not.toMatch(/^(talentBase|parkTenancy|crossBorderFinanceLoan|platformPromotionFee)/);
  });

  it("asks each item the fields its choices make matter: a leased warehouse's rent, a built one's equipment", () => {
    const item = (mode: string) =>
      ["mode", "areaSqm", "monthsOperating", "equipmentInvestment", "annualRent", "annualOperatingFees", "publicPilotLevel"].filter((k) =>
        askedInItem(exporter, "overseasWarehouses", k, mode ? { mode } : {}),
      );
    expect(item("leased_whole")).toEqual(["mode", "areaSqm", "monthsOperating", "annualRent"]);
    expect(item("built_public")).toEqual(["mode", "areaSqm", "monthsOperating", "equipmentInvestment"]);
    expect(item("leased_public")).toEqual(["mode", "annualOperatingFees"]);
    expect(item("")).toEqual(["mode"]); // the rest once the mode says which matter
    // In 郴州 a leased warehouse's pilot level matters too (五（二）).
    const chenzhou = plan({ city: "chenzhou", kinds: ["cbec_enterprise"], activities: ["overseas_warehouse"] });
    expect(askedInItem(chenzhou, "overseasWarehouses", "publicPilotLevel", { mode: "leased_whole" })).toBe(true);
  });

  it("offers only the activities that bring some clause of the city into play for the kinds chosen", () => {
    const ids = (s: Selection) => plan(s).offered.map((a) => a.id);
    expect(ids({ city: "zhengzhou", kinds: ["cbec_enterprise"], activities: [] })).toContain("overseas_warehouse");
    expect(ids({ city: "zhengzhou", kinds: ["cbec_enterprise"], activities: [] })).not.toContain("finance"); // 郴州's 贴息
    expect(ids({ city: "chenzhou", kinds: ["cbec_enterprise"], activities: [] })).toContain("finance");
    expect(ids({ city: null, kinds: ["cbec_enterprise"], activities: [] })).toEqual([]);
  });

  it("records none for the activities not ticked, so their clauses are decided: an empty list, a flag false, an amount 0, a level none", () => {
    const none = noneFacts(exporter, fieldAt);
    expect(none).toMatchObject({
      o2oStores: [],
      overseasBranches: [],
      hq: { inCity: false },
      marketingSpend: { amount: 0, currency: "CNY" },
      demoEnterpriseLevel: "none",
      inTalentIncubation: false,
    });
    expect((none.hq as Record<string, unknown>).priorBestTrade).toBeUndefined(); // no HQ: its figures say nothing
    for (const key of Object.keys(none)) expect(exporter.fields.has(key), key).toBe(false);

    const profile = { asOf: "2024-06-30", city: "zhengzhou", kinds: ["cbec_enterprise"], crossBorderExport: usd(2_000_000), ...none };
    const result = run(profile);
    const waiting = result.results.filter((r) => r.status === "missing_info").map((r) => r.clauseId);
    // Only what rests on the kind itself is left: no clause of an activity not pursued waits for information.
    expect(waiting).toEqual([]);
  });
});

describe("the report as text", () => {
  const result = run({
    asOf: "2024-06-30", year: 2025, city: "zhengzhou", district: "金水区", kinds: ["cbec_enterprise"],
    crossBorderExport: usd(2_000_000), marketingSpend: cny(500_000),
    overseasWarehouses: [{ mode: "leased_whole", areaSqm: 3000, monthsOperating: 14, annualRent: cny(1_200_000) }],
    o2oStores: [], demoEnterpriseLevel: "none",
  });
  const text = renderReport(result);

  it("leads with the date stamp and the total, then what was entered, each with the clauses that read it", () => {
    const lines = text.split("\n");
    expect(lines[0]).toBe("筛查结果（筛查日2024-06-30｜业绩年度2025｜郑州市金水区｜跨境电商企业）");
    expect(lines[1]).toMatch(/^合计（已按不重复享受规则处理）：/);
    expect(lines[2]).toBe("【填写的信息】");
    expect(text).toContain("跨境电商出口额：200万美元 —— 用于郑政文〔2023〕210号（一）");
    expect(text).toContain("第1个海外仓的海外仓方式：整体租赁海外仓 —— 现行有效的条款都不使用此项；只有不在有效期的郑政〔2018〕4号（九）用到");
    expect(text).toContain("填为没有、否或0的：电子商务示范企业级别；O2O线下体验店（新零售店）");
    expect(text.indexOf("【填写的信息】")).toBeLessThan(text.indexOf("【可享受】"));
  });

  it("says what each clause still waiting would give, and warns when the year and the date disagree", () => {
    expect(text).toMatch(/郑政文〔2013〕237号三（七） 支持参与电子商务国家标准的制定：尚缺：参与电子商务国家标准制定；如条件满足，预计可获40万元（一次性）/u);
    expect(text).toContain("业绩年度2025晚于筛查日2024-06-30");
  });

  it("shows no field name or rule id to the reader", () => {
    const keys = new Set<string>();
    const walk = (fields: readonly { key: string; children?: unknown[] }[]) => fields.forEach((f) => (keys.add(f.key), f.children && walk(f.children as never)));
    walk([...RULE_FIELDS].map((k) => field(k)));
    for (const k of ["fxUsdCny", "asOf", "kinds", ...keys]) expect(text, k).not.toMatch(new RegExp(`\\b${k}\\b`));
    expect(text).not.toMatch(/\b(zz|cz)-\d{4}-\d+/);
  });
});
