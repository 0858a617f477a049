// The gate question asked right after the kinds: 贵单位有以下哪些业务或投入？ One multi-select of the
// activities (policies/activities.ts) that bring some clause of the city into play for the kinds
// chosen. What is not ticked is recorded as none (policies/form-plan.ts noneFacts), so whole
// branches drop at once; 不清楚 leaves the activities not ticked unknown and not asked about.
import type { Activity } from "../../policies/activities.ts";
import { field, hasField } from "../../policies/fields.ts";
import { DOCUMENT_READS, ruleReads } from "../../policies/field-usage.ts";
import { formPlan, noneFacts, type FormPlan } from "../../policies/form-plan.ts";
import { bound } from "./buttons.ts";
import { getAt } from "./draft.ts";
import type { Button, Draft, Reply, SessionState } from "./types.ts";

/** The pending path of the gate question: no profile field has this name. */
export const GATE = "@activities";

const NONE_WORDS = /^(都没有|都不是|没有|无|均无|否|不是|没)$/u;

/** The form plan of the draft's city and kinds with these activities ticked. */
export function plan(profile: Draft, ticked: readonly string[]): FormPlan {
  return formPlan({ city: (profile.city as string | undefined) ?? null, kinds: (profile.kinds as string[] | undefined) ?? [], activities: ticked }, ruleReads(), DOCUMENT_READS);
}

/** The activities worth asking about for the draft's city and kinds. */
export function offeredActivities(profile: Draft): Activity[] {
  return plan(profile, []).offered;
}

/** Whether a value says the enterprise has the thing: a list with items, a flag set, an amount or count above 0, a level. */
function has(value: unknown): boolean {
  if (value === undefined || value === null || value === false || value === "none") return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === "number") return value > 0;
  if (typeof value === "object") return "amount" in value ? (value as { amount: number }).amount > 0 : Object.values(value).some(has);
  return true;
}

/**
 * What a profile already says about the activities offered: those it shows (a warehouse listed,
 * a premium paid), and whether it says nothing at all of some other one. Pre-ticks the gate for a
 * screening continued on a profile, and is how a simulated person answers it truthfully.
 */
export function activitiesShown(profile: Draft): { ticked: string[]; unknown: boolean } {
  const offered = offeredActivities(profile);
  const values = (a: Activity) => a.fields.map((f) => getAt(profile, f));
  return {
    ticked: offered.filter((a) => values(a).some(has)).map((a) => a.id),
    unknown: offered.some((a) => values(a).every((v) => v === undefined)),
  };
}

export function gateReply(state: SessionState): Reply {
  const id = state.pending!.id;
  const ticked = state.pending!.ticked ?? activitiesShown(state.profile).ticked;
  const options = offeredActivities(state.profile).map((a) => ({ label: `${ticked.includes(a.id) ? "✓ " : ""}${a.label}`, data: bound(`g:${a.id}`, id) }));
  const rows: Button[][] = [];
  for (let i = 0; i < options.length; i += 2) rows.push(options.slice(i, i + 2));
  const done = ticked.length ? { label: "选好了", data: bound("gd", id) } : { label: "都没有", data: bound("gd", id) };
  return {
    text: [`【第${state.asked}问】贵单位有以下哪些业务或投入？`, "可多选，选好后点“选好了”；没选的按“没有”处理，不确定的点“其余不清楚”", "关系到：哪些条款需要继续问"].join("\n"),
    buttons: [...rows, [done, { label: "其余不清楚", data: bound("gu", id) }]],
  };
}

/** The gate's answer in words, as the echo says it and a person may type it: 有海外仓、总部；其余没有. */
export function gateSaid(labels: readonly string[], unsure: boolean): string {
  const rest = labels.length ? (unsure ? "其余不清楚" : "其余没有") : unsure ? "不清楚" : "都没有";
  return `${labels.length ? `有${labels.join("、")}；` : ""}${rest}`;
}

/**
 * A typed answer to the gate: the activities it names (海外仓、直播电商), none for 都没有, and
 * whether the rest is not known (…，其余不清楚); null when it names none of them.
 */
export function parseGate(text: string, offered: readonly Activity[]): { ticked: string[]; unsure: boolean } | null {
  const t = text.normalize("NFKC").trim();
  if (NONE_WORDS.test(t)) return { ticked: [], unsure: false };
  const named = offered.filter((a) => t.includes(a.label) || a.label.split(/[、与和]/u).some((part) => part.length >= 2 && t.includes(part)));
  return named.length ? { ticked: named.map((a) => a.id), unsure: /不清楚|不知道|不确定/u.test(t) } : null;
}

const fieldAt = (path: string) => (hasField(path) ? field(path) : undefined);

/**
 * The draft after the gate: the facts of the activities not ticked recorded as none — or, when
 * the person is not sure of them, their fields added to those skipped. What the person already
 * said is kept.
 */
export function afterGate(state: SessionState, ticked: readonly string[], unsure: boolean): SessionState {
  const p = plan(state.profile, ticked);
  const gate = { ...state, activities: [...ticked] };
  if (unsure) {
    const unknown = p.none.filter((path) => !path.includes("[]") && getAt(state.profile, path) === undefined && !state.skipped.includes(path));
    return { ...gate, skipped: [...state.skipped, ...unknown] };
  }
  const profile: Draft = { ...state.profile };
  for (const [key, value] of Object.entries(noneFacts(p, fieldAt))) {
    const had = profile[key];
    if (had === undefined) profile[key] = value;
    else if (isObject(had) && isObject(value)) profile[key] = { ...value, ...had };
  }
  return { ...gate, profile };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
