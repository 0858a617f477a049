// Chunking: every chunk keeps its clause id and is a verbatim slice of the clause text.
import { describe, expect, it } from "vitest";
import { loadCorpus, type Clause } from "../corpus/index.ts";
import { buildChunks, corpusHash, MAX_CHUNK_CHARS, splitLongText } from "../retrieval/chunks.ts";
import { splitSentences } from "../retrieval/sentences.ts";

const { clauses } = loadCorpus();
const chunks = buildChunks(clauses);
const squeeze = (s: string) => s.replace(/\s+/g, "");
const corpusClause = (id: string) => clauses.find((c) => c.clauseId === id)!;

describe("sentences", () => {
  it("split every clause without losing a character", () => {
    for (const c of clauses) expect(splitSentences(c.text).join(""), c.clauseId).toBe(c.text);
  });

  it("end after 。；！？ and at paragraph breaks", () => {
    expect(splitSentences("甲。乙；丙\n丁")).toEqual(["甲。", "乙；", "丙\n", "丁"]);
  });
});

describe("chunks", () => {
  it("cover every clause, in order, with verbatim slices of at most the chunk size", () => {
    expect(new Set(chunks.map((c) => c.clauseId))).toEqual(new Set(clauses.map((c) => c.clauseId)));
    chunks.forEach((chunk, i) => expect(chunk.id).toBe(i));
    for (const clause of clauses) {
      const parts = chunks.filter((c) => c.clauseId === clause.clauseId);
      expect(parts.map((p) => p.part)).toEqual(parts.map((_, i) => i));
      for (const p of parts) {
        expect(clause.text.includes(p.text), clause.clauseId).toBe(true);
        expect(p.text.length).toBeLessThanOrEqual(MAX_CHUNK_CHARS);
        expect(p.parts).toBe(parts.length);
      }
      // Only whitespace at a cut may be dropped.
      expect(squeeze(parts.map((p) => p.text).join(""))).toBe(squeeze(clause.text));
      if (clause.text.length <= MAX_CHUNK_CHARS) expect(parts.map((p) => p.text)).toEqual([clause.text]);
    }
  });

  it("index a clause that cites items of its document by number with those items' titles", () => {
    const split = chunks.find((c) => c.clauseId === "zz-2023-210-measures/16")!;
    expect(split.lexicalText).toContain("支持跨境电商公共服务平台建设");
    expect(split.lexicalText).toContain("支持跨境电商活动举办");
    // The text itself and what is embedded stay as written.
    expect(split.text).toBe(corpusClause("zz-2023-210-measures/16").text);
    expect(split.denseText).not.toContain("支持跨境电商活动举办");
    expect(chunks.find((c) => c.clauseId === "zz-2023-210-measures/15")!.lexicalText).toContain("加快转化跨境业务存量");
  });

  it("list their sentences verbatim and in order, leaving out bare item labels", () => {
    for (const chunk of chunks) {
      let from = 0;
      for (const sentence of chunk.sentences) {
        const at = chunk.text.indexOf(sentence, from);
        expect(at, `${chunk.clauseId}: ${sentence}`).toBeGreaterThanOrEqual(0);
        from = at + sentence.length;
      }
    }
    expect(chunks.flatMap((c) => c.sentences).some((s) => /^[（(][一二三四五六七八九十]+[)）]$/u.test(s))).toBe(false);
    expect(chunks.find((c) => c.clauseId === "zz-2013-237/3.11")!.sentences).toEqual([
      "同一企业的同一项目同时符合上述多项奖励条件的，不重复享受各项奖励政策，只按照奖励额度最高的政策进行奖励。",
    ]);
  });

  it("split a clause longer than the chunk size into several chunks with its clause id", () => {
    const long = clauses.filter((c) => c.text.length > MAX_CHUNK_CHARS);
    expect(long.length).toBeGreaterThan(0);
    for (const clause of long) expect(chunks.filter((c) => c.clauseId === clause.clauseId).length).toBeGreaterThan(1);
  });

  it("cut at sentence ends where there are any, and hard only inside an endless sentence", () => {
    const sentence = "对符合条件的企业给予资金扶持。"; // 15 characters
    const text = sentence.repeat(6) + "政".repeat(50);
    const pieces = splitLongText(text, 40);
    expect(pieces.join("")).toBe(text);
    expect(pieces.slice(0, 3)).toEqual([sentence.repeat(2), sentence.repeat(2), sentence.repeat(2)]);
    expect(pieces.slice(3)).toEqual(["政".repeat(40), "政".repeat(10)]);
  });

  it("index the text with its context: 文号 and headings for BM25, a short title for the embedding", () => {
    const c = chunks.find((x) => x.clauseId === "zz-2018-4/8")!;
    expect(c.lexicalText).toContain("郑政〔2018〕4号");
    expect(c.lexicalText).toContain("二、完善跨境电子商务服务体系");
    expect(c.lexicalText.endsWith(c.text)).toBe(true);
    expect(c.denseText.startsWith("加快推进跨境电子商务发展的实施意见")).toBe(true);
    expect(c.denseText).not.toContain("郑州市人民政府");
  });
});

describe("corpus hash", () => {
  it("is stable and changes with any clause text", () => {
    expect(corpusHash(clauses)).toBe(corpusHash([...clauses]));
    const edited: Clause[] = clauses.map((c, i) => (i === 10 ? { ...c, text: `${c.text}。` } : c));
    expect(corpusHash(edited)).not.toBe(corpusHash(clauses));
  });
});
