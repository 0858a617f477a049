// Where a cited clause says what the question says: the question's words found in the clause as
// whole words, never as a piece of one. A figure (300万美元, 1.2万平方米, 30%) is one word: 150万美元
// in the question marks 150万美元 in a clause and nothing of 300万美元, whose 0万美元 a plain
// substring match would mark. Words are jieba's (the tokenizer the index uses), so both sides are
// cut alike.
import type { Tokenizer } from "./tokenizer.ts";
import { normalizeText } from "./tokenizer.ts";
import { STOPWORDS } from "./vocabulary.ts";

/** A stretch of a text, [start, end) in UTF-16 code units as JavaScript indexes strings. */
export type Span = [start: number, end: number];

/** A number written in digits, with its multiplier and unit: 300万美元, 1.2万平方米, 30%, 2000. */
const FIGURE = /\d+(?:[,，]\d{3})*(?:\.\d+)?(?:\s*[十百千万亿]+)?(?:\s*(?:美元|美金|人民币|元|平方米|平米|㎡|%|％|个|家|人|名|单|天|倍))?/gu;
const WORDLIKE = /[\p{L}\p{N}]/u;

interface Piece {
  text: string;
  start: number;
  figure: boolean;
}

/** The text as words in place: figures whole, the rest as jieba cuts it. */
function pieces(tokenizer: Tokenizer, text: string): Piece[] {
  const out: Piece[] = [];
  const words = (from: number, to: number) => {
    let at = from;
    for (const w of tokenizer.segments(text.slice(from, to))) {
      out.push({ text: w, start: at, figure: false });
      at += w.length;
    }
  };
  let last = 0;
  for (const m of text.matchAll(FIGURE)) {
    words(last, m.index);
    out.push({ text: m[0], start: m.index, figure: true });
    last = m.index + m[0].length;
  }
  words(last, text.length);
  return out;
}

/** How two words are compared: width, case and the spaces and commas inside a figure aside. */
const key = (p: Piece) => normalizeText(p.text).replace(p.figure ? /[\s,，]/gu : /\s/gu, "");

/** A word worth marking: a figure, or a word of two characters or more that is not a stopword. */
const worthMarking = (p: Piece) => p.figure || (WORDLIKE.test(p.text) && p.text.trim().length >= 2 && !STOPWORDS.has(key(p)));

/** The stretches of `text` holding words of `question`, whole, in order; neighbouring words join into one. */
export function questionWordSpans(tokenizer: Tokenizer, question: string, text: string): Span[] {
  const asked = new Set(pieces(tokenizer, question).filter(worthMarking).map(key));
  const spans: Span[] = [];
  for (const p of pieces(tokenizer, text)) {
    if (!worthMarking(p) || !asked.has(key(p))) continue;
    const end = p.start + p.text.length;
    const previous = spans.at(-1);
    if (previous && previous[1] === p.start) previous[1] = end;
    else spans.push([p.start, end]);
  }
  return spans;
}
