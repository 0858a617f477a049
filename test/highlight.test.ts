// The question's words marked in a cited clause: whole words, figures whole or not at all.
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../corpus/index.ts";
import { questionWordSpans } from "../retrieval/highlight.ts";
import { placeWords } from "../retrieval/places.ts";
import { createTokenizer } from "../retrieval/tokenizer.ts";

const tokenizer = createTokenizer(placeWords(loadCorpus().cities));
const marked = (question: string, text: string) => questionWordSpans(tokenizer, question, text).map(([s, e]) => text.slice(s, e));

describe("questionWordSpans", () => {
  it("never marks part of a figure: 150万美元 marks nothing of 300万美元", () => {
    const clause = "对年出口额300万美元以上的跨境电商企业，按出口信保费用的30%给予补贴。";
    const words = marked("我们一年出口150万美元，出口信保有补贴吗？", clause);
    expect(words).toContain("补贴");
    expect(words.join("")).not.toMatch(/万美元|0/u);
    expect(marked("出口300万美元能补多少", clause)).toContain("300万美元");
  });

  it("matches a figure whatever its spacing or thousands separator, and only as a whole number", () => {
    expect(marked("出口额1,000万元", "年进出口额1000万元以上")).toEqual(["1000万元"]);
    expect(marked("出口额1000万元", "年进出口额11000万元以上")).toEqual([]);
    expect(marked("30%", "按费用的30%给予补贴，最高300%")).toEqual(["30%"]);
  });

  it("marks whole words only, joins neighbours, and leaves stopwords and punctuation alone", () => {
    const text = "支持跨境电商企业租用海外仓，给予租金补贴。";
    const spans = questionWordSpans(tokenizer, "跨境电商企业租用海外仓有什么补贴的？", text);
    for (const [s, e] of spans) expect(text.slice(s, e)).toMatch(/^[\p{L}\p{N}]/u);
    const words = spans.map(([s, e]) => text.slice(s, e));
    expect(words.some((w) => w.includes("海外仓"))).toBe(true);
    expect(words).toContain("补贴");
    expect(words).not.toContain("的");
    // Spans are in order and do not overlap.
    for (let i = 1; i < spans.length; i++) expect(spans[i]![0]).toBeGreaterThan(spans[i - 1]![1]);
  });

  it("finds nothing when the question shares no word", () => {
    expect(marked("公租房怎么申请", "对跨境电商企业给予补贴。")).toEqual([]);
  });
});
