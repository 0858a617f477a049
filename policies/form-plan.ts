// What to ask an enterprise, from what it is and does: the fields the rules of its city read for
// its kinds, leaving out the rules of activities it does not pursue, and what "none" then records
// for those. Pure and free of the declaration's zod schema, so the web console runs it on the
// catalogue it fetches (GET /api/profile/fields) and a dialogue can run it on the server.
import { ACTIVITIES, activityOf, isWithin, type Activity } from "./activities.ts";
import type { DocumentReads, RuleReads } from "./field-usage.ts";
import type { Kind } from "./profile.ts";

export interface Selection {
  /** City code (zhengzhou), or null before one is chosen. */
  city: string | null;
  kinds: readonly string[];
  /** Ids of the activities ticked. */
  activities: readonly string[];
}

/** Where a field is asked: with the general facts, with the conditions of every clause, with the figures, or under an activity. */
export type Section = { kind: "general" } | { kind: "conditions" } | { kind: "figures" } | { kind: "activity"; activity: Activity };

export interface FormPlan {
  /** Activities worth asking about: each brings some rule of the city for a chosen kind into play. */
  offered: Activity[];
  /** Declaration paths to ask (hq.inCity, overseasWarehouses, overseasWarehouses[].mode). */
  fields: Set<string>;
  /** The section of each top-level field asked. */
  sections: Map<string, Section>;
  /** Declaration paths that the rules of activities not ticked read: recorded as "none". */
  none: string[];
  /** The rules in play, which decide the fields of a list's items. */
  rules: RuleReads[];
}

const topOf = (path: string) => path.split(/[.[]/)[0]!;

/** The activities a rule depends on for an applicant of `kind`: those owning a field it reads. */
function gatesOf(rule: RuleReads, kind: string): Activity[] {
  return ACTIVITIES.filter((a) => !a.coreFor?.includes(kind as Kind) && rule.fields.some((f) => a.fields.some((root) => isWithin(f, root))));
}

export function formPlan(selection: Selection, rules: readonly RuleReads[], documents: readonly DocumentReads[]): FormPlan {
  const ticked = new Set(selection.activities);
  const offered = new Set<Activity>();
  const fields = new Set<string>();
  const sections = new Map<string, Section>();
  const inPlay = new Set<RuleReads>();
  /** For a field of an activity not ticked: the ticked activities that brought it into play. */
  const broughtBy = new Map<string, Activity[]>();
  const gatedFields = new Set<string>();

  for (const rule of rules) {
    if (rule.city !== selection.city) continue;
    for (const kind of selection.kinds.filter((k) => rule.kinds.includes(k as Kind))) {
      const gates = gatesOf(rule, kind);
      gates.forEach((a) => offered.add(a));
      rule.fields.forEach((f) => gatedFields.add(f));
      const by = gates.filter((a) => ticked.has(a.id));
      // A rule is in play when the enterprise pursues any activity it concerns, or it concerns none.
      if (gates.length && !by.length) continue;
      inPlay.add(rule);
      for (const f of rule.fields) {
        fields.add(f);
        broughtBy.set(topOf(f), [...(broughtBy.get(topOf(f)) ?? []), ...by]);
      }
      for (const d of documents) {
        if (d.docId !== rule.docId || (d.kinds && !d.kinds.includes(kind as Kind))) continue;
        for (const f of d.fields) {
          fields.add(f);
          sections.set(topOf(f), d.purpose === "precondition" ? { kind: "conditions" } : { kind: "general" });
        }
      }
    }
  }

  for (const f of fields) {
    const top = topOf(f);
    if (sections.has(top)) continue;
    // A field of an activity goes under it, or under the ticked activity that brought it in
    // (出口信保费用 under 跨境电商出口); a field of no activity goes with the figures.
    const owner = activityOf(top);
    const by = ACTIVITIES.find((a) => (broughtBy.get(top) ?? []).includes(a));
    const activity = owner && !ticked.has(owner.id) && by ? by : owner;
    sections.set(top, activity ? { kind: "activity", activity } : { kind: "figures" });
  }

  const none = ACTIVITIES.filter((a) => offered.has(a) && !ticked.has(a.id)).flatMap((a) =>
    [...gatedFields].filter((f) => a.fields.some((root) => isWithin(f, root)) && !fields.has(f)),
  );
  return { offered: ACTIVITIES.filter((a) => offered.has(a)), fields, sections, none, rules: [...inPlay] };
}

/**
 * Whether an item of the list `list` is asked for its field `key`, given the choices made in it so
 * far: a warehouse's rent is asked once it is chosen to be leased, its mode straight away.
 */
export function askedInItem(plan: FormPlan, list: string, key: string, choices: Readonly<Record<string, string>>): boolean {
  const path = `${list}[].${key}`;
  return plan.rules.some((rule) => {
    if (!rule.fields.includes(path)) return false;
    const restricted = rule.itemChoices[list] ?? {};
    return Object.entries(restricted).every(([field, allowed]) => field === key || (choices[field] !== undefined && allowed.includes(choices[field]!)));
  });
}

/** What a field holds when the enterprise does not have the thing it asks about, if anything can say so. */
function noneValue(field: { type: string; choices?: Record<string, string> }): unknown {
  switch (field.type) {
    case "list":
      return [];
    case "boolean":
      return false;
    case "money":
      return { amount: 0, currency: "CNY" };
    case "integer":
    case "number":
      return 0;
    case "enum":
      return field.choices && "none" in field.choices ? "none" : undefined;
    default:
      return undefined;
  }
}

/**
 * The facts "none" records (plan.none) as a partial profile: a list empty, a flag false, an
 * amount or a count 0, a level "none". `fieldAt` looks up a declaration path.
 */
export function noneFacts(plan: FormPlan, fieldAt: (path: string) => { type: string; choices?: Record<string, string> } | undefined): Record<string, unknown> {
  const profile: Record<string, unknown> = {};
  const typeOf = (path: string) => fieldAt(path)?.type;
  for (const path of plan.none) {
    if (path.includes("[]")) continue; // an empty list says it for its items
    const [top, sub] = path.split(".");
    // An object whose flags say "no" (no HQ in the city) needs no figures of it.
    const flagged = sub !== undefined && plan.none.some((p) => p.startsWith(`${top}.`) && typeOf(p) === "boolean");
    if (flagged && typeOf(path) !== "boolean") continue;
    const value = noneValue(fieldAt(path) ?? { type: "unknown" });
    if (value === undefined) continue;
    if (sub === undefined) profile[top!] = value;
    else profile[top!] = { ...(profile[top!] as Record<string, unknown> | undefined), [sub]: value };
  }
  return profile;
}
