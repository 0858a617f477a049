// The evaluator: a pure function (profile, config) → the screen result of CONTRACT.md §4.
import { documentInfo, type DocId } from "../corpus/documents.ts";
import { ENDING_SOON_DAYS, validityOn } from "../corpus/validity.ts";
import { applySharedCaps, applyStacking } from "./adjustments.ts";
import { cityCode, cityLabel } from "./cities.ts";
import type { Context } from "./engine/types.ts";
import { evaluateRule, type Evaluated } from "./evaluate-rule.ts";
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
    parameter: (name) => parameterValue(name, profile, year, asOf),
  };
  const warnings: string[] = [];
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
  const fxNote = `美元金额按1美元=${decimal(Rational.from(fxUsdCny), 6)}元人民币折算（${profile.fxUsdCny === undefined ? "系统默认汇率，可用 fxUsdCny 指定" : "按填报汇率"}）。`;
  if (usedFx.value) warnings.push(fxNote);

  const counted = evaluated.filter((e) => e.result.status === "eligible" && e.result.countedInTotal && e.amount);
  const total = counted.reduce((s, e) => s.add(e.amount!), Rational.ZERO);
  const upTo = counted.filter((e) => e.result.amountKind === "up_to").reduce((s, e) => s.add(e.amount!), Rational.ZERO);
  if (upTo.cmp(Rational.ZERO) > 0) {
    warnings.push(`合计中有${formatAmount(upTo)}来自“最高不超过”类条款，按上限估算，实际金额以核定为准。`);
  }
  const eligibleDocs = new Set(counted.map((e) => e.result.docId));
  for (const doc of docs) {
    const note = doc.fundingNote?.(profile);
    if (note && eligibleDocs.has(doc.docId)) warnings.push(note);
  }
  if (city && evaluated.length === 0) warnings.push(`${cityLabel(city)}的政策中没有面向所选主体类型的条款。`);

  return {
    asOf,
    year,
    fxUsdCny,
    fxSource: profile.fxUsdCny === undefined ? "config" : "profile",
    city: city ?? profile.city,
    results: evaluated.sort(order).map((e) => e.result),
    totalCny: Number(total.round()),
    totalUpToCny: Number(upTo.round()),
    warnings,
    disclaimer: DISCLAIMER,
  };
}
