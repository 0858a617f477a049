// Questions in English, in pinyin, or in Chinese with either mixed in (overseas warehouse subsidy
// in 郑州?, chenzhou haiwaicang butie). Read into the texts' own words before anything else reads
// the question, so that what follows (names, numbers, places, the kind of fact asked, the asker's
// figures) works on English as on Chinese:
//   - clause and document numbers into the texts' forms: clause 16 (art. 16) → 第16条, [2018] No. 4 → 〔2018〕4号,
//     the 210 measures → 210号若干措施;
//   - figures with units: USD 1.5 million → 150万美元, 3,000 sqm → 3000平方米, 300k RMB → 30万元;
//   - the glossary (data/terms-en.json): the texts' words and the question forms asks.ts reads,
//     each with its English, longest first, whole words, with plurals, -ing, case and hyphen or
//     space variants read here rather than listed;
//   - pinyin, of the corpus's own words and of the gazetteer's places (Shenzhen → 深圳,
//     Jinshui District → 金水区), so a city asked in English is a constraint like one in Chinese;
//   - a bare year → 2023年.
//   - a title's words read before its kind join it: livestream plan → 直播实施方案, as do those after it (plan for
//     livestream e-commerce).
// A word the glossary lacks is read through a general dictionary as the texts use it
// (dictionary.ts): universities → 高校, major → 专业. English function words go, and so does a word
// naming no thing the texts lack, or a lone one nothing reads (tiers): it would only count as a
// subject the texts lack. Two such words side by side (social insurance), acronyms and names written
// as such (AEO, GMV, eBay, Shopify) stay for the search to judge. The answer stays in Chinese, with
// one line saying how the English was read.
import { readFileSync } from "node:fs";
import { DOC_ID_SOURCE } from "../../corpus/declaration.ts";
import { z } from "zod";
import { escapeRegExp } from "../regexp.ts";
import { STOPWORDS } from "../vocabulary.ts";
import type { EnglishDictionary } from "./dictionary.ts";
import type { Sounds } from "./sounds.ts";

const Glossary = z.object({
  about: z.string(),
  terms: z.record(z.string(), z.array(z.string())),
  questionForms: z.record(z.string(), z.array(z.string())),
  functionWords: z.array(z.string()),
});
export const GLOSSARY = Glossary.parse(JSON.parse(readFileSync(new URL("../data/terms-en.json", import.meta.url), "utf8")));
const FUNCTION_WORDS = new Set(GLOSSARY.functionWords);


/** One English word and its inflections: warehouse(s), subsid(y|ies), livestream(ing), lease → leasing. */
function wordForms(word: string, last: boolean): string {
  if (!last || !/^[a-z]{3,}$/u.test(word)) return escapeRegExp(word);
  if (/[^aeiou]y$/u.test(word)) return `${word.slice(0, -1)}(?:y|ies)`;
  const ing = word.length < 5 || word.endsWith("ing") ? "" : `|${word.replace(/e$/u, "")}ing`;
  return `(?:${word}(?:s|es)?${ing})`;
}

/** An English form as a pattern: words joined by a space, a hyphen or nothing (e-commerce, ecommerce, e commerce). */
function formPattern(form: string): string {
  const words = form.toLowerCase().split(/[\s-]+/u);
  return words.map((w, i) => wordForms(w, i === words.length - 1)).join("[\\s-]?");
}

/** Every English form with the word of the texts it means, longest first. */
const FORMS: [string, string][] = [...Object.entries(GLOSSARY.terms), ...Object.entries(GLOSSARY.questionForms)]
  .flatMap(([zh, forms]) => forms.map((en): [string, string] => [en, zh]))
  .sort((a, b) => b[0].length - a[0].length);
const FORM_PATTERN = new RegExp(FORMS.map(([en], i) => `(?<f${i}>${formPattern(en)})`).map((p) => `(?<![a-z0-9])${p}(?![a-z0-9])`).join("|"), "giu");

const ENGLISH_WORD = /[a-z][a-z0-9'’.-]*[a-z0-9]|[a-z]/giu;
/**
 * Words of English grammar that other languages written in Latin letters do not share (in, do, no, a are
 * words of several): two of them tell English (what is the subsidy for) from Slovenian or Danish (člen 11, kaj piše).
 */
const GRAMMAR_WORDS = new Set(["the", "what", "which", "how", "does", "is", "are", "can", "could", "would", "should", "will", "with", "about", "this", "that", "there", "our", "we", "you", "your", "they", "my", "and", "any", "from", "when", "where", "who", "have", "has", "of", "for", "get"]);
const writtenInEnglish = (words: readonly string[]) => new Set(words.map((w) => w.toLowerCase()).filter((w) => GRAMMAR_WORDS.has(w))).size >= 2;
/** Written as a name or an acronym, not an ordinary word: AEO, GMV, eBay, TikTok, B2B, a document's id (zz-2018-4). */
const NAME_LIKE = new RegExp(`^(?:[A-Z0-9]{2,}s?|[A-Za-z]*[a-z][A-Z][A-Za-z]*|[A-Za-z]*\\d[A-Za-z\\d]*|${DOC_ID_SOURCE})$`, "u");
/** A document's id as the console shows it: zz-2018-4, zz-2023-210-action-plan. */
const DOC_ID = new RegExp(`(?<![a-z0-9-])${DOC_ID_SOURCE}`, "giu");
/** Capitalised inside a sentence: a name (Shopify, Hangzhou), not a sentence's first word. */
const named = (word: string, at: number, text: string) => /^[A-Z]/u.test(word) && /[^\s.?!:;,，。？！：；"“(（\-—]/u.test(text.slice(0, at).trimEnd().slice(-1) || ".");
/** Place words English adds after a name: Jinshui District, Chenzhou City. */
const PLACE_SUFFIX = /^(?:district|county|city|province|prefecture)s?$/iu;

// 3万 USD: the Chinese multipliers written before an English unit count too, and the abbreviations of other
// languages' million (RMB 80 Mio., 12 mln) and India's lakh and crore.
const MULTIPLIER: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, mio: 1e6, mln: 1e6, million: 1e6, b: 1e9, bn: 1e9, billion: 1e9, lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7, 万: 1e4, 亿: 1e8 };
// Thousands grouped by commas (1,200,000), or by points as much of Europe writes them (1.200.000).
const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d{3}){2,}|\d+)(?:\.(\d+))?\s*(?:(k|thousand|mn|mio|mln|m|million|bn|b|billion|lakhs?|crores?|万|亿)(?:(?<=mio|mln)\.)?)?`;
const AMOUNT_BEFORE = new RegExp(String.raw`(?<![a-z])(US\$|USD|\$|RMB|CNY|¥)\s*${NUMBER}(?![a-z])`, "giu");
const AMOUNT_AFTER = new RegExp(String.raw`(?<![\d.])${NUMBER}\s*(US dollars?|USD|dollars?|RMB|CNY|yuan)(?![a-z])`, "giu");
const AREA = new RegExp(String.raw`(?<![\d.])${NUMBER}\s*(?:sqm|sq\.?\s?m|square\s(?:met(?:er|re)s?|m)|m2|m²)(?![a-z])`, "giu");
const BARE_THOUSANDS = /(?<![\d.])(\d+(?:\.\d+)?)\s?k(?![a-z])/giu;
/** Things counted, with the measure word the texts count them in: 200000 orders → 20万单, 25 tenants → 25家, 40 trainees → 40人. */
const COUNTED: [RegExp, string][] = [
  [/orders?|parcels?|packages?|shipments?/, "单"],
  [/tenants?|compan(?:y|ies)|firms?|enterprises?|stores?|shops?/, "家"],
  [/people|persons?|employees?|staff|participants?|trainees?|talents?/, "人"],
];
// A year (2018 small firms) counts nothing.
const COUNT = new RegExp(String.raw`(?<![\d.,])(?!(?:19|20)\d{2}\b)${NUMBER}\s+((?:[A-Za-z-]+\s+)?)(${COUNTED.map(([unit]) => unit.source).join("|")})\b`, "giu");

/** 1500000 → 150万, 12000000000 → 120亿: the texts' way of writing a sum. */
function chineseAmount(value: number): string {
  const trim = (n: number) => String(Math.round(n * 10000) / 10000);
  if (value >= 1e8 && value % 1e7 === 0) return `${trim(value / 1e8)}亿`;
  if (value >= 1e4) return `${trim(value / 1e4)}万`;
  return trim(value);
}
/** A point before three digits with no multiplier after (RMB 8.000, 900.000) groups thousands, as in much of Europe. */
function valueOf(whole: string, fraction: string | undefined, multiplier: string | undefined): number {
  const grouped = fraction?.length === 3 && !multiplier;
  const digits = `${whole.replace(/[,.]/gu, "")}${grouped ? fraction : ""}`;
  return Number(`${digits}.${grouped ? "0" : (fraction ?? "0")}`) * (multiplier ? MULTIPLIER[multiplier.toLowerCase()]! : 1);
}
const currencyWord = (unit: string) => (/^(?:us|\$|dollar)/iu.test(unit) ? "美元" : "元");

/** Figures with English units, in the texts' forms. */
function readFiguresWritten(text: string): string {
  return text
    .replace(AMOUNT_BEFORE, (_, unit: string, w: string, f?: string, m?: string) => `${chineseAmount(valueOf(w, f, m))}${currencyWord(unit)}`)
    .replace(AMOUNT_AFTER, (_, w: string, f: string | undefined, m: string | undefined, unit: string) => `${chineseAmount(valueOf(w, f, m))}${currencyWord(unit)}`)
    .replace(AREA, (_, w: string, f?: string, m?: string) => `${chineseAmount(valueOf(w, f, m))}平方米`)
    .replace(BARE_THOUSANDS, (_, n: string) => chineseAmount(Number(n) * 1000))
    // open 14 months → 14个月, as the texts count a store's time open.
    .replace(/(?<![\d.])(\d{1,3})\s*months?\b/giu, "$1个月")
    // …with one word between at most (60 million customs orders), which stays before the thing counted.
    .replace(COUNT, (_, w: string, f: string | undefined, m: string | undefined, between: string, thing: string) => `${between}${chineseAmount(valueOf(w, f, m))}${COUNTED.find(([unit]) => new RegExp(`^(?:${unit.source})$`, "iu").test(thing))![1]} ${thing}`)
    // by end-2023, the end of 2023: a year's end, as the texts set targets (到2023年底).
    .replace(/\b(?:by\s+)?(?:the\s+)?end(?:\s+of\s+|-)((?:19|20)\d{2})\b/giu, (_, year: string) => `到${year}年底`)
    // spent 50万元 on Google ads, paid 300k in park fees → Google ads 费用50万元: in Chinese the sum follows what it paid for.
    .replace(/\b(?:spent|spend|spending|paid|pay)\s+([\d.]+[万亿]?(?:美元|元)?)\s+(?:(?:on|for|in)\s+([^,.;!?，。；！？—]+)|([^,.;!?，。；！？—]*\b(?:fees?|costs?|rent|expenses))\b)/giu, (_, sum: string, what?: string, fees?: string) => `${(what ?? fees!).trim()} 费用${sum}${/元$/u.test(sum) ? "" : "元"}`);
}

/**
 * Toneless pinyin typed a syllable at a time (hai you xiao ma, shenme shihou): syllables side by side
 * are joined where the joined form reads as a word of the texts or a question word and some syllable
 * reads as none alone, choosing the joins that take in the most syllables into words that say
 * something (有效, not 还有).
 */
function joinSyllables(text: string, sounds: Sounds): string {
  return text.replace(/[a-z]+(?:[^\S\n]+[a-z]+)+/giu, (run) => {
    const parts = run.split(/\s+/u);
    // Syllables each a word already (chenzhou kuajing) stay apart; a join takes in one that is not, or an English function word (you).
    const alone = (part: string) => !FUNCTION_WORDS.has(part.toLowerCase()) && sounds.fromPinyin(part.toLowerCase()) !== null;
    const reads = (from: number, to: number) => {
      const zh = sounds.fromPinyin(parts.slice(from, to).join("").toLowerCase());
      return zh !== null && !STOPWORDS.has(zh) && !parts.slice(from, to).every(alone);
    };
    // best[i]: the most syllables joined into words over parts[i..], and where the first word ends.
    const best: { score: number; next: number }[] = Array.from({ length: parts.length + 1 }, () => ({ score: 0, next: 0 }));
    for (let i = parts.length - 1; i >= 0; i--) {
      best[i] = { score: best[i + 1]!.score, next: i + 1 };
      for (let j = i + 2; j <= Math.min(parts.length, i + 4); j++) {
        if (reads(i, j) && j - i + best[j]!.score > best[i]!.score) best[i] = { score: j - i + best[j]!.score, next: j };
      }
    }
    const out: string[] = [];
    for (let i = 0; i < parts.length; i = best[i]!.next) out.push(parts.slice(i, best[i]!.next).join(""));
    return out.join(" ");
  });
}

/** Numbers said in words, as parts and items are read out: part two (four) point three. */
const NUMBER_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];
const NUMBER_WORD = NUMBER_WORDS.join("|");
/** Roman numerals up to 39, as English translations number parts and items: IV, (XVII). */
const ROMAN = "(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})";
const UNITS = "part|section|item|clause|article|paragraph|point|number|no";
/** Ordinals, as a listener reads a clause out: the seventh article. */
const ORDINAL_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"];
const SAID_AS_ORDINAL = new RegExp(`\\b(${ORDINAL_WORDS.join("|")})\\s+(${UNITS}|measure)\\b`, "giu");
/** Dates with the month named: June 30 2018, 15 March 2021, March 2021 (2026-12-20 is read elsewhere). */
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b`, "giu");
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+((?:19|20)\\d{2})\\b`, "giu");
const MONTH_YEAR = new RegExp(`\\b${MONTH},?\\s+((?:19|20)\\d{2})\\b`, "giu");
const monthOf = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
/** Tens said in words: twenty, thirty…, as in twenty-one. */
const TENS_WORDS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const UNDER_HUNDRED = `(?:(?:${TENS_WORDS.join("|")})(?:[\\s-]+(?:${NUMBER_WORDS.slice(0, 9).join("|")}))?|${NUMBER_WORDS.join("|")})`;
const underHundred = (said: string) =>
  said
    .toLowerCase()
    .split(/[\s-]+/u)
    .reduce((sum, w) => sum + (TENS_WORDS.includes(w) ? 20 + 10 * TENS_WORDS.indexOf(w) : NUMBER_WORDS.indexOf(w) + 1), 0);
/** A year said in words, as a screen reader or a caller says it: two thousand eighteen, twenty twenty-one. */
const YEAR_SAID = new RegExp(`\\btwo thousand(?:\\s+and)?(?:[\\s-]+(${UNDER_HUNDRED}))?\\b|\\btwenty[\\s-]+(${UNDER_HUNDRED})\\b(?=\\s*(?:[,.;?]|$|no\\b|number\\b))`, "giu");
/** A day said as an ordinal after its month: january tenth, March twenty-first. */
const DAY_ORDINALS = [...ORDINAL_WORDS, "twenty[\\s-]+first", "twenty[\\s-]+second", "twenty[\\s-]+third", ...["fourth", "fifth", "sixth", "seventh", "eighth", "ninth"].map((o) => `twenty[\\s-]+${o}`), "thirtieth", "thirty[\\s-]+first"];
const DAY_SAID = new RegExp(`\\b${MONTH}\\s+(${DAY_ORDINALS.join("|")})\\b`, "giu");
const dayOf = (said: string) => DAY_ORDINALS.findIndex((o) => new RegExp(`^${o}$`, "iu").test(said)) + 1;
/** A path said aloud: five-point-two, two point three point one. */
const PATH_SAID = new RegExp(`\\b(${NUMBER_WORD})[\\s-]+point[\\s-]+(${NUMBER_WORD})(?:[\\s-]+point[\\s-]+(${NUMBER_WORD}))?\\b`, "giu");
const SAID_IN_WORDS = new RegExp(`\\b(${UNITS})\\s+(${UNDER_HUNDRED})\\b|[(（]\\s*(${UNDER_HUNDRED})\\s*[)）]`, "giu");
/**
 * Upper case (a lone I is a pronoun elsewhere) after a unit in either case; in brackets lower case too, as
 * legal English numbers items: (iii).
 */
const SAID_IN_ROMAN = new RegExp(`\\b(${UNITS.replace(/\b([a-z])/gu, (c) => `[${c}${c.toUpperCase()}]`)})\\s+(${ROMAN})\\b|[(（]\\s*(${ROMAN}|${ROMAN.toLowerCase()})\\s*[)）]`, "gu");
const romanValue = (roman: string) =>
  [...roman.toUpperCase()].reduce((sum, ch, i, letters) => {
    const value = (c: string | undefined) => ({ I: 1, V: 5, X: 10 })[c as "I" | "V" | "X"] ?? 0;
    return sum + (value(ch) < value(letters[i + 1]) ? -value(ch) : value(ch));
  }, 0);
const digitsOf = (word: string) => (/^(?:[IVX]+|[ivx]+)$/u.test(word) ? String(romanValue(word)) : String(underHundred(word)));
const numberSaid = (_: string, unit?: string, said?: string, bracketed?: string) => (unit ? `${unit} ${digitsOf(said!)}` : `(${digitsOf(bracketed!)})`);

/** Clause and document numbers written the English way. */
function readNumbersWritten(text: string): string {
  return text
    .replace(YEAR_SAID, (whole, after?: string, twenty?: string) => (twenty === undefined ? String(2000 + (after ? underHundred(after) : 0)) : underHundred(twenty) >= 10 ? String(2000 + underHundred(twenty)) : whole))
    .replace(DAY_SAID, (_, month: string, ordinal: string) => `${month} ${dayOf(ordinal)}`)
    .replace(MONTH_DAY_YEAR, (_, month: string, day: string, year: string) => `${year}年${monthOf(month)}月${Number(day)}日`)
    .replace(DAY_MONTH_YEAR, (_, day: string, month: string, year: string) => `${year}年${monthOf(month)}月${Number(day)}日`)
    .replace(MONTH_YEAR, (_, month: string, year: string) => `${year}年${monthOf(month)}月`)
    .replace(PATH_SAID, (_, a: string, b: string, c?: string) => [a, b, c].filter(Boolean).map((w) => digitsOf(w!)).join("."))
    .replace(SAID_AS_ORDINAL, (_, ordinal: string, unit: string) => `${unit} ${ORDINAL_WORDS.indexOf(ordinal.toLowerCase()) + 1}`)
    // 4th heading, 1st point: ordinals in digits.
    .replace(/\b(\d{1,2})(?:st|nd|rd|th)\s+(heading|part|section|item|point|clause|article|paragraph)\b/giu, (_, n: string, unit: string) => `${unit} ${n}`)
    .replace(SAID_IN_WORDS, numberSaid)
    .replace(SAID_IN_ROMAN, numberSaid)
    // item 26 of the action plan: the document first, then its number, as a Chinese look-up reads (专项提升行动第26条);
    // a part's item (section 2 item 2 of the measures) stays with its part.
    .replace(/(?<!\b(?:section|part|heading)\s*\d{1,2}\s*,?\s*)\b((?:item|clause|article|point|number|no\.?)\s*(?:\(\s*\d{1,2}\s*\)|\d{1,2}))\s+(?:of|in)\s+(?:the\s+)?((?:[A-Za-z-]+\s+){0,8}?(?:plan|measures|opinions?|programme|program|notice))\b/giu, (_, number: string, name: string) => `${name} ${number}`)
    // point no. 4.2: a path, which the look-up reads as such.
    .replace(/\b(?:(?:point|item|clause|article|paragraph|number|section)\s+)?no\.?\s*(\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)(?![\d.])/giu, (_, path: string) => ` ${path}`)
    // section 2 (4) item 2, part 2, item (3), point 1, section two, part (4), item 2 → 第2部分（4）2, as the texts number a part's item and sub-item;
    // Part II, Section (4), Item 4 and item (5), sub-item 3 as well.
    // Section 2(3)(iii) and part two, (五) point 2 too: a sub-item bracketed, an item in the texts' own numerals.
    .replace(/\b(?:section|part|heading)\s*(\d{1,2})\s*,?\s*(?:(?:item|point|part|paragraph|section)\s*)?[（(]\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*[）)](?:\s*,?\s*(?:sub-?\s*)?(?:item|point|number|no\.?)?\s*(?:(\d{1,2})(?!\d)|[（(]\s*(\d{1,2})\s*[）)]))?/giu, (_, a: string, b: string, c?: string, bracketed?: string) => `第${a}部分（${b}）${c ?? bracketed ?? ""}`)
    // section 8 item 1: a part's item by number.
    .replace(/\b(?:section|part|heading)\s*(\d{1,2})\s*[,.]?\s*(?:item|number|point|no\.?)\s*(\d{1,2})(?!\d)/giu, (_, a: string, b: string) => `第${a}部分第${b}条`)
    .replace(/\b(?:clause|article|item|section)\s*[（(]\s*(\d{1,2})\s*[）)]/giu, (_, n: string) => `第（${n}）条`)
    // clause 17 (clause 3.2 is a path, read as such further on).
    .replace(/\b(?:clause|article|art\.|item)\s*(?:no\.?\s*)?(\d{1,2})\b(?!\.\d)/giu, (_, n: string) => `第${n}条`)
    .replace(/[[〔(（]\s*((?:19|20)\d{2})\s*[\]〕)）]\s*(?:no\.?|number|#)?\s*(\d{1,3})(?!\d|\s*号)/giu, (_, y: string, n: string) => `〔${y}〕${n}号`)
    .replace(/\b(?:document|doc|file)\s*(?:((?:19|20)\d{2})\s+)?(?:no\.?|number|#)\s*(\d{1,3})(?!\d)/giu, (_, year: string | undefined, n: string) => `${year ? `${year}年` : ""}${n}号文`)
    // 237 doc, document 57: a number beside the word for one document is its 文号's (3 documents counts them).
    .replace(/(?<![\d.])(\d{1,3})\s+(?:doc|document|file)\b(?!s)|\b(?:doc|document|file)\s+(\d{1,3})(?![\d.])/giu, (_, before?: string, after?: string) => `${before ?? after}号文`)
    // No. 4 (2018), No. 4 of 2018, 237/2013: a 文号 with its year after, as English citations give it (4/2018 may be a month).
    .replace(/\b(?:no\.?|number|#)\s*(\d{1,3})\s*(?:[(（[]\s*((?:19|20)\d{2})\s*[)）\]]|,?\s+of\s+((?:19|20)\d{2})\b)|(?<![\d/.-])(1[3-9]|[2-9]\d|\d{3})\s*\/\s*((?:19|20)\d{2})\b(?![/.-]\d)/giu, (_, n?: string, y?: string, of?: string, cited?: string, citedYear?: string) => `〔${y ?? of ?? citedYear}〕${n ?? cited}号`)
    // the measures no. 9, 若干措施 no. 12: after the kind of a document, its item; elsewhere No. 4 is a 文号.
    .replace(/(\b(?:measures?|plan|opinions?|programme|program|notice)|措施|方案|意见|通知)\s*(?:no\.?|number|point|item|paragraph)\s*(\d{1,2})(?!\d|\.\d)/giu, (_, kind: string, n: string) => `${kind} 第${n}条`)
    // No. 14 after a 文号 is its item (read below); elsewhere the number of one.
    .replace(/(?<!号[,，]?\s*)\bno\.\s*(\d{1,3})(?!\d)/giu, (_, n: string) => `${n}号`)
    // 2018 number 4: a year and a number, as an English citation gives a 文号 (after a 文号 or a document's kind, the number is its item).
    .replace(/(?<!号文?[\s,，]*)\b((?:19|20)\d{2})\s*,?\s*(?:no\.?|number|#)\s*(\d{1,3})(?!\d|\.\d)/giu, (_, y: string, n: string) => `〔${y}〕${n}号`)
    // 郑政〔2018〕4号 number 14: after a 文号, its item.
    .replace(/(?<=号[,，]?\s*)(?:number|no\.?|point|item|clause|article|art\.)\s*(\d{1,2})(?!\d|\.\d)/giu, (_, n: string) => `第${n}条`)
    // 郴政办发〔2021〕3号, 3(2): after a 文号, a part and its item in digits.
    .replace(/(?<=号[,，]?\s*)(\d{1,2})\s*[（(]\s*(\d{1,2})\s*[)）]/gu, (_, a: string, b: string) => `第${a}部分（${b}）`)
    // …and anywhere else, a number or a section named as such (Livestream plan Zhengzhou, point 10; número 16; punkt 12; section 1).
    .replace(/\b(?:number|point|item|clause|article|paragraph|n[úu]mero|punto|punkt)\s*(\d{1,2})(?!\d|\.\d)/giu, (_, n: string) => `第${n}条`)
    .replace(/\b(?:section|part|heading)\s*(\d{1,2})(?!\d|\.\d)/giu, (_, n: string) => `第${n}部分`)
    // 57 hao wen: the pinyin of 57号文.
    .replace(/(?<![\d.])(\d{1,3})\s*hao(?:\s*wen)?\b/giu, (_, n: string) => `${n}号文`)
    // di shiqi tiao: the pinyin of 第十七条, its numeral said syllable by syllable.
    .replace(PINYIN_ORDINAL, (_, said: string, unit: string) =>
      `第${said.toLowerCase().match(PINYIN_DIGIT)!.map((p) => PINYIN_NUMERALS[p]).join("")}${unit.toLowerCase() === "tiao" ? "条" : "项"}`);
}

/** The syllables of the numerals, longest first so that shi is not read inside another. */
const PINYIN_NUMERALS: Record<string, string> = { yi: "一", er: "二", san: "三", si: "四", wu: "五", liu: "六", qi: "七", ba: "八", jiu: "九", shi: "十" };
const PINYIN_DIGITS = Object.keys(PINYIN_NUMERALS).sort((a, b) => b.length - a.length);
const PINYIN_DIGIT = new RegExp(PINYIN_DIGITS.join("|"), "g");
const PINYIN_ORDINAL = new RegExp(`\\bdi\\s*((?:${PINYIN_DIGITS.join("|")})(?:\\s*(?:${PINYIN_DIGITS.join("|")}))*)\\s*(tiao|xiang)\\b`, "giu");

export interface EnglishReading {
  /** The question with its English in the texts' words. */
  query: string;
  /** English terms read, with their meaning: shown to the asker. */
  terms: [string, string][];
  /** Mostly English: the answer says it was given in Chinese. */
  english: boolean;
  /** Written with English grammar words (what is the…): English, even where no word was read into the texts' words. */
  grammar: boolean;
}

export interface EnglishReader {
  read(question: string): EnglishReading;
}

export interface EnglishReaderDeps {
  /** The texts' words by their sound: pinyin and a covered city's initials are read through it. */
  sounds: Sounds;
  /** Places of the gazetteer: an English place word after one (Jinshui District) goes with it. */
  places: readonly string[];
  /** What document titles end with (若干措施, 实施方案): "the 210 measures" names 210号若干措施. */
  documentKinds: readonly string[];
  /** Words the glossary does not list, read through a general dictionary as the texts use it. */
  dictionary?: () => EnglishDictionary;
}

/**
 * Letters of scripts the texts never write (对象은(는) 누구(谁)): nothing here reads them, so they name
 * nothing; the Chinese glossed beside them stays. Japanese kana stay: around kanji the texts share, they
 * mark the words as Japanese usage (越境EC規制), which the evidence weighs.
 */
const UNWRITTEN = "[^\\p{Script=Han}\\p{Script=Latin}\\p{Script=Common}\\p{Script=Inherited}\\p{Script=Hiragana}\\p{Script=Katakana}]+";
// Brackets holding only such letters (对象은(는)) go with them: left empty, they would read as a blank to fill.
const withoutUnwrittenScripts = (question: string) => question.replace(new RegExp(`[（(]\\s*${UNWRITTEN}\\s*[)）]|${UNWRITTEN}`, "gu"), " ");

/** "State" said of a text or asked of the reader (does the text state, kindly state the name) is a verb, not 国家: it says nothing. */
const VERB_STATE = /(?<=\b(?:please|kindly|does|do|did|not|it|they|text|document|documents|clearly|also|explicitly|specifically)\s+)stated?\b|\bstated?(?=\s+(?:the|whether|how|what|which|if|any|a|an|who|when|where)\b)/giu;
const withoutVerbState = (question: string) => question.replace(VERB_STATE, " ");

/**
 * Whether a target was reached, asked in English (Did the livestream plan reach 2000亿, was the target met, actual achieved):
 * what came of a measure, as Chinese asks it (实际达到了没有). Not the asker's own figures (did we reach), nor a bar a
 * text sets (did the opinion require firms to reach).
 */
const RESULT_ASKED = /\b(?:did|has|have|was|were)\s+(?!(?:we|i|you|our|my|us)\b)((?:[^\s?]+\s+){1,8}?)(?<!\bto\s+)(?:reach|achieve|meet|met|hit|attain|exceed)(?:ed|d)?\b|\bactual(?:ly)?\s+(?:achieved|reached|met|hit)\b/giu;
const withResultAsked = (question: string) => question.replace(RESULT_ASKED, (_, subject?: string) => `${subject ?? ""} 实际达到了没有 `);

/** Trade both ways written with a sign (import+export, import/export, imports & exports): the texts' 进出口. */
const withTradeBothWays = (question: string) => question.replace(/\bimports?\s*[+/&]\s*exports?\b/giu, "import and export");

/**
 * Words in a language written with Latin letters that English lacks (em muốn hỏi, Tiếng Việt): a run of
 * words, most of them holding such a letter, is in that language, which nothing here reads, so
 * it names nothing. A word borrowed into English (Café owner in Zhengzhou) leaves its run English.
 */
const LATIN_RUN = /[\p{Script=Latin}'’]+(?:[^\S\n]+[\p{Script=Latin}'’]+)*/gu;
const NOT_ENGLISH_LETTER = /[\u00C0-\u024F\u1E00-\u1EFF]/u;
const withoutOtherLatinLanguages = (question: string) =>
  question.replace(LATIN_RUN, (run) => {
    const words = run.split(/\s+/u);
    return 2 * words.filter((w) => NOT_ENGLISH_LETTER.test(w)).length > words.length ? " " : run;
  });

/**
 * Papers handed in, not texts: documents, forms or invoices one submits, presents or prepares (which documents
 * we must present, attach the invoices, 要交 invoice), and a form as a thing (an official form, the application form). Read
 * as 材料 and 申请表 before the glossary, which reads "document" as the policy texts. A form asked for (what form, form
 * name) is asked which.
 */
const HAND_IN = String.raw`(?:submit|present|provide|prepare|bring|file|upload|attach|send|show|hand\s+in)(?:s|ed|ing)?`;
const PAPER = String.raw`(?:documents?|papers?|paperwork|certificates?|invoices?|receipts?|proofs?|statements?)`;
const PAPERS_HANDED = new RegExp(
  String.raw`\b(?:which|what)\s+${PAPER}\b(?=[^.?!;]{0,40}\b${HAND_IN}\b)|(?<=(?:\b${HAND_IN}\s+(?:[a-z]+\s+){0,3}|(?:交|提交|提供|准备|附上?|开具?)\s*(?:[a-z]+\s+)?))${PAPER}\b|\b${PAPER}(?=\s+(?:to|we|i|you|they|must|should|need|have)\b[^.?!;]{0,20}\b${HAND_IN}\b)`,
  "giu",
);
const FORM_AS_THING = /\b(?:(which|what)|an?|the|any|official|application|blank|standard|paper)\s+forms?\b|\b(forms?\s+names?)\b/giu;
const withPapersRead = (question: string) =>
  question
    .replace(PAPERS_HANDED, (words) => (/^(?:which|what)\s/iu.test(words) ? `${words.split(/\s+/u)[0]} materials` : "materials"))
    .replace(FORM_AS_THING, (_, asking: string | undefined, named: string | undefined) => (asking || named ? " which 申请表 " : " 申请表 "));

/**
 * A document's kind before its subject, as English names one (Zhengzhou plan for livestream e-commerce): the subject first,
 * as a Chinese title has it. Only a kind standing alone (after a place, a year or an article) is a title so named; a title's
 * own words before it (action plan for clustering) leave the words after it its subject matter.
 */
const KIND_FOR_SUBJECT = /(\S+)(\s+)(plan|measures|opinions?|programme|program)\s+(?:for|on|about)\s+((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)(?=\s*(?:[—–,.;:?!()]|$))/giu;
const STANDS_ALONE = /^(?:the|a|an|this|that|[A-Z][a-z]+|\d{4}|\p{Script=Han}+)$/u;
const withKindAfterSubject = (question: string) =>
  question.replace(KIND_FOR_SUBJECT, (whole, before: string, gap: string, kind: string, subject: string) => (STANDS_ALONE.test(before) ? `${before}${gap}${subject} ${kind}` : whole));

export function createEnglishReader({ sounds, places, documentKinds, dictionary: loadDictionary }: EnglishReaderDeps): EnglishReader {
  const titleWordsBeforeKind = new RegExp(`(?<=\\p{Script=Han}) (?=${documentKinds.map(escapeRegExp).join("|")})`, "gu");
  const kindAfterNumber = new RegExp(`(?<![\\d.〔])(\\d{1,3})\\s*(?=${documentKinds.map(escapeRegExp).join("|")})`, "gu");
  // A kind said syllable by syllable (Ruogan cuoshi → 若干 措施) is one word.
  const spacedKind = new RegExp(documentKinds.map((k) => [...k].map(escapeRegExp).join("\\s*")).join("|"), "gu");

  return {
    read(typed) {
      // Whether it is English is told by what was typed; numbers are read before the words of other languages
      // are left out: an item named in one (Número 27) is a number all the same.
      const legible = withoutUnwrittenScripts(typed);
      const typedWords = withoutOtherLatinLanguages(legible);
      const typedEnglish = typedWords.match(ENGLISH_WORD) ?? [];
      const english = typedEnglish.length >= 3 && typedEnglish.join("").length > (typedWords.match(/\p{Script=Han}/gu) ?? []).length;
      const question = withKindAfterSubject(withPapersRead(withTradeBothWays(withResultAsked(withoutVerbState(withoutOtherLatinLanguages(readNumbersWritten(legible)))))));
      const written = question.match(ENGLISH_WORD) ?? [];
      const grammar = writtenInEnglish(typedEnglish);
      if (written.length === 0) return { query: question, terms: [], english, grammar };
      const dictionary = english ? loadDictionary?.() : undefined;

      const terms: [string, string][] = [];
      const note = (en: string, zh: string) => {
        if (!terms.some(([e]) => e.toLowerCase() === en.toLowerCase())) terms.push([en, zh]);
      };
      const spelled = joinSyllables(readFiguresWritten(question), sounds);
      // A document's id (zz-2023-210-action-plan) is a name, whatever English words it holds.
      const ids = [...spelled.matchAll(DOC_ID)].map((m) => [m.index, m.index + m[0].length] as const);
      let query = spelled.replace(FORM_PATTERN, (en: string, ...rest: unknown[]) => {
        const at = rest.at(-3) as number;
        if (ids.some(([from, to]) => at >= from && at < to)) return en;
        const groups = rest.at(-1) as Record<string, string | undefined>;
        const i = Number(Object.keys(groups).find((k) => groups[k] !== undefined)!.slice(1));
        const zh = FORMS[i]![1];
        note(en, zh);
        return ` ${zh} `;
      });
      // Each English word left: dropped (a function word), kept (a name, an acronym) or read (pinyin).
      type Word = { at: number; end: number; out: string; unread: boolean };
      const words: Word[] = [];
      let afterPlace = false;
      for (const m of query.matchAll(ENGLISH_WORD)) {
        const word = m[0];
        const lower = word.toLowerCase().replace(/[’']s$/u, "");
        const w: Word = { at: m.index, end: m.index + word.length, out: " ", unread: false };
        const wasPlace = afterPlace;
        afterPlace = false;
        words.push(w);
        if (wasPlace && PLACE_SUFFIX.test(lower)) w.out = "";
        else if (FUNCTION_WORDS.has(lower) || PLACE_SUFFIX.test(lower)) w.out = " ";
        else if (sounds.fromInitials(lower)) {
          note(word, sounds.fromInitials(lower)!);
          w.out = ` ${sounds.fromInitials(lower)} `;
        } else if (NAME_LIKE.test(word)) w.out = word;
        else {
          const read = sounds.fromPinyin(lower);
          if (read) {
            note(word, read);
            afterPlace = places.includes(read);
            w.out = ` ${read} `;
          } else if (!english || named(word, m.index, query)) {
            // Among Chinese, an English word is a name the asker uses (Shopify, listing).
            w.out = word;
          } else {
            const meant = dictionary?.read(lower);
            if (meant?.kind === "texts") {
              note(word, meant.zh);
              w.out = ` ${meant.zh} `;
            } else if (meant?.kind !== "none") {
              // A thing the texts never name (furniture supplier), or a word nothing reads.
              w.unread = true;
            }
          }
        }
      }
      // In English, a lone ordinary word nothing reads (reimburse, tiers) says nothing the texts
      // could answer; two side by side (social insurance), or joined as alternatives (farmland or
      // greenhouses), name a subject, which may be one the texts lack, so they stay for the search to judge.
      const adjacent = (a: Word | undefined, b: Word | undefined) => !!a && !!b && a.unread && b.unread && /^(?:\s+|\s*(?:,|\/|&)\s*|\s+(?:or|and)\s+)$/iu.test(query.slice(a.end, b.at));
      const unread = words.filter((w) => w.unread);
      unread.forEach((w, i) => {
        if (adjacent(unread[i - 1], w) || adjacent(w, unread[i + 1])) w.out = query.slice(w.at, w.end);
      });
      let cursor = 0;
      query = words.map((w) => query.slice(cursor, (cursor = w.end, w.at)) + w.out).join("") + query.slice(cursor);
      query = query
        .replace(spacedKind, (kind) => kind.replace(/\s+/gu, ""))
        .replace(kindAfterNumber, "$1号")
        .replace(/(?<![\d〔(（.-])(19|20)(\d{2})(?![\d年〕)）号.%万亿千百元美平-])/gu, "$1$2年")
        .replace(/\s+/g, " ")
        // A title's words read before its kind join it, as a Chinese name would (livestream plan → 直播实施方案),
        // and a figure joins the words around it, which say what it measures (租赁3000平方米海外仓).
        .replace(titleWordsBeforeKind, "")
        // A day (57号 on 2021-06-01) and a number after a document's (4号 8) measure nothing: they stay apart.
        .replace(/(?<=\p{Script=Han})(?<!号) (?=\d)(?!(?:19|20)\d{2}\s*[-/.年])|(?<=\d(?:万|亿)?(?:平方米|美元|元)) (?=\p{Script=Han})/gu, "")
        .trim();
      return { query, terms, english, grammar };
    },
  };
}
