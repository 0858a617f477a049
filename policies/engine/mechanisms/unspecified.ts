import type { Award, AwardResult } from "../types.ts";

/** Eligible, but the text sets no amount: 适当支持, 按其他政策, 一事一议. */
export function unspecified(award: Extract<Award, { kind: "unspecified" }>): AwardResult {
  return { status: "ok", kind: "unspecified", lines: [`金额未明确：${award.basis}`], missing: [] };
}
