// When filters (city, document, in force on a day) leave a question without an answer that the
// whole corpus has, the filters caused the empty answer: say so, and offer what they excluded.
import { loadCorpus, type City, type DocId } from "../corpus/index.ts";
import { validityOn } from "../corpus/validity.ts";
import { citationName } from "./citation-name.ts";

export interface Filters {
  city?: City;
  docId?: DocId;
  /** YYYY-MM-DD: only documents in force that day. */
  inForceOn?: string;
}

export const hasFilters = (f: Filters) => Boolean(f.city || f.docId || f.inForceOn);

/** 郑州市（河南省） */
export function cityName(city: City): string {
  const c = loadCorpus().cities.find((x) => x.code === city);
  return c ? `${c.name}（${c.province}）` : city;
}

/** The filters in words: 郑州市（河南省），2026-12-05有效的文件. */
export function describeFilters(f: Filters): string {
  const doc = f.docId ? loadCorpus().document(f.docId).info : null;
  return [f.city && cityName(f.city), doc && `${doc.docNumber}《${doc.title}》`, f.inForceOn && `${f.inForceOn}有效的文件`]
    .filter(Boolean)
    .join("，");
}

/** Why the filters leave out a clause of this document: 属郴州市, 已于2021-01-09到期 …; empty when they keep it. */
export function exclusionReasons(docId: DocId, f: Filters): string[] {
  const { info } = loadCorpus().document(docId);
  const reasons: string[] = [];
  if (f.city && info.city !== f.city) reasons.push(`属${info.cityName}`);
  if (f.docId && docId !== f.docId) reasons.push("不在所选文件中");
  if (f.inForceOn) {
    const v = validityOn(docId, f.inForceOn);
    if (!v.inForce) reasons.push(v.text);
  }
  return reasons;
}

interface Cited {
  docId: DocId;
  docNumber: string;
  docTitle: string;
  clauseLabel: string;
  title: string | null;
}

/**
 * The answer when the filters caused it to be empty: the filters named, then the clauses the
 * question finds without them, each with what excluded it.
 */
export function filteredOutMessage(f: Filters, unfiltered: readonly Cited[]): string {
  const lines = unfiltered.map((c) => {
    const reasons = exclusionReasons(c.docId, f);
    return `  · ${citationName(c)}（${reasons.length ? `被排除：${reasons.join("，")}` : "符合条件"}）`;
  });
  return [
    `按所选条件（${describeFilters(f)}）没有找到能回答这个问题的条款：是筛选条件排除了依据。不加筛选条件时，找到以下条款：`,
    ...lines,
    "取消筛选条件再问，可查看这些条款的回答；已失效文件的条款仅供参考。",
  ].join("\n");
}
