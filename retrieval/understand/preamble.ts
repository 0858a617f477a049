// What comes before the question in a chat message: a greeting, a form of address, a forwarding
// note (老师您好，各位老板👏，【转】), what the answer is for (做授信测算用：); and what comes after
// it: thanks (谢谢您们，敬请告知) or how to answer (请逐项列明). Their words the texts never use
// (老师, 老板) would read as a subject the texts lack, so they are left out of the search. Only
// segments made wholly of these words go: a leading segment naming anything else (公积金，郑州有补贴吗)
// is the subject.

/** Where a message's leading segments end: punctuation, a full stop after a word, line breaks, emoji, and spaces between Chinese words. */
const SEGMENT_END = /[，,。！!？?：:；;、\n\p{Extended_Pictographic}][，,。！!？?：:；;、\s\p{Extended_Pictographic}]*|(?<=[a-z])\.\s+|(?<=\p{Script=Han})[^\S\n]+(?=\p{Script=Han})/giu;

/** Greetings, forms of address (a title after a surname: 王经理, 张总), and a note that the message is forwarded or urgent. */
const ADDRESS = new RegExp(
  `^(?:${[
    "\\p{Script=Han}?(?:老师|经理|主任|科长|处长|局长|师傅|老板|领导|总)",
    "各位|诸位|大家|家人们|朋友们?|群友们?|亲们?|您|你们?|们|贵(?:局|单位|司|部门|处|委|办)",
    "(?:早上|上午|中午|下午|晚上)?好|早|嗨|hi|hello|hey|dear|哈喽|good(?:morning|afternoon|evening|day)|greetings|sir|madam|hola|olá|bonjour|ciao|hallo",
    "请问|问一下|问下|想问下?|麻烦(?:问一下)?|打扰(?:一下)?|一下|咨询一下|求助|求问|请教|敬启者?",
    "转发|转|在吗|在不在|急+|啊|呀|哈|了|啦",
  ].join("|")})+$`,
  "iu",
);

/** What the answer is wanted for, as a label before a colon (做客户授信测算用：, 写报告参考：): why one asks, not what. */
const PURPOSE = /^(?:为了?|供|做|作|写|用于)?\p{Script=Han}{1,12}?(?:用|之用|参考用?)$/u;

/** The question without its leading segments of address or purpose alone; unchanged when nothing would be left. */
export function withoutPreamble(question: string): string {
  let start = 0;
  for (const end of question.matchAll(SEGMENT_END)) {
    const segment = question.slice(start, end.index).replace(/[\p{P}\p{S}\s]/gu, "");
    const purpose = /^[:：]/u.test(end[0]) && PURPOSE.test(segment);
    if (segment !== "" && !ADDRESS.test(segment) && !purpose) break;
    start = end.index + end[0].length;
  }
  return start < question.length ? question.slice(start) : question;
}

/** Thanks and requests to reply, closing a message: 谢谢您们, 敬请告知, 麻烦（您）告知, 望回复. */
const THANKS = /^(?:谢谢|多谢|感谢|万分感谢|麻烦了?|辛苦了|拜托了|敬请|恳请|烦请|望|请)?(?:您们?|你们?|大家|各位)?(?:告知|回复|指教|赐教|解答)?(?:谢谢|多谢|感谢)?(?:您们?|你们?|了|啦|哈)*$/u;

/** A closing request on the answer's form: 请逐项列明, 请详细说明, 简要回答即可. */
const ANSWER_FORM = /^(?:请|烦请|麻烦|恳请)?(?:逐项|逐条|一一|分别|详细|具体|简要|简单)?地?(?:列明|列出|列举|说明|回答|答复|解答|写明)(?:一下|即可|为盼)?$/u;

/** The question without its closing segments of thanks, or of how to answer, alone; unchanged when nothing would be left. */
export function withoutSignOff(question: string): string {
  const ends = [...question.matchAll(SEGMENT_END)];
  let end = question.length;
  let cut = question.length;
  for (let i = ends.length - 1; i >= 0; i--) {
    const gap = ends[i]!;
    const segment = question.slice(gap.index + gap[0].length, end).replace(/[\p{P}\p{S}\s]/gu, "");
    if (segment !== "" && !THANKS.test(segment) && !ANSWER_FORM.test(segment)) break;
    end = gap.index;
    if (segment !== "") cut = end;
  }
  return cut > 0 && cut < question.length ? question.slice(0, cut) : question;
}
