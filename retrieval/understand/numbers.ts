// Clause numbers a question names, in every form the texts number their clauses: 第八条, 第8条,
// 第（八）条, （八）, 4号文22条, 二（三）, 二（三）2, 第三部分第八条, 第二部分（四）2, 第一部分, 2.3.2, and 第十七条 as the
// n-th item of a document numbered by section. A number is looked up in the documents named just
// before it (or after it); a document numbered by section reads 二（三）, one numbered straight
// through reads （八）. A number the document lacks gets an answer saying what the document has instead.
import { DOC_ID_SOURCE } from "../../corpus/declaration.ts";
import { chineseNumeral } from "../../corpus/parse.ts";
import { withCommonNumerals } from "../figures.ts";
import type { Clause, DocId, ParsedDocument } from "../../corpus/index.ts";
import type { NamedDocuments } from "./names.ts";

type Form =
  | { form: "item"; n: number; ordinal: boolean }
  /**
   * 二（三）2, or 第三部分第八条 (`byPart`), which a straight document reads as its item 八; `counted` when the item is
   * counted within its part (第五大块下面第二个), as a straight document may read it.
   */
  | { form: "sectionItem"; section: number; item: number; sub: number | null; byPart: boolean; counted?: boolean }
  | { form: "part"; section: number }
  /** 第二条第（一）项: a section's item where the document is numbered by section (二（一）), else the item 第二条. */
  | { form: "itemPoint"; n: number; point: number };

export interface ClauseNumber {
  at: number;
  end: number;
  /** As the question wrote it: 第三十条, 二（三）2. */
  written: string;
  number: Form;
}

export interface LookupHit {
  docId: DocId;
  /** The clause looked up; a part or an item with sub-items gives several, in reading order. */
  clauseIds: string[];
  asked: string;
  /** When the number reads two ways in this document, which way this is: 第一部分, 条目顺序的第1项. */
  reading?: string;
  /** Found by what the question says of the clause, the number or the document written being off (see describedLookup). */
  byDescription?: boolean;
}

export interface LookupMiss {
  docId: DocId;
  asked: string;
  /** What the document has instead: 条目为（一）至（二十五）. */
  outline: string;
}

const NUMERAL = "[一二三四五六七八九十廿卅壹贰叁肆伍陆柒捌玖拾]+|\\d{1,3}";
/** The financial forms of the numerals (第叁拾条) read as the common ones; 廿 and 卅, the old single characters for 二十 and 三十 (第廿二条), as the tens they stand for. */
const toNumber = (s: string) =>
  /^\d+$/.test(s) ? Number(s) : chineseNumeral(withCommonNumerals(s).replace(/^廿/u, "二十").replace(/^卅/u, "三十"));

/** How a document's name ends: its 文号, or the kind of text it is. */
const NAME_END = "(?:号文?|文件|措施|方案|意见|行动)";
/** Right after a document's name: 4号文, 若干措施, 专项行动. Forms said bare (六二, 二十五, 一、) count only there. */
const AFTER_NAME = `(?<=${NAME_END})`;
const afterName = (form: string) => new RegExp(`${AFTER_NAME}${form}`, "gu");
/** What may close a name before its item is written: a bracket, a quotation mark, a comma, spaces. */
const CLOSING = "[\\s)）»”\"」』,，]*";
/** What ends a number set apart: the question's end, a pause or a closing bracket. */
const SET_APART_END = "\\s*$|[\\s,，?？。!！—–)）]";

/** Checked in this order; a stretch read by one form is not read again by a later one. */
const FORMS: [RegExp, (m: RegExpMatchArray) => Form][] = [
  // Brackets and dashes said aloud: 第二部分括号二, 二括号三, 三杠三 (二（二）, 二（三）, 三（三）).
  [
    new RegExp(`(?:第(${NUMERAL})部分(?:的|之)?|([一二三四五六七八九十]+))\\s*(?:括号|杠)\\s*(${NUMERAL})(?:\\s*杠\\s*(${NUMERAL}))?`, "gu"),
    (m) => ({ form: "sectionItem", section: toNumber((m[1] ?? m[2])!), item: toNumber(m[3]!), sub: m[4] ? toNumber(m[4]) : null, byPart: m[1] !== undefined }),
  ],
  [
    // 第三部分第八条, 第二部分第三条第2项 (or 第2目, as a sub-item is called in law): a part's item, and its sub-item.
    // …第七部分第四小条, as a part's small items are called, and 第二部分第四项第3条, the item's sub-item as 条;
    // 第七部第二款, as classical style counts them.
    // Spaces between, as keywords are typed (第三部分 第十一项).
    new RegExp(`第(${NUMERAL})部分?(?:的)?\\s*第[（(]?(${NUMERAL})[）)]?小?[条项点款](?:的?第(${NUMERAL})小?[项点条目])?`, "gu"),
    (m) => ({ form: "sectionItem", section: toNumber(m[1]!), item: toNumber(m[2]!), sub: m[3] ? toNumber(m[3]) : null, byPart: true }),
  ],
  [
    // 第二条第（一）项: a section's item, as a document numbered by section reads 二（一）.
    // …and 第七条第一款, as callers count a section's items.
    new RegExp(`第(${NUMERAL})条(?:的)?(?:第?[（(](${NUMERAL})[）)]项?|第(${NUMERAL})[款项])`, "gu"),
    (m) => ({ form: "itemPoint", n: toNumber(m[1]!), point: toNumber((m[2] ?? m[3])!) }),
  ],
  [
    // 第二部分（四）2: a part, its item and sub-item, as 二（四）2 reads.
    // …and its sub-item said as such: 第二部分（五）第3项, 第二部分(四)第3条.
    new RegExp(`第(${NUMERAL})部分(?:的|之)?\\s*[（(](${NUMERAL})[）)](?:\\s*(\\d{1,2})(?![\\d万亿元%‰]|\\.\\d)|的?第(${NUMERAL})[项点条目])?`, "gu"),
    (m) => ({ form: "sectionItem", section: toNumber(m[1]!), item: toNumber(m[2]!), sub: m[3] ? Number(m[3]) : m[4] ? toNumber(m[4]) : null, byPart: false }),
  ],
  // 第五大项第二小项, 第四大点第四小点, 第八大条第一条: a part and its item, as callers count them; …第四大点下面第三小点,
  // 第五大块（海外仓）下面第二个, 第二大部分第四小节第1点, with what the part is about, below it, and the item's sub-item.
  [
    new RegExp(`第(${NUMERAL})大(?:[项点条块节]|部分)(?:[（(][^）)]{1,12}[）)])?(?:的|下面?的?|里面?的?|中的?)?(?:第(${NUMERAL})小?[项点条个节款](?:的?第(${NUMERAL})[点项条])?)?`, "gu"),
    (m) => (m[2] ? { form: "sectionItem", section: toNumber(m[1]!), item: toNumber(m[2]), sub: m[3] ? toNumber(m[3]) : null, byPart: false, counted: true } : { form: "part", section: toNumber(m[1]!) }),
  ],
  [new RegExp(`第\\s*(${NUMERAL})\\s*部分`, "gu"), (m) => ({ form: "part", section: toNumber(m[1]!) })],
  // 四的三 right after a document's name (郴州文件四的三), as a part's item is said.
  [afterName("\\s*([一二三四五六七八九十]+)的([一二三四五六七八九十]+)(?![一二三四五六七八九十（(]|部分|条|项)"), (m) => ({ form: "sectionItem", section: toNumber(m[1]!), item: toNumber(m[2]!), sub: null, byPart: false })],
  // 五之三: a part and its item joined by 之, brackets left out; 二之五第三, with the item's sub-item.
  [
    new RegExp(`([一二三四五六七八九十]+)之([一二三四五六七八九十]+)(?![（(])(?:第([一二三四五六七八九])(?![一二三四五六七八九十条项款部]))?`, "gu"),
    (m) => ({ form: "sectionItem", section: toNumber(m[1]!), item: toNumber(m[2]!), sub: m[3] ? toNumber(m[3]) : null, byPart: false }),
  ],
  [
    // 二（三）2, 二、（三）2 or 二（三）2., as the texts print it — the sub-item digit only when no figure follows
    // (二（三）100万元, 二（三）1.5亿 is no sub-item).
    // Spaces between, as copied from a PDF (二 (一) 1).
    // 二之（二）, as a part's item is also said.
    // …and its sub-item said as a point (二（三）第3点, 二（三）的第三项, 二（三）项下第4目).
    new RegExp(`([一二三四五六七八九十]+)\\s*[、之]?\\s*[（(]\\s*(${NUMERAL})\\s*[）)](?:\\s*(\\d{1,2})(?![\\d万亿元%‰]|\\.\\d)|\\s*(?:的|项下)?第\\s*(${NUMERAL})\\s*[点项条目])?`, "gu"),
    (m) => ({ form: "sectionItem", section: toNumber(m[1]!), item: toNumber(m[2]!), sub: m[3] ? Number(m[3]) : m[4] ? toNumber(m[4]) : null, byPart: false }),
  ],
  // （七）（四）: a part's numeral bracketed like its item, as a caller copies both.
  [
    new RegExp(`[（(]\\s*([一二三四五六七八九十]+)\\s*[）)]\\s*[（(]\\s*(${NUMERAL})\\s*[）)]`, "gu"),
    (m) => ({ form: "sectionItem", section: toNumber(m[1]!), item: toNumber(m[2]!), sub: null, byPart: false }),
  ],
  // 3号 4(1), 意见，3(1): a part in digits and its item in brackets, after a document's name or another word (郴州 4(4),
  // which names its document when it is the city's only one).
  [
    // …or opening the question (4(3) of the Chenzhou measures).
    // …with a point of the item after it (237号文 2(4)5), never a figure (3(1)5万元).
    new RegExp(`(?<=^\\s*|\\p{Script=Han}[\\s,，]*)(\\d{1,2})\\s*[（(]\\s*(${NUMERAL})\\s*[）)](?:(\\d{1,2})(?![\\d.．%‰万亿千百元美倍个平年月日天号家人]))?`, "gu"),
    (m) => ({ form: "sectionItem", section: Number(m[1]), item: toNumber(m[2]!), sub: m[3] ? Number(m[3]) : null, byPart: false }),
  ],
  // 三的第四项, 二第三条: a part's numeral and its item, where the numeral opens a phrase or follows a document's name.
  [
    new RegExp(`(?<=^|[\\s，,：:]|${NAME_END})([一二三四五六七八九十]+)的?第(${NUMERAL})[项条点款]`, "gu"),
    (m) => ({ form: "sectionItem", section: toNumber(m[1]!), item: toNumber(m[2]!), sub: null, byPart: true }),
  ],
  [new RegExp(`第\\s*[（(](${NUMERAL})[）)]\\s*[条项]`, "gu"), (m) => ({ form: "item", n: toNumber(m[1]!), ordinal: false })],
  // …and 条款17, #11, as a database or a chat writes an item's number.
  [new RegExp(`第\\s*(${NUMERAL})\\s*[条项款]|(?:条款\\s*|(?<![\\w#])#\\s*)(\\d{1,2})(?!\\d|\\s*[：:])`, "gu"), (m) => ({ form: "item", n: toNumber((m[1] ?? m[2])!), ordinal: true })],
  // 4号文22条: without 第, a count of items (有3条) unless it follows a document's name.
  [afterName(`\\s*(${NUMERAL})\\s*条`), (m) => ({ form: "item", n: toNumber(m[1]!), ordinal: true })],
  // 16条 郑州2023措施: keywords set apart by spaces, the number before the name.
  [/(?<=^|\s)(\d{1,2})条(?=\s)/gu, (m) => ({ form: "item", n: Number(m[1]), ordinal: true })],
  [new RegExp(`[（(](${NUMERAL})[）)]`, "gu"), (m) => ({ form: "item", n: toNumber(m[1]!), ordinal: false })],
  // 57号文二一一, 若干措施六二: the digits of 二（一）1 or 六（二） said one after another, as dictated, right after a document's name.
  [
    afterName("\\s*([一二三四五六七八九])([一二三四五六七八九])([一二三四五六七八九]|[1-9](?!\\d))?(?![一二三四五六七八九十百千万亿])"),
    (m) => ({ form: "sectionItem", section: toNumber(m[1]!), item: toNumber(m[2]!), sub: m[3] ? toNumber(m[3]) : null, byPart: false }),
  ],
  // …or set apart by spaces (郴州3号文件 五 三), as keywords are typed.
  [
    afterName("\\s+([一二三四五六七八九])\\s+([一二三四五六七八九])(?:\\s+([一二三四五六七八九]|[1-9](?!\\d)))?(?=\\s*$|[\\s，,。？?；;]|那|这|条)"),
    (m) => ({ form: "sectionItem", section: toNumber(m[1]!), item: toNumber(m[2]!), sub: m[3] ? toNumber(m[3]) : null, byPart: false }),
  ],
  // 4号 二十五, 专项行动 十五: a number with 十 standing alone right after a document's name is its item;
  // so is any numeral set apart by a space and ending the question or a phrase (4号 八, 4号 廿一).
  [
    afterName("\\s*([一二三四五六七八九]?十[一二三四五六七八九]?)(?=\\s*$|[\\s，,。？?、：:；;]|条|项|讲|说|是|的|写)"),
    (m) => ({ form: "item", n: toNumber(m[1]!), ordinal: true }),
  ],
  [afterName("\\s+([一二三四五六七八九十廿卅]{1,3})(?=\\s*$|[\\s，,。？?；;])"), (m) => ({ form: "item", n: toNumber(m[1]!), ordinal: true })],
  // 237号, одељак 4, тачка 1: a part and its item, two numbers set apart after a name, as other languages write them
  // (their words are not read, and leave the numbers: 237号, 4, 1).
  [
    afterName(`${CLOSING}(\\d{1,2})\\s*[,，]\\s*(\\d{1,2})(?=${SET_APART_END})(?!\\s*[\\p{Script=Han}%‰])`),
    (m) => ({ form: "sectionItem", section: Number(m[1]), item: Number(m[2]), sub: null, byPart: false }),
  ],
  // 措施 p. 5, 若干措施 12. punkts, 行动方案 15. liður, 若干措施 15 ya, (若干措施), člen 11: digits set apart right after a name,
  // a bracket or comma closing it, as other languages number a point; never a count or a sum in Chinese words (措施 5 家,
  // 4号 50 学生, 方案 3 万元).
  [
    afterName(`${CLOSING}(?:p|pt|nr|no|art|§)?\\.?\\s*(\\d{1,2})\\.?(?=${SET_APART_END})(?!\\s*[\\p{Script=Han}%‰])`),
    (m) => ({ form: "item", n: Number(m[1]), ordinal: false }),
  ],
  // стаття 16 з «…若干措施»: digits standing alone right before a name in quotation marks or brackets.
  [
    new RegExp(`(?<=^|\\s)(\\d{1,2})(?=\\s+[«“"「『(（]\\s*[^，,。？?；;：:«»“”]{2,24}?${NAME_END})`, "gu"),
    (m) => ({ form: "item", n: Number(m[1]), ordinal: false }),
  ],
  // 方案第十五, 专项行动 第十八 讲话: 第 and a number with no 条 after a document's name, ending the question or a phrase.
  [
    afterName(`\\s*第\\s*(${NUMERAL})(?=\\s*$|[\\s，,。？?！!、：:；;]|讲|说|是|写)`),
    (m) => ({ form: "item", n: toNumber(m[1]!), ordinal: true }),
  ],
  // 237 三4: a part in characters and its item in digits, right after a document's name or number.
  [
    new RegExp(`(?<=${NAME_END}|\\d)\\s*([一二三四五六七八九])(\\d{1,2})(?![\\d.万亿千百元美%平个家人年月日天号])`, "gu"),
    (m) => ({ form: "sectionItem", section: toNumber(m[1]!), item: Number(m[2]), sub: null, byPart: false }),
  ],
  // 4号 8 信保, 210措施 9: a number alone after a document's name, before a pause or words.
  // …or an ordinal's ending in another language (4号 20-й пункт, 20th).
  [afterName("\\s+(\\d{1,2})(?![\\d.万亿千百元美%平个家人年月日天号条项])(?=\\s|$|[？?，,。]|\\p{Script=Han}|-(?:\\p{L}|\\s|$)|(?:st|nd|rd|th)\\b)"), (m) => ({ form: "item", n: Number(m[1]), ordinal: true })],
  // 郴州措施 一、支持范围: a part by its heading's numeral, right after a document's name.
  [afterName("\\s*([一二三四五六七八九十]+)、(?![（(])"), (m) => ({ form: "part", section: toNumber(m[1]!) })],
  // 三点六: a contract path said aloud (not a time: 三点半, 三点十分; nor a figure: 一点二亿美元, 三点五万元).
  [
    new RegExp(`(?<![\\d一二三四五六七八九十])([一二三四五六七八九])点([一二三四五六七八九十]{1,2})(?![\\d一二三四五六七八九十分钟多左右前后半整百千万亿元美块倍%％])`, "gu"),
    (m) => ({ form: "sectionItem", section: toNumber(m[1]!), item: toNumber(m[2]!), sub: null, byPart: false }),
  ],
  // 3.2 and 2.3.2, the clause paths of the contract as hotline staff copy them, and 五.2 half in characters;
  // never a figure (3.2亿, 0.5‰, 1.2kw, 2.5倍).
  [
    /(?<![\d.])([1-9]|[一二三四五六七八九])\.(\d{1,2})(?:\.(\d{1,2}))?(?![\d%‰a-zA-Z万亿千百元美倍个平]|\.\d)/gu,
    (m) => ({ form: "sectionItem", section: toNumber(m[1]!), item: Number(m[2]), sub: m[3] ? Number(m[3]) : null, byPart: false }),
  ],
  // 3-2 and 2-1-1, the same path with hyphens as some write it; never a span (3-5年, 1-2 years) nor part of a date (2023-12-15).
  [
    /(?<![\d.\-\/])([1-9])-(\d{1,2})(?:-(\d{1,2}))?(?![\d.\-\/%‰万亿千百元美倍个平年月日天周家人名次])(?!\s*(?:years?|months?|weeks?|days?|times|people|firms|companies|stores|shops|staff|persons|sq|%))/giu,
    (m) => ({ form: "sectionItem", section: Number(m[1]), item: Number(m[2]), sub: m[3] ? Number(m[3]) : null, byPart: false }),
  ],
];

/** A document's id and a clause's path, joined as the contract writes them (/) or as tags or anchors are ([…][12], #12). */
const CLAUSE_ID_WRITTEN = new RegExp(`(${DOC_ID_SOURCE})(?:\\/|\\]\\s*\\[|#)(\\d{1,2}(?:\\.\\d{1,2}){0,2})(?![\\d.])`, "giu");

/** Roman numerals of a section, I to XX. */
const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10 };
const romanValue = (numeral: string) =>
  [...numeral].reduce((sum, ch, i) => sum + (ROMAN[ch]! < (ROMAN[numeral[i + 1] ?? ""] ?? 0) ? -ROMAN[ch]! : ROMAN[ch]!), 0);

/**
 * A section and its item written in the notations of other languages, read as the texts number them: a Roman section before a
 * bracketed item (III.(3) → 3(3)) or a dotted one (II.1 → 2.1), a section number with a dot before it (3.(4) → 3(4)), and a paragraph sign (§16 → 第16条).
 */
export function withSectionNotationsRead(question: string): string {
  return question
    .replace(/(?<![A-Za-z])(X{0,2}(?:IX|IV|V?I{0,3}))(?:\.\s*)?(?=[（(]\d{1,2}[）)])/gu, (whole, numeral: string) => (numeral ? String(romanValue(numeral)) : whole))
    .replace(/(?<![\d.])(\d{1,2})\.\s*(?=[（(]\d{1,2}[）)])/gu, "$1")
    .replace(/(?<![A-Za-z])(X{0,2}(?:IX|IV|V?I{0,3}))\.(\d{1,2})(?![\d.])/gu, (whole, numeral: string, item: string) => (numeral ? `${romanValue(numeral)}.${item}` : whole))
    .replace(/§\s*(\d{1,3})(?!\d)/gu, "第$1条");
}

/**
 * Digits of any script (Burmese ၅(၄), Arabic-Indic ٢٠٢٣, Devanagari ४, Thai ๕, full-width ２) read as the digits the texts use:
 * each script's digits run 0 to 9 in ten code points. The rest of the question keeps its characters (its ，and ？).
 */
export function withAsciiDigits(question: string): string {
  return question.replace(/(?![0-9])\p{Nd}/gu, (digit) => {
    const at = digit.codePointAt(0)!;
    let zero = at;
    while (at - zero < 9 && /\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero--;
    return String(at - zero);
  });
}

/**
 * Clause ids as the contract writes them (zz-2023-210-livestream/10, cz-2021-3/3.2) or a path given as
 * a field (docId=… path=15): the document's id, then its number in a form the rest reads.
 */
export function withClauseIdsWritten(question: string): string {
  const asNumber = (path: string) => (path.includes(".") ? ` ${path}` : ` 第${path}条`);
  return question
    .replace(CLAUSE_ID_WRITTEN, (_, id: string, path: string) => `${id}${asNumber(path)}`)
    .replace(/\bpath\s*[=:：]\s*(\d{1,2}(?:\.\d{1,2}){0,2})(?![\d.])/giu, (_, path: string) => asNumber(path));
}

export function findClauseNumbers(question: string): ClauseNumber[] {
  const q = question.normalize("NFKC");
  const found: ClauseNumber[] = [];
  for (const [pattern, read] of FORMS) {
    for (const m of q.matchAll(pattern)) {
      const at = m.index;
      const end = at + m[0].length;
      if (found.some((f) => at < f.end && end > f.at)) continue;
      const number = read(m);
      if (Object.values(number).some((v) => typeof v === "number" && v <= 0)) continue;
      // Written back as the texts print it: 第(二)条 → 第（二）条, 3.2 → 三（二）, 一、 → 一.
      const written = /^\s*(?:\d|[一二三四五六七八九])\.|^\s*\d{1,2}\s*[（(]/u.test(m[0]) && number.form === "sectionItem"
        ? `${chineseOf(number.section)}（${chineseOf(number.item)}）${number.sub ?? ""}`
        : m[0].replace(/^[\s)）»”"」』,，.]+/u, "").trim().replace(/、$/u, "").replace(/\(/gu, "（").replace(/\)/gu, "）");
      found.push({ at, end, written, number });
    }
  }
  // A number taken back (三（八）——不对，三（九）; 不是第九条，是第八条) gives way to the one that follows it.
  const sorted = found.sort((a, b) => a.at - b.at);
  return sorted.filter((n, i) => {
    const next = sorted[i + 1];
    return !next || !(TAKEN_BACK_AFTER.test(q.slice(n.end, next.at)) || /不是[^，,。？?]{0,8}$/u.test(q.slice(Math.max(0, n.at - 12), n.at)));
  });
}

/** Words between two numbers saying the first was wrong: ——不对，, 哦不是，, ——不，是, 呃，应该是, 不好意思，是. */
const TAKEN_BACK_AFTER = /^[^。？?]{0,6}?(?:不对|不是|不[，,]|说错|错了|应该是|更正|纠正|我是说|不好意思[，,\s]*是)/u;

const CN = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
/** 1 → 一, 16 → 十六, 25 → 二十五. */
export function chineseOf(n: number): string {
  if (n < 10) return CN[n]!;
  return `${n >= 20 ? CN[Math.floor(n / 10)] : ""}十${CN[n % 10]}`;
}

const segments = (c: Clause) => c.path.split(".").map(Number);
const numbered = (c: Clause) => /^\d/.test(c.path);

/** The document's numbering, for reading a number and for saying what it has. */
class Outline {
  readonly sectioned: boolean;
  constructor(private readonly doc: ParsedDocument) {
    this.sectioned = doc.info.numbering === "sectioned";
  }

  private get clauses(): Clause[] {
    return this.doc.clauses;
  }

  /** Items of a straight document, by number. */
  private items(): Clause[] {
    return this.clauses.filter((c) => c.kind === "item" && numbered(c));
  }

  /** Sections of a sectioned document: their numbers, in order. */
  private sections(): number[] {
    return [...new Set(this.clauses.filter(numbered).map((c) => segments(c)[0]!))];
  }

  /** The items (s.i) of a section, each with its clauses (s.i, or s.i.1 s.i.2 … when it has sub-items). */
  private itemsOf(section: number): Map<number, Clause[]> {
    const items = new Map<number, Clause[]>();
    for (const c of this.clauses.filter(numbered)) {
      const [s, i] = segments(c);
      if (s !== section || i === undefined) continue;
      items.set(i, [...(items.get(i) ?? []), c]);
    }
    return items;
  }

  /** All items of a sectioned document in reading order: the n-th is 第n条. */
  private allItems(): Clause[][] {
    return this.sections().flatMap((s) => [...this.itemsOf(s).values()]);
  }

  /** The clauses a number names here (in each way it reads); a miss with what there is instead; null when the form does not fit. */
  resolve(number: Form): Resolved {
    return this.sectioned ? this.resolveSectioned(number) : this.resolveStraight(number);
  }

  private resolveStraight(number: Form): Resolved {
    const items = this.items();
    const range = `条目为（${chineseOf(1)}）至（${chineseOf(items.length)}）`;
    // 第三部分第一条 where part 三 has its own items (三、保障措施 (九)…): the first of them, unless its item 一 sits under it.
    if (number.form === "sectionItem" && number.byPart && number.sub === null) {
      const under = items.filter((x) => x.headings[0]?.startsWith(`${chineseOf(number.section)}、`));
      const c = under.find((x) => x.path === String(number.item)) ?? (under.length > 0 && !under.some((x) => x.path === "1") ? under[number.item - 1] : undefined);
      if (c) return { clauseIds: [c.clauseId] };
    }
    const n = number.form === "item" || number.form === "itemPoint" ? number.n : number.form === "sectionItem" && number.byPart ? number.item : null;
    if (n !== null) {
      const c = items.find((x) => x.path === String(n));
      return c ? { clauseIds: [c.clauseId] } : { outline: range };
    }
    // 五（十八） in a document numbered straight through: its item （十八）, when it sits under part 五; else the part's
    // item counted from its first (第五大块下面第二个: the second item under 五).
    if (number.form === "sectionItem" && number.sub === null) {
      const under = items.filter((x) => x.headings[0]?.startsWith(`${chineseOf(number.section)}、`));
      const c = under.find((x) => x.path === String(number.item)) ?? (number.counted ? under[number.item - 1] : undefined);
      return c ? { clauseIds: [c.clauseId] } : null;
    }
    if (number.form === "part") {
      const section = this.clauses.find((c) => c.path === `section-${number.section}`);
      if (section) return { clauseIds: [section.clauseId] };
      const under = items.filter((c) => c.headings[0]?.startsWith(`${chineseOf(number.section)}、`));
      if (under.length) return { clauseIds: under.map((c) => c.clauseId) };
      // A part beyond its parts (action plan part 14): the item of that number, as its items are also called.
      const item = number.section > this.partCount() ? items.find((x) => x.path === String(number.section)) : undefined;
      return item ? { clauseIds: [item.clauseId] } : { outline: `${range}，分为${this.partCount()}个部分` };
    }
    return null;
  }

  private partCount(): number {
    return new Set(this.clauses.flatMap((c) => (c.headings[0] ? [c.headings[0]] : c.kind === "section" ? [c.label] : []))).size;
  }

  private resolveSectioned(asked: Form): Resolved {
    const number: Form = asked.form === "itemPoint" ? { form: "sectionItem", section: asked.n, item: asked.point, sub: null, byPart: false } : asked;
    const sections = this.sections();
    const sectionRange = `该文件分为${chineseOf(sections[0]!)}至${chineseOf(sections.at(-1)!)}部分`;
    if (number.form === "item") {
      if (!number.ordinal) return null;
      const all = this.allItems();
      const item = all[number.n - 1];
      // 第一条 where the first section is a clause of its own (一、支持范围) and also the first of
      // the items all sections hold (二（一）): both readings fit, the document's own number first.
      const section = this.clauses.find((c) => c.kind === "section" && c.path === String(number.n));
      if (section && item) {
        return {
          readings: [
            { clauseIds: [section.clauseId], reading: `第${chineseOf(number.n)}部分` },
            { clauseIds: item.map((c) => c.clauseId), reading: `条目顺序的第${number.n}项` },
          ],
        };
      }
      if (section) return { clauseIds: [section.clauseId] };
      return item ? { clauseIds: item.map((c) => c.clauseId) } : { outline: `${sectionRange}，共${all.length}项` };
    }
    if (!sections.includes(number.section)) return { outline: sectionRange };
    const items = this.itemsOf(number.section);
    const sectionLabel = chineseOf(number.section);
    if (number.form === "part") {
      const own = this.clauses.find((c) => c.path === String(number.section));
      return { clauseIds: own ? [own.clauseId] : [...items.values()].flat().map((c) => c.clauseId) };
    }
    const item = items.get(number.item);
    if (!item) {
      const keys = [...items.keys()];
      return { outline: keys.length ? `第${sectionLabel}部分为${sectionLabel}（${chineseOf(keys[0]!)}）至${sectionLabel}（${chineseOf(keys.at(-1)!)}）` : `第${sectionLabel}部分没有分条目` };
    }
    if (number.sub === null) return { clauseIds: item.map((c) => c.clauseId) };
    const sub = item.find((c) => segments(c)[2] === number.sub);
    if (sub) return { clauseIds: [sub.clauseId] };
    const subs = item.map((c) => segments(c)[2]).filter((x): x is number => x !== undefined);
    const label = `${sectionLabel}（${chineseOf(number.item)}）`;
    return { outline: subs.length ? `${label}下为${subs[0]}至${subs.at(-1)}项` : `${label}下没有分项` };
  }
}

type Resolved = { clauseIds: string[] } | { readings: { clauseIds: string[]; reading: string }[] } | { outline: string } | null;

export interface Lookups {
  hits: LookupHit[];
  misses: LookupMiss[];
}

/**
 * Looks each clause number up in the documents named nearest before it (else the first named
 * after it; else `fallback`, the documents of the city asked about, which must leave one reading:
 * 郴州 五（四）, not 郑州 第八条). Of documents sharing a name, those that have the number are
 * hits; when none has it, each is a miss.
 */
/** How many characters of Chinese may stand between a number and a document's name after it that is the number's. */
const NAME_AFTER_WITHIN = 12;

export function lookUp(
  numbers: readonly ClauseNumber[],
  named: readonly NamedDocuments[],
  fallback: readonly DocId[],
  documentOf: (docId: DocId) => ParsedDocument,
  /** The text the numbers and names were found in. */
  text: string,
): Lookups {
  const hits: LookupHit[] = [];
  const misses: LookupMiss[] = [];
  for (const n of numbers) {
    // The name closest before the number (郑政文〔2023〕201号 直播方案第五条: 直播方案), else the first after it.
    const before = named.filter((x) => x.end <= n.at).sort((a, b) => a.end - b.end).at(-1);
    const after = named.find((x) => x.at >= n.end);
    // A name claims a number before it only in the same phrase (第十九条（郑政文〔2023〕210号若干措施）, item 14 of document
    // Zheng Zheng [2018] No. 4) and with none of its own after it: 条款清单第1项：210号若干措施第(七)条 and 第五条 乙方承诺…
    // 依郴州措施 number the asker's own list or contract.
    const apart = (between: string) => /[。！？；：:;!?]/u.test(between) || (between.match(/\p{Script=Han}/gu)?.length ?? 0) > NAME_AFTER_WITHIN;
    if (!before && after && (apart(text.slice(n.end, after.at)) || numbers.some((m) => m.at >= after.end && !named.some((y) => y.at >= after.end && y.at < m.at)))) continue;
    // A name after the number that narrows the one before it (若干措施第十九条（郑政文〔2023〕210号）) says which.
    const narrowed = before && after ? before.docIds.filter((id) => after.docIds.includes(id)) : [];
    const docIds = narrowed.length > 0 ? narrowed : (before?.docIds ?? after?.docIds ?? fallback);
    const found: LookupHit[] = [];
    const missed: LookupMiss[] = [];
    for (const docId of docIds) {
      const r = new Outline(documentOf(docId)).resolve(n.number);
      if (!r) continue;
      if ("clauseIds" in r) found.push({ docId, clauseIds: r.clauseIds, asked: n.written });
      else if ("readings" in r) found.push(...r.readings.map(({ clauseIds, reading }) => ({ docId, clauseIds, asked: n.written, reading })));
      else missed.push({ docId, asked: n.written, outline: r.outline });
    }
    const byCity = named.length === 0;
    if (byCity && fallback.length > 1 && found.length !== 1) continue;
    if (found.length) hits.push(...found);
    else misses.push(...missed);
  }
  return { hits, misses };
}
