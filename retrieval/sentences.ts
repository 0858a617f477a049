// Splits clause text into sentences without losing a character: the pieces concatenate back to
// the input, so anything built from them (chunks, quoted sentences) stays verbatim.

/** A sentence ends after 。；！？ (full- or half-width) or at a paragraph break. */
const SENTENCE_END = /[。；！？;!?]+|\n/gu;

export function splitSentences(text: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = m.index + m[0].length;
    pieces.push(text.slice(start, end));
    start = end;
  }
  if (start < text.length) pieces.push(text.slice(start));
  return pieces;
}
