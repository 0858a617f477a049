// What a question says before any search: the documents and clause numbers it names, the city,
// the dates, the kind of fact it asks for, the phrases it quotes, the asker's own figures, and its
// English read into the texts' words. Retrieval (../index.ts) acts on this: a look-up answers with
// the clause named, a named document or city restricts the search, a question about a document's
// validity is answered from its metadata, a phrase from every clause holding it.
import type { City, Corpus, DocId } from "../../corpus/index.ts";
import { validityIn } from "../../corpus/validity.ts";
import type { Profile } from "../../policies/profile.ts";
import { coveredPlaceWords, placeWords, type PlaceFinder, type PlaceMentions } from "../places.ts";
import type { Tokenizer } from "../tokenizer.ts";
import { escapeRegExp } from "../regexp.ts";
import { DOMAIN_WORDS, STOPWORDS, SYNONYM_GROUPS } from "../vocabulary.ts";
import { ALTERNATIVE, askedDocumentFacts, askedFacts, claimReportedAt, DIVISION, joinWords, type AskedFact, type DocumentFact, type FactKind } from "./asks.ts";
import { readAskerFacts } from "./asker-facts.ts";
import { findDates, type DateSpan } from "./dates.ts";
import { withCantoneseRead } from "./dialect.ts";
import { openEnglishDictionary, type EnglishDictionary } from "./dictionary.ts";
import { createEnglishReader, GLOSSARY, type EnglishReading } from "./english.ts";
import { documentNameParts, findDocumentNames, headerKeysOf, withDigitLookalikesRead, withShortDocumentNumbersWritten, withYearsInDigits, type DocumentNames, type NearMiss } from "./names.ts";
import { findClauseNumbers, lookUp, withAsciiDigits, withClauseIdsWritten, withSectionNotationsRead, type ClauseNumber, type Lookups } from "./numbers.ts";
import { withCodeCommentRead, withFieldsRead, withQueryRead, withRequestRead, withTableRead, withUserStoryRead } from "./query-language.ts";
import { withCorrectionRead, withQuotedQuestionRead, withTranscriptRead } from "./transcript.ts";
import { createPhraseIndex, phraseForm, type PhraseIndex } from "./phrases.ts";
import { withoutPreamble, withoutSignOff } from "./preamble.ts";
import { createSounds } from "./sounds.ts";
import { createScriptReader } from "./script.ts";

export interface Understanding {
  question: string;
  /** The question as searched: in simplified characters, English and pinyin read into the texts' words. */
  query: string;
  english: EnglishReading;
  /** Words written with a character that sounds the same (海外藏), each with the word of the texts read for it. */
  slips: [string, string][];
  places: PlaceMentions;
  /** The one covered city named, directly or through the only document named. */
  city: City | null;
  /** Documents named (a 文号 one character off only in its prefix counts as named). */
  named: DocId[];
  /** Documents spoken of by their city alone (郴州跨境电商政策): what a question about documents means when it names none. */
  ofCity: DocId[];
  /** Of those, the documents named by 文号 (郑政〔2018〕4号, 210号文): a question citing one is answered from it. */
  cited: DocId[];
  /** 文号 written with a slip the answer corrects: 郑政文〔2018〕4号 → 郑政〔2018〕4号. */
  corrected: NearMiss[];
  /** 文号 near a document's but not confirmed by what else the question says: "did you mean". */
  unconfirmed: NearMiss[];
  /** Expired documents named as their newer version (新的郑政4号), read as the later documents of their city in force. */
  readAsNewer: { docIds: DocId[]; newer: DocId[] }[];
  /** 文号 of texts outside the corpus, and the clauses citing them (郴办发〔2019〕5号). */
  outside: { written: string; clauseIds: string[] }[];
  lookups: Lookups;
  /** The date asked about (a day, month or year), not a document's own year. */
  date: DateSpan | null;
  /** The facts about the named documents asked (their validity, issue, issuer, bureau), in a fixed order. */
  documentFacts: DocumentFact[];
  /** The first kind of fact asked. */
  kind: FactKind | null;
  /** Every kind of fact asked, with the words that ask it. */
  asked: AskedFact[];
  /** Quoted phrases the texts contain, or the rare stretch a "which document says …" question repeats. */
  phrase: { phrase: string; clauseIds: string[] } | null;
  /** The question asks which document or clause says something. */
  asksWhere: boolean;
  /** The asker's own facts, when the question states figures. */
  facts: Partial<Profile> | null;
  /** The segment in which the asker says who they are (我嘉禾县开铸铁锅厂的), or "". */
  asker: string;
  /** What the asker tells before asking, in sentences asking nothing or a tag (18款途观L整备完了。, （冰鲜鳙鱼头线）), or "". */
  toldBefore: string;
}

/** Which document or clause says something: 哪个文件提到, 出自哪, 这个说法, “三网融合”试点写在哪. */
const ASKS_WHERE = /哪(个|份|一|些|几)?(个|份)?(文件|政策|方案|规定|条款?|措施|文|地方|处)(里|中|上)?(有|提|写|说|出现)|哪(个|份)?文(里的?|中的?)?(?=$|[\s？?，,。！!])|哪一?条(里的?|中的?)(?=$|[\s？?，,。！!])|(这|那)个?(词|句|提法|说法)[^，。？?]{0,2}在哪|出现(在)?哪|(出现|提到|写到)了?(几次|多少次|几处)|(文件|文中|原文|政策)里?哪(里|儿)?(写|提|有)|(含|含有|包含|提到|提及|写有)[^，。？?]{1,20}的(条款|条文|规定|文件)|出自|出处|说法|提法|哪(个|份)(文件|条款?)(里|中)的|[这那]句话?|哪里有|是哪条|哪一?条(?=$|的|[？?，,。！!\s])|第几条(提|说|写)|which document|mentions?|[”"」』’']\s*(是|写)?在哪|[”"」』’'][^，。？?,]{0,6}?(?:(写|提|出现|记载)在哪|在哪(里|儿)?(?=$|[？?。，,！!]|呢|啊)|在哪(里|儿)?(规定|提出|写|说|提到|载明))/iu;
/** English asking where a phrase is written, which the reading leaves as 在哪里 alone: where is "…" written, '…' appears where. */
const WHERE_WRITTEN = /\bwhere\b[^?？]{0,60}\b(?:written|mentioned|stated|appears?)\b|\b(?:appears?|written|mentioned|stated)\s+where\b/iu;
/** Lines of a list (- 郴州渔具出口 / - 去年跨境出口30万美元 / - 奖励多少？) are the parts of one question, read as a sentence's. */
// …and so are lines numbered 1、 2. 3）, when the first two are, and parts marked ①②③ on a line or apart.
// A circled number after 第 or before 条 (第⑲条) is a clause's number, no mark.
const CIRCLED = /(?<!第\s*)\s*[①-⑳](?!\s*[条项款点])\s*/gu;
const BULLET = "[-*•·]";
const NUMBER_MARK = String.raw`\d{1,2}(?:[、．)）]|\.(?!\d))`;
const NUMBERED_LINES = new RegExp(String.raw`^\s*${NUMBER_MARK}[^\n]*\n+\s*${NUMBER_MARK}`, "u");
/** The mark opening a list's first line, and the break and mark before each next, for bulleted and for numbered lines. */
const LIST_MARKS = {
  bulleted: { first: new RegExp(String.raw`^\s*${BULLET}\s+`, "u"), next: new RegExp(String.raw`\s*\n+\s*${BULLET}\s*`, "gu") },
  numbered: {
    first: new RegExp(String.raw`^\s*(?:${BULLET}\s+|${NUMBER_MARK}\s*)`, "u"),
    next: new RegExp(String.raw`\s*\n+\s*(?:${BULLET}|${NUMBER_MARK})\s*`, "gu"),
  },
};
const withLinesJoined = (question: string) => {
  const { first, next } = NUMBERED_LINES.test(question) ? LIST_MARKS.numbered : LIST_MARKS.bulleted;
  const pause = (gap: string, at: number, whole: string) => (/[，,。！!？?；;：:、]$/u.test(whole.slice(0, at)) ? "" : "，");
  return question.replace(first, "").replace(next, pause).replace(/^\s*[①-⑳]\s*/u, "").replace(CIRCLED, pause);
};

/**
 * A question telling figures of several years (2022年大概700万，2023年900来万，2024年…1250万。…2024年这块能拿多少): the year
 * asked is the one named last, and only the figures told of it are the asker's facts for it.
 * null when fewer than two years are told, or only the year asked holds figures.
 */
function ofYearAsked(text: string): { text: string; year: string } | null {
  // A year naming a document (按2018年那份, 2023年的措施) is no year of figures.
  const marks = [...text.matchAll(/(?<!\d)(20\d{2})\s*年(?!\s*\d{1,2}\s*月)(?![的这那]?[份个套]?(?:文件|文|政策|意见|措施|方案|规定|那份|那个|这份))/gu)];
  if (new Set(marks.map((m) => m[1])).size < 2) return null;
  const year = marks.at(-1)![1]!;
  const segments = marks.map((m, i) => ({ year: m[1]!, text: text.slice(m.index, marks[i + 1]?.index ?? text.length) }));
  if (!segments.some((x) => x.year !== year && /\d/u.test(x.text.replace(/^\d{4}\s*年/u, "")))) return null;
  // Other years' figures go, their words stay: what they measure (2022年跨境大概700万) may be what the year asked measures too.
  const withoutFigures = (t: string) => t.replace(/^\d{4}\s*年/u, "").replace(/[\d.,]+\s*(?:多|来|余)?\s*(?:[万亿千百]+)?\s*(?:美元|美金|元|块|家|人|单|平方米|平米|平)?/gu, "");
  return { text: text.slice(0, marks[0]!.index) + segments.map((x) => (x.year === year ? x.text : withoutFigures(x.text))).join(""), year };
}

/** Acts of using a document (还能申报, apply → 申报): beside a day, they ask whether it could be used that day. */
const USING_A_DOCUMENT = /申报|申请|适用|享受|使用/gu;
/** Letters of a word not written in Chinese (Latin or another script): where the reading keeps no Chinese for them, what they ask is not read here. */
const UNREAD_LETTERS = /(?:(?!\p{Script=Han})\p{L}){2,}/u;

/** The text with the spans given blanked, so that places in it stay where they are. */
const blanked = (text: string, spans: readonly { at: number; end: number }[]) =>
  spans.reduce((t, x) => t.slice(0, x.at) + " ".repeat(x.end - x.at) + t.slice(x.end), text);

/** Words saying the newer version of what is named is meant: 新的, 新版本, 最新 (现行 asks whether it is in force). */
const NEWER = /新的|新版|最新|新一版/u;
/** A short label opening the question and ending in a colon: hotline转述：, 记者求证：, 来电：. */
const LABEL = /^[^：:，,。？?！!]{1,12}[：:]/u;
/** Someone reported as asking or saying, at the start: 来电人问, 来电人称, 创业团队问：, 客户想了解, 有人问 (not 问题 or 问卷). */
// …or telling what they heard, to check it (有人说…, 群里说…, 听说…).
const REPORTED = /^(?:听说|据说|听人说|[^，,。！!？?：:；;\s]{0,6}?(?:人|者|户|方|员|民|众|客户|团队|老板|同事|领导|朋友|学生|家长|网友|粉丝|老师|对方|他们?|她们?|我们?|大家|经理|群里|网上)(?:又|也|还|想|要|来|称)?(?:问道?|咨询|打听|想了解|想知道|称|说|讲|传))(?![题卷答责询明])[：:，,\s]*/u;
/**
 * The asker saying who they are, as the question's first segment: 我嘉禾县开铸铁锅厂的, 我是郑州做电吉他出口的单证员;
 * a trade run, said of the asker or of whom they ask for (北湖区开KTV的，…; 开歌厅的朋友问); the asker's
 * business (我驾校旁边开了家代运营公司, 我们郴州做玉雕, 我卖干果); whom they ask for (我侄子想申请); what they are (我是园区安保负责人).
 */
const ASKER_IS = new RegExp(
  [
    // …after a form of address run into it (老板我在苏仙区修手机的).
    "^(?:老板|老师|领导|师傅|同志|你好|您好|喂+)?(?:我|俺|咱)(?:们|屋里|家|们家)?(?:是|在)?[^，,。？?！!；;：:\\s]{1,12}?(?:的|嘞|咯|哒)\\p{Script=Han}{0,4}(?=[，,。？?！!；;：:\\s])",
    "^[^，,。？?！!；;：:\\s]{0,8}?(?:开|做|搞|办|经营)了?(?:家|个|一家)?[^，,。？?！!；;：:\\s]{1,10}?的(?=[，,。？?！!；;：:\\s]|朋友|亲戚|老板|老乡)",
    "^(?:我|俺|咱)(?:们|家)?[^，,。？?！!；;：:\\s]{0,8}?(?:开|办|做|搞|卖|经营)了?(?:家|个|一家)?[^，,。？?！!；;：:\\s]{1,12}(?=[，,。？?！!；;：:\\s])",
    // …or whom they ask for, before what that one wants (我侄子想申请…, 我老婆要问).
    "^(?:我|俺|咱)(?:们|家|的)?\\p{Script=Han}{1,3}?(?=想|要|打算|准备)",
    // …or what they are, said first (我是园区安保负责人，替租户问一下：…).
    "^(?:我|俺|咱)们?是[^，,。？?！!；;：:\\s]{2,14}(?=[，,。：:；;\\s])",
  ].join("|"),
  "u",
);
/** Words that ask (什么, 多少, 吗), which a segment telling who the asker is does not hold; 几 alone there counts (几个后生, "a few"). */
const ASKING_FORMS = /[？?吗呢]|什么|啥|多少|怎么|怎样|如何|哪|谁|是否|能否|可否|有没有|(\p{Script=Han})不\1/u;
/** Sentences opening a message, or tags before it (（罐头线）, 【还剩9天】, ▶), each asking nothing (ASKING_FORMS): the asker's circumstances. */
const TOLD_BEFORE = /^(?:\s*(?:[（(【\[][^）)】\]]{1,24}[）)】\]]|[▶►▲■●◆★※#]+)|[^。！!？?\n]+[。！!\n])/u;
/** The opening of a question that tells and asks nothing, up to what asks (see TOLD_BEFORE); "" when nothing asking follows. */
function toldBefore(query: string): string {
  let told = "";
  for (let m = TOLD_BEFORE.exec(query); m && !ASKING_FORMS.test(m[0]); m = TOLD_BEFORE.exec(query.slice(told.length))) told += m[0];
  return /\p{Script=Han}{2}/u.test(query.slice(told.length)) ? told : "";
}
/** Sentences after the last question mark or emoji telling of the asker (我们在评估…, 😳 我爸农机刚出了第一单): no question of their own. */
const STORY_AFTER = /(?<=[？?]|\p{Extended_Pictographic})\s*(?:我|我们|咱|咱们|俺|我家|我爸|我妈)[^？?]*$/u;
/** A label naming the asker by their post (苏仙区苎麻厂出口经理：, 驾校老板问：): who asks, though it names a place. */
const POST_LABEL = /^[^：:，,。？?！!]{1,12}?(?:经理|主管|总监|会计|出纳|老板娘?|店主|厂长|负责人|专员|助理|单证员|业务员|主任)(?:问|说)?[：:]/u;
/** Who the question is asked for, as a segment of its own at either end: 我帮我儿子问的, 帮楼下大爷问的, 老板让我问下. */
const ON_BEHALF = /^(?:我|俺|咱)?(?:是)?(?:(?:帮|替|代)\p{Script=Han}{0,6}?|\p{Script=Han}{0,6}?(?:让|叫)我)(?:问|查|咨询|打听)(?:问|一下|下|一句|的|哈|啊|呀|嘛)*$/u;
/** Where a message's segments end: punctuation, and spaces between words. */
const SEGMENT_GAP = /[，,。！!？?：:；;\s]+/gu;
/** Words setting the day asked as today. */
export const NOW = /现在|目前|当前|如今|眼下|现行|\bnow\b|\bcurrently\b/iu;
/** Kinds of fact a document's validity answers: until when, from when, for how long. */
const VALIDITY_TELLS: ReadonlySet<FactKind> = new Set(["date", "deadline", "duration"]);
/** A word in more than one clause in this many is common: 企业, 补贴, 郑州. */
const COMMON_SHARE = 5;
/** Words around what a provision is about that say nothing of it: 有没有相关方面的规定. */
const PROVISION_FILLER: ReadonlySet<string> = new Set(["相关", "关于", "针对", "专门", "方面", "这方面", "类似", "这种", "这样", "任何", "明确", "具体"]);
/** Asking whether the texts mention something: 有没有说农业, 是否提到跨境电商人才, 有没有涉及直播. */
const MENTIONS = /(?:有没有|是否|有无|有没)(?:说|提到|提及|写到?|涉及|讲到?)(?:了|过|到)?(\p{Script=Han}{2,8}?)(?:的?(?:内容|事情?|方面))?(?:[？?。！!，,]|吗|呢|$)|(?<=对)(\p{Script=Han}{2,6}?)有(?:啥|什么|何)(?:说法|规定|提法)/u;
/**
 * Asking whether the texts state what was just asked (复议途径文件有无规定？, …？文件点名了吗, is it stated?):
 * the detail is the stretch before. Whether they mention a subject (有没有提到直播) is MENTIONS.
 */
const WHETHER_STATED = /(?:文件|原文|文中|文里|正文|条文|政策|方案|措施|意见)[里中上内]?(?:有没有|有无|是否|可有|有|都)?(?:写|写明|规定|说明|点名|列|列出|列明|讲|明确|载明|注明)(?:了|过)?(?:吗|么|没有|没|冇|否)?(?=[？?。！!，,]|$)|(?:(?:文件|原文|文中|文里|正文|条文|政策|方案|措施|意见)[里中上内]?)?(写|说|讲|列|规定)没有?\1|(?:文件|原文|文中|文里|正文|条文)[里中上内]?(?:有没有|有)(?:吗|么|没有|没|冇)?(?=[？?。！!，,]|$)|(?:写|规定|说明|列|讲|明确)了?(?:没有|没)(?=[？?。！!]|$)|(?:有没有|有无|是否|可有)说(?:过|了|到)?(?=[？?。！!，,]|$)|\b(?:is|are) (?:it|this|that) (?:stated|written|specified)\b|\bdoes (?:the|this|it) (?:policy|text|document|file|rule)s? (?:state|specify)\b/iu;
/** Words that ask rather than name: 哪个, 多少, 具体, 是否. */
const ASKING_WORD = /哪|多少|什么|啥|几|谁|怎么|如何|怎样|是否|有无|有没有|吗|呢|么|具体|请问|请|核实/u;
/** A count asked with its measure word, and what follows it: 几个老师, 多少个品种, 多少名成员. */
const COUNT_OF = /(?:几|多少)(?:个|名|位|种|项|间|所|批|台|件)([^，,。？?！!；;、\s]{2,8})/u;
/** Kinds a question about a phrase asks of its place in the texts: 在哪, 出现几次. */
const PHRASE_PLACES: ReadonlySet<FactKind> = new Set(["address", "frequency", "quantity"]);
/** A rare phrase is one a few clauses hold. */
const RARE_PHRASE_CLAUSES = 3;

/** A text a document says will be made or published: 发布急缺人才需求目录, 编制《跨境电子商务业务一本通》, 出台实施细则. */
const ANNOUNCING = /(?:制定|发布|编制|编印|出台|印发)《?([^，。；,;《》\s]{2,14}?(?:目录|清单|名录|指南|细则|办法|标准|一本通))/gu;
/** Whether, when or where such a text came out: 出台了没有, 何时发布, 刊于何处, 在哪下载; not who publishes it or where the texts name it. */
const CAME_OUT = "[^。？?]{0,10}?(?:(?:出台|出来|发布|印发|公布|出版)(?:了|没|过)|了没|何时|何日|什么时候|哪天|哪一天|文号|刊于|刊在|刊登|(?:在哪|哪里|哪儿)(?:能|可以)?(?:下载|查到?|看到?|领|找到?)|电子版)";

/**
 * The texts the documents announce, read once: a question asking whether, when or where one came out is asked
 * of that text, which the announcing document cannot tell. A name's tail of four characters or more names it too
 * (人才需求目录); a name the texts also use otherwise (相关标准) is left out.
 */
function announcedTextsAsked(corpus: Corpus): (question: string) => AskedFact | null {
  const names = [...new Set(corpus.clauses.flatMap((c) => [...c.text.replace(/\s+/gu, "").matchAll(ANNOUNCING)].map((m) => m[1]!)))].filter((n) => !/^(?:相关|有关|国家)/u.test(n));
  if (names.length === 0) return () => null;
  const forms = names.flatMap((name) => Array.from({ length: Math.max(0, name.length - 3) }, (_, i) => ({ name, form: name.slice(i) })));
  const pattern = new RegExp(`(${[...new Set(forms.map((f) => f.form))].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|")})》?${CAME_OUT}`, "u");
  return (question) => {
    const form = pattern.exec(question.replace(/\s+/gu, ""))?.[1];
    const name = form ? forms.find((f) => f.form === form)!.name : undefined;
    return name ? { kind: "announced", words: name } : null;
  };
}

export interface UnderstandingDeps {
  corpus: Corpus;
  places: PlaceFinder;
  /** Cuts the texts into words, for reading a question written in pinyin. */
  tokenizer: Tokenizer;
  /**
   * Where the English dictionary read against these texts is cached: given, it is read (or built)
   * at once; without it, built at the first English question and kept in memory only.
   */
  dictionaryCache?: string;
}

export interface Understander {
  understand(question: string, today: string): Understanding;
  phrases: PhraseIndex;
  /** Whether more than one clause in five uses the word (企业, 补贴): it names no subject of its own. */
  common(word: string): boolean;
}

export function createUnderstander({ corpus, places, tokenizer, dictionaryCache }: UnderstandingDeps): Understander {
  const phrases = createPhraseIndex(corpus.clauses);
  const nameParts = documentNameParts(corpus);
  const textWords = [...corpus.clauses.flatMap((c) => tokenizer.words(c.text)), ...nameParts.prefixes];
  const placeNames = placeWords(corpus.cities);
  const PLACE_NAMES = new RegExp([...placeNames].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|"), "gu");
  const sounds = createSounds({
    words: [...textWords, ...Object.keys(GLOSSARY.terms), ...Object.keys(GLOSSARY.questionForms)],
    places: placeNames,
    cities: corpus.cities.map((c) => c.name),
    slipTargets: [...DOMAIN_WORDS, ...SYNONYM_GROUPS.flat(), ...coveredPlaceWords(corpus.cities)],
  });
  const allText = corpus.clauses.map((c) => c.text).join("\u0000");
  const announcedText = announcedTextsAsked(corpus);
  let dictionary: EnglishDictionary | null = dictionaryCache ? openEnglishDictionary(allText, dictionaryCache) : null;
  const english = createEnglishReader({ sounds, places: placeNames, documentKinds: nameParts.kinds, dictionary: () => (dictionary ??= openEnglishDictionary(allText)) });
  const inClauses = (words: string) => phrases.clausesWith(words).length > 0;
  const inTexts = (stretch: string) => allText.includes(stretch);
  /** What documents are called and their headers say (郑政文, 主办): words of the texts besides their clauses. */
  const documentText = corpus.documents.map((d) => [d.header?.text ?? "", d.info.docNumber, d.info.title].join("\u0000")).join("\u0000");
  /** A word of two or more characters that no text, title or header uses, and that says something (not 的, 吗). */
  const unwrittenWord = (w: string) => /^\p{Script=Han}{2,}$/u.test(w) && !inTexts(w) && !documentText.includes(w) && !STOPWORDS.has(w);
  const toTextScript = createScriptReader(new Set(allText));
  const cityNames = corpus.cities.map((c) => c.name.replace(/市$/u, ""));
  // A city's first character standing alone as a word (郴 今年跨电出口…, 物流单 8万单 郴？, 郴3号, 询郴…), as hurried typing and
  // telegrams shorten it, when no other city's starts so.
  const initials = cityNames.filter((name) => cityNames.filter((other) => other[0] === name[0]).length === 1);
  const firsts = initials.map((n) => n[0]).join("|");
  const CITY_INITIAL = new RegExp(`(?<=^|[\\s，,:：·・])(${firsts})(?=[\\s，,:：？?。！!·・]|\\d{1,3}号|$)|(?<=^[询查])(${firsts})`, "gu");
  const withCityInitialsRead = (text: string) => text.replace(CITY_INITIAL, (ch: string) => initials.find((n) => n[0] === ch)!);
  /**
   * What is read off the question as typed, in this order, before its words are: the shape it came in (a request
   * body, a table, a user story, a code comment, a transcript, a script, a spoken correction, a list, a query, a form), then its numbers, script
   * and dialect, then what surrounds it (a greeting, thanks) and digits an OCR took for letters.
   */
  const readings: readonly ((text: string) => string)[] = [
    withRequestRead,
    withTableRead,
    withUserStoryRead,
    withCodeCommentRead,
    withTranscriptRead,
    withQuotedQuestionRead,
    (text) => withCorrectionRead(text, cityNames),
    withLinesJoined,
    withQueryRead,
    withFieldsRead,
    withAsciiDigits,
    withSectionNotationsRead,
    withClauseIdsWritten,
    toTextScript,
    withYearsInDigits,
    withCantoneseRead,
    withCityInitialsRead,
    // Middle dots set keywords apart (210号·行动方案·第十五), as spaces do.
    (text) => text.replace(/(?<=\S)\s*[·・]\s*(?=\S)/gu, " "),
    withoutPreamble,
    withoutSignOff,
    withDigitLookalikesRead,
  ];
  /** Words that tell clauses apart: those most clauses use (企业, 补贴) name no detail, unless no other word does. */
  const common = (word: string) => phrases.clausesWith(word).length > corpus.clauses.length / COMMON_SHARE;
  const distinctive = (words: string[]) => (words.some((w) => !common(w)) ? words.filter((w) => !common(w)) : words);
  const cityDocs = (city: City) => corpus.documents.filter((d) => d.info.city === city).map((d) => d.info.docId);
  const clauseTexts = corpus.clauses.map((c) => ({ clauseId: c.clauseId, docId: c.docId, path: c.path, text: phraseForm(c.text) }));
  const phraseFormOf = new Map(clauseTexts.map((t) => [t.clauseId, t.text]));
  const documentTitles = corpus.documents.map((d) => phraseForm(d.info.title));
  /** The keys of documents' header lines (统一登记号, 主办, 信息时效期), longest first. */
  const headerKeys = (docIds: DocId[]) => [...new Set(docIds.flatMap((id) => headerKeysOf(corpus.document(id))))].sort((a, b) => b.length - a.length);

  /**
   * A number several documents have (若干措施第十三条: 郑州's and 郴州's), when the rest of the
   * question echoes the title of one document's clause only (海外仓建设), or of one document (直播): that one.
   */
  function echoedLookup(lookups: Lookups, query: string): Lookups {
    const docs = [...new Set(lookups.hits.map((h) => h.docId))];
    if (docs.length < 2) return lookups;
    const title = (id: string) => {
      const c = corpus.clause(id)!;
      return phraseForm(c.title ?? c.text.slice(0, 24));
    };
    const titles = new Map(lookups.hits.map((h) => [h, h.clauseIds.map(title).join("")]));
    const echoes = lookups.hits.filter((h) => {
      const others = lookups.hits.filter((o) => o.docId !== h.docId).map((o) => titles.get(o)!);
      return stretches(phraseForm(query)).some((s) => titles.get(h)!.includes(s) && !others.some((o) => o.includes(s)));
    });
    if (new Set(echoes.map((h) => h.docId)).size === 1) return { ...lookups, hits: echoes };
    // …or, of documents sharing one 文号, a word of one's title only (210号 直播 第(四)条: the 直播电商 plan's), as pairs of
    // characters no other title holds.
    if (new Set(docs.map((d) => corpus.document(d as DocId).info.docNumber)).size > 1) return lookups;
    const docTitle = (id: string) => phraseForm(corpus.document(id as DocId).info.title);
    const telling = [...phraseForm(query).matchAll(/(?=(\p{Script=Han}{2}))/gu)].map((m) => m[1]!).filter((pair) => docs.filter((d) => docTitle(d).includes(pair)).length === 1);
    const titled = new Set(docs.filter((d) => telling.some((pair) => docTitle(d).includes(pair))));
    return titled.size === 1 ? { ...lookups, hits: lookups.hits.filter((h) => titled.has(h.docId)) } : lookups;
  }

  /**
   * An old document's name said of its newer version (新的郑政4号, 《实施意见》新版本里, 现在的“实施意见”里): when every document the
   * name fits has expired, the documents of its city issued after them and in force today are meant.
   */
  function newerMeant(names: DocumentNames, query: string, today: string): DocumentNames {
    // …or 现在的 right before the name (现在的“实施意见”里).
    const newer = (n: { at: number; end: number }) => NEWER.test(query.slice(Math.max(0, n.at - 6), n.at)) || /现在的[“"《「]?$/u.test(query.slice(0, n.at)) || NEWER.test(query.slice(n.end, n.end + 10));
    const named = names.named.map((n) => {
      const docs = n.docIds.map((id) => corpus.document(id).info);
      if (!newer(n) || docs.some((d) => validityIn(d.inForce, today).inForce)) return n;
      const latest = docs.map((d) => d.issuedOn).sort().at(-1)!;
      const later = corpus.documents.map((d) => d.info).filter((d) => d.city === docs[0]!.city && d.issuedOn > latest && validityIn(d.inForce, today).inForce);
      return later.length > 0 ? { ...n, docIds: later.map((d) => d.docId), olderNamed: n.docIds } : n;
    });
    return { ...names, named };
  }

  /**
   * A clause looked up with words describing it (210号若干措施第十四条，每3万美元交易额给1万那个; a printout's 第12条（公共海外仓）):
   * the candidates are the clauses of the documents named and those of its number in others. When the clause named holds none of
   * the words describing it, and one candidate holds more of those telling them apart (a run of five characters or more)
   * than any other, that one is meant: the number was off, or the document.
   */
  function describedLookup(lookups: Lookups, query: string, names: readonly { at: number; end: number; docIds?: DocId[] }[], numbers: readonly ClauseNumber[]): Lookups {
    // One number looked up (in one document, or in several documents a name fits: 措施 of 郑州 and of 郴州).
    const hit = lookups.hits[0];
    if (!hit || lookups.hits.some((h) => h.asked !== hit.asked)) return lookups;
    // What is said after the number (第十四条，每3万美元…那个; 第12条（公共海外仓）) describes the clause; before it, the document.
    const after = numbers.find((n) => n.written === hit.asked)?.end ?? query.length;
    // Names of places (郑州跨境…) say where, not what.
    const rest = phraseForm(blanked(query, names).slice(after)).replace(PLACE_NAMES, " ");
    const hitClauses = lookups.hits.flatMap((h) => h.clauseIds);
    const paths = new Set(hitClauses.map((id) => corpus.clause(id)!.path));
    const namedDocs = new Set([...lookups.hits.map((h) => h.docId), ...names.flatMap((n) => n.docIds ?? [])]);
    const candidates = clauseTexts.filter((t) => namedDocs.has(t.docId) || paths.has(t.path));
    // The words describing it, less those of the documents' titles (专项提升行动实施方案 named in full) and those of many clauses (跨境电商).
    const described = [...new Set(stretches(rest))].filter((s) => /^\p{Script=Han}{4}$/u.test(s) && !documentTitles.some((t) => t.includes(s)) && phrases.clausesWith(s).length <= 5);
    // Of several found, those holding the words describing it are meant (210号第十条，人才孵化那条).
    const holding = lookups.hits.filter((h) => h.clauseIds.some((id) => described.some((s) => phraseFormOf.get(id)!.includes(s))));
    if (holding.length > 0) return holding.length < lookups.hits.length ? { ...lookups, hits: holding } : lookups;
    // Those telling the candidates apart, held by one or two of them; a run of five characters or more must be held.
    const telling = described.filter((s) => candidates.filter((t) => t.text.includes(s)).length <= 2);
    const held = (text: string) => telling.filter((s) => text.includes(s)).length;
    // Said as describing it (…那条, （…）, 就是…, or what it is said to say right after its number: 第（十）条说…), a run of five
    // characters must be held; else (…，用于答复第三方平台来电 may be a purpose) a run of six.
    const marked = /那(?:个|条|项|款|段|一条)|[（(“"「]|就是|讲的是|说的是/u.test(query.slice(after)) || /^\s*[，,]?\s*(?:说|讲|写着?|规定)/u.test(query.slice(after));
    const meantOnes = candidates
      .map((t) => ({ ...t, held: held(t.text) }))
      .filter((t) => t.held >= (marked ? 2 : 3))
      .sort((a, b) => b.held - a.held);
    if (meantOnes.length === 0 || meantOnes[1]?.held === meantOnes[0]!.held) return lookups;
    const meant = meantOnes[0]!;
    return { ...lookups, hits: [{ docId: meant.docId, clauseIds: [meant.clauseId], asked: hit.asked, byDescription: true }] };
  }

  /**
   * Someone reported as asking (来电人问), or a label before a colon saying who asks or why (质检复核：, 老板让我明天找到：), left out of the
   * question: it names no place, and no two characters of it side by side are in the texts
   * (直播 人才：, 代办公司自己也申报： say what is asked about).
   */
  function withoutLabel(query: string): string {
    // Reported speech (来电人问, 创业团队问：, 客户想了解) says who asks, whatever words it uses.
    const reporter = REPORTED.exec(query)?.[0];
    if (reporter && reporter.length < query.length && places.find(reporter).covered.length === 0 && places.find(reporter).elsewhere.length === 0) return query.slice(reporter.length);
    const label = LABEL.exec(query)?.[0];
    const named = label ? places.find(label) : null;
    if (!label || named!.covered.length > 0 || named!.elsewhere.length > 0) return query;
    const body = label.slice(0, -1).replace(/\s+/gu, "");
    for (let i = 0; i + 2 <= body.length; i++) if (inTexts(body.slice(i, i + 2))) return query;
    // After a label, someone reported (网格员：居民问…).
    return withoutLabel(query.slice(label.length));
  }

  /** The question without segments at its ends saying whom it is asked for (帮楼下大爷问的), when they name no place. */
  function withoutWhomFor(query: string): string {
    const gaps = [...query.matchAll(SEGMENT_GAP)].map((m) => [m.index, m.index + m[0].length] as const);
    const bounds = [[0, 0] as const, ...gaps, [query.length, query.length] as const];
    const segments = bounds.slice(1).map((gap, i) => ({ from: bounds[i]![1], to: gap[0] })).filter((x) => x.to > x.from);
    const forWhom = (x: { from: number; to: number }) => {
      const text = query.slice(x.from, x.to);
      const named = places.find(text);
      return ON_BEHALF.test(text) && named.covered.length === 0 && named.elsewhere.length === 0;
    };
    let first = 0;
    let last = segments.length - 1;
    while (first < last && forWhom(segments[first]!)) first++;
    while (last > first && forWhom(segments[last]!)) last--;
    return first === 0 && last === segments.length - 1 ? query : query.slice(segments[first]!.from, last === segments.length - 1 ? query.length : segments[last]!.to);
  }

  function understand(question: string, today: string): Understanding {
    const heard = sounds.correctSlips(readings.reduce((text, read) => read(text), question), inTexts, tokenizer.dictionaryCut);
    const reading = english.read(heard.text);
    const query = withoutWhomFor(withoutLabel(withShortDocumentNumbersWritten(reading.query, corpus)));
    const mentions = places.find(query, question);
    const placeCity = mentions.covered.length === 1 ? mentions.covered[0]! : null;
    const names = newerMeant(findDocumentNames(query, { corpus, city: placeCity, inTexts: inClauses }), query, today);
    // A document's own number in digits in brackets beside its name (measures (210)) is its 文号, not an item; 4号（四） is
    // item four, and so is 4号（4）, its 文号 already written.
    const ownNumbers = new Set(names.named.filter((n) => !/\d\s*号/u.test(query.slice(n.at, n.end))).flatMap((n) => n.docIds).map((id) => /(\d+)号$/u.exec(corpus.document(id).info.docNumber)?.[1]));
    const numbers = findClauseNumbers(query).filter((n) => !(n.number.form === "item" && !n.number.ordinal && /\d/u.test(n.written) && ownNumbers.has(String(n.number.n))));

    // A slip in the prefix alone is clear; a slip in the year or number must be confirmed by the
    // clause named: digits swapped (郑政文〔2018〕75号二（二）3 → 57号) when that 文号 has the clause, or what
    // else the question says is in the clause (郑政文〔2018〕58号二（一）1综合信息服务平台 → 57号 二（一）1);
    // 211号第二条 may be the document after 210号, outside the corpus.
    const corrected = names.nearMisses.filter((n) => n.prefixOnly);
    const candidates = [...names.named, ...corrected.map((n) => ({ at: n.at, end: n.end, docIds: n.docIds, by: "number" as const }))];
    // Numbers looked up in the documents named, in this question's words; `fallback`, the city's documents, when none is named.
    const lookUpAmong = (found: readonly ClauseNumber[], named: Parameters<typeof lookUp>[1], fallback: readonly DocId[]) => lookUp(found, named, fallback, (id) => corpus.document(id), query);
    const placeDocs = placeCity ? cityDocs(placeCity) : [];
    let lookups = lookUpAmong(numbers, candidates, placeDocs);
    // A number a document named by its title lacks that is its own 文号's (pilot zone plan number 57, of the 57号 plan) names it, not an item.
    const byNumber = (docId: string) => names.named.some((n) => n.by === "number" && n.docIds.includes(docId));
    const ownMissed = lookups.misses.filter((m) => !byNumber(m.docId) && ownNumbers.has(/\d+/u.exec(m.asked)?.[0]));
    if (ownMissed.length > 0) lookups = lookUpAmong(numbers.filter((n) => !ownMissed.some((m) => m.asked === n.written)), candidates, placeDocs);
    const unconfirmed: NearMiss[] = [];
    for (const near of names.nearMisses.filter((n) => !n.prefixOnly)) {
      const trial = lookUpAmong(numbers, [...candidates, { at: near.at, end: near.end, docIds: near.docIds, by: "number" }], []);
      const rest = phraseForm(query.slice(0, near.at) + query.slice(near.end)).replace(/[“”"]/gu, "");
      // One 文号 near it (210号 carries three documents) that has the clause asked.
      const swapped = near.swapped && new Set(near.docIds.map((id) => corpus.document(id).info.docNumber)).size === 1 && trial.hits.some((h) => near.docIds.includes(h.docId));
      const confirms = swapped || trial.hits.some((h) => h.clauseIds.some((id) => sharesStretch(rest, phraseFormOf.get(id)!)));
      if (confirms) {
        corrected.push(near);
        lookups = trial;
      } else {
        unconfirmed.push(near);
      }
    }
    lookups = describedLookup(echoedLookup(lookups, query), query, candidates, numbers);
    // Documents named by a title's words alone (subsidy schemes → 实施方案), none of them of the city the question names, are not what it means.
    const ofOtherCity = (n: (typeof names.named)[number]) => n.by === "title" && placeCity !== null && n.docIds.every((id) => corpus.document(id).info.city !== placeCity);
    const named = [...new Set([...names.named.filter((n) => !ofOtherCity(n)).flatMap((n) => n.docIds), ...corrected.flatMap((n) => n.docIds)])];
    const citedByNumber = [...new Set([...names.named.filter((n) => n.by === "number").flatMap((n) => n.docIds), ...corrected.flatMap((n) => n.docIds)])];
    const namedCities = [...new Set(named.map((id) => corpus.document(id).info.city))];
    const city = placeCity ?? (namedCities.length === 1 ? namedCities[0]! : null);

    // A name's own year (2023年的若干措施, 〔2018〕) is no date asked about.
    const spans = [...names.named, ...names.nearMisses];
    const issuedIn = (docIds: DocId[], year: string) => docIds.some((id) => corpus.document(id).info.issuedOn.startsWith(year));
    // Nor is a date read across a name (cz-2021-3/6.1 holds no 2021-3/6).
    const dates = findDates(query, today).filter((d) => !spans.some((n) => (namesYear(query, d, n) && issuedIn(n.docIds, d.from.slice(0, 4))) || (d.at < n.end && d.end > n.at && d.end > n.end)));
    // 现在 asks about today, whatever day the question quotes (时效期写的2026-02-23，是不是现在作废了).
    const date = NOW.test(query) ? null : (dates.find((d) => !d.yearOnly) ?? dates[0] ?? null);

    const asksWhere = ASKS_WHERE.test(query) || WHERE_WRITTEN.test(question);
    const within = named.length > 0 ? named : placeCity ? placeDocs : null;
    const inWithin = (id: string) => !within || within.includes(corpus.clause(id)!.docId);
    // A quotation looked for in the documents named (“一事一议”，4号里是哪一条): where they hold it, only there.
    const quoted = phrases
      .quoted(query)
      .filter((p) => p.clauseIds.length > 0)
      .map((p) => (p.clauseIds.some(inWithin) ? { ...p, clauseIds: p.clauseIds.filter(inWithin) } : p));
    // Whether a text mentions something (直播方案里有没有说农业): the clauses of the texts asked about holding it.
    const saysOf = MENTIONS.exec(query);
    const mentioned = saysOf?.[1] ?? saysOf?.[2];
    const mention = mentioned ? { phrase: mentioned, clauseIds: phrases.clausesWith(mentioned).filter(inWithin) } : null;
    // A quotation many clauses hold (只是“鼓励”？) is looked for only when asked where it stands; else it is a word of the question.
    const phrase =
      quoted.sort((a, b) => b.phrase.length - a.phrase.length).find((p) => asksWhere || p.clauseIds.length <= RARE_PHRASE_CLAUSES) ??
      (mention && mention.clauseIds.length > 0 ? mention : null) ??
      (asksWhere && names.named.length === 0 ? phrases.rarest(query, RARE_PHRASE_CLAUSES) : null);
    // A label before a colon says who asks (hotline转述：, 记者求证：), not what: 转述 of a hotline asks no phone number.
    // Until when a document is in force (海外仓政策什么时候到期) is told by its validity, which every answer shows.
    // When or where a text the documents announce came out (急缺人才需求目录何时发布), and what it holds, are that text's
    // facts, not the announcing document's.
    const ofAnnounced = announcedText(query);
    const factsOfDocument = ofAnnounced ? [] : askedDocumentFacts(query, date !== null);
    // A question holding nothing but documents named and a day (直播电商 方案 на 2025-03-01 действует?, 57号 on 2021-06-01 —
    // e still dey work?) can ask only how those documents stood that day, in whatever language it asks; nothing but
    // documents and a key of their headers (郴州 措施 统一登记号 chie?, 4号 o 主办 é qual órgão?), that header line.
    if (factsOfDocument.length === 0 && named.length > 0 && !ofAnnounced) {
      // A key said short by its last three characters (登记号 for 统一登记号) is that key.
      const key = headerKeys(named).find((k) => query.includes(k) || (k.length > 3 && query.includes(k.slice(-3))));
      const said = key ? (query.includes(key) ? key : key.slice(-3)) : "";
      const asked = [...spans, ...(date && !date.yearOnly ? [date] : []), ...(key ? [{ at: query.indexOf(said), end: query.indexOf(said) + said.length }] : [])];
      const namedTitles = named.map((id) => corpus.document(id).info.title).join("");
      const onlyTitles = (text: string) => [...text.matchAll(/\p{Script=Han}/gu)].every(([ch]) => namedTitles.includes(ch));
      const rest = blanked(query, asked);
      const nothingElse = onlyTitles(rest);
      // The key asked of is read as a question of it (统一登记号是什么: its number); a key naming none (主办, 联系电话) tells whom to ask.
      if (nothingElse && key) factsOfDocument.push(askedDocumentFacts(`${key}是什么`, false)[0] ?? "contact");
      // A day beside a document, with at most the act of using it (…2025-11-01? a fẹ́ apply → 申报), asks how it stood that day.
      else if (date && !date.yearOnly && onlyTitles(rest.replace(USING_A_DOCUMENT, " "))) factsOfDocument.push("validity");
      // What is asked of a document in words no reading here knows (ఎవరు issue చేశారు, ఏ తేదీన?; Von wem … erlassen?) is one of
      // its facts: who issued it, when, how long it runs and whom to ask. A number beside it (若干措施 15 ya) is an item.
      else if (nothingElse && numbers.length === 0 && !/\d/u.test(rest) && UNREAD_LETTERS.test(question)) factsOfDocument.push("issuer", "issued", "validity", "contact");
    }
    const asker = ASKER_IS.exec(query)?.[0] ?? POST_LABEL.exec(query)?.[0] ?? "";
    // What the asker tells of themselves (我们社里几个后生在搞跨境电商，…) asks nothing: 几个 there is "a few".
    // So does what they add after asking (…有没有提到合规指引？我们在评估要不要切这个赛道): 要不要 there is what they weigh.
    const told = asker && !ASKING_FORMS.test(asker) && /[\p{Script=Han}a-z]{2}/iu.test(query.slice(asker.length)) ? query.slice(asker.length) : query;
    const askingPart = told.replace(STORY_AFTER, "");
    const byForm = askedFacts(askingPart.replace(LABEL, ""), mentions.districts)
      .filter((a) => !(factsOfDocument.includes("validity") && VALIDITY_TELLS.has(a.kind)))
      .flatMap((a) => (a.kind === "provision" ? provisionWords(a) : [a]));
    // Whether the texts say what will follow them (文件里有没有说2027年会不会出新政策) is asked by that kind, not by its words.
    const askedByForm = byForm
      .concat(byForm.some((a) => a.kind === "future") ? [] : unwrittenDetail(askingPart))
      // Where a phrase stands in the texts and how often are answered by the clauses holding it; so is all
      // asked of a quotation (“新商都”这个提法最早是哪年哪份文件里的).
      .filter((a) => !(phrase && asksWhere && (phrase === quoted[0] || PHRASE_PLACES.has(a.kind))));
    // What follows a document's end (到期以后会不会出新政策) asks past it: its validity is what the asker already knows.
    const documentFacts = askedByForm.some((a) => a.kind === "future") ? [] : factsOfDocument;
    const announced = askedByForm.some((a) => a.kind === "announced") ? null : ofAnnounced;
    const asked = announced ? [announced, ...askedByForm.filter((a) => a.kind === "claim")] : [...askedByForm, ...uncountedThing(askingPart, askedByForm)];
    const kind = asked[0]?.kind ?? null;
    const yearTold = ofYearAsked(query);
    const year = yearTold?.year ?? dates.find((d) => d.yearOnly)?.from.slice(0, 4);
    // Words the English reading set apart (online ads and marketplace fees → 网络广告 平台 费用) are one phrase, as in English.
    // Figures quoted to check them (报道说…每平方米500元，对吗) are what someone said, not the asker's own; those told
    // before the report (我们2025年跨境进出口1800万元，…，销售说能拿60万，对吗) are.
    const claimed = asked.some((a) => a.kind === "claim");
    const claimAt = claimed ? claimReportedAt(query) : 0;
    const factsText = claimAt > 0 ? query.slice(0, claimAt) : (yearTold?.text ?? query);
    const facts = claimed && claimAt === 0
      ? null
      : readAskerFacts(reading.terms.length > 0 ? factsText.replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, "") : factsText, {
          city,
          district: mentions.districts[0] ?? null,
          documents: named,
          year: year ? Number(year) : null,
          asksAmount: kind === "money" || kind === "quantity",
          typed: yearTold ? (ofYearAsked(question)?.text ?? question) : question,
        });
    /**
     * The detail a question asks whether the texts state (申诉途径文件有无规定？): its words no clause uses
     * (申诉). The texts cannot state it in words they never use; none such, the kinds asked decide.
     */
    function unwrittenDetail(text: string): AskedFact[] {
      const m = WHETHER_STATED.exec(text);
      if (!m) return [];
      const segments = text.slice(0, m.index).replace(LABEL, "").split(/[？?。！!]+/u).map((s) => s.trim());
      const stretch = segments.at(-1) || segments.at(-2) || "";
      const unwritten = tokenizer.contentWords(stretch).filter((w) => unwrittenWord(w) && !ASKING_WORD.test(w));
      return unwritten.length > 0 ? [{ kind: "provision", words: unwritten.join("、") }] : [];
    }
    /**
     * A count asked of things no text names (要几个老师才认定, 目录有多少个品种): the texts cannot state it,
     * however the clause on the topic counts other things.
     */
    function uncountedThing(text: string, asked: readonly AskedFact[]): AskedFact[] {
      const counted = COUNT_OF.exec(joinWords(text));
      const thing = counted ? tokenizer.contentWords(counted[1]!)[0] : undefined;
      // A unit another kind asks in (几个小时 asks a duration, 几个点算 a rate) is no thing counted.
      const unit = counted ? counted[0].slice(0, counted[0].length - counted[1]!.length + 1) : "";
      const ofAnotherKind = (w: string) => asked.some((a) => a.kind !== "quantity" && (a.words.includes(w) || a.words.includes(unit)));
      return thing && unwrittenWord(thing) && !ofAnotherKind(thing) && !DIVISION.test(thing) ? [{ kind: "provision", words: thing }] : [];
    }
    /** A provision asked after by the words of it that can tell clauses apart (追回 in 奖励发放后有没有追回条款); none, and nothing is asked. */
    function provisionWords(a: AskedFact): AskedFact[] {
      // One city's or the other's (这是郑州的规定还是郴州的) asks where a rule stands, which the clauses found answer.
      if (a.words.includes(ALTERNATIVE) && a.words.split(ALTERNATIVE).every((way) => cityNames.some((c) => way.includes(c)))) return [];
      // Numbers alone (12月14号还是15号) are days or figures asked between, no provision.
      const ways = a.words.split(ALTERNATIVE).map((way) => distinctive(tokenizer.words(way).filter((w) => w.length > 1 && !/^\d+$/u.test(w) && !STOPWORDS.has(w) && !PROVISION_FILLER.has(w))));
      return ways.every((w) => w.length > 0) ? [{ kind: "provision", words: ways.map((w) => w.join("、")).join(ALTERNATIVE) }] : [];
    }
    return {
      question,
      query,
      english: reading,
      slips: heard.slips,
      places: mentions,
      city,
      named,
      ofCity: names.ofCity,
      cited: citedByNumber,
      corrected,
      readAsNewer: names.named.flatMap((n) => (n.olderNamed ? [{ docIds: n.olderNamed, newer: n.docIds }] : [])),
      unconfirmed,
      outside: names.unknown.map((u) => ({ written: u.written, clauseIds: phrases.clausesWith(u.written) })),
      lookups,
      date,
      documentFacts,
      kind,
      asked,
      phrase,
      asker,
      toldBefore: toldBefore(query),
      asksWhere,
      facts,
    };
  }

  return { understand, phrases, common };
}

/** The stretches of four characters of a text. */
const stretches = (text: string) => Array.from({ length: Math.max(0, text.length - 3) }, (_, i) => text.slice(i, i + 4));

/** Whether two texts share a stretch of four characters or more. */
const sharesStretch = (a: string, b: string) => stretches(a).some((s) => b.includes(s));

/** A year written inside a document's name or just before it: 〔2018〕4号, 2023年的若干措施, 2013年那个…文件. */
function namesYear(question: string, date: DateSpan, name: { at: number; end: number }): boolean {
  if (!date.yearOnly) return false;
  if (date.at >= name.at) return date.end <= name.end;
  const between = question.slice(date.end, name.at);
  return between.length <= 12 && !/[，。；！？,;!?]/u.test(between);
}
