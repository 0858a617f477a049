// Which profile fields the rules read, derived from the rules themselves: for each rule the
// declaration paths it reads (hq.inCity, overseasWarehouses[].annualRent) and, for lists read item
// by item, which choices an item must take for the rule to read its other fields (a warehouse's
// rent matters when it is leased). Forms and docs ask only what the rules can use.
import { loadCorpus, type City, type DocId } from "../corpus/documents.ts";
import type { Corpus } from "../corpus/load.ts";
import { DERIVED } from "./engine/derived.ts";
import type { Award, Condition, PolicyDocument, Quantity, Rule } from "./engine/types.ts";
import { field, topField } from "./fields.ts";
import { PARAMETERS } from "./parameters.ts";
import type { Kind } from "./profile.ts";
import { POLICY_DOCUMENTS } from "./rules/index.ts";

/** What one rule reads. */
export interface RuleReads {
  ruleId: string;
  /** The clause the rule cites (its id, or a part of it: zz-2018-4/9a cites zz-2018-4/9). */
  clauseId: string;
  docId: string;
  city: City;
  kinds: Kind[];
  /** Declaration paths, lists by their own path and their items' fields as list[].field. */
  fields: string[];
  /** Of `fields`, those its conditions read (tiers' thresholds included), not only what its amount is reckoned on. */
  conditionFields: string[];
  /**
   * List path → enum field of an item → the values under which the rule reads the item's other
   * fields (overseasWarehouses → mode → [leased_whole]). Absent: the rule reads every item alike.
   */
  itemChoices: Record<string, Record<string, string[]>>;
}

/** What a document asks of every applicant of some kinds: its preconditions, the district of a funding split. */
export interface DocumentReads {
  docId: string;
  /** A condition of every rule, or what the document's note on who pays depends on. */
  purpose: "precondition" | "fundingNote";
  /** null: every kind the document's rules address. */
  kinds: Kind[] | null;
  fields: string[];
}

class Collector {
  readonly fields = new Set<string>();
  /** list → enum field → allowed values, or null once some reading of the list does not restrict it. */
  private readonly choices = new Map<string, Map<string, Set<string> | null>>();

  /** A reading of the list `list` (a declaration path) whose items must meet `where`. */
  listReading(list: string, where: readonly Condition[]): void {
    this.fields.add(list);
    const restricted = new Map<string, string[]>();
    for (const c of where) {
      if (c.kind !== "is" || c.q.kind !== "field" || typeof c.equals === "boolean") continue;
      if (field(`${list}[].${c.q.path}`).type === "enum") restricted.set(c.q.path, typeof c.equals === "string" ? [c.equals] : [...c.equals]);
    }
    const known = this.choices.get(list);
    if (!known) {
      this.choices.set(list, new Map([...restricted].map(([k, v]) => [k, new Set(v)])));
      return;
    }
    for (const [key, allowed] of known) {
      const more = restricted.get(key);
      if (!allowed || !more) known.set(key, null);
      else more.forEach((v) => allowed.add(v));
    }
  }

  itemChoices(): Record<string, Record<string, string[]>> {
    const out: Record<string, Record<string, string[]>> = {};
    for (const [list, byField] of this.choices) {
      const restricted = [...byField].filter((e): e is [string, Set<string>] => e[1] !== null);
      if (restricted.length) out[list] = Object.fromEntries(restricted.map(([k, v]) => [k, [...v]]));
    }
    return out;
  }
}

const within = (scope: string, path: string) => (scope ? `${scope}.${path}` : path);

function quantity(q: Quantity, scope: string, into: Collector): void {
  if (q.kind === "field") into.fields.add(within(scope, q.path));
  else if (q.kind === "derived") DERIVED[q.name].from.forEach((d) => quantity(d, scope, into));
  else {
    const list = within(scope, q.items);
    into.listReading(list, q.where);
    q.where.forEach((c) => condition(c, `${list}[]`, into));
    if (q.kind === "sum") into.fields.add(`${list}[].${q.path}`);
  }
}

function condition(c: Condition, scope: string, into: Collector): void {
  if (c.kind === "all" || c.kind === "any") c.of.forEach((x) => condition(x, scope, into));
  else quantity(c.q, scope, into);
}

/** What an award reads; with `conditionsOnly`, only its conditions (a tier's threshold, the items a per-item award counts), not what the amount is reckoned on. */
function award(a: Award, scope: string, into: Collector, conditionsOnly = false): void {
  switch (a.kind) {
    case "rate":
      if (conditionsOnly) return;
      if (typeof a.rate === "object") into.fields.add(PARAMETERS[a.rate.param].override);
      return quantity(a.of, scope, into);
    case "perUnit":
      return conditionsOnly ? undefined : quantity(a.of, scope, into);
    case "tiers":
      return a.tiers.forEach((t) => (condition(t.when, scope, into), award(t.award, scope, into, conditionsOnly)));
    case "sum":
      return a.parts.forEach((p) => award(p, scope, into, conditionsOnly));
    case "forEach": {
      const list = within(scope, a.items);
      into.listReading(list, a.where);
      a.where.forEach((c) => condition(c, `${list}[]`, into));
      return award(a.award, `${list}[]`, into, conditionsOnly);
    }
    default:
      return;
  }
}

function readsOf(rule: Rule, doc: PolicyDocument): Omit<RuleReads, "city"> {
  const into = new Collector();
  rule.conditions.forEach((c) => condition(c, "", into));
  award(rule.award, "", into);
  const gates = new Collector();
  rule.conditions.forEach((c) => condition(c, "", gates));
  award(rule.award, "", gates, true);
  return {
    ruleId: rule.id,
    clauseId: rule.clauseId,
    docId: doc.docId,
    kinds: [...rule.kinds],
    fields: [...into.fields],
    conditionFields: [...gates.fields],
    itemChoices: into.itemChoices(),
  };
}

function documentReads(doc: PolicyDocument): DocumentReads[] {
  const reads: DocumentReads[] = doc.preconditions.map((p) => {
    const into = new Collector();
    condition(p.condition, "", into);
    return { docId: doc.docId, purpose: "precondition", kinds: p.kinds ? [...p.kinds] : null, fields: [...into.fields] };
  });
  if (doc.fundingNote) reads.push({ docId: doc.docId, purpose: "fundingNote", kinds: null, fields: [...doc.fundingNote.fields] });
  return reads;
}

/** What each rule reads, without its city (which the corpus in use gives: see ruleReads). */
export const READS_OF_RULES = POLICY_DOCUMENTS.flatMap((doc) => doc.rules.map((rule) => readsOf(rule, doc)));
const readsIn = new WeakMap<Corpus, readonly RuleReads[]>();

/**
 * What each rule reads, with its document's city in the corpus in use. Looked up when asked, not
 * when the module loads: a command that only checks a broken corpus must still start, and a
 * reload may change the documents.
 */
export function ruleReads(): readonly RuleReads[] {
  const corpus = loadCorpus();
  let reads = readsIn.get(corpus);
  if (!reads) {
    reads = READS_OF_RULES.map((r) => ({ ...r, city: corpus.document(r.docId as DocId).info.city }));
    readsIn.set(corpus, reads);
  }
  return reads;
}
export const DOCUMENT_READS: readonly DocumentReads[] = POLICY_DOCUMENTS.flatMap(documentReads);

/** Top-level fields some rule or precondition reads: the facts a screening can use. */
export const RULE_FIELDS: ReadonlySet<string> = new Set(
  [...READS_OF_RULES, ...DOCUMENT_READS.filter((d) => d.purpose === "precondition")].flatMap((r) => r.fields).map(topField),
);

/** Top-level field → the kinds whose rules (or document preconditions) read it. */
export function fieldUsage(): Map<string, Set<Kind>> {
  const usage = new Map<string, Set<Kind>>();
  const add = (path: string, kinds: readonly Kind[]) => {
    const f = topField(path);
    const set = usage.get(f) ?? new Set<Kind>();
    kinds.forEach((k) => set.add(k));
    usage.set(f, set);
  };
  for (const doc of POLICY_DOCUMENTS) {
    const docKinds = [...new Set(doc.rules.flatMap((r) => r.kinds))];
    for (const d of documentReads(doc)) d.fields.forEach((f) => add(f, d.kinds ? docKinds.filter((k) => d.kinds!.includes(k)) : docKinds));
  }
  for (const r of READS_OF_RULES) r.fields.forEach((f) => add(f, r.kinds));
  return usage;
}
