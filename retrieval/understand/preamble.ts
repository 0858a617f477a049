// What comes before the question in a chat message: a greeting, a form of address, a forwarding
// note (老师您好，各位老板👏，【转】). Its words the texts never use (老师, 老板) would read as a
// subject the texts lack, so it is left out of the search. Only segments made wholly of these
// words of address go: a leading segment naming anything else (公积金，郑州有补贴吗) is the subject.

/** Where a message's leading segments end: punctuation, line breaks, emoji, and spaces between Chinese words. */
const SEGMENT_END = /[，,。！!？?：:；;、\n\p{Extended_Pictographic}][，,。！!？?：:；;、\s\p{Extended_Pictographic}]*|(?<=\p{Script=Han})[^\S\n]+(?=\p{Script=Han})/gu;

/** Greetings, forms of address (a title after a surname: 王经理, 张总), and a note that the message is forwarded or urgent. */
const ADDRESS = new RegExp(
  `^(?:${[
    "\\p{Script=Han}?(?:老师|经理|主任|科长|处长|局长|师傅|老板|领导|总)",
    "各位|诸位|大家|家人们|朋友们?|群友们?|亲们?|您|你们?|们|贵(?:局|单位|司|部门|处|委|办)",
    "(?:早上|上午|中午|下午|晚上)?好|早|嗨|hi|hello|dear|哈喽",
    "请问|问一下|问下|想问下?|麻烦(?:问一下)?|打扰(?:一下)?|一下|咨询一下|求助|求问",
    "转发|转|在吗|在不在|急+|啊|呀|哈|了|啦",
  ].join("|")})+$`,
  "iu",
);

/** The question without its leading segments of address alone; unchanged when nothing would be left. */
export function withoutPreamble(question: string): string {
  let start = 0;
  for (const end of question.matchAll(SEGMENT_END)) {
    const segment = question.slice(start, end.index).replace(/[\p{P}\p{S}\s]/gu, "");
    if (segment !== "" && !ADDRESS.test(segment)) break;
    start = end.index + end[0].length;
  }
  return start < question.length ? question.slice(start) : question;
}
