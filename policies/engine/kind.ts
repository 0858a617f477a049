import type { AmountKind, Award } from "./types.ts";

/** The kind of amount an award gives, known from its shape alone. */
export function kindOf(award: Award): AmountKind {
  switch (award.kind) {
    case "fixed":
      return "fixed";
    case "upTo":
      return "up_to";
    case "rate":
    case "perUnit":
      return award.upTo ? "up_to" : "computed";
    case "tiers": {
      const kinds = award.tiers.map((t) => kindOf(t.award));
      return kinds.includes("up_to") ? "up_to" : kinds.every((k) => k === "fixed") ? "fixed" : "computed";
    }
    case "sum":
      return award.parts.some((p) => kindOf(p) === "up_to") ? "up_to" : "computed";
    case "forEach":
      return kindOf(award.award) === "up_to" ? "up_to" : "computed";
    case "unspecified":
      return "unspecified";
  }
}
