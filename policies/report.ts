// A screening result as plain Chinese text: what a person reads in a chat, a terminal or a
// printed report. Built only from the result (the web console bundles this file), so every channel
// says the same thing.
import type { DocId } from "../corpus/declaration.ts";
import { formatAmount, Rational } from "./money.ts";
import { PERIOD_TEXT, type RuleResult, type ScreenedDocument, type ScreenResult } from "./result.ts";

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
  /** Said first when no money clause is 现行有效 on the day screened; else null. */
  noMoneyInForce: string | null;
  eligible: string[];
  total: string;
  /** What the latest documents offered on their last day in force (only with `noMoneyInForce`). */
  history: { intro: string; items: string[]; total: string } | null;
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
  const doc = (docId: DocId) => result.documents.find((d) => d.docId === docId)!;
  const docsInPlay = new Set<DocId>([...by("eligible"), ...by("missing_info")].map((r) => r.docId));
  const notInForceDocs = new Map<DocId, number>();
  for (const r of by("not_in_force")) notInForceDocs.set(r.docId, (notInForceDocs.get(r.docId) ?? 0) + 1);
  return {
    header: `筛查日${result.asOf}｜业绩年度${result.year}｜${result.cityName ?? result.city}`,
    noMoneyInForce: result.moneyInForce ? null : `筛查日${result.asOf}没有现行有效的资金条款。`,
    eligible: by("eligible").map((r) => `${citeResult(r)}：${amountText(r)}\n  ${r.reason}`),
    total: `合计（已按不重复享受规则处理）：${yuan(result.totalCny)}${result.totalUpToCny ? `，其中${yuan(result.totalUpToCny)}为“最高不超过”类上限` : ""}`,
    history: historySection(result),
    nearMisses: by("ineligible").filter((r) => r.nearMiss).map((r) => `${citeResult(r)}：${r.nearMiss}`),
    missing: by("missing_info").map((r) => `${citeResult(r)}：${r.reason}`),
    notInForce: [...notInForceDocs].map(([docId, n]) => {
      const d = doc(docId);
      return `${d.docNumber}《${d.title}》${by("not_in_force").find((r) => r.docId === docId)!.validity.text}（${n}条不再适用）`;
    }),
    ineligible: by("ineligible").filter((r) => !r.nearMiss).map((r) => `${citeResult(r)}：${r.reason}`),
    warnings: result.warnings,
    contacts: [...docsInPlay].map((docId) => {
      const d = doc(docId);
      return d.contact ? `${d.docNumber}：${d.contact}` : `${d.docNumber}：文件未指明负责部门，发文机关为${d.issuer}`;
    }),
    disclaimer: result.disclaimer,
  };
}

const validityRange = (d: ScreenedDocument) => `有效期${d.inForce.from}至${d.inForce.to}`;

/** The latest documents with their dates, and what this enterprise could have had on their last day. */
function historySection(result: ScreenResult): ReportSections["history"] {
  const h = result.history;
  if (!h) return null;
  const documents = h.docIds.map((id) => result.documents.find((d) => d.docId === id)!);
  const status = (r: RuleResult) => (r.status === "eligible" ? amountText(r) : r.status === "missing_info" ? `还需信息（${r.reason}）` : null);
  return {
    intro:
      `${documents.map((d) => `${d.docNumber}《${d.title}》${validityRange(d)}`).join("；")}。` +
      `按有效期最后一天（${h.asOf}）和所填${result.year}年度数据测算：`,
    items: h.results.flatMap((r) => (status(r) ? [`${citeResult(r)}：${status(r)}`] : [])),
    total: `当时合计：${yuan(h.totalCny)}。申报文件有效期内年度的资金，可把筛查日设为${h.asOf}或更早后重新筛查，并向主管部门确认是否仍可申报。`,
  };
}

export const HISTORY_TITLE = "此前的政策（已到期，仅供参考）";
export const NOTHING_THEN = "当时也没有符合条件的条款。";

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
    ...(s.noMoneyInForce ? [`【注意】${s.noMoneyInForce}`] : []),
    ...(s.eligible.length ? block("【可享受】按金额从高到低：", s.eligible) : ["【可享受】暂无符合条件的条款。"]),
    s.total,
    ...(s.history ? [`【${HISTORY_TITLE}】`, s.history.intro, ...(s.history.items.length ? s.history.items.map((i, n) => `${n + 1}. ${i}`) : [NOTHING_THEN]), s.history.total] : []),
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
