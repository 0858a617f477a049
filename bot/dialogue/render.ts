// Replies built from results: the screening report, answers with citations, the document list,
// one clause, the profile. Channels lay these out; the words are decided here once.
import { DOCUMENTS } from "../../corpus/documents.ts";
import { loadCorpus, type Clause, type Corpus } from "../../corpus/index.ts";
import { validityOn } from "../../corpus/validity.ts";
import { formatFieldValue } from "../../policies/facts.ts";
import { FIELDS, type FieldInfo } from "../../policies/fields.ts";
import { reportParts } from "../../policies/report.ts";
import type { RuleResult, ScreenResult } from "../../policies/result.ts";
import { citationName } from "../../retrieval/citation-name.ts";
import { lookUpClause } from "../../retrieval/clause-lookup.ts";
import { createSuccessors, type Successors } from "../../retrieval/successors.ts";
import { RULES } from "../../policies/rules/index.ts";
import type { AskResult } from "../../retrieval/index.ts";
import type { Button, Draft, Reply } from "./types.ts";

/** Short label for a button: （六）, or for a separately assessed part its name (九 整体租赁海外仓), never the rule id's letter. */
const shortLabel = (r: RuleResult) => `${r.clauseLabel}${/[a-z]$/.test(r.clauseId) && r.title ? ` ${r.title.split("——").at(-1)!.slice(0, 8)}` : ""}`;

/** A result's first message fits a phone screen: the total and the top clauses; the rest is behind 全部结果. */
export const RESULT_SHORT = 600;

/**
 * The result in one short message: the date stamp, the total and the clauses that apply, highest
 * first, without their arithmetic (indented under each) — cut to RESULT_SHORT. The arithmetic of a
 * clause and the full report sit behind the buttons.
 */
export function renderResult(result: ScreenResult): Reply[] {
  const { summary } = reportParts(result, { ineligible: false });
  const more = "……其余见“全部结果”";
  const open = result.results.filter((r) => r.status === "missing_info").length;
  const counted = [...summary.split("\n").filter((l) => !l.startsWith("  ")), ...(open ? [`【还需信息】${open}条，点“全部结果”查看所缺信息`] : [])];
  const lines: string[] = [];
  for (const line of counted) {
    if ([...lines, line, more].join("\n").length > RESULT_SHORT) {
      lines.push(more);
      break;
    }
    lines.push(line);
  }
  const buttons: Button[][] = result.results
    .filter((r) => r.status === "eligible")
    .slice(0, 4)
    .map((r) => [
      { label: `原文${shortLabel(r)}`, data: `c:${r.citation.clauseId}` },
      { label: `计算${shortLabel(r)}`, data: `x:${r.clauseId}` },
    ]);
  buttons.push([{ label: "全部结果", data: "full" }, { label: "修改信息", data: "prof" }, { label: "重新筛查", data: "rescr" }]);
  return [{ text: lines.join("\n"), buttons }];
}

/** The whole report for the chat: every clause with its arithmetic, the facts used, what is missing. */
export function renderFullResult(result: ScreenResult): Reply {
  const { summary, details } = reportParts(result, { ineligible: false });
  return { text: `${summary}\n${details}`, buttons: [[{ label: "修改信息", data: "prof" }, { label: "重新筛查", data: "rescr" }]] };
}

export function renderExplanation(r: RuleResult): Reply {
  return {
    text: [`${r.docNumber}${r.clauseLabel}${r.title ? ` ${r.title}` : ""}`, `状态：${STATUS_TEXT[r.status]}`, r.explanation, `原文：${r.citation.quote}`].join("\n"),
    buttons: [[{ label: "查看条款全文", data: `c:${r.citation.clauseId}` }]],
  };
}

const STATUS_TEXT: Record<RuleResult["status"], string> = {
  eligible: "符合条件",
  ineligible: "不符合",
  missing_info: "尚缺信息",
  not_in_force: "不在有效期",
};

export function renderAnswer(result: AskResult): Reply {
  if (result.noAnswer) return { text: result.answer };
  const sources = result.citations.map(
    (c, i) => `〔${i + 1}〕${citationName(c)}（${c.validity.text}）`,
  );
  const buttons = result.citations.slice(0, 5).map((c, i) => ({ label: `原文〔${i + 1}〕`, data: `c:${c.clauseId}` }));
  return { text: [result.answer, "", "出处：", ...sources].join("\n"), buttons: buttons.length ? [buttons] : [] };
}

export function renderDocuments(today: string): Reply {
  const lines = DOCUMENTS.map((d) => `• ${d.docNumber}《${d.title}》\n  ${d.issuer} ${d.issuedOn}印发；${validityOn(d.docId, today).text}`);
  return { text: [`政策文件（有效性按${today}）：`, ...lines].join("\n") };
}

const CLAUSE_FORMS = "条款可写编号或文号加条款，如 zz-2018-4/8、郑政〔2018〕4号第八条、郴政办发〔2021〕3号五（二）。";

/** A clause asked for by id or by reference (郑政〔2018〕4号第八条); a reference fitting several documents lists each. */
export function renderClause(asked: string, today: string): Reply {
  const found = lookUpClause(asked);
  switch (found.kind) {
    case "found":
      return clauseReply(found.clause, today);
    case "several":
      return clauseChoices(`“${asked}”可指以下${found.clauses.length}个文件中的条款：`, found.clauses, today);
    case "no_such_clause":
      return { text: `${found.documents.map((d) => `${d.docNumber}《${d.title}》`).join("、")}中没有“${asked}”所指的条款。${CLAUSE_FORMS}` };
    case "unknown":
      if (found.didYouMean) return clauseChoices(`没有找到条款“${asked}”。您是不是要找：`, found.didYouMean, today);
      return { text: `没有找到条款“${asked}”。${CLAUSE_FORMS}` };
  }
}

/** Clauses to choose from, each named with its document's title and validity, a button apiece. */
function clauseChoices(intro: string, clauses: readonly Clause[], today: string): Reply {
  return {
    text: [intro, ...clauses.map((c, i) => `${i + 1}. ${citationName({ ...c, clauseLabel: c.label })}（${validityOn(c.docId, today).text}）`)].join("\n"),
    buttons: clauses.map((c, i) => [{ label: `${i + 1}. ${c.docTitle}`, data: `c:${c.clauseId}` }]),
  };
}

const successorsIn = new WeakMap<Corpus, Successors>();

/** The clause in force on `today` that now covers what an expired clause covered, in the corpus in use. */
function successorOf(clause: Clause, today: string): Clause | null {
  const corpus = loadCorpus();
  let successors = successorsIn.get(corpus);
  if (!successors) successorsIn.set(corpus, (successors = createSuccessors(corpus, RULES)));
  return successors.of(clause.clauseId, today);
}

function clauseReply(clause: Clause, today: string): Reply {
  const next = successorOf(clause, today);
  return {
    text: [
      `${clause.docNumber}${clause.label}${clause.title ? ` ${clause.title}` : ""}`,
      `《${clause.docTitle}》｜${validityOn(clause.docId, today).text}${next ? `；现行规定见${citationName({ ...next, clauseLabel: next.label })}` : ""}`,
      clause.headings.length ? `所在章节：${clause.headings.join(" ")}` : "",
      "",
      clause.text,
    ].filter((l, i) => l !== "" || i === 3).join("\n"),
  };
}

/** A field's value as a reader would write it: 260万元, 是, 12%, 郑州市, 2个. */
export function valueText(info: FieldInfo, value: unknown): string {
  if (value === undefined) return "";
  switch (info.type) {
    case "list":
      return `${(value as unknown[]).length}个`;
    case "object":
      return (info.children ?? [])
        .filter((c) => (value as Record<string, unknown>)[c.key] !== undefined)
        .map((c) => `${c.label}：${valueText(c, (value as Record<string, unknown>)[c.key])}`)
        .join("；");
    default:
      return formatFieldValue(info, value);
  }
}

export function renderProfile(draft: Draft): Reply {
  const filled = FIELDS.filter((f) => draft[f.key] !== undefined);
  if (filled.length === 0) {
    return { text: "还没有填写企业信息。发送 /screen 开始预筛查。", buttons: [[{ label: "开始筛查", data: "scr" }]] };
  }
  const lines = filled.map((f) => `• ${f.label}：${valueText(f, draft[f.key])}`);
  const edit = filled.slice(0, 12).map((f) => ({ label: `改：${f.label.slice(0, 10)}`, data: `e:${f.path}` }));
  const rows: Button[][] = [];
  for (let i = 0; i < edit.length; i += 2) rows.push(edit.slice(i, i + 2));
  rows.push([{ label: "继续筛查", data: "scr" }, { label: "清空信息", data: "rst" }]);
  return { text: ["已填写的企业信息：", ...lines].join("\n"), buttons: rows };
}
