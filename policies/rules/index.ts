// Every document whose money clauses are encoded, as rules. Plan documents (郑政文〔2018〕57号, the
// 210号 action plan) grant nothing an enterprise can apply for and have none; a document added to
// the corpus has none until its rules are written here (docs/ADDING-A-POLICY.md), and until then
// screening and answers say that its amounts are not yet encoded.
import type { PolicyDocument } from "../engine/types.ts";
import { cz20213 } from "./cz-2021-3.ts";
import { zz2013237 } from "./zz-2013-237.ts";
import { zz20184 } from "./zz-2018-4.ts";
import { zz2023210Livestream, zz2023210Measures } from "./zz-2023-210.ts";

export { checkRules, ruleProblems, RuleCheckError } from "./check.ts";

export const POLICY_DOCUMENTS: readonly PolicyDocument[] = [zz2013237, zz20184, zz2023210Measures, zz2023210Livestream, cz20213];

export const RULES = POLICY_DOCUMENTS.flatMap((d) => d.rules);
