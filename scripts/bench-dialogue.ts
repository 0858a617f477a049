// How long the guided screening is for a person: a simulated person answers the real dialogue
// (the core every channel uses, on a real SQLite store) from each profile of the screening sets —
// the dev set, the blind set, and for every kind of enterprise in each city one that knows nothing
// beyond its kind and one that does everything its city's rules ask about, each fact at its field's
// declared example — answering only what is asked, in words (test/helpers/person.ts), and 不清楚 for
// what the profile leaves out.
//   npm run bench:dialogue
// Prints questions per screening (median, p90, max), the characters shown, and whether every final
// result equals `screen` on the same profile. Figures only, no assertions.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Dialogue } from "../bot/dialogue/dialogue.ts";
import { bound } from "../bot/dialogue/buttons.ts";
import { activitiesShown, GATE } from "../bot/dialogue/gate.ts";
import type { DialogueInput, Reply } from "../bot/dialogue/types.ts";
import { SqliteStore } from "../bot/store/sqlite-store.ts";
import { answerInWords } from "../test/helpers/person.ts";
import { cities } from "../policies/cities.ts";
import { KINDS, type Kind } from "../policies/profile.ts";
import { ACTIVITIES } from "../policies/activities.ts";
import { DOCUMENT_READS, ruleReads } from "../policies/field-usage.ts";
import { FIELDS, topField, type FieldInfo } from "../policies/fields.ts";
import { askedInItem, formPlan } from "../policies/form-plan.ts";
import { parseAnswer } from "../bot/dialogue/answers.ts";
import { screen } from "../policies/screen.ts";
import { validateProfile } from "../policies/validate.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const SETS = [join(root, "..", "shared", "eval", "screen-dev.json"), join(root, "test", "fixtures", "screen-blind.json")];
const FX_USD_CNY = 7.1;
const TODAY = "2024-06-30";

type Truth = Record<string, unknown>;

/** The gate answered truthfully from the profile, as button presses: what it shows ticked, then 选好了, or 其余不清楚 when it says nothing of some activity. */
function gateAnswer(truth: Truth, question: number): string[] {
  const { ticked, unknown } = activitiesShown(truth as never);
  return [...ticked.map((a) => bound(`g:${a}`, question)), bound(unknown ? "gu" : "gd", question)];
}

interface Run {
  name: string;
  questions: number;
  characters: number;
  longestReply: number;
  same: boolean;
}

const summary = (truth: Truth, fxUsdCny: number) => {
  const v = validateProfile(truth);
  if (!v.ok) return `invalid: ${JSON.stringify(v.problems)}`;
  const r = screen(v.profile, { fxUsdCny, today: TODAY });
  return JSON.stringify([r.totalCny, r.results.map((x) => `${x.clauseId} ${x.status} ${x.amountCny}`).sort()]);
};

async function screenThrough(store: SqliteStore, name: string, truth: Truth): Promise<Run> {
  const fxUsdCny = (truth.fxUsdCny as number | undefined) ?? FX_USD_CNY;
  const dialogue = new Dialogue({ store, ask: null, fxUsdCny, today: () => TODAY });
  const session = `bench:${name}`;
  const asOf = (truth.asOf as string | undefined) ?? TODAY;
  const shown: Reply[] = [];
  const send = async (input: DialogueInput) => shown.push(...(await dialogue.handle(session, input)));
  await send({ kind: "command", name: "screen", arg: asOf });
  let questions = 0;
  for (;;) {
    const pending = (await store.load(session))?.pending;
    if (!pending) break;
    if (++questions > 80) throw new Error(`${name}: the screening did not finish`);
    if (pending.path === GATE) {
      for (const data of gateAnswer(truth, pending.id)) await send({ kind: "button", data });
      continue;
    }
    await send({ kind: "text", text: answerInWords(pending, truth) });
    // An amount far out of its field's scale is confirmed: the person says it is right.
    if ((await store.load(session))?.pending?.unconfirmed !== undefined) await send({ kind: "text", text: "是" });
  }
  const told = (await store.load(session))!.profile;
  const characters = shown.reduce((n, r) => n + r.text.length, 0);
  const longestReply = Math.max(...shown.map((r) => r.text.length));
  // What the person was asked about, with the date: the profile as the dialogue came to hold it.
  const same = summary({ ...told, asOf, ...(truth.year === undefined ? {} : { year: truth.year }) }, fxUsdCny) === summary({ ...truth, asOf }, fxUsdCny);
  return { name, questions, characters, longestReply, same };
}

/** A field's value as its declared example gives it (2500万元, 15个月), read by the dialogue's own parser; yes for a flag, the first choice. */
function exampleValue(info: FieldInfo): unknown {
  if (info.type === "boolean") return true;
  if (info.type === "enum") return Object.keys(info.choices!)[0];
  if (!info.example) return undefined;
  const parsed = parseAnswer(info, info.example);
  return parsed.ok === true ? parsed.value : undefined;
}

/**
 * An enterprise of the kind that does everything its city's rules ask about (every activity), each
 * fact at its field's declared example: one warehouse, store or class of each, with what it is
 * asked given its choices. The longest screening an enterprise of the kind can have.
 */
function busyEnterprise(city: string, kind: Kind): Truth {
  const selection = { city, kinds: [kind], activities: ACTIVITIES.map((a) => a.id) };
  const plan = formPlan(selection, ruleReads(), DOCUMENT_READS);
  const truth: Truth = { city, kinds: [kind] };
  const asked = new Set([...plan.fields].map(topField));
  for (const f of FIELDS.filter((x) => asked.has(x.key) && !["city", "kinds", "asOf", "year", "fxUsdCny", "district"].includes(x.key))) {
    if (f.type === "list") {
      const item: Truth = {};
      for (const c of f.children!) if (c.type === "enum") item[c.key] = exampleValue(c);
      const choices = Object.fromEntries(Object.entries(item).map(([k, v]) => [k, String(v)]));
      for (const c of f.children!) if (item[c.key] === undefined && askedInItem(plan, f.key, c.key, choices)) item[c.key] = exampleValue(c);
      truth[f.key] = [item];
    } else if (f.type === "object") {
      const object: Truth = {};
      for (const c of f.children!) if (plan.fields.has(`${f.key}.${c.key}`)) object[c.key] = exampleValue(c);
      truth[f.key] = object;
    } else if (plan.fields.has(f.key)) truth[f.key] = exampleValue(f);
  }
  return truth;
}

function profiles(): { name: string; truth: Truth }[] {
  const fromSets = SETS.filter((f) => existsSync(f)).flatMap((f) => (JSON.parse(readFileSync(f, "utf8")) as { name: string; profile: Truth }[]).map((c) => ({ name: c.name, truth: c.profile })));
  const byKind = cities().flatMap((city) =>
    KINDS.flatMap((kind) => [
      { name: `${city.code}-${kind}-knows-little`, truth: { city: city.code, kinds: [kind] } },
      { name: `${city.code}-${kind}-does-everything`, truth: busyEnterprise(city.code, kind) },
    ]),
  );
  return [...fromSets, ...byKind];
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;

const dir = mkdtempSync(join(tmpdir(), "bench-dialogue-"));
try {
  const store = SqliteStore.open(join(dir, "sessions.sqlite"));
  const runs: Run[] = [];
  for (const { name, truth } of profiles()) runs.push(await screenThrough(store, name, truth));
  const counts = runs.map((r) => r.questions).sort((a, b) => a - b);
  const chars = runs.map((r) => r.characters).sort((a, b) => a - b);
  const longest = runs.map((r) => r.longestReply).sort((a, b) => a - b);
  console.log(`screenings: ${runs.length}`);
  console.log(`questions per screening: median ${percentile(counts, 0.5)}, p90 ${percentile(counts, 0.9)}, max ${counts.at(-1)}   (targets ≤10, ≤15, ≤20)`);
  console.log(`characters shown per screening: median ${percentile(chars, 0.5)}, p90 ${percentile(chars, 0.9)}, max ${chars.at(-1)}`);
  console.log(`longest single reply: median ${percentile(longest, 0.5)}, max ${longest.at(-1)}`);
  const differ = runs.filter((r) => !r.same);
  console.log(`final result equals screen on the profile: ${runs.length - differ.length}/${runs.length}`);
  for (const r of differ) console.log(`  differs: ${r.name}`);
  for (const r of [...runs].sort((a, b) => b.questions - a.questions).slice(0, 5)) console.log(`  longest: ${r.name} ${r.questions} questions`);
  await store.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
