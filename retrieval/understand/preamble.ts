// What comes before the question in a chat message: a greeting, a form of address, a forwarding
// note (老师您好，各位老板👏，转发一下：). It holds no word the texts use, and its words the texts
// never use (老师, 老板) would read as a subject the texts lack; so it is left out of the search.

/** Where a message's leading segments end: punctuation, line breaks, emoji, and spaces between Chinese words. */
const SEGMENT_END = /[，,。！!？?：:；;、\n\p{Extended_Pictographic}][，,。！!？?：:；;、\s\p{Extended_Pictographic}]*|(?<=\p{Script=Han})[^\S\n]+(?=\p{Script=Han})/gu;

/**
 * The question without its leading segments that hold no word or clause number of the texts, no
 * figure and no Latin letters (a name: TikTok, Amazon); unchanged when nothing would be left.
 */
export function withoutPreamble(question: string, holdsTextWord: (segment: string) => boolean): string {
  let start = 0;
  for (const end of question.matchAll(SEGMENT_END)) {
    const segment = question.slice(start, end.index);
    if (/[\dA-Za-z]/u.test(segment) || holdsTextWord(segment)) break;
    start = end.index + end[0].length;
  }
  return start < question.length ? question.slice(start) : question;
}
