// Reading the CLI's input files: a missing file or bad JSON is a one-line UsageError.
import { readFileSync } from "node:fs";
import { UsageError } from "./args.ts";

export function readText(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(code === "ENOENT" ? `no such file: ${path}` : `cannot read ${path}: ${(err as Error).message}`);
  }
}

export function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new UsageError(`${where}: invalid JSON (${(err as Error).message})`);
  }
}

/** Non-blank lines with their 1-based line numbers. */
export function lines(text: string): { n: number; text: string }[] {
  return text
    .split(/\r?\n/)
    .map((t, i) => ({ n: i + 1, text: t.trim() }))
    .filter((l) => l.text.length > 0);
}
