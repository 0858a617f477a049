// Screening straight from the evaluator (no CLI) for tests.
import { screen } from "../../policies/screen.ts";
import type { RuleResult, ScreenResult } from "../../policies/result.ts";
import { validateProfile } from "../../policies/validate.ts";

export const TEST_CONFIG = { fxUsdCny: 7, today: "2024-06-30" };

export const usd = (amount: number) => ({ amount, currency: "USD" as const });
export const cny = (amount: number) => ({ amount, currency: "CNY" as const });

/** Validates like the CLI does (a bad test profile fails loudly), then screens. */
export function run(profile: Record<string, unknown>, config = TEST_CONFIG): ScreenResult {
  const v = validateProfile(profile);
  if (!v.ok) throw new Error(`invalid test profile: ${JSON.stringify(v.problems)}`);
  return screen(v.profile, config);
}

/** The result of one rule (by rule id, e.g. "zz-2018-4/9a"); fails if the rule did not come out. */
export function resultFor(profile: Record<string, unknown>, ruleId: string, config = TEST_CONFIG): RuleResult {
  const r = run(profile, config).results.find((x) => x.clauseId === ruleId);
  if (!r) throw new Error(`no result for ${ruleId}`);
  return r;
}
