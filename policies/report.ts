// A screening result as plain Chinese text: what a person reads in a chat, a terminal or a
// printed report. Built only from the result (the web console bundles this file), so every channel
// says the same thing.
import type { DocId } from "../corpus/declaration.ts";
import type { EnteredFact } from "./facts.ts";
import { KIND_LABELS } from "./kind-labels.ts";
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

/** What a rule still waiting for information would give: 如条件满足，预计每年可获30万元. */
export function ifMetText(r: RuleResult): string | null {
  if (!r.ifMet) return null;
  const amount = yuan(r.ifMet.amountCny);
  if (r.ifMet.atLeast) return `按已知数据至少可获${amount}（${PERIOD_TEXT[r.period]}）`;
  return `如条件满足，预计可获${r.amountKind === "up_to" ? "最高" : ""}${amount}（${PERIOD_TEXT[r.period]}）`;
}

/**
 * The clauses of `ids` as short citations, grouped by document: 郑政文〔2023〕210号（一）、（六）.
 * A document whose every clause in force is named is said once: 郑政〔2018〕4号各条.
 */
function citeClauses(result: ScreenResult, ids: readonly string[]): string {
  const named = result.results.filter((r) => ids.includes(r.clauseId));
  return [...new Set(named.map((r) => r.docId))]
    .map((docId) => {
      const own = named.filter((r) => r.docId === docId);
      const inForce = result.results.filter((r) => r.docId === docId && r.status !== "not_in_force");
      if (own.length > 2 && own.length === inForce.length) return `${own[0]!.docNumber}各条`;
      return `${own[0]!.docNumber}${[...new Set(own.map((r) => r.clauseLabel))].join("、")}`;
    })
    .join("；");
}

/** How an entered fact was used: the clauses in force that read it, or that none did. */
function factUse(result: ScreenResult, fact: EnteredFact): string {
  if (fact.usedBy.length) return `用于${citeClauses(result, fact.usedBy)}`;
  const lapsed = fact.usedOutOfForce.length ? `；只有不在有效期的${citeClauses(result, fact.usedOutOfForce)}用到` : "";
  return `现行有效的条款都不使用此项${lapsed}`;
}

/**
 * What was entered, one figure a line with the clauses that read it; what the enterprise said it
 * has none of (否, 0, 没有) in one line, since the clauses it rules out are listed as not met.
 */
function factLines(result: ScreenResult): string[] {
  const nones = result.facts.filter((f) => f.none);
  return [
    ...result.facts.filter((f) => !f.none).map((f) => `${f.label}：${f.value} —— ${factUse(result, f)}`),
    ...(nones.length ? [`填为没有、否或0的：${nones.map((f) => f.label).join("；")}`] : []),
  ];
}

export interface ReportSections {
  header: string;
  /** Said first when no money clause is 现行有效 on the day screened; else null. */
  noMoneyInForce: string | null;
  total: string;
  /** What was entered, each with the clauses that read it. */
  facts: string[];
  eligible: string[];
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
  const place = `${result.cityName ?? result.city}${result.district ?? ""}`;
  return {
    header: `筛查日${result.asOf}｜业绩年度${result.year}｜${place}｜${result.kinds.map((k) => KIND_LABELS[k]).join("、")}`,
    noMoneyInForce: result.moneyInForce ? null : `筛查日${result.asOf}没有现行有效的资金条款。`,
    total: `合计（已按不重复享受规则处理）：${yuan(result.totalCny)}${result.totalUpToCny ? `，其中${yuan(result.totalUpToCny)}为“最高不超过”类上限` : ""}`,
    facts: factLines(result),
    eligible: by("eligible").map((r) => `${citeResult(r)}：${amountText(r)}\n  ${r.reason}`),
    history: historySection(result),
    nearMisses: by("ineligible").filter((r) => r.nearMiss).map((r) => `${citeResult(r)}：${r.nearMiss}`),
    missing: by("missing_info").map((r) => [`${citeResult(r)}：${r.reason}`, ifMetText(r)].filter(Boolean).join("；")),
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

const FACTS_TITLE = "【填写的信息】";

/**
 * The report in two parts: the summary (the date stamp, the total, what can be had) and the
 * details (what was entered, near misses, missing information, documents out of force, the
 * clauses that do not apply, warnings, contacts, the disclaimer). A chat sends them as two
 * messages.
 */
export function reportParts(result: ScreenResult, options: { ineligible: boolean }): { summary: string; details: string } {
  const s = reportSections(result);
  return { summary: summaryLines(s).join("\n"), details: [...block(FACTS_TITLE, s.facts), ...detailLines(s, options)].join("\n") };
}

function summaryLines(s: ReportSections): string[] {
  return [
    `筛查结果（${s.header}）`,
    ...(s.noMoneyInForce ? [`【注意】${s.noMoneyInForce}`] : []),
    s.total,
    ...(s.eligible.length ? block("【可享受】按金额从高到低：", s.eligible) : ["【可享受】暂无符合条件的条款。"]),
    ...(s.history ? [`【${HISTORY_TITLE}】`, s.history.intro, ...(s.history.items.length ? s.history.items.map((i, n) => `${n + 1}. ${i}`) : [NOTHING_THEN]), s.history.total] : []),
  ];
}

function detailLines(s: ReportSections, options: { ineligible: boolean }): string[] {
  return [
    ...block("【差一点】", s.nearMisses),
    ...block("【还需信息才能判断】", s.missing),
    ...block("【不在有效期的文件】", s.notInForce),
    ...(options.ineligible ? block("【不符合】", s.ineligible) : []),
    ...block("【提示】", s.warnings),
    ...block("【咨询部门】", s.contacts),
    `【声明】${s.disclaimer}`,
  ];
}

/** The whole report as one text, led by the date stamp, the total and what was entered. */
export function renderReport(result: ScreenResult): string {
  const s = reportSections(result);
  const [title, total, ...eligible] = summaryLines(s);
  return [title!, total!, ...block(FACTS_TITLE, s.facts), ...eligible, ...detailLines(s, { ineligible: true })].join("\n");
}
