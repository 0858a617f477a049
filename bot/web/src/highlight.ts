// Shows where an answer comes from inside a cited clause: the sentences the answer quotes are
// marked, and so is every stretch of the clause that also appears in the question.
import { splitSentences } from "../../../retrieval/sentences.ts";
import { h } from "./dom.ts";

const MIN_TERM_CHARS = 2;
/** A term worth marking holds a letter or digit: not a stretch of punctuation shared by chance. */
const WORDLIKE = /[\p{L}\p{N}]/u;

/**
 * Stretches of the question (at least two characters) that occur in the text, longest first from
 * each position: 跨境电商企业出口信保有什么补贴 against a clause → 跨境电商企业, 出口信保, 补贴.
 */
export function sharedTerms(question: string, text: string): string[] {
  const terms = new Set<string>();
  let i = 0;
  while (i < question.length) {
    let end = i + MIN_TERM_CHARS;
    while (end <= question.length && text.includes(question.slice(i, end))) end++;
    const longest = question.slice(i, end - 1);
    if (longest.length >= MIN_TERM_CHARS && WORDLIKE.test(longest)) {
      terms.add(longest);
      i = end - 1;
    } else {
      i++;
    }
  }
  return [...terms].sort((a, b) => b.length - a.length);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function withTerms(text: string, terms: string[]): (Node | string)[] {
  if (terms.length === 0) return [text];
  return text
    .split(new RegExp(`(${terms.map(escapeRegExp).join("|")})`, "u"))
    .filter((piece) => piece !== "")
    .map((piece) => (terms.includes(piece) ? h("b", { class: "term" }, piece) : piece));
}

/**
 * The clause text with the answer's quoted sentences in <mark class="quoted"> and the question's
 * terms in <b class="term">. The clause's own title is no quote (the answer names every clause by
 * its title); and when the answer quotes the whole clause, marking every sentence would say
 * nothing, so only the terms are marked.
 */
export function highlightClause(text: string, title: string | null, answer: string, question: string): (Node | string)[] {
  const sentences = splitSentences(text);
  const quotable = sentences.map((s) => s.trim().length >= MIN_TERM_CHARS && s.trim().replace(/[。；]$/u, "") !== title);
  const quoted = sentences.map((s, i) => quotable[i]! && answer.includes(s.trim()));
  const markSentences = quoted.some(Boolean) && !quoted.every((q, i) => q || !quotable[i]);
  const terms = sharedTerms(question, text);
  return sentences.flatMap((sentence, i) =>
    markSentences && quoted[i] ? [h("mark", { class: "quoted" }, ...withTerms(sentence, terms))] : withTerms(sentence, terms),
  );
}
