import { loadConfig } from "../../config.ts";
import { todayInChina } from "../../corpus/validity.ts";
import { renderReport } from "../../policies/report.ts";
import { screen } from "../../policies/screen.ts";
import { problemsText, validateProfile } from "../../policies/validate.ts";
import type { Profile } from "../../policies/profile.ts";
import { parseArgs, UsageError } from "../args.ts";
import { lines, parseJson, readText } from "../io.ts";
import type { Command } from "./command.ts";

function validated(input: unknown, where: string): Profile {
  const v = validateProfile(input);
  if (!v.ok) throw new UsageError(`${where}: ${problemsText(v.problems)}`);
  return v.profile;
}

export const screenCommand: Command = {
  name: "screen",
  usage: "screen --profile FILE.json | --batch FILE.jsonl  [--json]   pre-screen enterprise profiles",
  async run(argv) {
    const args = parseArgs(argv, ["profile", "batch"]);
    const file = args.option("profile");
    const batch = args.option("batch");
    if (Boolean(file) === Boolean(batch)) throw new UsageError("screen needs exactly one of --profile FILE.json or --batch FILE.jsonl");
    // Every profile is checked before anything is printed: a bad line leaves stdout empty.
    const profiles = file
      ? [validated(parseJson(readText(file), file), file)]
      : lines(readText(batch!)).map((l) => validated(parseJson(l.text, `${batch}:${l.n}`), `${batch}:${l.n}`));
    const config = { fxUsdCny: loadConfig().fxUsdCny, today: todayInChina() };
    const out = profiles.map((p) => {
      const result = screen(p, config);
      return args.flag("json") ? JSON.stringify(result) : renderReport(result);
    });
    process.stdout.write(out.join(args.flag("json") ? "\n" : "\n\n") + "\n");
  },
};
