// Dates a question states, as spans of days: 2021年1月10号, 2026-12-14, 23/02/2026 and 12月20号 (this year's) are
// one day, 2019年6月 a month, 2022年 a year; 今天/现在 is today, 这个月底 the month's last day, 去年 last year.
export interface DateSpan {
  /** First and last day, inclusive (YYYY-MM-DD). */
  from: string;
  to: string;
  /** Where it stands in the question, and as written. */
  at: number;
  end: number;
  written: string;
  /** A calendar year alone (2022年): it may as well be a performance year or a document's year. */
  yearOnly: boolean;
}

const pad = (n: number) => String(n).padStart(2, "0");
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const valid = (y: number, m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= lastDayOf(y, m);
/** A day as a span of itself, or null when the calendar has no such day. */
const oneDay = (y: number, m: number, d: number) => (valid(y, m, d) ? { from: `${y}-${pad(m)}-${pad(d)}`, to: `${y}-${pad(m)}-${pad(d)}`, yearOnly: false } : null);

/** A year as said: 2025, 25 (this century's), or relative to today (明年 → next year). */
function yearSaid(said: string, today: string): number {
  const now = Number(today.slice(0, 4));
  if (/^\d{4}$/u.test(said)) return Number(said);
  if (/^\d{2}$/u.test(said)) return 2000 + Number(said);
  return now + { 今: 0, 去: -1, 明: 1, 前: -2, 后: 2 }[said as "今"];
}

const FORMS: [RegExp, (m: RegExpMatchArray, today: string) => Omit<DateSpan, "at" | "end" | "written"> | null][] = [
  [
    /(\d{4})\s*(?:年|-|\/|\.)\s*(\d{1,2})\s*(?:月|-|\/|\.)\s*(\d{1,2})\s*[日号]?/gu,
    (m) => oneDay(Number(m[1]), Number(m[2]), Number(m[3])),
  ],
  // The day first, as most of the world writes it (23/02/2026, 14.12.2026); a month past 12 first is the American order (12/14/2026).
  [
    /(?<![\d./-])(\d{1,2})([./])(\d{1,2})\2(\d{4})(?![\d./])/gu,
    (m) => {
      const [a, b, y] = [Number(m[1]), Number(m[3]), Number(m[4])];
      return b > 12 && m[2] === "/" ? oneDay(y, a, b) : oneDay(y, b, a);
    },
  ],
  // A day or month of a year said short or relative: 25年5月, 明年2月, 去年12月3号.
  [
    /(?<!\d)(\d{2}|[今去明前后])\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/gu,
    (m, today) => oneDay(yearSaid(m[1]!, today), Number(m[2]), Number(m[3])),
  ],
  [
    /(\d{4}|(?<!\d)\d{2}|[今去明前后])\s*年\s*(\d{1,2})\s*月(?:份)?(底|末|初)?/gu,
    (m, today) => {
      const [y, mo] = [yearSaid(m[1]!, today), Number(m[2])];
      if (mo < 1 || mo > 12) return null;
      const last = `${y}-${pad(mo)}-${pad(lastDayOf(y, mo))}`;
      const first = `${y}-${pad(mo)}-01`;
      return m[3] === "初" ? { from: first, to: first, yearOnly: false } : m[3] ? { from: last, to: last, yearOnly: false } : { from: first, to: last, yearOnly: false };
    },
  ],
  [/(?<!\d)(\d{4})\s*年(?:度)?(底|末|初)?/gu, (m) => {
    const y = Number(m[1]);
    if (y < 1990 || y > 2100) return null;
    if (m[2] === "初") return { from: `${y}-01-01`, to: `${y}-01-01`, yearOnly: false };
    if (m[2]) return { from: `${y}-12-31`, to: `${y}-12-31`, yearOnly: false };
    return { from: `${y}-01-01`, to: `${y}-12-31`, yearOnly: true };
  }],
  // 12月20号 with no year: this year's (每年3月31日 recurs, and is no day).
  [
    /(?<![\d年每])(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/gu,
    (m, today) => oneDay(Number(today.slice(0, 4)), Number(m[1]), Number(m[2])),
  ],
  [/今天|今日|现在|目前|当前|眼下|如今|此时/gu, (_, today) => ({ from: today, to: today, yearOnly: false })],
  [/(这个|本)月(底|末)|月底/gu, (_, today) => {
    const [y, m] = today.split("-").map(Number) as [number, number];
    const last = `${y}-${pad(m)}-${pad(lastDayOf(y, m))}`;
    return { from: last, to: last, yearOnly: false };
  }],
  [/(今|去|明|前|后)年/gu, (m, today) => {
    const y = yearSaid(m[1]!, today);
    return { from: `${y}-01-01`, to: `${y}-12-31`, yearOnly: true };
  }],
];

/** Every date the question states, in order; a stretch read by one form is not read again. */
export function findDates(question: string, today: string): DateSpan[] {
  const q = question.normalize("NFKC");
  const found: DateSpan[] = [];
  for (const [pattern, read] of FORMS) {
    for (const m of q.matchAll(pattern)) {
      const at = m.index;
      const end = at + m[0].length;
      if (found.some((f) => at < f.end && end > f.at)) continue;
      const span = read(m, today);
      if (span) found.push({ ...span, at, end, written: m[0] });
    }
  }
  return found.sort((a, b) => a.at - b.at);
}

/** A span in words: 2021-01-10, 2022年, 2019年6月. */
export function spanText(span: Pick<DateSpan, "from" | "to">): string {
  if (span.from === span.to) return span.from;
  if (span.from.endsWith("-01-01") && span.to.endsWith("-12-31") && span.from.slice(0, 4) === span.to.slice(0, 4)) return `${span.from.slice(0, 4)}年`;
  if (span.from.slice(0, 7) === span.to.slice(0, 7)) return `${span.from.slice(0, 4)}年${Number(span.from.slice(5, 7))}月`;
  return `${span.from}至${span.to}`;
}
