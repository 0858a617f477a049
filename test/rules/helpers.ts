// Small assertions shared by the per-document rule tests. Every expected figure is written in the
// test itself, worked out by hand from the clause text; these helpers only check the result shape.
import { expect } from "vitest";
import type { RuleResult } from "../../policies/result.ts";
import { resultFor, run } from "../helpers/screen.ts";

export type Profile = Record<string, unknown>;

/** The rule came out eligible with exactly this amount (whole yuan; null for 金额未明确). */
export function expectEligible(r: RuleResult, amountCny: number | null, amountKind?: RuleResult["amountKind"]): void {
  expect({ status: r.status, amountCny: r.amountCny }, r.explanation).toEqual({ status: "eligible", amountCny });
  if (amountKind) expect(r.amountKind, r.explanation).toBe(amountKind);
}

/** The rule came out ineligible; with `gap`, its nearMiss names that gap (还差1美元 / 还差1家 …). */
export function expectIneligible(r: RuleResult, gap?: string): void {
  expect({ status: r.status, amountCny: r.amountCny }, r.explanation).toEqual({ status: "ineligible", amountCny: null });
  if (gap !== undefined) {
    expect(r.nearMiss, r.explanation).toBeDefined();
    expect(r.nearMiss!).toMatch(new RegExp(`差${gap.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\d.])`, "u"));
  }
}

/** The rule came out missing_info and names each of these field paths. */
export function expectMissing(r: RuleResult, ...paths: string[]): void {
  expect({ status: r.status, amountCny: r.amountCny }, r.explanation).toEqual({ status: "missing_info", amountCny: null });
  for (const p of paths) expect(r.missing, r.explanation).toContain(p);
}

/** The explanation states the exchange rate it used (按1美元=7元). */
export function expectRateStated(r: RuleResult, rate = "7"): void {
  expect(r.explanation).toContain(`按1美元=${rate}元`);
}

/** Whether a rule was reported at all for this profile (rules for other kinds are left out). */
export function reported(profile: Profile, ruleId: string): boolean {
  return run(profile).results.some((x) => x.clauseId === ruleId);
}

export { resultFor, run };
