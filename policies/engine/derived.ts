// Values worked out from several fields. Kept here, named, so a rule reads
// "the performance year is the first full year after the HQ settled" instead of date arithmetic.
import { Rational } from "../money.ts";
import { atLeast, oneOf, sumOf } from "./dsl.ts";
import { readQuantity, type Reading } from "./quantity.ts";
import type { Profile } from "../profile.ts";
import type { Context, DerivedName, Quantity } from "./types.ts";

interface Derivation {
  label: string;
  /** The quantities it is worked out from, for knowing which fields a rule reads. */
  from: Quantity[];
  read(ctx: Context): Omit<Reading, "label">;
}

const fieldQ = (path: string): Quantity => ({ kind: "field", path });

/** The first calendar year the HQ was settled for all of: its own year only if it came on 1 January. */
function firstFullYear(profile: Profile): number | undefined {
  const on = profile.hq?.establishedOn;
  if (!on) return undefined;
  const year = Number(on.slice(0, 4));
  return on.endsWith("-01-01") ? year : year + 1;
}

function yearTest(ctx: Context, test: (year: number, first: number) => boolean): Omit<Reading, "label"> {
  ctx.reads.add("hq.establishedOn");
  const first = firstFullYear(ctx.profile);
  if (first === undefined) return { missing: ["hq.establishedOn"] };
  return { value: { type: "boolean", value: test(ctx.year, first) }, missing: [] };
}

/** The stores in Zhengzhou that have operated a full year (郑政文〔2023〕210号（十二）). */
export const YEAR_OLD_DOMESTIC_STORES = [oneOf("location", ["domestic"], "郑州市市域内的线下店"), atLeast("monthsOperating", 12, "经营满一年")];

const STORES_RETAIL_IMPORT = sumOf("o2oStores", "retailImport", YEAR_OLD_DOMESTIC_STORES, "线下店年跨境电商零售进口额");

export const DERIVED: Record<DerivedName, Derivation> = {
  hqFirstFullYear: {
    label: "业绩年度为总部落户后首个整年度",
    from: [fieldQ("hq.establishedOn")],
    read: (ctx) => yearTest(ctx, (year, first) => year === first),
  },
  hqFullYearReached: {
    label: "业绩年度为总部落户后的整年度",
    from: [fieldQ("hq.establishedOn")],
    read: (ctx) => yearTest(ctx, (year, first) => year >= first),
  },
  hqBestTradeBefore: {
    label: "落户后此前最好整年度跨境电商进出口额",
    from: [fieldQ("hq.establishedOn"), fieldQ("hq.priorBestTrade")],
    read(ctx) {
      ctx.reads.add("hq.establishedOn");
      const first = firstFullYear(ctx.profile);
      // In the first full year there is no earlier full year to compare with.
      if (first !== undefined && ctx.year <= first) return { value: { type: "money", value: Rational.ZERO, currency: "CNY" }, missing: [] };
      ctx.reads.add("hq.priorBestTrade");
      const prior = ctx.profile.hq?.priorBestTrade;
      if (prior) return { value: { type: "money", value: Rational.from(prior.amount), currency: prior.currency }, missing: [] };
      return { missing: first === undefined ? ["hq.priorBestTrade", "hq.establishedOn"] : ["hq.priorBestTrade"] };
    },
  },
  newRetailImport: {
    label: "年跨境电商零售进口额（线下店合计；未分店填写时按企业整体）",
    from: [STORES_RETAIL_IMPORT, fieldQ("retailImport")],
    read(ctx) {
      // The stores' own figures when given, else the enterprise's: both readings of the clause.
      const { label: _, ...stores } = readQuantity(STORES_RETAIL_IMPORT, ctx);
      const storesGiven = stores.value?.type === "money" && !stores.partial && stores.value.value.cmp(Rational.ZERO) > 0;
      if (storesGiven) return stores;
      ctx.reads.add("retailImport");
      const whole = ctx.profile.retailImport;
      if (whole) return { value: { type: "money", value: Rational.from(whole.amount), currency: whole.currency }, missing: [] };
      return stores.value && !stores.partial ? stores : { missing: stores.missing.length ? stores.missing : ["retailImport"] };
    },
  },
};
