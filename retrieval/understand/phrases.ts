// Phrases a question quotes (“一点带多园”, "易跨保") or repeats verbatim from the texts, and every
// clause that contains them. Matching ignores whitespace and tells no quotation mark or bracket from
// another; "+" also matches 十, which the source PDFs print in its place (直播电商十), and so does 加 said for it.
import type { Clause } from "../../corpus/index.ts";

const QUOTED = /[“"「『‘']([^”"」』’']{2,40})[”"」』’']/gu;
/** Stretches a question shares with the texts count as a phrase from this length on (社消零, 9810). */
const MIN_PHRASE = 3;

/** Text in the form phrases are compared in. */
export function phraseForm(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/\s+/g, "")
    // Quotation marks and brackets both set a term apart: “9810” quotes what the texts bracket (9810).
    .replace(/[“”"「」『』‘’'(（)）]/gu, "\"")
    .replace(/\+/g, "十")
    .toLowerCase();
}

/** The text, and the text with one 加 between words read as the "+" the texts print as 十 (保税进口加零售加工 as 保税进口十零售加工). */
function plusSaid(text: string): string[] {
  const at = [...text.matchAll(/(?<=\p{Script=Han}{2})加(?=\p{Script=Han}{2})/gu)].map((m) => m.index!);
  return [text, ...at.map((i) => `${text.slice(0, i)}十${text.slice(i + 1)}`)];
}

export interface PhraseIndex {
  /** The phrases quoted in the question, each with the clauses containing it (none when the texts lack it). */
  quoted(question: string): { phrase: string; clauseIds: string[] }[];
  /**
   * The longest stretch of the question found verbatim in the texts, with the clauses holding it,
   * when it is rare: in at most `maxClauses` clauses. null when there is none of MIN_PHRASE characters.
   */
  rarest(question: string, maxClauses: number): { phrase: string; clauseIds: string[] } | null;
  /** Clauses containing the phrase, in reading order. */
  clausesWith(phrase: string): string[];
}

export function createPhraseIndex(clauses: readonly Clause[]): PhraseIndex {
  const texts = clauses.map((c) => ({ clauseId: c.clauseId, text: phraseForm(c.text) }));
  const all = texts.map((t) => t.text).join("\u0000");
  const clausesWith = (phrase: string) => {
    const p = phraseForm(phrase);
    return p ? texts.filter((t) => t.text.includes(p)).map((t) => t.clauseId) : [];
  };
  /** The longest stretch of the text found verbatim in the texts. */
  const longestIn = (text: string) => {
    const q = phraseForm(text);
    let best = "";
    for (let i = 0; i < q.length; i++) for (let end = q.length; end > i + best.length; end--) if (all.includes(q.slice(i, end))) { best = q.slice(i, end); break; }
    return best || null;
  };
  /** The longest stretch of the text around `inner` found verbatim in the texts, when longer than `inner` with its quotation marks. */
  const stretchAround = (text: string, inner: string) => {
    const at = text.indexOf(inner);
    if (at < 0) return null;
    let start = at;
    let end = at + inner.length;
    if (!all.includes(text.slice(start, end))) return null;
    while (start > 0 && all.includes(text.slice(start - 1, end))) start--;
    while (end < text.length && all.includes(text.slice(start, end + 1))) end++;
    return end - start > inner.length + 1 ? text.slice(start, end) : null;
  };
  return {
    clausesWith,
    // A quotation misremembered at its ends (“从优不重复原则” for 从优不重复): its longest stretch the texts hold, when that is most of it.
    // A question quoted (来电人问'…能到账？') is asked, not a phrase of the texts.
    quoted: (question) =>
      [...question.matchAll(QUOTED)].filter((m) => !/[？?]$/u.test(m[1]!)).map((m) => {
        const whole = { phrase: m[1]!, clauseIds: clausesWith(m[1]!) };
        // A quotation the texts hold inside a longer stretch the question copies (面向“一带一路”国家与地区开设子网站): that stretch.
        const around = whole.clauseIds.length > 0 ? stretchAround(phraseForm(question), phraseForm(m[0])) : null;
        if (around) return { phrase: around.replace(/"([^"]*)"/gu, "“$1”"), clauseIds: clausesWith(around) };
        if (whole.clauseIds.length > 0) return whole;
        const part = longestIn(m[1]!);
        return part && part.length >= Math.max(4, 0.6 * phraseForm(m[1]!).length) ? { phrase: part, clauseIds: clausesWith(part) } : whole;
      }),
    rarest(question, maxClauses) {
      let best: { phrase: string; clauseIds: string[] } | null = null;
      for (const q of plusSaid(phraseForm(question))) for (let i = 0; i < q.length; i++) {
        let end = i + MIN_PHRASE;
        if (end > q.length || !all.includes(q.slice(i, end))) continue;
        while (end < q.length && all.includes(q.slice(i, end + 1))) end++;
        const phrase = q.slice(i, end);
        if (best && phrase.length <= best.phrase.length) continue;
        const ids = clausesWith(phrase);
        if (ids.length > 0 && ids.length <= maxClauses) best = { phrase, clauseIds: ids };
      }
      return best;
    },
  };
}
