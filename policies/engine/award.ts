// Dispatches an award to its mechanism.
import { fixed } from "./mechanisms/fixed.ts";
import { forEach } from "./mechanisms/for-each.ts";
import { perUnit } from "./mechanisms/per-unit.ts";
import { rate } from "./mechanisms/rate.ts";
import { sum } from "./mechanisms/sum.ts";
import { tiers } from "./mechanisms/tiers.ts";
import { unspecified } from "./mechanisms/unspecified.ts";
import { upTo } from "./mechanisms/up-to.ts";
import type { Award, AwardResult, Context } from "./types.ts";

export function evaluateAward(award: Award, ctx: Context): AwardResult {
  switch (award.kind) {
    case "fixed":
      return fixed(award);
    case "upTo":
      return upTo(award);
    case "rate":
      return rate(award, ctx);
    case "perUnit":
      return perUnit(award, ctx);
    case "tiers":
      return tiers(award, ctx, evaluateAward);
    case "sum":
      return sum(award, ctx, evaluateAward);
    case "forEach":
      return forEach(award, ctx, evaluateAward);
    case "unspecified":
      return unspecified(award);
  }
}
