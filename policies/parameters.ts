// Dated parameters the rules refer to, each value with the date it took effect and its source,
// kept apart from the formulas that use them.
import { decimal, Rational } from "./money.ts";
import type { Profile } from "./profile.ts";
import type { ParameterName } from "./engine/types.ts";

interface Dated {
  from: string;
  value: number;
}

interface Parameter {
  label: string;
  source: string;
  /** A profile field that overrides the table when given. */
  override: keyof Profile;
  values: Dated[];
}

export const PARAMETERS: Record<ParameterName, Parameter> = {
  lprOneYear: {
    label: "一年期贷款市场报价利率（LPR）",
    source: "中国人民银行授权全国银行间同业拆借中心公布",
    override: "lprOneYear",
    values: [
      { from: "2019-08-20", value: 0.0425 },
      { from: "2019-09-20", value: 0.042 },
      { from: "2019-11-20", value: 0.0415 },
      { from: "2020-02-20", value: 0.0405 },
      { from: "2020-04-20", value: 0.0385 },
      { from: "2021-12-20", value: 0.038 },
      { from: "2022-01-20", value: 0.037 },
      { from: "2022-08-22", value: 0.0365 },
      { from: "2023-06-20", value: 0.0355 },
      { from: "2023-08-21", value: 0.0345 },
      { from: "2024-07-22", value: 0.0335 },
      { from: "2024-10-21", value: 0.031 },
      { from: "2025-05-20", value: 0.03 },
    ],
  },
};

/**
 * The value in effect on the last day of the performance year (the figures' period, 同期), or on
 * `asOf` if that is earlier; the profile's own value wins.
 */
export function parameterValue(name: ParameterName, profile: Profile, year: number, asOf: string): { value: Rational; text: string } {
  const p = PARAMETERS[name];
  const own = profile[p.override];
  const percent = (v: number) => `${decimal(Rational.from(v).mul(Rational.of(100n)), 4)}%`;
  if (typeof own === "number") return { value: Rational.from(own), text: `${p.label}按填报值${percent(own)}` };
  const day = [`${year}-12-31`, asOf].sort()[0]!;
  const entry = p.values.filter((v) => v.from <= day).at(-1) ?? p.values[0]!;
  return { value: Rational.from(entry.value), text: `${p.label}${entry.from}起为${percent(entry.value)}，${p.source}` };
}
