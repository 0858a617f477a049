// The evaluator: a pure function (profile, config) → the screen result of CONTRACT.md §4.
import { documentInfo, type DocId } from "../corpus/documents.ts";
import { validityOn } from "../corpus/validity.ts";
import { applySharedCaps, applyStacking } from "./adjustments.ts";
import { cityCode, cityLabel } from "./cities.ts";
import { boundWarnings } from "./engine/bounds.ts";
import type { Context } from "./engine/types.ts";
import { evaluateRule, type Evaluated } from "./evaluate-rule.ts";
import { enteredFacts, type EnteredFact } from "./facts.ts";
import { RULE_FIELDS, RULE_READS } from "./field-usage.ts";
import { schemaPath } from "./fields.ts";
import { decimal, formatAmount, Rational } from "./money.ts";
import { parameterValue } from "./parameters.ts";
import type { Kind, Profile } from "./profile.ts";
import type { RuleResult, ScreenResult } from "./result.ts";
import { POLICY_DOCUMENTS } from "./rules/index.ts";

export interface ScreenConfig {
  /** CNY per USD when the profile gives none. */
  fxUsdCny: number;
  /** Today (YYYY-MM-DD), the default `asOf`. Passed in so the evaluator stays pure. */
  today: string;
}

/** Days before a document's end within which a result carries a warning. */
export const ENDING_SOON_DAYS = 60;

export const DISCLAIMER =
  "本结果依据政策原文对所填信息进行的预估，不构成审批决定；实际以主管部门受理审核为准。";

const STATUS_ORDER: Record<RuleResult["status"], number> = { eligible: 0, missing_info: 1, ineligible: 2, not_in_force: 3 };

function order(a: Evaluated, b: Evaluated): number {
  const byStatus = STATUS_ORDER[a.result.status] - STATUS_ORDER[b.result.status];
  if (byStatus) return byStatus;
  return (b.result.amountCny ?? -1) - (a.result.amountCny ?? -1);
}

function validityWarnings(docIds: DocId[], asOf: string): { doc: Map<DocId, string>; all: string[] } {
  const doc = new Map<DocId, string>();
  for (const docId of docIds) {
    const info = documentInfo(docId);
    const v = validityOn(docId, asOf);
    if (v.status === "open_ended") doc.set(docId, `${info.docNumber}《${info.title}》${v.text}。`);
    if (v.daysLeft !== null && v.daysLeft <= ENDING_SOON_DAYS) {
      doc.set(docId, `${info.docNumber}《${info.title}》将于${info.inForce.to}到期（距筛查日${v.daysLeft}天），请在到期前申报。`);
    }
  }
  return { doc, all: [...doc.values()] };
}

/**
 * The performance year should be the one before the screening date (claims are made for a year
 * once it has ended), or the year of it: other combinations are usually a slip.
 */
function yearWarning(asOf: string, year: number): string | null {
  const asOfYear = Number(asOf.slice(0, 4));
  if (year > asOfYear) return `业绩年度${year}晚于筛查日${asOf}：筛查日还没有${year}年的全年数据，请核对筛查日期和业绩年度。`;
  if (year === asOfYear && !asOf.endsWith("-12-31")) return `业绩年度${year}在筛查日${asOf}尚未结束：所填数据应为全年数据，请在年度结束后核对。`;
  if (year < asOfYear - 1) {
    return `业绩年度${year}与筛查日${asOf}相隔${asOfYear - year}年：条款按筛查日有效的文件判断，申报一般针对上一年度（${asOfYear - 1}年）的业绩，请核对筛查日期和业绩年度。`;
  }
  return null;
}

/** The item path's list (overseasWarehouses[0] → overseasWarehouses), or null for any other path. */
const listOfItem = (path: string) => /^(\w+)\[\d+\]$/.exec(path)?.[1] ?? null;

/** The facts entered, each with the rules in force that read it and those out of force that would. */
function factsOf(profile: Profile, evaluated: Evaluated[]): EnteredFact[] {
  const reads = (e: Evaluated, path: string) => e.reads.has(path) || e.reads.has(listOfItem(path) ?? path);
  const staticReads = new Map(RULE_READS.map((r) => [r.ruleId, new Set(r.fields)]));
  const wouldRead = (e: Evaluated, path: string) => staticReads.get(e.rule.id)!.has(schemaPath(listOfItem(path) ?? path));
  return enteredFacts(
    profile as Record<string, unknown>,
    RULE_FIELDS,
    (path) => evaluated.filter((e) => reads(e, path)).map((e) => e.result.clauseId),
    (path) => evaluated.filter((e) => e.result.status === "not_in_force" && wouldRead(e, path)).map((e) => e.result.clauseId),
  );
}

export function screen(profile: Profile, config: ScreenConfig): ScreenResult {
  const asOf = profile.asOf ?? config.today;
  const year = profile.year ?? Number(asOf.slice(0, 4)) - 1;
  const fxUsdCny = profile.fxUsdCny ?? config.fxUsdCny;
  const kinds: Kind[] = profile.kinds ?? ["cbec_enterprise"];
  const city = cityCode(profile.city);
  const usedFx = { value: false };
  const ctx: Context = {
    profile,
    scope: profile as Record<string, unknown>,
    scopePath: "",
    schemaPath: "",
    year,
    fx: Rational.from(fxUsdCny),
    usedFx,
    reads: new Set(),
    parameter: (name) => parameterValue(name, profile, year, asOf),
  };
  const warnings: string[] = [];
  const yearNote = yearWarning(asOf, year);
  if (yearNote) warnings.push(yearNote);
  warnings.push(...boundWarnings(ctx));
  if (!city) warnings.push(`政策库只收录郑州市和郴州市的文件，没有“${profile.city}”的政策，无法筛查。`);
  const docs = POLICY_DOCUMENTS.filter((d) => documentInfo(d.docId).city === city);
  const evaluated = docs.flatMap((doc) =>
    doc.rules
      .filter((rule) => rule.kinds.some((k) => kinds.includes(k)))
      .map((rule) => evaluateRule(rule, doc, kinds, asOf, ctx)),
  );

  warnings.push(...applySharedCaps(evaluated, docs), ...applyStacking(evaluated, docs));
  const validity = validityWarnings([...new Set(evaluated.map((e) => e.result.docId))], asOf);
  for (const e of evaluated) {
    const w = validity.doc.get(e.result.docId);
    if (w && e.result.status !== "not_in_force") e.result.warnings.push(w);
  }
  warnings.push(...validity.all);
  const fxNote = `美元金额按1美元=${decimal(Rational.from(fxUsdCny), 6)}元人民币折算（${profile.fxUsdCny === undefined ? "系统默认汇率" : "按填报汇率"}）。`;
  if (usedFx.value) warnings.push(fxNote);

  const counted = evaluated.filter((e) => e.result.status === "eligible" && e.result.countedInTotal && e.amount);
  const total = counted.reduce((s, e) => s.add(e.amount!), Rational.ZERO);
  const upTo = counted.filter((e) => e.result.amountKind === "up_to").reduce((s, e) => s.add(e.amount!), Rational.ZERO);
  if (upTo.cmp(Rational.ZERO) > 0) {
    warnings.push(`合计中有${formatAmount(upTo)}来自“最高不超过”类条款，按上限估算，实际金额以核定为准。`);
  }
  const eligibleDocs = new Set(counted.map((e) => e.result.docId));
  for (const doc of docs) {
    const note = doc.fundingNote?.text(profile);
    if (note && eligibleDocs.has(doc.docId)) warnings.push(note);
  }
  if (city && evaluated.length === 0) warnings.push(`${cityLabel(city)}的政策中没有面向所选主体类型的条款。`);

  return {
    asOf,
    year,
    fxUsdCny,
    fxSource: profile.fxUsdCny === undefined ? "config" : "profile",
    city: city ?? profile.city,
    ...(profile.district ? { district: profile.district } : {}),
    kinds,
    facts: factsOf(profile, evaluated),
    results: evaluated.sort(order).map((e) => e.result),
    totalCny: Number(total.round()),
    totalUpToCny: Number(upTo.round()),
    warnings,
    disclaimer: DISCLAIMER,
  };
}
