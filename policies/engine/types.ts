// The vocabulary rules are written in. A rule is data: who it is for, conditions worded as the
// text words them, an award built from small mechanisms, caps, and a verbatim quote. Each
// mechanism (engine/mechanisms/*) evaluates to a value, the lines explaining it and the fields
// it is missing — which is what gives "why", "why not" and "what to ask next".
import type { DocId } from "../../corpus/documents.ts";
import type { Rational, Currency, Money } from "../money.ts";
import type { Kind, Profile } from "../profile.ts";

// ---------------------------------------------------------------------------------------------
// Quantities: what a condition or an award reads from the profile (or from one item of a list)

export type Quantity =
  /** `assume`: the value taken when the field is unknown (still reported missing, and said in the line). */
  | { kind: "field"; path: string; assume?: { value: number; text: string } }
  /** Sum of `path` over the items of the list `items` that meet `where`. */
  | { kind: "sum"; items: string; path: string; where: Condition[]; label: string }
  /** Number of items of the list `items` that meet `where`. */
  | { kind: "count"; items: string; where: Condition[]; label: string }
  /** A value worked out from several fields (engine/derived.ts). */
  | { kind: "derived"; name: DerivedName };

export type DerivedName = "hqFirstFullYear" | "hqFullYearReached" | "hqBestTradeBefore" | "newRetailImport";

export type Value =
  | { type: "money"; value: Rational; currency: Currency }
  | { type: "number"; value: Rational }
  | { type: "boolean"; value: boolean }
  | { type: "text"; value: string };

// ---------------------------------------------------------------------------------------------
// Conditions

export type Comparison = ">=" | ">" | "<=" | "<";

export type Condition =
  /** `text` is the clause's own wording of the condition (年出口额达到300万美元以上). */
  | { kind: "compare"; q: Quantity; op: Comparison; than: number | Money; text: string }
  /** `assume`: the value taken when the field is unknown (an exclusion nobody mentioned), said in the line. */
  | { kind: "is"; q: Quantity; equals: boolean | string | readonly string[]; text: string; assume?: boolean | string }
  | { kind: "all"; of: Condition[]; text: string }
  | { kind: "any"; of: Condition[]; text: string };

export interface ConditionResult {
  holds: boolean | undefined;
  missing: string[];
  /** Of `missing`, the fields whose value was presumed rather than lacking. */
  presumed?: string[];
  lines: string[];
  /** For a failed single threshold: how far the figure is from it (还差10万元即达到2000万元门槛). */
  nearMiss?: string;
}

// ---------------------------------------------------------------------------------------------
// Awards

export type AmountKind = "fixed" | "computed" | "up_to" | "unspecified";

/** A rate: a plain number, or a dated parameter times a factor (LPR × 20%). */
export type RateSpec = number | { param: ParameterName; factor: number; text: string };

export type Award =
  | { kind: "fixed"; amount: number }
  | { kind: "upTo"; amount: number }
  /** rate × base; `upTo` for "给予不超过X%". */
  | { kind: "rate"; rate: RateSpec; of: Quantity; upTo?: boolean }
  /** `pay` yuan for every `per` of the base: 每平方米300元, 每3万美元1万元 (whole units only). */
  | { kind: "perUnit"; pay: number; per: number | Money; of: Quantity; upTo?: boolean }
  /** The first tier whose condition holds, highest first; none holding means not eligible. */
  | { kind: "tiers"; tiers: Tier[] }
  | { kind: "sum"; parts: Award[] }
  /** The award for each item of a list that meets `where`, each capped by `cap`, summed. */
  | { kind: "forEach"; items: string; where: Condition[]; award: Award; cap?: Cap; itemLabel: string }
  /** Eligible, but the text sets no amount (适当支持, 按其他政策, 一事一议). */
  | { kind: "unspecified"; basis: string };

export interface Tier {
  when: Condition;
  award: Award;
  cap?: Cap;
  /** Short name of the tier (第一档 …) used in explanations. */
  label: string;
}

export interface Cap {
  amount: number;
  /** The words that set it: 每家企业资金扶持不超过300万元. */
  text: string;
}

export interface AwardResult {
  status: "ok" | "none" | "missing";
  amount?: Rational;
  kind: AmountKind;
  lines: string[];
  missing: string[];
  nearMiss?: string;
  /** For a missing amount whose base has a known floor (policies/engine/bounds.ts): the least it gives. */
  atLeast?: Rational;
}

// ---------------------------------------------------------------------------------------------
// Rules and documents

export type Period = "one_off" | "annual";

export interface Rule {
  /** clauseId, with a letter for separately assessable parts: zz-2018-4/9a. */
  id: string;
  /** The corpus clause the rule encodes; its quote is checked against this clause's text. */
  clauseId: string;
  /** Name of a lettered part (自建公共海外仓); the clause title is used otherwise. */
  part?: string;
  kinds: readonly Kind[];
  /** What is funded: rules with the same subject are the same project for no-stacking. */
  subject: string;
  period: Period;
  /** Verbatim words of the clause this rule encodes. */
  quote: string;
  conditions: Condition[];
  award: Award;
  cap?: Cap;
  /** Conditions of the text the profile does not capture: shown as 需自行确认. */
  confirm?: string[];
  /** Anything else a reader should know (可连续支持3年). */
  notes?: string[];
}

/** A condition every rule of a document shares (郑政〔2018〕4号（二十二）, 郴州 支持范围). */
export interface Precondition {
  clauseId: string;
  quote: string;
  condition: Condition;
  /** Applies only to these kinds (e.g. 经营性组织); all kinds when absent. */
  kinds?: readonly Kind[];
}

export interface SharedCap {
  rules: string[];
  cap: Cap;
  clauseId: string;
}

export interface StackingPolicy {
  clauseId: string;
  quote: string;
  /** Within the document, or between it and the other documents of its city. */
  scope: "document" | "city";
  /** How the text says to choose: 就高 / 从优 — we count the highest amount. */
  explanation: string;
}

export interface PolicyDocument {
  docId: DocId;
  preconditions: Precondition[];
  rules: Rule[];
  sharedCaps?: SharedCap[];
  stacking?: StackingPolicy;
  /** Information the document attaches to its awards (资金承担比例), by district. */
  fundingNote?: {
    /** The profile fields the note depends on. */
    fields: string[];
    text(profile: Profile): string | null;
  };
}

// ---------------------------------------------------------------------------------------------
// Evaluation context

export type ParameterName = "lprOneYear";

export interface Context {
  profile: Profile;
  /** The object quantities are read from: the profile, or one item of a list. */
  scope: Record<string, unknown>;
  /** Path of `scope` for naming missing fields: "" or "o2oStores[1]". */
  scopePath: string;
  /** Path of `scope` in the declaration, for labels: "" or "o2oStores[]". */
  schemaPath: string;
  /** The performance year the figures belong to. */
  year: number;
  fx: Rational;
  /** Set when a figure was converted between currencies. */
  usedFx: { value: boolean };
  /** Value paths read so far (o2oStores[0].areaSqm), whether or not they held a value. */
  reads: Set<string>;
  parameter(name: ParameterName): { value: Rational; text: string };
}
