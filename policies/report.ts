// A screening result as plain Chinese text: what a person reads in a chat, a terminal or a
// printed report. Built only from the result, so every channel says the same thing.
import { documentInfo, type DocId } from "../corpus/documents.ts";
import { cityCode, cityLabel } from "./cities.ts";
import { formatAmount, Rational } from "./money.ts";
import { PERIOD_TEXT, type RuleResult, type ScreenResult } from "./result.ts";

const yuan = (n: number) => formatAmount(Rational.from(n));

export function citeResult(r: RuleResult): string {
  return `${r.docNumber}${r.clauseLabel}${r.title ? ` ${r.title}` : ""}`;
}

export function amountText(r: RuleResult): string {
  if (r.amountCny === null) return "金额未明确（按相关政策核定）";
  return `${r.amountKind === "up_to" ? "最高" : ""}${yuan(r.amountCny)}（${PERIOD_TEXT[r.period]}）${r.countedInTotal ? "" : "，不重复计入合计"}`;
}

export interface ReportSections {
  header: string;
  eligible: string[];
  total: string;
  nearMisses: string[];
  missing: string[];
  notInForce: string[];
  ineligible: string[];
  warnings: string[];
  contacts: string[];
  disclaimer: string;
}

/** The parts of a report, for channels that lay them out themselves. */
export function reportSections(result: ScreenResult): ReportSections {
  const by = (s: RuleResult["status"]) => result.results.filter((r) => r.status === s);
  const city = cityCode(result.city);
  const docsInPlay = new Set<DocId>([...by("eligible"), ...by("missing_info")].map((r) => r.docId));
  const notInForceDocs = new Map<DocId, number>();
  for (const r of by("not_in_force")) notInForceDocs.set(r.docId, (notInForceDocs.get(r.docId) ?? 0) + 1);
  return {
    header: `筛查日${result.asOf}｜业绩年度${result.year}｜${city ? cityLabel(city) : result.city}`,
    eligible: by("eligible").map((r) => `${citeResult(r)}：${amountText(r)}\n  ${r.reason}`),
    total: `合计（已按不重复享受规则处理）：${yuan(result.totalCny)}${result.totalUpToCny ? `，其中${yuan(result.totalUpToCny)}为“最高不超过”类上限` : ""}`,
    nearMisses: by("ineligible").filter((r) => r.nearMiss).map((r) => `${citeResult(r)}：${r.nearMiss}`),
    missing: by("missing_info").map((r) => `${citeResult(r)}：${r.reason}`),
    notInForce: [...notInForceDocs].map(([docId, n]) => {
      const info = documentInfo(docId);
      return `${info.docNumber}《${info.title}》${by("not_in_force").find((r) => r.docId === docId)!.validity.text}（${n}条不再适用）`;
    }),
    ineligible: by("ineligible").filter((r) => !r.nearMiss).map((r) => `${citeResult(r)}：${r.reason}`),
    warnings: result.warnings,
    contacts: [...docsInPlay].map((docId) => {
      const info = documentInfo(docId);
      return info.contact ? `${info.docNumber}：${info.contact.bureau}` : `${info.docNumber}：文件未指明负责部门，发文机关为${info.issuer}`;
    }),
    disclaimer: result.disclaimer,
  };
}

const block = (title: string, items: string[]) => (items.length ? [title, ...items.map((i, n) => `${n + 1}. ${i}`)] : []);

/**
 * The report in two parts: the summary (what can be had, the total) and the details (near misses,
 * missing information, documents out of force, the clauses that do not apply, warnings, contacts,
 * the disclaimer). A chat sends them as two messages; a printout runs them together.
 */
export function reportParts(result: ScreenResult, options: { ineligible: boolean }): { summary: string; details: string } {
  const s = reportSections(result);
  const summary = [
    `筛查结果（${s.header}）`,
    ...(s.eligible.length ? block("【可享受】按金额从高到低：", s.eligible) : ["【可享受】暂无符合条件的条款。"]),
    s.total,
  ];
  const details = [
    ...block("【差一点】", s.nearMisses),
    ...block("【还需信息才能判断】", s.missing),
    ...block("【不在有效期的文件】", s.notInForce),
    ...(options.ineligible ? block("【不符合】", s.ineligible) : []),
    ...block("【提示】", s.warnings),
    ...block("【咨询部门】", s.contacts),
    `【声明】${s.disclaimer}`,
  ];
  return { summary: summary.join("\n"), details: details.join("\n") };
}

export function renderReport(result: ScreenResult): string {
  const { summary, details } = reportParts(result, { ineligible: true });
  return `${summary}\n${details}`;
}
