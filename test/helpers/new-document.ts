// The made-up 郑政办〔2027〕1号 of test/fixtures/new-document: where it is, and the rule a policy
// author writes for its （二）, passed to the evaluator beside the shipped ones.
import { join } from "node:path";
import { atLeast, give, wan, wanCny } from "../../policies/engine/dsl.ts";
import type { PolicyDocument } from "../../policies/engine/types.ts";

export const NEW_DOCUMENT_DIR = join(import.meta.dirname, "..", "fixtures", "new-document");

export const NEW_RULES: PolicyDocument = {
  docId: "zz-2027-1",
  preconditions: [],
  rules: [
    {
      id: "zz-2027-1/2", clauseId: "zz-2027-1/2", kinds: ["cbec_enterprise"], subject: "overseas-livestream", period: "one_off",
      quote: "年直播销售额达到500万元以上的跨境电商企业,给予一次性30万元奖励",
      conditions: [atLeast("liveStreamSales", wanCny(500), "年直播销售额达到500万元以上")],
      award: give(wan(30)),
    },
  ],
};
