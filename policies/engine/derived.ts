// Values worked out from several fields. Kept here, named, so a rule reads
// "the performance year is the first full year after the HQ settled" instead of date arithmetic.
import { Rational } from "../money.ts";
import type { Profile } from "../profile.ts";
import type { Context, DerivedName, Value } from "./types.ts";

interface Derivation {
  label: string;
  read(ctx: Context): { value?: Value; missing: string[] };
}

/** The first calendar year the HQ was settled for all of: its own year only if it came on 1 January. */
function firstFullYear(profile: Profile): number | undefined {
  const on = profile.hq?.establishedOn;
  if (!on) return undefined;
  const year = Number(on.slice(0, 4));
  return on.endsWith("-01-01") ? year : year + 1;
}

function yearTest(ctx: Context, test: (year: number, first: number) => boolean): { value?: Value; missing: string[] } {
  const first = firstFullYear(ctx.profile);
  if (first === undefined) return { missing: ["hq.establishedOn"] };
  return { value: { type: "boolean", value: test(ctx.year, first) }, missing: [] };
}

export const DERIVED: Record<DerivedName, Derivation> = {
  hqFirstFullYear: {
    label: "业绩年度为总部落户后首个整年度",
    read: (ctx) => yearTest(ctx, (year, first) => year === first),
  },
  hqFullYearReached: {
    label: "业绩年度为总部落户后的整年度",
    read: (ctx) => yearTest(ctx, (year, first) => year >= first),
  },
  hqBestTradeBefore: {
    label: "落户后此前最好整年度跨境电商进出口额",
    read(ctx) {
      const first = firstFullYear(ctx.profile);
      if (first === undefined) return { missing: ["hq.establishedOn"] };
      // In the first full year there is no earlier full year to compare with.
      if (ctx.year <= first) return { value: { type: "money", value: Rational.ZERO, currency: "CNY" }, missing: [] };
      const prior = ctx.profile.hq?.priorBestTrade;
      if (!prior) return { missing: ["hq.priorBestTrade"] };
      return { value: { type: "money", value: Rational.from(prior.amount), currency: prior.currency }, missing: [] };
    },
  },
};
