// `clause REFERENCE`: one clause by id (zz-2018-4/8) or as the texts cite it (郑政〔2018〕4号第八条),
// with its document's title and validity; a reference fitting several documents (210号第十条)
// prints each of them. The words are the chat's (/clause), so every channel says the same.
import { isIsoDate, shownValidity, todayInChina, validityOn } from "../../corpus/validity.ts";
import { renderClause } from "../../bot/dialogue/render.ts";
import { lookUpClause } from "../../retrieval/clause-lookup.ts";
import { parseArgs, UsageError } from "../args.ts";
import type { Command } from "./command.ts";

export const clauseCommand: Command = {
  name: "clause",
  usage: 'clause "ID|REFERENCE" [--json] [--today YYYY-MM-DD]   one clause by id (zz-2018-4/8) or 文号 and number (郑政〔2018〕4号第八条); several when a 文号 is shared',
  async run(argv) {
    const args = parseArgs(argv, ["today"]);
    if (args.positional.length !== 1) throw new UsageError('clause needs one clause id or reference (quote it), e.g. clause "郑政〔2018〕4号第八条"');
    const asked = args.positional[0]!;
    const today = args.option("today") ?? todayInChina();
    if (!isIsoDate(today)) throw new UsageError(`--today must be a date YYYY-MM-DD, got "${today}"`);
    const found = lookUpClause(asked);
    if (found.kind === "unknown" || found.kind === "no_such_clause") throw new UsageError(renderClause(asked, today).text);
    if (!args.flag("json")) {
      process.stdout.write(`${renderClause(asked, today).text}\n`);
      return;
    }
    const clauses = found.kind === "found" ? [found.clause] : found.clauses;
    const described = clauses.map((c) => ({ ...c, validity: shownValidity(validityOn(c.docId, today)) }));
    process.stdout.write(`${JSON.stringify({ asked, clauses: described })}\n`);
  },
};
