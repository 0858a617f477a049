// The evaluator: a pure function (profile, config) → the screen result of CONTRACT.md §4.
import { DOCUMENTS, documentInfo, loadCorpus, type Corpus, type DocId, type DocumentInfo } from "../corpus/index.ts";
import { validityOn } from "../corpus/validity.ts";
import { applySharedCaps, applyStacking } from "./adjustments.ts";
import { cityCode, cityLabel, coveredCitiesText } from "./cities.ts";
import { moneyClauses, moneyInForce } from "./encoding.ts";
import { boundWarnings } from "./engine/bounds.ts";
import type { Context, PolicyDocument } from "./engine/types.ts";
import { evaluateRule, type Evaluated } from "./evaluate-rule.ts";
import { enteredFacts, type EnteredFact } from "./facts.ts";
import { RULE_FIELDS, ruleReads } from "./field-usage.ts";
import { schemaPath } from "./fields.ts";
import { decimal, formatAmount, Rational } from "./money.ts";
import { parameterValue } from "./parameters.ts";
import type { Kind, Profile } from "./profile.ts";
import type { RuleResult, ScreenedDocument, ScreenHistory, ScreenResult } from "./result.ts";
import { checkRules, POLICY_DOCUMENTS } from "./rules/index.ts";

export interface ScreenConfig {
  /** CNY per USD when the profile gives none. */
  fxUsdCny: number;
  /** Today (YYYY-MM-DD), the default `asOf`. Passed in so the evaluator stays pure. */
  today: string;
  /** The encoded documents (default: POLICY_DOCUMENTS); a test adds rules for a new document here. */
  policies?: readonly PolicyDocument[];
}

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
    if (v.expiresInDays !== null) {
      doc.set(docId, `${info.docNumber}《${info.title}》将于${info.inForce.to}到期（距筛查日${v.expiresInDays}天），请在到期前申报。`);
    }
  }
  return { doc, all: [...doc.values()] };
}

/** A city document as the result names it, with what is known of its money clauses. */
function screenedDocument(info: DocumentInfo, asOf: string, policies: readonly PolicyDocument[]): ScreenedDocument {
  const validity = validityOn(info.docId, asOf);
  const { money, unencoded } = moneyClauses(info.docId, policies);
  return {
    docId: info.docId,
    docNumber: info.docNumber,
    title: info.title,
    issuer: info.issuer,
    inForce: { from: info.inForce.from, to: info.inForce.to },
    validity: { status: validity.status, text: validity.text },
    contact: info.contact?.bureau ?? null,
    money,
    unencodedClauses: unencoded.map((c) => c.label),
  };
}

/** 《…》（文号）中的资金条款尚未编码: said for every such document in force, so that none is silently left out. */
function notEncodedWarning(d: ScreenedDocument): string {
  const ask = d.contact ? `请阅读原文或向${d.contact}咨询` : `请阅读原文或向发文机关${d.issuer}咨询`;
  return `《${d.title}》（${d.docNumber}）中的资金条款尚未编码，金额未计入：${d.unencodedClauses.join("、")}。${ask}。`;
}

/**
 * With no money clause 现行有效 on asOf: the latest documents to expire, screened on their last
 * day with the same figures — what they offered, for a year that can still be claimed under them.
 */
function lastInForce(profile: Profile, config: ScreenConfig, year: number, documents: readonly ScreenedDocument[]): ScreenHistory | null {
  const expired = documents.filter((d) => d.money !== "none" && d.validity.status === "expired");
  const lastDay = expired.map((d) => d.inForce.to!).sort().at(-1);
  if (!lastDay) return null;
  const docIds = expired.filter((d) => d.inForce.to === lastDay).map((d) => d.docId);
  const then = screen({ ...profile, asOf: lastDay, year }, config);
  const results = then.results.filter((r) => docIds.includes(r.docId));
  const totalCny = results.filter((r) => r.status === "eligible" && r.countedInTotal).reduce((sum, r) => sum + (r.amountCny ?? 0), 0);
  return { asOf: lastDay, docIds, results, totalCny };
}

/** Rule sets already checked against each corpus (the service checks at start; a CLI or a test here). */
const checked = new WeakMap<Corpus, WeakSet<readonly PolicyDocument[]>>();

function checkOnce(policies: readonly PolicyDocument[]): void {
  const corpus = loadCorpus();
  const sets = checked.get(corpus) ?? new WeakSet();
  if (sets.has(policies)) return;
  checkRules(policies, corpus);
  sets.add(policies);
  checked.set(corpus, sets);
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
  const staticReads = new Map(ruleReads().map((r) => [r.ruleId, new Set(r.fields)]));
  // A rule passed in config.policies beside the shipped ones (a new document's) has no recorded reads.
  const wouldRead = (e: Evaluated, path: string) => staticReads.get(e.rule.id)?.has(schemaPath(listOfItem(path) ?? path)) ?? false;
  return enteredFacts(
    profile as Record<string, unknown>,
    RULE_FIELDS,
    (path) => evaluated.filter((e) => reads(e, path)).map((e) => e.result.clauseId),
    (path) => evaluated.filter((e) => e.result.status === "not_in_force" && wouldRead(e, path)).map((e) => e.result.clauseId),
  );
}

export function screen(profile: Profile, config: ScreenConfig): ScreenResult {
  const policies = config.policies ?? POLICY_DOCUMENTS;
  checkOnce(policies);
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
  if (!city) warnings.push(`政策库只收录${coveredCitiesText()}的文件，没有“${profile.city}”的政策，无法筛查。`);
  const docs = policies.filter((d) => documentInfo(d.docId).city === city);
  const documents = DOCUMENTS.filter((d) => d.city === city).map((d) => screenedDocument(d, asOf, policies));
  const anyInForce = city !== null && moneyInForce(city, asOf, policies);
  const evaluated = docs.flatMap((doc) =>
    doc.rules
      .filter((rule) => rule.kinds.some((k) => kinds.includes(k)))
      .map((rule) => evaluateRule(rule, doc, kinds, asOf, ctx)),
  );

  if (city && !anyInForce) {
    const unconfirmed = documents.filter((d) => d.money !== "none" && d.validity.status === "open_ended").map((d) => d.docNumber);
    warnings.push(
      `筛查日${asOf}没有现行有效的资金条款${unconfirmed.length ? `（${unconfirmed.join("、")}未规定截止日期，有效性待确认，其条款仍列出）` : ""}。`,
    );
  }
  const unencoded = documents.filter((d) => d.money === "not_encoded" && validityOn(d.docId, asOf).inForce);
  warnings.push(...unencoded.map(notEncodedWarning));
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
  if (city && evaluated.length === 0 && unencoded.length === 0) warnings.push(`${cityLabel(city)}的政策中没有面向所选主体类型的条款。`);

  return {
    asOf,
    year,
    fxUsdCny,
    fxSource: profile.fxUsdCny === undefined ? "config" : "profile",
    city: city ?? profile.city,
    cityName: city ? cityLabel(city) : null,
    documents,
    moneyInForce: city === null || anyInForce,
    history: city && !anyInForce ? lastInForce(profile, config, year, documents) : null,
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
