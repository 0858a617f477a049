// Questions in English, or in Chinese with English mixed in (overseas warehouse subsidy in 郑州?).
// The domain's English terms are mapped to the words the texts use (data/terms-en.json, longest
// first, whole words), clause numbers to the texts' form (clause 16 → 第16条, clause (9) → 第（9）条),
// a bare year to 2023年; English function words are dropped and other English words kept for the
// search to judge. The answer stays in Chinese, with one line saying how the English was read.
import { readFileSync } from "node:fs";
import { z } from "zod";

const Terms = z.object({ about: z.string(), terms: z.array(z.tuple([z.string(), z.string()])), functionWords: z.array(z.string()) });
const data = Terms.parse(JSON.parse(readFileSync(new URL("../data/terms-en.json", import.meta.url), "utf8")));
const TERMS = [...data.terms].sort((a, b) => b[0].length - a[0].length);
const FUNCTION_WORDS = new Set(data.functionWords);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const TERM_PATTERN = new RegExp(`(?<![a-z])(${TERMS.map(([en]) => escape(en)).join("|")})(?![a-z])`, "giu");
const MEANING = new Map(TERMS.map(([en, zh]) => [en.toLowerCase(), zh]));
const ENGLISH_WORD = /[a-z][a-z'’-]*/giu;

export interface EnglishReading {
  /** The question with its English in the texts' words. */
  query: string;
  /** English terms read, with their meaning: shown to the asker. */
  terms: [string, string][];
  /** Mostly English: the answer says it was given in Chinese. */
  english: boolean;
}

export function readEnglish(question: string): EnglishReading {
  const words = question.match(ENGLISH_WORD) ?? [];
  const letters = words.join("").length;
  const han = (question.match(/\p{Script=Han}/gu) ?? []).length;
  const english = words.length >= 3 && letters > han;
  const terms: [string, string][] = [];
  let query = question
    .replace(/\b(?:clause|article|item|section)\s*[（(]\s*(\d{1,2})\s*[）)]/giu, (_, n: string) => `第（${n}）条`)
    .replace(/\b(?:clause|article|item)\s*(?:no\.?\s*)?(\d{1,2})\b/giu, (_, n: string) => `第${n}条`)
    .replace(TERM_PATTERN, (en: string) => {
      const zh = MEANING.get(en.toLowerCase())!;
      if (!terms.some(([e]) => e.toLowerCase() === en.toLowerCase())) terms.push([en, zh]);
      return ` ${zh} `;
    });
  if (english || terms.length > 0) {
    query = query
      .replace(/(?<![\d〔(（])(19|20)(\d{2})(?![\d年〕)）号])/gu, "$1$2年")
      .replace(ENGLISH_WORD, (w) => (FUNCTION_WORDS.has(w.toLowerCase().replace(/[’']s$/u, "")) ? " " : w))
      .replace(/\s+/g, " ")
      .trim();
  }
  return { query, terms, english };
}
