// Chinese word segmentation (jieba) with the domain dictionary, shared by the lexical index,
// query expansion, sentence picking and the place check, so all of them see the same tokens.
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";
import { DOMAIN_WORDS, STOPWORDS, SYNONYM_GROUPS } from "./vocabulary.ts";

/** High enough that jieba keeps a domain word whole rather than splitting it by its own statistics. */
const DOMAIN_WORD_FREQUENCY = 20_000;
const NOT_A_TERM = /^[\s\p{P}\p{S}]+$/u;

export interface Tokenizer {
  /**
   * Search terms: each word of the text and every dictionary word inside it, normalised, without
   * punctuation and stopwords. (jieba's own cut-for-search only adds sub-words of 2 and 3
   * characters, so 跨境电子商务 would not yield 电子商务.)
   */
  terms(text: string): string[];
  /** Plain segmentation (no sub-words), for recognising whole names such as places. */
  words(text: string): string[];
  /**
   * Overlapping pairs of Chinese characters, marked so they never equal a word term. They match
   * where segmentation differs between question and clause (实训中心 cut as 建实训/中心).
   */
  bigrams(text: string): string[];
}

const BIGRAM_MARK = "§";

/** Full-width letters and digits to ASCII, Latin to lower case: 'Ｏ２Ｏ' and 'o2o' meet 'O2O'. */
export function normalizeText(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

/**
 * `names` (places) are added only where jieba would split them: boosting a name it already knows
 * would make it win over the right cut, as 上海 in 加上海运费.
 */
export function createTokenizer(names: readonly string[] = []): Tokenizer {
  const jieba = Jieba.withDict(dict);
  const split = names.map(normalizeText).filter((n) => jieba.cut(n, true).length > 1);
  const dictionary = new Set([...DOMAIN_WORDS, ...SYNONYM_GROUPS.flat()].map(normalizeText).concat(split));
  jieba.loadDict(Buffer.from([...dictionary].map((w) => `${w} ${DOMAIN_WORD_FREQUENCY}`).join("\n")));
  const words = (text: string) => jieba.cut(normalizeText(text), true).filter((t) => !NOT_A_TERM.test(t));
  return {
    words,
    terms: (text) =>
      words(text)
        .flatMap((w) => (w.length > 2 ? [w, ...jieba.cutAll(w).filter((sub) => sub.length > 1 && sub !== w)] : [w]))
        .filter((t) => !STOPWORDS.has(t)),
    bigrams: (text) =>
      [...normalizeText(text).matchAll(/\p{Script=Han}{2,}/gu)].flatMap(([run]) =>
        Array.from({ length: run.length - 1 }, (_, i) => run.slice(i, i + 2))
          .filter((pair) => !STOPWORDS.has(pair))
          .map((pair) => BIGRAM_MARK + pair),
      ),
  };
}
