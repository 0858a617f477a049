// The texts' words by their sound. A question may spell a word in pinyin (haiwaicang), by its
// initials (zz for 郑州), or with a character that sounds the same (海外藏, 补帖, 郑洲: typed by
// pinyin input or dictated); each is read as the word of the texts it sounds like.
import { pinyin } from "pinyin-pro";

const HAN = /^\p{Script=Han}{2,}$/u;
const syllables = (word: string) => pinyin(word, { toneType: "none", type: "array", v: true }).join("");
const initials = (word: string) => pinyin(word, { pattern: "first", toneType: "none", type: "array" }).join("");
/** A figure in words (两万单) is read as a figure, never as a slip (订单两 → 订单量). */
const NUMERAL = /[〇零一二两三四五六七八九十百千万亿]/u;
/** Longest stretch read as one slip: the texts' longer words are compounds of shorter ones. */
const LONGEST_SLIP = 5;

export interface SoundsDeps {
  /** Words of the texts (repeats counted: the most frequent wins when several sound alike). */
  words: readonly string[];
  /** Places of the gazetteer: read with and without 市/区/县/省 (jinshui → 金水区). */
  places: readonly string[];
  /** The covered cities' names (郑州市): their initials name them. */
  cities: readonly string[];
  /**
   * What a slip can be read as: the domain's words and the covered places (跨境, 补贴, 海外仓, 郑州).
   * An ordinary word of the texts is no target: 方案里 would read as 方案例.
   */
  slipTargets: readonly string[];
}

export interface Sounds {
  /** A word written in pinyin, as the texts' words it spells (kuajing → 跨境, haiwaicang → 海外仓): fewest pieces. */
  fromPinyin(word: string): string | null;
  /** The covered city whose pinyin initials these are (zz → 郑州), when no other covered city shares them. */
  fromInitials(letters: string): string | null;
  /**
   * The question with each slip read as the word it sounds like, with the slips found. A slip is a
   * stretch that is neither in the texts nor a word of the dictionary (`cut` leaves it whole), that
   * sounds like a target differing from it in one character, and, of two characters, that no
   * dictionary word of the question's cut straddles (方案里: 案里 is half of 方案). Three characters
   * sounding like a domain word are a slip whatever word the cut makes of the last (海外藏有: 藏有).
   */
  correctSlips(question: string, inTexts: (stretch: string) => boolean, cut: (text: string) => string[]): { text: string; slips: [string, string][] };
}

export function createSounds({ words, places, cities, slipTargets }: SoundsDeps): Sounds {
  const counts = new Map<string, number>();
  for (const w of words) if (HAN.test(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  const byPinyin = new Map<string, string>();
  for (const [w] of [...counts].sort((a, b) => b[1] - a[1])) {
    const key = syllables(w);
    if (!byPinyin.has(key)) byPinyin.set(key, w);
  }
  for (const place of places) {
    if (!HAN.test(place)) continue;
    byPinyin.set(syllables(place), place);
    const bare = place.replace(/[市区县省]$/u, "");
    if (bare !== place && bare.length >= 2 && !byPinyin.has(syllables(bare))) byPinyin.set(syllables(bare), place);
  }
  const longest = Math.max(...[...byPinyin.keys()].map((k) => k.length));
  const targets = new Set(slipTargets.filter((w) => HAN.test(w)));
  // A place of the gazetteer is that place (贵阳 is not 桂阳), whatever it sounds like.
  const placeNames = new Set(places);
  const targetBySound = new Map([...targets].map((w) => [syllables(w), w]));
  // Initials are ambiguous across China (zz is also 株洲), but among the covered cities they name
  // one; initials two covered cities share name neither.
  const byInitials = new Map<string, string | null>();
  for (const city of cities) {
    const name = city.replace(/市$/u, "");
    byInitials.set(initials(name), byInitials.has(initials(name)) ? null : name);
  }

  return {
    fromPinyin(word) {
      const w = word.toLowerCase().replace(/[’'-]/gu, "");
      const best: (string[] | null)[] = [[]];
      for (let end = 1; end <= w.length; end++) {
        best[end] = null;
        for (let start = Math.max(0, end - longest); start < end; start++) {
          const head = best[start];
          const piece = byPinyin.get(w.slice(start, end));
          if (head && piece && (!best[end] || head.length + 1 < best[end]!.length)) best[end] = [...head, piece];
        }
      }
      return best[w.length]?.join("") ?? null;
    },
    fromInitials: (letters) => byInitials.get(letters.toLowerCase()) ?? null,
    correctSlips(question, inTexts, cut) {
      const slips: [string, string][] = [];
      const text = question.replace(/\p{Script=Han}{2,}/gu, (run) => {
        // Syllables read in the run's context, so a character with two readings takes the one its neighbours give.
        const sounds = pinyin(run, { toneType: "none", type: "array", v: true });
        const words = cut(run);
        const straddled = (from: number, to: number) => {
          let start = 0;
          for (const word of words) {
            const end = start + word.length;
            if (word.length > 1 && start < to && end > from && (start < from || end > to)) return true;
            start = end;
          }
          return false;
        };
        let out = "";
        let i = 0;
        while (i < run.length) {
          let taken = 0;
          for (let len = Math.min(LONGEST_SLIP, run.length - i); len >= 2 && !taken; len--) {
            const stretch = run.slice(i, i + len);
            const word = targetBySound.get(sounds.slice(i, i + len).join(""));
            if (!word || word.length !== len || word === stretch || inTexts(stretch) || placeNames.has(stretch) || cut(stretch).length === 1 || (len === 2 && straddled(i, i + len))) continue;
            if ([...word].filter((ch, k) => ch !== stretch[k]).length !== 1 || NUMERAL.test(stretch)) continue;
            // A target followed by another character (郴州是哪…) is that target, not a slip for a longer one.
            if (targets.has(stretch.slice(0, -1)) && len > 2) continue;
            slips.push([stretch, word]);
            out += word;
            taken = len;
          }
          if (!taken) out += run[i];
          i += taken || 1;
        }
        return out;
      });
      return { text, slips };
    },
  };
}
