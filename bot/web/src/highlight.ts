// Shows where an answer comes from inside a cited clause: the sentences the answer quotes are
// marked, and so are the question's words, at the places the server found them (whole words and
// whole figures, cut by the retrieval's tokenizer: retrieval/highlight.ts).
import type { Span } from "../../../retrieval/highlight.ts";
import { splitSentences } from "../../../retrieval/sentences.ts";
import { h } from "./dom.ts";

const MIN_QUOTE_CHARS = 2;

/** A piece of the text from `start`, with the question's words in <b class="term">. */
function withTerms(piece: string, start: number, spans: readonly Span[]): (Node | string)[] {
  const out: (Node | string)[] = [];
  let at = 0;
  for (const [s, e] of spans) {
    const from = Math.max(s - start, at);
    const to = Math.min(e - start, piece.length);
    if (to <= from) continue;
    if (from > at) out.push(piece.slice(at, from));
    out.push(h("b", { class: "term" }, piece.slice(from, to)));
    at = to;
  }
  if (at < piece.length) out.push(piece.slice(at));
  return out;
}

/**
 * The clause text with the answer's quoted sentences in <mark class="quoted"> and the question's
 * words (`spans`, from the citation) in <b class="term">. The clause's own title is no quote (the
 * answer names every clause by its title); and when the answer quotes the whole clause, marking
 * every sentence would say nothing, so only the words are marked.
 */
export function highlightClause(text: string, title: string | null, answer: string, spans: readonly Span[]): (Node | string)[] {
  const sentences = splitSentences(text);
  const quotable = sentences.map((s) => s.trim().length >= MIN_QUOTE_CHARS && s.trim().replace(/[。；]$/u, "") !== title);
  const quoted = sentences.map((s, i) => quotable[i]! && answer.includes(s.trim()));
  const markSentences = quoted.some(Boolean) && !quoted.every((q, i) => q || !quotable[i]);
  let start = 0;
  return sentences.flatMap((sentence, i) => {
    const pieces = withTerms(sentence, start, spans);
    start += sentence.length;
    return markSentences && quoted[i] ? [h("mark", { class: "quoted" }, ...pieces)] : pieces;
  });
}
