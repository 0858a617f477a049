import { isDocId, loadCorpus } from "../../corpus/index.ts";
import { parseArgs, UsageError } from "../args.ts";
import type { Command } from "./command.ts";

export const clausesCommand: Command = {
  name: "clauses",
  usage: "clauses [--doc DOC_ID] [--json]      list clauses (id, label, title)",
  async run(argv) {
    const args = parseArgs(argv, ["doc"]);
    const doc = args.option("doc");
    if (doc !== undefined && !isDocId(doc)) throw new UsageError(`unknown document "${doc}"`);
    const clauses = loadCorpus().clauses.filter((c) => doc === undefined || c.docId === doc);
    // One line per clause: an untitled clause is previewed by its text, its line breaks flattened.
    for (const c of clauses) {
      process.stdout.write(
        args.flag("json")
          ? `${JSON.stringify(c)}\n`
          : `${c.clauseId}\t${c.docNumber} ${c.label}\t${c.title ?? c.text.replace(/\s+/g, " ").slice(0, 30)}\n`,
      );
    }
  },
};
