// A small argument reader for the CLI: positional words, --flags and --options with values.

/** Bad input from the user: reported as one line on stderr with exit code 2. */
export class UsageError extends Error {}

export interface Args {
  positional: string[];
  flag(name: string): boolean;
  option(name: string): string | undefined;
  intOption(name: string, fallback: number): number;
}

export function parseArgs(argv: string[], valued: readonly string[]): Args {
  const positional: string[] = [];
  const flags = new Set<string>();
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (!word.startsWith("--")) {
      positional.push(word);
      continue;
    }
    const name = word.slice(2);
    if (valued.includes(name)) {
      const value = argv[++i];
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      options.set(name, value);
    } else {
      flags.add(name);
    }
  }
  return {
    positional,
    flag: (name) => flags.has(name),
    option: (name) => options.get(name),
    intOption(name, fallback) {
      const raw = options.get(name);
      if (raw === undefined) return fallback;
      const n = Number(raw);
      if (!Number.isInteger(n) || n < 1) throw new UsageError(`--${name} must be a positive whole number, got "${raw}"`);
      return n;
    },
  };
}
