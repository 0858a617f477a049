import { askCommand } from "./ask.ts";
import { chatCommand } from "./chat.ts";
import { clausesCommand } from "./clauses.ts";
import type { Command } from "./command.ts";
import { docCommand } from "./doc.ts";
import { indexCommand } from "./index-command.ts";
import { rulesCommand } from "./rules.ts";
import { screenCommand } from "./screen.ts";

export const commands: Command[] = [screenCommand, askCommand, chatCommand, clausesCommand, rulesCommand, indexCommand, docCommand];
