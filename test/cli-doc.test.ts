// `cli doc add` and `cli doc check` (CONTRACT.md §6) as a user runs them, on a copy of the corpus
// named by CORPUS_DIR: the preview, the folder written in one step, and one line with exit 2 for
// each kind of bad input, with nothing written.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DEFAULT_CORPUS_DIR } from "../corpus/documents.ts";
import { todayInChina } from "../corpus/validity.ts";

const ROOT = join(import.meta.dirname, "..");
const FIXTURE = join(import.meta.dirname, "fixtures", "new-document");
const scratch = mkdtempSync(join(tmpdir(), "cli-doc-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let n = 0;
function corpusCopy(): string {
  const dir = join(scratch, `corpus-${n++}`);
  cpSync(DEFAULT_CORPUS_DIR, dir, { recursive: true });
  return dir;
}

function cli(corpus: string, ...args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx/esm", "cli/main.ts", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, CORPUS_DIR: corpus },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A declaration or text of the made-up document, changed, in a file of its own. */
function variant(name: string, edit: (text: string) => string): string {
  const file = join(scratch, `${n++}-${name}`);
  writeFileSync(file, edit(readFileSync(join(FIXTURE, name), "utf8")));
  return file;
}
const TEXT = join(FIXTURE, "source.txt");
const META = join(FIXTURE, "document.yaml");

/** Exit 2, one line naming the problem, nothing on stdout, and the corpus folder as it was. */
function refused(corpus: string, r: ReturnType<typeof cli>, problem: RegExp): void {
  expect(r.status).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr.trim().split("\n")).toHaveLength(1);
  expect(r.stderr).toMatch(problem);
  expect(readdirSync(corpus).sort()).toEqual(readdirSync(DEFAULT_CORPUS_DIR).sort());
}

describe("cli doc add", () => {
  it("previews the clauses it found and writes the folder, with the day it was added", () => {
    const corpus = corpusCopy();
    const r = cli(corpus, "doc", "add", TEXT, "--meta", META);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain("zz-2027-1 郑政办〔2027〕1号");
    expect(r.stdout).toContain("numbering: straight");
    expect(r.stdout).toContain("clauses: 6");
    expect(r.stdout).toMatch(/zz-2027-1\/2\t（二）\t支持海外直播营销/);
    expect(r.stdout).toMatch(/outside numbered items: \n {2}zz-2027-1\/preamble\t为推动我市跨境电商企业/);
    expect(r.stdout).toMatch(/money clauses not yet encoded.*zz-2027-1\/1 zz-2027-1\/2 zz-2027-1\/3/);
    expect(readFileSync(join(corpus, "zz-2027-1", "source.txt"), "utf8")).toBe(readFileSync(TEXT, "utf8"));
    const yaml = readFileSync(join(corpus, "zz-2027-1", "document.yaml"), "utf8");
    expect(yaml).toContain("# A made-up document in the style of the real ones");
    expect(yaml).toContain(`addedOn: ${todayInChina()}`);
    expect(readdirSync(corpus).filter((f) => f.startsWith("."))).toEqual([]);

    const listed = cli(corpus, "clauses", "--doc", "zz-2027-1");
    expect(listed.stdout.trim().split("\n").map((l) => l.split("\t")[0])).toEqual([
      "zz-2027-1/preamble", "zz-2027-1/1", "zz-2027-1/2", "zz-2027-1/3", "zz-2027-1/4", "zz-2027-1/closing",
    ]);
  });

  it("takes a folder holding the text and document.yaml, prints JSON, and with --dry-run writes nothing", () => {
    const corpus = corpusCopy();
    const r = cli(corpus, "doc", "add", FIXTURE, "--json", "--dry-run");
    expect(r.status, r.stderr).toBe(0);
    const preview = JSON.parse(r.stdout);
    expect(preview).toMatchObject({ docId: "zz-2027-1", numbering: { declared: "straight", found: "straight" }, clauseCount: 6, written: null });
    expect(preview.clauses[1]).toEqual({ clauseId: "zz-2027-1/1", label: "（一）", title: "支持境外商标注册", firstWords: expect.stringMatching(/^支持境外商标注册。/) });
    expect(preview.dropped).toContain("郑政办〔2027〕1号");
    expect(existsSync(join(corpus, "zz-2027-1"))).toBe(false);
  });

  it("refuses a bad declaration", () => {
    const corpus = corpusCopy();
    refused(corpus, cli(corpus, "doc", "add", TEXT, "--meta", variant("document.yaml", (y) => y.replace("issuedOn: 2027-01-05", "issuedOn: 5 January"))), /^bad declaration: .*issuedOn: expected a date YYYY-MM-DD/);
  });

  it("refuses a docId already taken", () => {
    const corpus = corpusCopy();
    refused(corpus, cli(corpus, "doc", "add", TEXT, "--meta", variant("document.yaml", (y) => y.replace("docId: zz-2027-1", "docId: zz-2018-4"))), /^docId zz-2018-4 is already taken/);
  });

  it("refuses a basis the text does not hold", () => {
    const corpus = corpusCopy();
    refused(corpus, cli(corpus, "doc", "add", variant("source.txt", (t) => t.replace("有效期两年", "有效期三年")), "--meta", META), /^zz-2027-1: inForce\.basis "本措施自印发之日起施行,有效期两年" is not in the text/);
  });

  it("refuses a text with no numbered items", () => {
    const corpus = corpusCopy();
    const plain = variant("source.txt", (t) => t.replace(/^\((一|二|三|四)\)/gmu, "").replace(/^(一|二)、/gmu, ""));
    refused(corpus, cli(corpus, "doc", "add", plain, "--meta", META), /^zz-2027-1: the text has no numbered items/);
  });

  it("refuses a city new to the corpus without its name", () => {
    const corpus = corpusCopy();
    refused(corpus, cli(corpus, "doc", "add", TEXT, "--meta", variant("document.yaml", (y) => y.replace("city: zhengzhou", "city: luoyang"))), /^zz-2027-1: city luoyang is new to the corpus: the declaration needs cityName and province/);
  });

  it("refuses a missing file", () => {
    const corpus = corpusCopy();
    refused(corpus, cli(corpus, "doc", "add", join(scratch, "nothing.txt"), "--meta", META), /^no such file: /);
  });
});

describe("cli doc check", () => {
  it("lists every document, naming money clauses no rule encodes yet", () => {
    const corpus = corpusCopy();
    cpSync(FIXTURE, join(corpus, "zz-2027-1"), { recursive: true });
    const r = cli(corpus, "doc", "check");
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim().split("\n").map((l) => l.split("\t")[0])).toEqual([
      "zz-2013-237", "zz-2018-4", "zz-2018-57", "zz-2023-210-measures", "zz-2023-210-action-plan", "zz-2023-210-livestream", "zz-2027-1", "cz-2021-3",
    ]);
    expect(r.stdout).toMatch(/zz-2027-1\t郑政办〔2027〕1号\t6 clauses\tmoney clauses not yet encoded: zz-2027-1\/1 zz-2027-1\/2 zz-2027-1\/3/);
    expect(JSON.parse(cli(corpus, "doc", "check", "--json").stdout)).toMatchObject({ ok: true, problems: [] });
  });

  it("names every problem of a broken corpus, and rules citing a document it no longer holds", () => {
    const corpus = corpusCopy();
    writeFileSync(join(corpus, "zz-2018-57", "document.yaml"), readFileSync(join(corpus, "zz-2018-57", "document.yaml"), "utf8").replace("实施期限为2018年至2020年", "实施期限为2018年至2022年"));
    const broken = cli(corpus, "doc", "check", "--json");
    expect(broken.status).toBe(2);
    expect(JSON.parse(broken.stdout)).toMatchObject({ ok: false, problems: ['zz-2018-57: inForce.basis "实施期限为2018年至2022年" is not in the text'] });

    const without = corpusCopy();
    rmSync(join(without, "zz-2018-4"), { recursive: true });
    const r = cli(without, "doc", "check");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("rules for unknown document id zz-2018-4");
    expect(r.stderr).toContain("rule zz-2018-4/8 cites unknown clause id zz-2018-4/8");
    // Screening says so in one line instead of failing on the first rule.
    const profile = join(scratch, "profile.json");
    writeFileSync(profile, JSON.stringify({ city: "zhengzhou" }));
    const screen = cli(without, "screen", "--profile", profile);
    expect(screen.status).toBe(1);
    expect(screen.stdout).toBe("");
    expect(screen.stderr.trim().split("\n")).toHaveLength(1);
    expect(screen.stderr).toMatch(/^the rules do not match the corpus: rules for unknown document id zz-2018-4/);
  });
});
