export interface Command {
  name: string;
  /** One line for the usage text. */
  usage: string;
  /** Returns the exit code (default 0); throws UsageError for bad input. */
  run(argv: string[]): Promise<number | void>;
}
