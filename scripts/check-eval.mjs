#!/usr/bin/env node
// Part of `npm test`: scores the CLI on the shared labelled sets and fails below the bars the
// issues set — every screening case must pass, and ask recall@3 must be at least 0.95. The
// screening cases worked by hand from the texts by someone who had not read the rules
// (test/fixtures/screen-blind.json) must pass as well.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const SHARED = "../shared/eval";
if (!existsSync(`${SHARED}/score.mjs`)) {
  console.error(`check-eval: ${SHARED}/score.mjs not found (the shared folder must sit beside the project)`);
  process.exit(1);
}

function score(mode, file) {
  const r = spawnSync("node", [`${SHARED}/score.mjs`, mode, file, "--quiet"], { encoding: "utf8" });
  const line = r.stdout.trim().split("\n").at(-1) ?? "";
  console.log(line);
  if (r.status !== 0) {
    console.error(r.stderr);
    process.exit(1);
  }
  return line;
}

const failures = [];
for (const file of [`${SHARED}/screen-dev.json`, "test/fixtures/screen-blind.json"]) {
  const screen = score("screen", file);
  const passed = /screen: (\d+)\/(\d+) cases pass/.exec(screen);
  if (!passed || passed[1] !== passed[2]) failures.push(`screen (${file}): expected every case to pass, got "${screen}"`);
}

const ask = score("ask", `${SHARED}/ask-dev.jsonl`);
const recall3 = Number(/recall@3=([\d.]+)/.exec(ask)?.[1] ?? NaN);
if (!(recall3 >= 0.95)) failures.push(`ask: recall@3 ${recall3} is below 0.95`);

if (failures.length) {
  console.error(`check-eval failed:\n  ${failures.join("\n  ")}`);
  process.exit(1);
}
