import { askCommand } from "./ask.ts";
import { chatCommand } from "./chat.ts";
import { clauseCommand } from "./clause.ts";
import { clausesCommand } from "./clauses.ts";
import type { Command } from "./command.ts";
import { docCommand } from "./doc.ts";
import { indexCommand } from "./index-command.ts";
import { rulesCommand } from "./rules.ts";
import { screenCommand } from "./screen.ts";

export const commands: Command[] = [screenCommand, askCommand, chatCommand, clauseCommand, clausesCommand, rulesCommand, indexCommand, docCommand];
