import { existsSync, readFileSync } from "node:fs";
import { loadConfig } from "../../config.ts";
import { isDocId } from "../../corpus/index.ts";
import { isIsoDate, todayInChina } from "../../corpus/validity.ts";
import { cities } from "../../policies/cities.ts";
import { summarizeClause } from "../../policies/summary.ts";
import { citationName } from "../../retrieval/citation-name.ts";
import { DEFAULT_TOP, openRetriever, type AskOptions, type AskResult } from "../../retrieval/index.ts";
import { parseArgs, UsageError } from "../args.ts";
import type { Command } from "./command.ts";

function readOptions(args: ReturnType<typeof parseArgs>): AskOptions {
  const city = args.option("city");
  const codes = cities().map((c) => c.code);
  if (city !== undefined && !codes.includes(city)) throw new UsageError(`--city must be ${codes.join(" or ")}, got "${city}"`);
  const docId = args.option("doc");
  if (docId !== undefined && !isDocId(docId)) throw new UsageError(`unknown document "${docId}"`);
  const dates = { inForceOn: args.option("in-force-on"), today: args.option("today") };
  for (const [name, value] of [["in-force-on", dates.inForceOn], ["today", dates.today]] as const) {
    if (value !== undefined && !isIsoDate(value)) throw new UsageError(`--${name} must be a date YYYY-MM-DD, got "${value}"`);
  }
  return { top: args.intOption("top", DEFAULT_TOP), city, docId, ...dates };
}

/** One question per non-blank line; blank lines are skipped, so results follow the non-blank lines. */
function readBatch(file: string): string[] {
  if (!existsSync(file)) throw new UsageError(`batch file not found: ${file}`);
  return readFileSync(file, "utf8")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

function readable(r: AskResult): string {
  if (r.noAnswer) return `${r.answer}\n`;
  const sources = r.citations.map(
    (c, i) => `[${i + 1}] ${citationName(c)}（${c.validity.text}，相关度 ${c.score.toFixed(2)}）\n    ${c.text.replace(/\n/g, "\n    ")}`,
  );
  return `${r.answer}\n\n引用条款：\n${sources.join("\n")}\n`;
}

export const askCommand: Command = {
  name: "ask",
  usage:
    'ask "QUESTION" | --batch FILE.txt [--json] [--top K] [--city zhengzhou|chenzhou] [--doc DOC_ID] [--in-force-on YYYY-MM-DD] [--today YYYY-MM-DD]   answer from the policy clauses, with citations (batch: one question a line, blank lines skipped, one result a line)',
  async run(argv) {
    const args = parseArgs(argv, ["top", "batch", "city", "doc", "in-force-on", "today"]);
    const options = readOptions(args);
    const batch = args.option("batch");
    if (batch !== undefined && args.positional.length > 0) throw new UsageError("give either a question or --batch FILE, not both");
    if (batch === undefined && args.positional.length !== 1) throw new UsageError('ask needs one question (quote it) or --batch FILE');
    const questions = batch !== undefined ? readBatch(batch) : [args.positional[0]!];
    if (questions.some((q) => q.trim() === "")) throw new UsageError("the question is empty");

    const today = options.today ?? todayInChina();
    const retriever = await openRetriever(loadConfig(), { summarize: (clauseId) => summarizeClause(clauseId, today) });
    for (const question of questions) {
      const result = await retriever.ask(question, options);
      process.stdout.write(args.flag("json") ? `${JSON.stringify(result)}\n` : readable(result));
    }
  },
};
