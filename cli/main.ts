// Command-line entry: `npm run --silent cli -- <command> …`. JSON on stdout, logs on stderr,
// exit 2 with one line on stderr for bad input.
import { CorpusError } from "../corpus/index.ts";
import { RuleCheckError } from "../policies/rules/index.ts";
import { UsageError } from "./args.ts";
import type { Command } from "./commands/command.ts";
import { commands } from "./commands/index.ts";

function usage(): string {
  return ["usage: npm run --silent cli -- <command> [options]", ...commands.map((c: Command) => `  ${c.usage}`)].join("\n");
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = commands.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(name && name !== "--help" ? `unknown command "${name}"\n${usage()}\n` : `${usage()}\n`);
    return name && name !== "--help" ? 2 : 0;
  }
  try {
    return (await command.run(rest)) ?? 0;
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`${err.message}\n`);
      return 2;
    }
    // The corpus folder (CORPUS_DIR) does not load, or the rules cite what it does not hold.
    if (err instanceof CorpusError || err instanceof RuleCheckError) {
      process.stderr.write(`${err instanceof CorpusError ? "the corpus is invalid: " : ""}${err.message}\n`);
      return 1;
    }
    throw err;
  }
}

process.exitCode = await main(process.argv.slice(2));
