// Chinese word segmentation (jieba) with the domain dictionary, shared by the lexical index,
// query expansion, sentence picking and the place check, so all of them see the same tokens.
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";
import { DOMAIN_WORDS, PARTICLES, STOPWORDS, SYNONYM_GROUPS } from "./vocabulary.ts";

/** High enough that jieba keeps a domain word whole rather than splitting it by its own statistics. */
const DOMAIN_WORD_FREQUENCY = 20_000;
const NOUN_TAGS = /^(n|nz|nt|nr|vn|an|l|j|eng|x)$/;
/** Tags of words that name a thing, an act or a quality (退学, 申诉, 途径), as against function words and words jieba does not know. */
const CONTENT_TAGS = /^(n[a-z]?|v[a-z]?|a[a-z]?|b|i|l|j)$/;
const NOT_A_TERM = /^[\s\p{P}\p{S}]+$/u;

export interface Tokenizer {
  /**
   * Search terms: each word of the text and every dictionary word inside it, normalised, without
   * punctuation and stopwords. (jieba's own cut-for-search only adds sub-words of 2 and 3
   * characters, so 跨境电子商务 would not yield 电子商务.)
   */
  terms(text: string): string[];
  /** The text cut by the dictionary alone (jieba's and the domain's, no guessing of unknown words): 公式 stays whole, 补帖 does not. */
  dictionaryCut(text: string): string[];
  /** Plain segmentation (no sub-words), for recognising whole names such as places. */
  words(text: string): string[];
  /** The text cut into words as written, every character kept (pieces concatenate back to it): for marking words in place. */
  segments(text: string): string[];
  /**
   * The words jieba tags as nouns, including those it does not know (tag x: 冷链) and English
   * (FCC): what a question is about, as opposed to how it asks.
   */
  nouns(text: string): Set<string>;
  /** The words jieba knows and tags as naming a thing, an act or a quality: what a detail asked after is said in. */
  contentWords(text: string): string[];
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
  // Domain words and place names are proper nouns (nz) to the tagger.
  jieba.loadDict(Buffer.from([...dictionary].map((w) => `${w} ${DOMAIN_WORD_FREQUENCY} nz`).join("\n")));
  // jieba's HMM joins characters its dictionary leaves single, and so glues a function word to its
  // neighbour (能补, 有奖, 建了, 破零有, 破零奖), hiding 补 from the 补贴 group. Such a word is cut again by
  // the dictionary alone, and leading stopwords and trailing particles or one-character words of a
  // synonym group (奖, 补) come off; the rest stays one word (破零, 线上).
  const trailing = new Set([...PARTICLES, ...SYNONYM_GROUPS.flat().filter((w) => w.length === 1)]);
  const unglue = (word: string) => {
    if (word.length < 2) return [word];
    const pieces = jieba.cut(word, false);
    let start = 0;
    let end = pieces.length;
    while (start < end - 1 && STOPWORDS.has(pieces[start]!)) start++;
    while (end - 1 > start && trailing.has(pieces[end - 1]!)) end--;
    return start === 0 && end === pieces.length ? [word] : [...pieces.slice(0, start), pieces.slice(start, end).join(""), ...pieces.slice(end)];
  };
  const words = (text: string) => jieba.cut(normalizeText(text), true).flatMap(unglue).filter((t) => !NOT_A_TERM.test(t));
  return {
    words,
    dictionaryCut: (text) => jieba.cut(text, false),
    segments: (text) => jieba.cut(text, true),
    nouns: (text) => new Set(jieba.tag(normalizeText(text), true).filter((t) => NOUN_TAGS.test(t.tag)).map((t) => t.word)),
    contentWords: (text) => jieba.tag(normalizeText(text), true).filter((t) => CONTENT_TAGS.test(t.tag)).map((t) => t.word),
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
