// When no money clause is in force: 210号's measures and livestream plan end on 2026-12-14, 郴政办发
// 〔2021〕3号 ended on 2026-02-23, the older Zhengzhou texts long before (郑政文〔2013〕237号 states no
// end: 有效性待确认, not 现行有效). Screening and answers on a later day say so plainly and still
// show what the last documents offered, with their dates.
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../corpus/index.ts";
import { validityOn } from "../corpus/validity.ts";
import { moneyInForce } from "../policies/encoding.ts";
import { renderReport, reportSections } from "../policies/report.ts";
import { summarizeClause } from "../policies/summary.ts";
import { composeAnswer } from "../retrieval/answer.ts";
import { cny, run } from "./helpers/screen.ts";

/** Earns 210号 measures （一）: 30% of 100万元 marketing, 年进出口额 2000万元. */
const SELLER = { city: "zhengzhou", kinds: ["cbec_enterprise"], crossBorderTrade: cny(20_000_000), marketingSpend: cny(1_000_000) };
/** Earns 郴政办发〔2021〕3号 七（一）: 3 days' training of 30 staff. */
const CHENZHOU = {
  city: "chenzhou", independentLegalPerson: true, reportsCbecStatistics: true,
  trainingClasses: [{ audience: "own_staff", days: 3, participants: 30, cost: cny(100_000) }],
};

describe("screening on a day with no money clause in force", () => {
  it("on 210号's last day, screens as usual", () => {
    const result = run({ ...SELLER, asOf: "2026-12-14" });
    expect(result.moneyInForce).toBe(true);
    expect(result.history).toBeNull();
    expect(result.results.find((r) => r.clauseId === "zz-2023-210-measures/1")).toMatchObject({ status: "eligible", amountCny: 300_000 });
    expect(reportSections(result).noMoneyInForce).toBeNull();
  });

  it("the day after, says so first and shows what 210号 offered on its last day, with its dates", () => {
    const result = run({ ...SELLER, asOf: "2026-12-15" });
    expect(result.moneyInForce).toBe(false);
    expect(result.year).toBe(2025);
    expect(result.warnings[0]).toBe("筛查日2026-12-15没有现行有效的资金条款（郑政文〔2013〕237号未规定截止日期，有效性待确认，其条款仍列出）。");
    expect(result.results.find((r) => r.clauseId === "zz-2023-210-measures/1")).toMatchObject({ status: "not_in_force", validity: { text: "已于2026-12-14到期" } });
    expect(result.history).toMatchObject({ asOf: "2026-12-14", docIds: ["zz-2023-210-measures", "zz-2023-210-livestream"], totalCny: 300_000 });
    expect(result.history!.results.find((r) => r.clauseId === "zz-2023-210-measures/1")).toMatchObject({ status: "eligible", amountCny: 300_000 });

    const report = renderReport(result);
    const lines = report.split("\n");
    expect(lines[1]).toBe("【注意】筛查日2026-12-15没有现行有效的资金条款。");
    expect(report).toContain("【此前的政策（已到期，仅供参考）】");
    expect(report).toContain("郑政文〔2023〕210号《郑州市加快推进跨境电商发展的若干措施》有效期2023-12-15至2026-12-14");
    expect(report).toContain("按有效期最后一天（2026-12-14）和所填2025年度数据测算：");
    expect(report).toContain("郑政文〔2023〕210号（一） 推动跨境电商应用：30万元（每年）");
    expect(report).toContain("当时合计：30万元。申报文件有效期内年度的资金，可把筛查日设为2026-12-14或更早后重新筛查");
  });

  it("in Chenzhou after 2026-02-23, with no document left at all", () => {
    const result = run({ ...CHENZHOU, asOf: "2026-02-24" });
    expect(result.moneyInForce).toBe(false);
    expect(result.warnings[0]).toBe("筛查日2026-02-24没有现行有效的资金条款。");
    expect(result.totalCny).toBe(0);
    expect(result.history).toMatchObject({ asOf: "2026-02-23", docIds: ["cz-2021-3"] });
    expect(result.history!.results.find((r) => r.clauseId === "cz-2021-3/7.1")!.status).toBe("eligible");
    expect(run({ ...CHENZHOU, asOf: "2026-02-23" }).moneyInForce).toBe(true);
  });

  it("on a date after every expiry, still names the latest documents of each city", () => {
    for (const [profile, latest] of [[SELLER, "2026-12-14"], [CHENZHOU, "2026-02-23"]] as const) {
      const result = run({ ...profile, asOf: "2031-01-01" });
      expect(result.moneyInForce).toBe(false);
      expect(result.history!.asOf).toBe(latest);
      expect(result.documents.filter((d) => d.money !== "none").every((d) => d.validity.status !== "in_force")).toBe(true);
      expect(reportSections(result).noMoneyInForce).toBe("筛查日2031-01-01没有现行有效的资金条款。");
    }
    // Every document has ended or states no end by then.
    expect(loadCorpus().documents.every((d) => validityOn(d.info.docId, "2031-01-01").status !== "in_force")).toBe(true);
  });

  it("screens a past year first-class: the figures of that year against the documents then in force", () => {
    const result = run({ ...SELLER, asOf: "2025-12-31", year: 2025 });
    expect(result.moneyInForce).toBe(true);
    expect(result.totalCny).toBeGreaterThanOrEqual(300_000);
    expect(reportSections(result).header).toBe("筛查日2025-12-31｜业绩年度2025｜郑州市｜跨境电商企业");
  });
});

describe("answers on a day with no money clause in force", () => {
  const clause = loadCorpus().clause("zz-2023-210-measures/1")!;
  const document = loadCorpus().document(clause.docId).info;
  const answer = (day: string) =>
    composeAnswer([{ clause, document, text: clause.text, validity: validityOn(clause.docId, day) }], () => 1, (id) => summarizeClause(id, day));

  it("say so plainly and still show the clause's terms with its dates", () => {
    expect(moneyInForce("zhengzhou", "2026-12-15")).toBe(false);
    const text = answer("2026-12-15");
    expect(text).toContain("效力：已于2026-12-14到期。该文件已失效，以下内容仅供参考，现行政策请向郑州市商务局咨询。");
    expect(text).toContain("标准：每年，按网络推广、第三方平台、网站（独立站）建设费用的30%给予");
    expect(text).toContain("上限：每年给予不超过50万元资金扶持");
    expect(text).toContain("注意：截至2026-12-15，郑州市没有现行有效的资金条款；本条出自郑政文〔2023〕210号（已于2026-12-14到期），仅供了解此前的政策。");
  });

  it("say nothing of the kind while a money clause is in force", () => {
    expect(moneyInForce("zhengzhou", "2026-12-14")).toBe(true);
    expect(answer("2026-12-14")).not.toContain("没有现行有效的资金条款");
  });
});
