// Reading a corpus folder: declarations checked with zod, bases found in the texts, cities named,
// documents ordered; the layout of a text that declares none; what changed between two corpora.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DEFAULT_CORPUS_DIR } from "../corpus/documents.ts";
import { CorpusError, diffManifests, loadCorpus, readCorpus } from "../corpus/index.ts";
import { grantsMoney } from "../corpus/money-clauses.ts";

const FIXTURE = join(import.meta.dirname, "fixtures", "new-document");
const scratch = mkdtempSync(join(tmpdir(), "corpus-load-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let n = 0;
/** A copy of the shipped corpus, with the made-up document's folder added as `edit` makes it. */
function corpusWith(edit: (yaml: string) => string = (y) => y, text: (t: string) => string = (t) => t): string {
  const dir = join(scratch, `c${n++}`);
  cpSync(DEFAULT_CORPUS_DIR, dir, { recursive: true });
  cpSync(FIXTURE, join(dir, "zz-2027-1"), { recursive: true });
  writeFileSync(join(dir, "zz-2027-1", "document.yaml"), edit(readFileSync(join(FIXTURE, "document.yaml"), "utf8")));
  writeFileSync(join(dir, "zz-2027-1", "source.txt"), text(readFileSync(join(FIXTURE, "source.txt"), "utf8")));
  return dir;
}

function problemsOf(dir: string): string[] {
  try {
    readCorpus(dir);
  } catch (err) {
    if (err instanceof CorpusError) return err.problems;
    throw err;
  }
  return [];
}

describe("reading a corpus folder", () => {
  it("reads the shipped corpus as the one in use", () => {
    expect(readCorpus(DEFAULT_CORPUS_DIR).clauses.map((c) => c.clauseId)).toEqual(loadCorpus().clauses.map((c) => c.clauseId));
  });

  it("takes a new document, with its ids following CONTRACT §2, after the city's older documents", () => {
    const corpus = readCorpus(corpusWith());
    expect(corpus.documents.map((d) => d.info.docId)).toEqual([
      "zz-2013-237", "zz-2018-4", "zz-2018-57", "zz-2023-210-measures", "zz-2023-210-action-plan", "zz-2023-210-livestream", "zz-2027-1", "cz-2021-3",
    ]);
    expect(corpus.document("zz-2027-1").clauses.map((c) => c.clauseId)).toEqual([
      "zz-2027-1/preamble", "zz-2027-1/1", "zz-2027-1/2", "zz-2027-1/3", "zz-2027-1/4", "zz-2027-1/closing",
    ]);
    expect(corpus.clause("zz-2027-1/2")).toMatchObject({ label: "（二）", title: "支持海外直播营销", docNumber: "郑政办〔2027〕1号" });
    // The city is known from the other documents: the declaration need not name it.
    expect(corpus.document("zz-2027-1").info).toMatchObject({ cityName: "郑州市", province: "河南省", addedOn: null });
  });

  it("infers the layout of a text that declares none: furniture, title and signature dropped, the validity paragraph closing", () => {
    const doc = readCorpus(corpusWith()).document("zz-2027-1");
    const all = doc.clauses.map((c) => c.text).join("\n");
    for (const furniture of ["郑政办〔2027〕1号", "2027年1月5日", "郑州市人民政府办公厅"]) expect(all).not.toContain(furniture);
    expect(doc.clauses.find((c) => c.path === "4")!.text).not.toContain("有效期两年");
    expect(doc.clauses.find((c) => c.path === "closing")!.text).toBe("本措施自印发之日起施行,有效期两年,由市商务局负责解释。");
  });

  it("names a declaration that is not valid, field by field", () => {
    const bad = problemsOf(corpusWith((y) => y.replace("docId: zz-2027-1", "docId: Zhengzhou 2027").replace("issuedOn: 2027-01-05", "issuedOn: 2027-02-30").replace("numbering: straight", "numbering: sequential\nsponsor: x")));
    expect(bad.join("\n")).toMatch(/zz-2027-1\/document\.yaml: docId: expected city-year-number/);
    expect(bad.join("\n")).toMatch(/issuedOn: expected a date YYYY-MM-DD/);
    expect(bad.join("\n")).toMatch(/numbering: /);
    expect(bad.join("\n")).toMatch(/sponsor/);
    expect(problemsOf(corpusWith((y) => y.replace("to: 2029-01-04", "to: 2026-01-04")))).toEqual([expect.stringMatching(/inForce\.to: ends before inForce\.from/)]);
    expect(problemsOf(corpusWith(() => "docId: [unclosed"))).toEqual([expect.stringMatching(/not valid YAML/)]);
  });

  it("requires the folder to be named after the docId", () => {
    expect(problemsOf(corpusWith((y) => y.replace("docId: zz-2027-1", "docId: zz-2027-2")))).toEqual([expect.stringMatching(/docId zz-2027-2 differs from its folder name/)]);
  });

  it("finds every basis in the text", () => {
    expect(problemsOf(corpusWith((y) => y.replace('basis: "本措施自印发之日起施行,有效期两年"', 'basis: "有效期三年"')))).toEqual([
      'zz-2027-1: inForce.basis "有效期三年" is not in the text',
    ]);
    expect(problemsOf(corpusWith((y) => y.replace('basis: "由市商务局负责解释"', 'basis: "由市财政局负责解释"')))).toEqual([
      'zz-2027-1: contact.basis "由市财政局负责解释" is not in the text',
    ]);
  });

  it("refuses a text with no numbered items, and numbering declared against the text", () => {
    const plain = (t: string) => t.replace(/^\((一|二|三|四)\)/gmu, "").replace(/^(一|二)、/gmu, "");
    expect(problemsOf(corpusWith(undefined, plain))).toEqual(["zz-2027-1: the text has no numbered items (一、 （一） 1.)"]);
    expect(problemsOf(corpusWith((y) => y.replace("numbering: straight", "numbering: sectioned")))).toEqual([
      "zz-2027-1: numbering: declared sectioned but the items run straight through the sections (declare straight)",
    ]);
  });

  it("needs the name and province of a city new to the corpus, and one name per city", () => {
    expect(problemsOf(corpusWith((y) => y.replace("city: zhengzhou", "city: luoyang")))).toEqual([
      "zz-2027-1: city luoyang is new to the corpus: the declaration needs cityName and province",
    ]);
    const luoyang = readCorpus(corpusWith((y) => y.replace("city: zhengzhou", "city: luoyang\ncityName: 洛阳市\nprovince: 河南省")));
    expect(luoyang.cities.map((c) => c.code)).toEqual(["zhengzhou", "chenzhou", "luoyang"]);
    expect(problemsOf(corpusWith((y) => y.replace("city: zhengzhou", "city: zhengzhou\ncityName: 鄭州市\nprovince: 河南省")))).toEqual([
      expect.stringMatching(/zz-2027-1: city zhengzhou is 鄭州市（河南省） here but 郑州市（河南省） elsewhere/),
    ]);
  });

  it("keeps a shared source inside the corpus", () => {
    expect(problemsOf(corpusWith((y) => `${y}source: ../../../etc/passwd\n`))).toEqual([expect.stringMatching(/source \.\.\/\.\.\/\.\.\/etc\/passwd is not a file of a document folder/)]);
    expect(problemsOf(corpusWith((y) => `${y}source: ../zz-2018-4/missing.txt\n`))).toEqual([expect.stringMatching(/does not exist/)]);
  });

  it("lists what changed between two corpora: documents added, removed, and changed in validity or clauses", () => {
    const before = readCorpus(DEFAULT_CORPUS_DIR).manifest;
    const after = readCorpus(corpusWith()).manifest;
    expect(diffManifests(before, after)).toEqual({ added: ["zz-2027-1"], removed: [], changed: [] });
    expect(diffManifests(after, before)).toEqual({ added: [], removed: ["zz-2027-1"], changed: [] });
    const extended = readCorpus(corpusWith((y) => y.replace("to: 2029-01-04", "to: 2030-01-04"))).manifest;
    expect(diffManifests(after, extended).changed).toEqual([{ docId: "zz-2027-1", validity: true, clauses: false }]);
    const reworded = readCorpus(corpusWith(undefined, (t) => t.replace("最高不超过20万元", "最高不超过25万元"))).manifest;
    expect(diffManifests(after, reworded).changed).toEqual([{ docId: "zz-2027-1", validity: false, clauses: true }]);
    expect(after.documents["zz-2027-1"]).toMatchObject({ docNumber: "郑政办〔2027〕1号", inForce: { from: "2027-01-05", to: "2029-01-04" } });
  });
});

describe("money clauses", () => {
  it("are the sentences that award a sum, not targets or support without a sum", () => {
    const doc = readCorpus(corpusWith()).document("zz-2027-1");
    expect(doc.clauses.filter(grantsMoney).map((c) => c.path)).toEqual(["1", "2", "3"]);
    const plans = loadCorpus().clauses.filter((c) => ["zz-2018-57", "zz-2023-210-action-plan"].includes(c.docId));
    expect(plans.filter(grantsMoney)).toEqual([]);
    expect(grantsMoney({ kind: "section", text: "到2023年底,全市跨境电子商务交易额超过1250亿元。" })).toBe(false);
    expect(grantsMoney({ kind: "item", text: "对企业给予支持。" })).toBe(false);
  });
});
