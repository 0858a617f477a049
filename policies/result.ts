// The `screen` result (CONTRACT.md §4), with the extra fields this project adds.
import type { DocId } from "../corpus/declaration.ts";
import type { ValidityStatus } from "../corpus/validity-status.ts";
import type { AmountKind, Period } from "./engine/types.ts";
import type { EnteredFact } from "./facts.ts";
import type { Kind } from "./profile.ts";

export type RuleStatus = "eligible" | "ineligible" | "missing_info" | "not_in_force";

export interface RuleResult {
  /** The rule id: a clause id, with a letter for a separately assessed part (zz-2018-4/9a). */
  clauseId: string;
  docId: DocId;
  docNumber: string;
  clauseLabel: string;
  title: string | null;
  status: RuleStatus;
  /** Estimate in yuan after the clause's own caps (and shared caps); null unless eligible with an amount. */
  amountCny: number | null;
  amountKind: AmountKind;
  /** Chinese, one check or step per line. */
  explanation: string;
  /** The one line that matters most: the arithmetic, the failed condition, or what is missing. */
  reason: string;
  /** Profile fields whose values would decide more (dotted paths; list items as o2oStores[0].areaSqm). */
  missing: string[];
  /** Of `missing`, the fields whose value was presumed (said in the explanation) rather than lacking. */
  presumed?: string[];
  /** For missing_info: what the rule would give once the missing facts meet it, or at least give (a floor from known figures). */
  ifMet?: { amountCny: number; atLeast: boolean };
  citation: { clauseId: string; quote: string };
  period: "one_off" | "annual";
  /** False when a no-stacking rule leaves this amount out of the total. */
  countedInTotal: boolean;
  /** For an ineligible rule short of one threshold: how far off it is. */
  nearMiss?: string;
  /** Conditions of the text the profile does not capture, to be confirmed by the applicant. */
  confirm: string[];
  validity: { status: ValidityStatus; text: string };
  warnings: string[];
}

/** A document of the screened city, as a report names it. */
export interface ScreenedDocument {
  docId: DocId;
  docNumber: string;
  title: string;
  issuer: string;
  inForce: { from: string; to: string | null };
  validity: { status: ValidityStatus; text: string };
  /** The bureau the document names for questions, or null. */
  contact: string | null;
  /**
   * Its money clauses: encoded as rules, not yet encoded (amounts left out, a warning says so), or
   * none (a plan that grants nothing to apply for).
   */
  money: "encoded" | "not_encoded" | "none";
  /** Labels of the clauses that grant money while no rule encodes them: （一）、（三）. */
  unencodedClauses: string[];
}

/** What the latest documents offered, screened on their last day in force: for a day when none is. */
export interface ScreenHistory {
  /** The last day the latest documents were in force. */
  asOf: string;
  docIds: DocId[];
  /** Their results on that day, as `results`. */
  results: RuleResult[];
  /** Their eligible amounts counted on that day. */
  totalCny: number;
}

export interface ScreenResult {
  asOf: string;
  year: number;
  fxUsdCny: number;
  /** Where the rate came from: the profile, or the configured default. */
  fxSource: "profile" | "config";
  city: string;
  /** 郑州市; null for a city the corpus does not cover. */
  cityName: string | null;
  /** The city's documents, in the corpus's order. */
  documents: ScreenedDocument[];
  /**
   * False when no money clause of the city's documents is 现行有效 on asOf (documents without an
   * end date count as 有效性待确认, not as 现行有效).
   */
  moneyInForce: boolean;
  /** When `moneyInForce` is false: the latest documents on their last day in force; else null. */
  history: ScreenHistory | null;
  district?: string;
  /** The kinds of applicant screened for (the profile's, or the default). */
  kinds: Kind[];
  /** What was entered that a rule can read, each with the clauses that read it. */
  facts: EnteredFact[];
  results: RuleResult[];
  /** Sum of eligible amounts counted after the no-stacking rules. */
  totalCny: number;
  /** The part of totalCny made of "不超过X" ceilings rather than computed amounts. */
  totalUpToCny: number;
  warnings: string[];
  disclaimer: string;
}

export const PERIOD_TEXT: Record<Period, string> = { one_off: "一次性", annual: "每年" };

/**
 * What a missing_info result lacks: its missing fields less those presumed (worth confirming, but
 * decided), or all of them when every one was presumed. The reason's 尚缺 names these, and a form
 * leads to these, so the two lists agree.
 */
export function lackingFields(missing: readonly string[], presumed: readonly string[] = []): string[] {
  const lacking = missing.filter((p) => !presumed.includes(p));
  return [...new Set(lacking.length ? lacking : missing)];
}
