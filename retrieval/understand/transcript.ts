// A question pasted from a transcript: a recording's timestamp before a speaker ([00:12:03] 主持人：…),
// a chat log with a line per turn (User: … / Bot: … / User: …), or a test case (Q: … / Expected: …). What
// the asking side said is the question; the answering side's turns (正在查询, 请问是哪年的政策？, the answer
// expected) ask nothing, and the speakers' names and the timestamps name no subject. A speaker who corrects
// herself (租海外仓奖励……不对不对，我是说公共分拨中心) asks what she says after the correction. A caller's question
// quoted in a script being written (话术：来电人问“…”，怎么答？) is the question.

/** A recording's timestamp opening a line: [00:12:03], [1:05]. */
const TIMESTAMP = /^\s*\[\d{1,2}:\d{2}(?::\d{2})?\]\s*/u;
/** A turn's speaker before a colon: User:, Bot:, 客服：, Guest A: (at most a few words, no punctuation). */
const SPEAKER = /^\s*([\p{L}][\p{L}\d ]{0,11}?)\s*[:：]\s*/u;
/** Speakers answering rather than asking: a bot, an assistant, customer service. */
const ANSWERING = /^(?:bot|chatbot|assistant|agent|ai|system|a|answer|expected|expected answer|客服|机器人|助手|智能客服|系统|答|回答|参考答案|标准答案|预期|预期答案)$/iu;

/** The asking side's words of a transcript, joined; the text unchanged when it is none. */
export function withTranscriptRead(text: string): string {
  const lines = text.split(/\r?\n/u).map((line) => line.replace(TIMESTAMP, ""));
  const speakers = lines.map((line) => SPEAKER.exec(line)?.[1]?.trim() ?? null);
  // A chat log: more than one line, each opened by a speaker, one of them answering.
  if (lines.length > 1 && speakers.every((s) => s !== null) && speakers.some((s) => ANSWERING.test(s!))) {
    const asked = lines.filter((_, i) => !ANSWERING.test(speakers[i]!)).map((line) => line.replace(SPEAKER, "").trim());
    return asked.filter((line) => line !== "").join("，");
  }
  return lines.join("\n");
}

/**
 * A correction said aloud: 不对不对，我是说…, 不对，是郴州, 说错了，我是问…, 七（三）……不对，七（四）; not 对不对
 * asking whether something is right.
 */
const CORRECTION = /(?<![对])(?:哦|噢)?(?:不对不对|不对|不是不是|说错了|口误)[，,。！!\s…]*(?:我是说|我是问|我想问的是|我说的是|应该是|是)|(?<=…|\.\.\.)\s*(?:哦|噢)?(?:不对不对|不对|不是不是|说错了)[，,。！!\s]+/gu;
/** …sorry, I mean…: English says the word meant beside the one said, and both may stay. */
const CORRECTION_EN = /(?:\.\.\.|…)?\s*(?:\bsorry,?\s*|\bno,?\s*)?\bI mean\b[,:]?\s*/giu;
/** Where a spoken phrase ends. */
const PAUSE = /[，,。？?！!；;]/u;
/** A figure or a day at the end of a phrase, with its measure word: 一百二十万, 六十个, 2025年10月1号. */
const FIGURE_AT_END = /[\d一二两三四五六七八九十百千万亿〇零年月日号.]+[个家名人元块平米方%％‰]*$/u;
/** What is said instead opens with a figure, or with a few words before it (好像是50%, 应该是一百万). */
const STARTS_WITH_FIGURE = /^[^，,。？?！!\d一二两三四五六七八九十百千〇零]{0,3}[\d一二两三四五六七八九十百千〇零]/u;
/** A clause's number at the end of a phrase (若干措施（十二）, 文件七（三）, 第二十条), and one in what is said instead. */
const CLAUSE_AT_END = /(?:[一二三四五六七八九十]{0,3}[（(][一二三四五六七八九十\d]{1,3}[）)]|第[一二三四五六七八九十\d]{1,3}[条项])$/u;
const CLAUSE_NUMBER = /[（(][一二三四五六七八九十\d]{1,3}[）)]|第[一二三四五六七八九十\d]{1,3}[条项]/u;

/**
 * What a speaker asks after correcting herself: the phrase she corrects (the one just before the correction) is
 * replaced by what she says instead, up to her next pause; a figure or a day corrects the figure or day it follows
 * (年租金一百二十万……不对，是一百万 → 年租金一百万), a clause's number the number. The cities she named in the phrase withdrawn stay when nothing
 * else names one (郴州那个租海外仓奖励……不对不对，我是说公共分拨中心). `cities`: the covered cities' names.
 */
export function withCorrectionRead(typed: string, cities: readonly string[]): string {
  const text = typed.replace(CORRECTION_EN, " ");
  const last = [...text.matchAll(CORRECTION)].at(-1);
  if (!last) return text;
  const withdrawn = text.slice(0, last.index).replace(/[…。.\s]+$/u, "");
  const kept = text.slice(last.index + last[0].length);
  const pause = PAUSE.exec(kept);
  const instead = pause ? kept.slice(0, pause.index) : kept;
  if (instead.trim() === "") return text;
  const rest = kept.slice(instead.length);
  const phraseStart = Math.max(...[...withdrawn.matchAll(new RegExp(PAUSE.source, "gu"))].map((m) => m.index + m[0].length), 0);
  const before = withdrawn.slice(0, phraseStart);
  const phrase = withdrawn.slice(phraseStart);
  const figure = STARTS_WITH_FIGURE.test(instead) ? FIGURE_AT_END.exec(phrase) : null;
  if (figure) return `${before}${phrase.slice(0, figure.index)}${instead}${rest}`;
  // …and a clause's number the number it follows, the document named before it staying (若干措施（十二）……不对，我要的是（十三）).
  const clause = CLAUSE_NUMBER.test(instead) ? CLAUSE_AT_END.exec(phrase) : null;
  if (clause) return `${before}${phrase.slice(0, clause.index)}${instead}${rest}`;
  const named = (part: string) => cities.filter((city) => part.includes(city));
  const lost = named(`${before}${instead}${rest}`).length === 0 ? named(phrase) : [];
  return `${before}${[...lost, instead].join(" ")}${rest}`;
}

/** A question quoted after someone asking it, in a text asking how to answer it: 来电人问“…”，我们应答什么？ */
const QUOTED_ASKED = /(?:问|咨询|提问)[：:]?\s*[“"「『]([^”"」』]{4,80})[”"」』]/u;
const HOW_TO_ANSWER = /(?:怎么|如何|怎样)(?:答|回答|回复|应答|回)|应答什么|答什么|标准答案|参考答案|口径|how (?:to|should (?:I|we)) (?:answer|reply|respond)/iu;

/** The caller's question a script quotes, when the text asks how to answer it; the text unchanged otherwise. */
export function withQuotedQuestionRead(text: string): string {
  const quoted = QUOTED_ASKED.exec(text);
  return quoted && HOW_TO_ANSWER.test(text.slice(quoted.index + quoted[0].length)) ? quoted[1]! : text;
}
