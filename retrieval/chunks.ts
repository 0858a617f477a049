// One retrieval chunk per clause; a long clause is cut at sentence ends into several chunks that
// keep its clause id. Chunk text is a verbatim slice of the clause text.
import { createHash } from "node:crypto";
import { DOCUMENTS, type Clause, type DocumentInfo } from "../corpus/index.ts";
import { splitSentences } from "./sentences.ts";

/** Bump when the chunking or the indexed text changes: the saved index is then rebuilt. */
export const CHUNKING_VERSION = 3;
export const MAX_CHUNK_CHARS = 400;
/** A piece this short is an item label or a heading (（一）, 一、总体要求): it says nothing alone. */
const MIN_SENTENCE_CHARS = 5;

export interface Chunk {
  /** Position in the chunk list; also the label of its vector in the dense index. */
  id: number;
  clauseId: string;
  /** 0-based part number within the clause, and the number of parts. */
  part: number;
  parts: number;
  /** Verbatim slice of the clause text. */
  text: string;
  /** What BM25 indexes: 文号, full document title, section headings and clause title give context. */
  lexicalText: string;
  /**
   * What is embedded: a shorter context. Measured on the tuning set, the issuer's name and the
   * headings shared by many clauses swamp a short clause's embedding (dense recall@1 0.61 → 0.79).
   */
  denseText: string;
  /**
   * The sentences of `text` long enough to stand alone, trimmed, in order: each is embedded too, so
   * that the refusal can ask whether one sentence says what was asked (refusal.ts).
   */
  sentences: string[];
}

/** Cuts a text into pieces of at most `max` characters, at sentence ends where possible. */
export function splitLongText(text: string, max = MAX_CHUNK_CHARS): string[] {
  if (text.length <= max) return [text];
  const pieces: string[] = [];
  let current = "";
  for (const sentence of splitSentences(text)) {
    if (current && current.length + sentence.length > max) {
      pieces.push(current);
      current = "";
    }
    // A single sentence longer than the limit (no punctuation at all) is cut hard.
    for (let s = sentence; s; s = s.slice(max)) {
      if (s.length > max) pieces.push(s.slice(0, max));
      else current += s;
    }
  }
  if (current) pieces.push(current);
  return pieces.map((p) => p.trim()).filter((p) => p.length > 0);
}

/** The clause title where the chunk does not already open with it. */
function titleFor(clause: Clause, text: string): string {
  return clause.title && !text.startsWith(clause.title) ? clause.title : "";
}

/** 郑州市人民政府关于加快推进跨境电子商务发展的实施意见 → 加快推进跨境电子商务发展的实施意见 */
function shortTitle(clause: Clause, issuer: string): string {
  return clause.docTitle.replace(issuer, "").replace(/^关于/u, "");
}

/** 第（七）、（十一）条 → （七）, （十一） */
const CITED_ITEMS = /第((?:[（(][一二三四五六七八九十]+[)）]、?)+)条/gu;

/**
 * The titles of the items of its own document a clause cites by number: “本政策除第（七）、（十一）条
 * 由市级财政承担资金外” is about 公共服务平台 and 竞赛活动, which only the cited items name.
 */
function citedTitles(clause: Clause, clauses: readonly Clause[]): string[] {
  const labels = [...clause.text.matchAll(CITED_ITEMS)].flatMap((m) => m[1]!.replace(/\(/g, "（").replace(/\)/g, "）").split("、").filter(Boolean));
  return labels.flatMap((label) => clauses.find((c) => c.docId === clause.docId && c.label === label)?.title ?? []);
}

/** The clauses' chunks; `documents` give each clause's issuer (default: the corpus in use). */
export function buildChunks(clauses: readonly Clause[], documents: readonly DocumentInfo[] = DOCUMENTS): Chunk[] {
  const issuers = new Map(documents.map((d) => [d.docId, d.issuer]));
  const chunks: Chunk[] = [];
  for (const clause of clauses) {
    const pieces = splitLongText(clause.text);
    const cited = citedTitles(clause, clauses);
    pieces.forEach((text, part) => {
      const title = titleFor(clause, text);
      chunks.push({
        id: chunks.length,
        clauseId: clause.clauseId,
        part,
        parts: pieces.length,
        text,
        lexicalText: [clause.docNumber, clause.docTitle, ...clause.headings, title, text, ...cited].filter(Boolean).join("\n"),
        denseText: [shortTitle(clause, issuers.get(clause.docId)!), title, text].filter(Boolean).join("\n"),
        sentences: splitSentences(text)
          .map((sentence) => sentence.trim())
          .filter((sentence) => sentence.length >= MIN_SENTENCE_CHARS),
      });
    });
  }
  return chunks;
}

/** Identifies the indexed corpus: clause ids and everything that goes into the indexed text. */
export function corpusHash(clauses: readonly Clause[]): string {
  const hash = createHash("sha256");
  for (const c of clauses) {
    hash.update(JSON.stringify([c.clauseId, c.docTitle, c.headings, c.title, c.text]));
    hash.update("\n");
  }
  return hash.digest("hex");
}
