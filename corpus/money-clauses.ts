// Which clauses grant money: a sentence with a word of awarding and a sum (给予……50万元,
// 每人100元补贴). Used to say that a document's amounts are not yet encoded as rules, and whether
// any money clause is in force on a day; a clause that only sets a target (交易额超过1250亿元) or
// promises support without a sum (给予支持) grants nothing to count.
import type { Clause } from "./parse.ts";

const SUM = /\d+(?:\.\d+)?(?:万|亿)?元/u;
const AWARD = /给予|予以|奖励|补贴|补助|资助|扶持|贴息/u;
const SENTENCE_END = /(?<=[。；！？])/u;

export function grantsMoney(clause: Pick<Clause, "kind" | "text">): boolean {
  if (clause.kind !== "item" && clause.kind !== "section") return false;
  return clause.text.split(SENTENCE_END).some((s) => SUM.test(s) && AWARD.test(s));
}
