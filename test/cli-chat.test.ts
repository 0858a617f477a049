import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { answerInWords } from "./helpers/person.ts";
import { SqliteStore } from "../bot/store/sqlite-store.ts";
import { formatAmount, Rational } from "../policies/money.ts";
import { cny, run } from "./helpers/screen.ts";

describe("cli chat", () => {
  it("screens an enterprise in the terminal to the same result as screen", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "cli-chat-"));
    // Reuse an index already built in this checkout, if any, to save the embedding time.
    if (existsSync("data/index")) cpSync("data/index", join(dataDir, "index"), { recursive: true });
    // A fixed screening day (/screen 2024-06-30): today's date would let the documents expire under the test.
    const truth = {
      asOf: "2024-06-30", city: "zhengzhou", kinds: ["cbec_enterprise"], crossBorderTrade: cny(30_000_000),
      logisticsSpend: cny(2_600_000), marketingSpend: cny(1_200_000), hq: { inCity: false }, inTalentIncubation: true,
    };
    const child = spawn("npx", ["tsx", "cli/main.ts", "chat"], { env: { ...process.env, DATA_DIR: dataDir }, stdio: ["pipe", "pipe", "pipe"] });
    // Decode across chunks: a Chinese character can be split between two reads.
    child.stdout.setEncoding("utf8");
    let output = "";
    let seen = 0;
    // One listener collects everything; each wait only looks for the next prompt after `seen`.
    let wake = () => {};
    child.stdout.on("data", (d: string) => ((output += d), wake()));
    const exited = new Promise<never>((_, reject) => child.once("exit", (code) => reject(new Error(`chat exited ${code}: ${output.slice(-500)}`))));
    exited.catch(() => {});
    const nextPrompt = () =>
      Promise.race([
        exited,
        new Promise<string>((resolve) => {
          const check = () => {
            const at = output.indexOf("\n> ", seen);
            if (at < 0) return;
            const chunk = output.slice(seen, at);
            seen = at + 3;
            wake = () => {};
            resolve(chunk);
          };
          wake = check;
          check();
        }),
      ]);

    await nextPrompt(); // greeting
    child.stdin.write(`/screen ${truth.asOf}\n`);
    let last = await nextPrompt();
    for (let turn = 0; turn < 40; turn++) {
      const store = SqliteStore.open(join(dataDir, "assistant.sqlite"));
      const pending = (await store.load("cli:local"))?.pending;
      await store.close();
      if (!pending) break;
      if (pending.path === "kinds") {
        // A tick by its number shows the buttons again, ticked, not the question; 跳过 keeps the tick.
        const number = /\[(\d+)\] 跨境电商企业/u.exec(last)![1];
        child.stdin.write(`${number}\n`);
        const ticked = await nextPrompt();
        expect(ticked).toContain("✓ 跨境电商企业");
        expect(ticked).not.toContain("【第");
        child.stdin.write("跳过\n");
        last = await nextPrompt();
        continue;
      }
      child.stdin.write(`${answerInWords(pending, truth)}\n`);
      last = await nextPrompt();
    }
    child.stdin.end("/quit\n");
    await new Promise((resolve) => child.once("exit", resolve));

    const expected = run(truth).totalCny;
    expect(expected).toBeGreaterThan(0);
    expect(last, output.slice(-3000)).toContain(`合计（已按不重复享受规则处理）：${formatAmount(Rational.from(expected))}`);
  }, 120_000);
});
