// A question pasted from a transcript: a recording's timestamp before a speaker ([00:12:03] 主持人：…),
// or a chat log with a line per turn (User: … / Bot: … / User: …). What the asking side said is the
// question; the answering side's turns (正在查询, 请问是哪年的政策？) ask nothing, and the speakers'
// names and the timestamps name no subject.

/** A recording's timestamp opening a line: [00:12:03], [1:05]. */
const TIMESTAMP = /^\s*\[\d{1,2}:\d{2}(?::\d{2})?\]\s*/u;
/** A turn's speaker before a colon: User:, Bot:, 客服：, Guest A: (at most a few words, no punctuation). */
const SPEAKER = /^\s*([\p{L}][\p{L}\d ]{0,11}?)\s*[:：]\s*/u;
/** Speakers answering rather than asking: a bot, an assistant, customer service. */
const ANSWERING = /^(?:bot|chatbot|assistant|agent|ai|system|客服|机器人|助手|智能客服|系统)$/iu;

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
