// The dialogue in a terminal: the same core as Telegram and the web chat. Buttons are numbered;
// typing a number presses one. State lives in the same session store, so a chat can be resumed.
import { createInterface } from "node:readline/promises";
import { createApp } from "../../bot/app.ts";
import type { Button, Reply } from "../../bot/dialogue/types.ts";
import { parseArgs } from "../args.ts";
import type { Command } from "./command.ts";

function show(replies: Reply[]): Button[] {
  const buttons = replies.flatMap((r) => r.buttons?.flat() ?? []);
  // A terminal cannot change what it printed: an edit (a tick) shows just the buttons again, numbered afresh.
  for (const reply of replies) if (!reply.edits) process.stdout.write(`\n${reply.text}\n`);
  if (buttons.length) process.stdout.write(`${buttons.map((b, i) => `[${i + 1}] ${b.label}`).join("  ")}\n`);
  return buttons;
}

export const chatCommand: Command = {
  name: "chat",
  usage: "chat [--session NAME]                 the guided dialogue in the terminal (/help for commands)",
  async run(argv) {
    const args = parseArgs(argv, ["session"]);
    const session = `cli:${args.option("session") ?? "local"}`;
    const app = createApp();
    // The line iterator buffers input, so a script piped in is read line by line like typing.
    const rl = createInterface({ input: process.stdin, terminal: process.stdin.isTTY });
    const prompt = () => process.stdout.write("\n> ");
    let buttons = show(await app.dialogue.handle(session, { kind: "command", name: "start" }));
    prompt();
    try {
      for await (const line of rl) {
        const text = line.trim();
        if (text === "/quit" || text === "/exit") break;
        if (text) {
          const n = Number(text);
          const input = Number.isInteger(n) && n >= 1 && n <= buttons.length ? { kind: "button" as const, data: buttons[n - 1]!.data } : { kind: "text" as const, text };
          buttons = show(await app.dialogue.handle(session, input));
        }
        prompt();
      }
    } finally {
      rl.close();
      await app.close();
    }
  },
};
