// `cli ask`, `cli clause` and `cli index`. ask: bad input is one stderr line and exit 2 with nothing on stdout; a batch gives one
// JSON line per non-blank question line, in order. Run in lexical mode (no model) to stay quick;
// the hybrid path is scored by scripts/check-eval.mjs.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const temp = (name: string) => mkdtempSync(join(tmpdir(), `retrieval-cli-${name}-`));
const env = { ...process.env, MODEL_DIR: temp("no-model"), DATA_DIR: temp("data") };

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "cli/main.ts", ...args], { encoding: "utf8", env });
  return { status: r.status, stdout: r.stdout, stderrLines: r.stderr.trim().split("\n").filter(Boolean) };
}

describe("cli ask", () => {
  it.each([
    ["an empty question", ["ask", "", "--json"]],
    ["a blank question", ["ask", "   ", "--json"]],
    ["no question", ["ask", "--json"]],
    ["a question and a batch", ["ask", "出口信保", "--batch", "x.txt", "--json"]],
    ["a missing batch file", ["ask", "--batch", "/nonexistent/questions.txt", "--json"]],
    ["a bad --top", ["ask", "出口信保", "--top", "0", "--json"]],
    ["an unknown document", ["ask", "出口信保", "--doc", "zz-1999-1", "--json"]],
    ["an unknown city", ["ask", "出口信保", "--city", "shanghai", "--json"]],
    ["a bad date", ["ask", "出口信保", "--in-force-on", "2024-13-01", "--json"]],
  ])("rejects %s with exit 2, one stderr line and empty stdout", (_, args) => {
    const r = cli(...args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderrLines).toHaveLength(1);
  });

  it("answers a batch with one JSON line per non-blank line, in order", () => {
    const file = join(temp("batch"), "questions.txt");
    writeFileSync(file, "郴州的快递企业接跨境订单，每单补多少？\n\n   \n如何申请公租房？\r\n");
    const r = cli("ask", "--batch", file, "--json", "--top", "2");
    expect(r.status).toBe(0);
    const rows = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(rows.map((x) => x.question)).toEqual(["郴州的快递企业接跨境订单，每单补多少？", "如何申请公租房？"]);
    expect(rows[0]).toMatchObject({ noAnswer: false });
    expect(rows[0].citations).toHaveLength(2);
    expect(Object.keys(rows[0].citations[0])).toEqual(expect.arrayContaining(["docId", "clauseId", "docNumber", "clauseLabel", "text", "score"]));
    expect(rows[1]).toMatchObject({ noAnswer: true, citations: [] });
    // The only stderr line is the model fallback notice.
    expect(r.stderrLines).toHaveLength(1);
  });

  it("says when the filters caused the empty answer, naming what they excluded", () => {
    const r = cli("ask", "租用海外仓有什么奖励？", "--doc", "zz-2018-4", "--in-force-on", "2024-06-30");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("按所选条件（郑政〔2018〕4号《");
    expect(r.stdout).toContain("是筛选条件排除了依据");
    expect(r.stdout).toMatch(/被排除：/u);
  });
});

describe("cli clause", () => {
  it("finds a clause by id or by 文号 and number, the same clause either way", () => {
    const byId = cli("clause", "zz-2018-4/8", "--json", "--today", "2024-06-30");
    const byReference = cli("clause", "郑政〔2018〕4号第八条", "--json", "--today", "2024-06-30");
    expect(byId.status).toBe(0);
    expect(JSON.parse(byReference.stdout).clauses).toEqual(JSON.parse(byId.stdout).clauses);
    expect(JSON.parse(byId.stdout).clauses[0]).toMatchObject({ clauseId: "zz-2018-4/8", validity: { status: "expired", text: "已于2021-01-09到期" } });
  });

  it("lists each document a shared 文号 can mean, with its title", () => {
    const r = cli("clause", "210号第十条", "--today", "2026-12-05");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("可指以下3个文件中的条款");
    expect(r.stdout).toContain("郑政文〔2023〕210号《郑州市加快推进跨境电商发展的若干措施》（十）");
    expect(r.stdout).toContain("距失效还有9天（即将到期）");
  });

  it.each([["a number the document does not have", "郑政〔2018〕4号第三十条"], ["nothing recognisable", "第八条"]])(
    "rejects %s with exit 2, one stderr line and empty stdout",
    (_, asked) => {
      const r = cli("clause", asked);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderrLines).toHaveLength(1);
    },
  );
});

describe("cli index", () => {
  it("rebuilds the index with the model, reporting progress on stderr and the manifest on stdout", () => {
    const dataDir = temp("index");
    const r = spawnSync(process.execPath, ["--import", "tsx", "cli/main.ts", "index", "--json"], {
      encoding: "utf8",
      env: { ...process.env, DATA_DIR: dataDir },
    });
    expect(r.status).toBe(0);
    const manifest = JSON.parse(r.stdout);
    expect(manifest).toMatchObject({ modelId: "Xenova/bge-small-zh-v1.5", dimensions: 512 });
    const texts = manifest.chunks + manifest.sentences;
    // Not a terminal: only the finished bar.
    expect(r.stderr.trim().split("\n").at(-1)).toBe(`embedding [${"#".repeat(30)}] ${texts}/${texts} texts`);
    expect(readdirSync(join(dataDir, "index")).sort()).toEqual(["manifest.json", manifest.sentenceVectorsFile, manifest.vectorsFile].sort());
  });

  it("says there is nothing to build without the model, exit 1", () => {
    const r = cli("index");
    expect(r.status).toBe(1);
    expect(r.stderrLines.at(-1)).toContain("no embedding model");
  });
});
