import { todayInChina } from "../../corpus/validity.ts";
import { RULES } from "../../policies/rules/index.ts";
import { ruleLine } from "../../policies/summary.ts";
import type { Command } from "./command.ts";

export const rulesCommand: Command = {
  name: "rules",
  usage: "rules                                  list every rule with its clauseId and a one-line summary",
  async run() {
    const today = todayInChina();
    process.stdout.write(RULES.map((r) => ruleLine(r, today)).join("\n") + "\n");
  },
};
