// Grounded, extractive answers: every line is either a citation header, a status from
// validityOn, a summary line supplied by the policies engineer's summarizer, or verbatim text.
import { DOCUMENTS, loadCorpus, type City, type Clause, type DocumentInfo } from "../corpus/index.ts";
import type { Validity } from "../corpus/validity.ts";
import { citationName } from "./citation-name.ts";
import { cityName, describeFilters, type Filters } from "./filtered.ts";
import type { Refusal } from "./refusal.ts";
import { splitSentences } from "./sentences.ts";

/** Structured summary lines for a clause (对象/条件/标准/上限/有效期 …), or null when there is none. */
export type Summarize = (clauseId: string) => string[] | null;

export interface CitedClause {
  clause: Clause;
  /** The clause's document, from the corpus the retriever answers from. */
  document: DocumentInfo;
  /** The verbatim text cited: the clause, or its best chunk when the clause is long. */
  text: string;
  validity: Validity;
}

/** How much a sentence has to do with the question (0 when nothing in it matches). */
export type SentenceWeight = (sentence: string) => number;

const LEAD_SENTENCES = 2;

/** A clause as every answer names it: 文号《title》label title. */
export const citationHeading = (clause: Clause) => citationName({ ...clause, clauseLabel: clause.label });

function statusLine(c: CitedClause): string {
  if (c.validity.inForce) return `效力：${c.validity.text}。`;
  const { contact } = c.document;
  const ask = contact ? `现行政策请向${contact.bureau}咨询` : "现行政策请向发文机关咨询";
  const state = c.validity.status === "expired" ? "该文件已失效" : "该文件目前不在有效期内";
  return `效力：${c.validity.text}。${state}，以下内容仅供参考，${ask}。`;
}

/** The clause's best sentences for the question, verbatim and in their original order. */
function relevantSentences(c: CitedClause, weight: SentenceWeight, max = LEAD_SENTENCES): string[] {
  const sentences = splitSentences(c.text)
    .map((text, position) => ({ text: text.trim(), position }))
    .filter((s) => s.text.length > 0 && s.text.replace(/[。；]$/u, "") !== c.clause.title);
  const ranked = sentences
    .map((s) => ({ ...s, weight: weight(s.text) }))
    .filter((s) => s.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.position - b.position)
    .slice(0, max);
  // With no sentence sharing a term (a purely semantic match), the clause's opening is the best guide.
  const chosen = ranked.length > 0 ? ranked : sentences.slice(0, max);
  return chosen.sort((a, b) => a.position - b.position).map((s) => s.text);
}

export function composeAnswer(cited: readonly CitedClause[], weight: SentenceWeight, summarize?: Summarize): string {
  const [lead] = cited;
  if (!lead) return "";
  const lines = [`依据：${citationHeading(lead.clause)}`, statusLine(lead)];
  const summary = summarize?.(lead.clause.clauseId) ?? null;
  if (summary && summary.length > 0) {
    lines.push("要点：", ...summary.map((s) => `  ${s}`), `原文：${lead.text}`);
  } else {
    lines.push(`相关原文：${relevantSentences(lead, weight).join("")}`);
  }
  // The other cited clauses are not listed here: every channel lists the citations after the answer.
  return lines.join("\n");
}

/** 郑州市（河南省）：郑政文〔2013〕237号、…；郴州市（湖南省）：郴政办发〔2021〕3号 — from the corpus in use. */
function coverage(): string {
  const numbers = (city: City) => [...new Set(DOCUMENTS.filter((d) => d.city === city).map((d) => d.docNumber))].join("、");
  const byCity = loadCorpus().cities.map((c) => `${cityName(c.code)}：${numbers(c.code)}`);
  return `本助手只收录以下跨境电子商务政策文件——${byCity.join("；")}。`;
}
const REPHRASE =
  "可以换个说法再问，写明城市和具体事项，例如：“郑州跨境电商企业的出口信保费用有补贴吗？”“郴州租用海外仓有什么奖励？”";

export function refusalMessage(refusal: Refusal, filters: Filters): string {
  switch (refusal.kind) {
    case "elsewhere":
      return `现有政策文件中没有关于${refusal.places.join("、")}的规定，无法回答。${coverage()}如果您的企业在${loadCorpus().cities.map((c) => c.name.replace(/市$/u, "")).join("或")}注册，请写明城市后再问。`;
    case "no_evidence":
      return `没有在现有政策文件中找到能回答这个问题的条款。${coverage()}${REPHRASE}`;
    case "filtered_out":
      return `按所选条件（${describeFilters(filters)}）没有可检索的政策文件。${coverage()}请放宽条件后再问。`;
  }
}
