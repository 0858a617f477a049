import { clausesCommand } from "./clauses.ts";
import type { Command } from "./command.ts";
import { rulesCommand } from "./rules.ts";
import { screenCommand } from "./screen.ts";

export const commands: Command[] = [screenCommand, clausesCommand, rulesCommand];
