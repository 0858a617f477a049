import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { answerInWords } from "./helpers/person.ts";
import { SqliteStore } from "../bot/store/sqlite-store.ts";
import { formatAmount, Rational } from "../policies/money.ts";
import { cny, run } from "./helpers/screen.ts";

/** `cli chat` in a child process, on a data directory of its own: what it printed up to each prompt. */
function startChat() {
  const dataDir = mkdtempSync(join(tmpdir(), "cli-chat-"));
  // Reuse an index already built in this checkout, if any, to save the embedding time.
  if (existsSync("data/index")) cpSync("data/index", join(dataDir, "index"), { recursive: true });
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
  /** Types a line and returns what the chat printed before its next prompt. */
  const say = (line: string) => (child.stdin.write(`${line}\n`), nextPrompt());
  const pending = async () => {
    const store = SqliteStore.open(join(dataDir, "assistant.sqlite"));
    const waiting = (await store.load("cli:local"))?.pending;
    await store.close();
    return waiting;
  };
  const quit = async () => {
    child.stdin.end("/quit\n");
    await new Promise((resolve) => child.once("exit", resolve));
  };
  return { nextPrompt, say, pending, quit, output: () => output };
}

describe("cli chat", () => {
  it("screens an enterprise in the terminal to the same result as screen", async () => {
    // A fixed screening day (/screen 2024-06-30): today's date would let the documents expire under the test.
    const truth = {
      asOf: "2024-06-30", city: "zhengzhou", kinds: ["cbec_enterprise"], crossBorderTrade: cny(30_000_000),
      logisticsSpend: cny(2_600_000), marketingSpend: cny(1_200_000), hq: { inCity: false }, inTalentIncubation: true,
    };
    const { nextPrompt, say, pending: waiting, quit, output } = startChat();
    await nextPrompt(); // greeting
    let last = await say(`/screen ${truth.asOf}`);
    for (let turn = 0; turn < 40; turn++) {
      const pending = await waiting();
      if (!pending) break;
      if (pending.path === "kinds") {
        // A tick by its number shows the buttons again, ticked, not the question; 跳过 keeps the tick.
        const ticked = await say(/\[(\d+)\] 跨境电商企业/u.exec(last)![1]!);
        expect(ticked).toContain("✓ 跨境电商企业");
        expect(ticked).not.toContain("【第");
        last = await say("跳过");
        continue;
      }
      last = await say(answerInWords(pending, truth));
    }
    await quit();

    const expected = run(truth).totalCny;
    expect(expected).toBeGreaterThan(0);
    expect(last, output().slice(-3000)).toContain(`合计（已按不重复享受规则处理）：${formatAmount(Rational.from(expected))}`);
  }, 120_000);

  it("ticks a checklist by numbers, takes 没有 for an amount, and changes an answer mid-screening, back to the question that waited", async () => {
    const { nextPrompt, say, pending, quit } = startChat();
    await nextPrompt(); // greeting
    await say("/screen 2019-06-30");
    await say("郑州");
    await say("跨境电商企业");
    const checklist = await say("海外仓");
    expect(checklist).toContain("以下哪些符合贵单位的情况？");
    const numbers = [...checklist.matchAll(/\[(\d+)\] (?!选好了|其余不清楚|为什么问这个)/gu)].map((m) => m[1]!);
    expect(numbers.length).toBeGreaterThan(1);
    for (const n of numbers) expect(await say(n)).not.toContain("【第"); // a tick prints the buttons again, not the question
    expect(await say("选好了")).toMatch(/^\s*已记录：[^\n]*是；[^\n]*是/u);
    const trade = await say("没有");
    expect(trade).toContain("已记录：跨境电商进出口额 0元。");
    const waiting = (await pending())!;
    const n = /【第(\d+)问】/u.exec(trade)![1];
    expect(await say("改一下跨境电商进出口额")).toContain("一年的跨境电商进出口额是多少？");
    expect(await say("3000万元")).toContain(`回到第${n}问：`);
    expect((await pending())!.path).toBe(waiting.path);
    await quit();
  }, 120_000);
});
