import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cleanLines, normalizeForMatch } from "../corpus/clean.ts";
import { DEFAULT_CORPUS_DIR, DOCUMENTS } from "../corpus/documents.ts";
import { loadCorpus } from "../corpus/index.ts";
import { inferLayout } from "../corpus/layout.ts";
import { readDocumentSource } from "../corpus/load.ts";
import { chineseNumeral, parseDocument } from "../corpus/parse.ts";

const corpus = loadCorpus();
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** Each source text of the shipped corpus with the documents cut from it, in order. */
const SOURCES = (() => {
  const byFile = new Map<string, { file: string; text: string; docIds: string[] }>();
  for (const d of corpus.documents) {
    const { file, text } = readDocumentSource(DEFAULT_CORPUS_DIR, d.info.docId);
    const source = byFile.get(file) ?? { file, text, docIds: [] };
    source.docIds.push(d.info.docId);
    byFile.set(file, source);
  }
  return [...byFile.values()];
})();

describe("the shipped corpus", () => {
  it("keeps every clause id, label, title, heading and text of the parse before documents became data", () => {
    const pinned = JSON.parse(readFileSync(join(import.meta.dirname, "fixtures", "clause-ids.json"), "utf8"));
    const now = corpus.clauses.map((c) => ({
      clauseId: c.clauseId, kind: c.kind, label: c.label, title: c.title, headings: c.headings, docTitle: c.docTitle, docNumber: c.docNumber,
      textSha256: sha256(c.text).slice(0, 16),
    }));
    expect(now).toEqual(pinned);
  });

  it("holds the five source texts of the shared corpus byte for byte, each once", () => {
    const shared = join(import.meta.dirname, "..", "..", "shared", "corpus");
    const folders = readdirSync(DEFAULT_CORPUS_DIR).filter((f) => existsSync(join(DEFAULT_CORPUS_DIR, f, "source.txt")));
    const shipped = folders.map((f) => sha256(readFileSync(join(DEFAULT_CORPUS_DIR, f, "source.txt"), "utf8"))).sort();
    expect(shipped).toHaveLength(5);
    expect(SOURCES).toHaveLength(5);
    if (!existsSync(shared)) return; // a clone without ../shared: the pinned clauses above still hold
    const originals = readdirSync(shared).filter((f) => f.endsWith(".txt")).map((f) => sha256(readFileSync(join(shared, f), "utf8"))).sort();
    expect(shipped).toEqual(originals);
  });

  it("lets the three documents of 郑政文〔2023〕210号 share one text", () => {
    const shared = SOURCES.find((s) => s.docIds.includes("zz-2023-210-measures"))!;
    expect(shared.docIds).toEqual(["zz-2023-210-measures", "zz-2023-210-action-plan", "zz-2023-210-livestream"]);
    expect(new Set(DOCUMENTS.filter((d) => shared.docIds.includes(d.docId)).map((d) => d.docNumber))).toEqual(new Set(["郑政文〔2023〕210号"]));
  });

  it("derives each city's name and province from the declarations", () => {
    expect(corpus.cities).toEqual([
      { code: "zhengzhou", name: "郑州市", province: "河南省" },
      { code: "chenzhou", name: "郴州市", province: "湖南省" },
    ]);
    expect(DOCUMENTS.map((d) => d.docId)).toEqual([
      "zz-2013-237", "zz-2018-4", "zz-2018-57", "zz-2023-210-measures", "zz-2023-210-action-plan", "zz-2023-210-livestream", "cz-2021-3",
    ]);
  });
});

describe("corpus parsing", () => {
  it("splits every document into the expected number of clauses", () => {
    const counts = Object.fromEntries(corpus.documents.map((d) => [d.info.docId, d.clauses.length]));
    expect(counts).toEqual({
      "zz-2013-237": 34,
      "zz-2018-4": 26,
      "zz-2018-57": 22,
      "zz-2023-210-measures": 20,
      "zz-2023-210-action-plan": 23,
      "zz-2023-210-livestream": 14,
      "cz-2021-3": 25,
    });
  });

  it("keeps every numbered item of the sources exactly once, in order", () => {
    // An independent scan of the raw lines: every line that opens with a numbering label.
    for (const source of SOURCES) {
      const labels = cleanLines(source.text)
        .map((l) => /^(?:([一二三四五六七八九十]+)、|（([一二三四五六七八九十]+)）|(\d{1,2})[.．])/u.exec(l))
        .filter((m) => m !== null)
        .map((m) => (m[1] ? `S${chineseNumeral(m[1])}` : m[2] ? `I${chineseNumeral(m[2])}` : `N${m[3]}`));
      const docs = source.docIds.map((id) => corpus.document(id));
      // Rebuild the same sequence from the parsed clauses (and the headings that carry children).
      const parsed: string[] = [];
      for (const d of docs) {
        let lastHeadings: string[] = [];
        for (const c of d.clauses) {
          for (const [i, h] of c.headings.entries()) {
            if (lastHeadings[i] === h) continue;
            const m = /^(?:([一二三四五六七八九十]+)、|（([一二三四五六七八九十]+)）)/u.exec(h)!;
            parsed.push(m[1] ? `S${chineseNumeral(m[1])}` : `I${chineseNumeral(m[2]!)}`);
          }
          lastHeadings = c.headings;
          const label = c.label.replace(/^[一二三四五六七八九十]+(?=（)/u, "");
          const m = /^(?:([一二三四五六七八九十]+)、|（([一二三四五六七八九十]+)）)?(?:.*?(\d{1,2})\.)?$/u.exec(label);
          if (c.kind === "section") parsed.push(`S${chineseNumeral(m![1]!)}`);
          if (c.kind === "item") {
            if (m?.[2] && !c.label.endsWith(".")) parsed.push(`I${chineseNumeral(m[2])}`);
            if (c.label.endsWith(".")) parsed.push(`N${m![3]}`);
          }
          // Numbered sub-items kept inside a straight-numbered item (zz-2018-4 （二十二）1. 2.).
          for (const sub of c.text.matchAll(/^(\d{1,2})\./gmu)) if (c.kind === "item") parsed.push(`N${sub[1]}`);
        }
      }
      expect(parsed, source.file).toEqual(labels);
    }
  });

  it("numbers items without gaps: straight through or restarting per section", () => {
    for (const d of corpus.documents) {
      const items = d.clauses.filter((c) => c.kind === "item" && !c.label.endsWith("."));
      if (d.info.numbering === "straight") {
        expect(items.map((c) => Number(c.path))).toEqual(items.map((_, i) => i + 1));
      } else {
        const bySection = new Map<string, number[]>();
        for (const c of items) {
          const [s, n] = c.path.split(".");
          bySection.set(s!, [...(bySection.get(s!) ?? []), Number(n)]);
        }
        for (const ns of bySection.values()) expect(ns).toEqual(ns.map((_, i) => i + 1));
      }
    }
  });

  it("keeps clause text verbatim apart from whitespace and bracket width", () => {
    for (const source of SOURCES) {
      const raw = normalizeForMatch(source.text);
      for (const id of source.docIds) {
        for (const c of corpus.document(id).clauses) expect(raw.includes(normalizeForMatch(c.text)), c.clauseId).toBe(true);
      }
    }
  });

  it("drops page furniture, signatures and the web page's header and footer", () => {
    const all = corpus.clauses.map((c) => c.text).join("\n");
    for (const furniture of ["主办：", "督办：", "抄送", "印发\n", "索引号", "网站地图", "扫一扫", "备案/许可证", "以此文为准", "此件主动公开"]) {
      expect(all.includes(furniture), furniture).toBe(false);
    }
    expect(all).not.toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/mu);
  });

  it("joins lines broken mid-sentence and removes stray spaces between CJK characters", () => {
    expect(corpus.clause("zz-2018-4/preamble")!.text).toContain("促进对外贸易转型升级");
    expect(corpus.clause("zz-2023-210-measures/16")!.text).toContain("中原区、二七区");
    expect(corpus.clause("zz-2013-237/3.3")!.text).toContain("总投资额在1000万元以上，给予总投资额10%的资金支持");
    expect(corpus.clauses.some((c) => /[\p{Script=Han}] [\p{Script=Han}]/u.test(c.text))).toBe(false);
    expect(corpus.clauses.some((c) => /[()]/.test(c.text))).toBe(false);
  });

  it("gives each clause its id, label, title and headings", () => {
    const c8 = corpus.clause("zz-2018-4/8")!;
    expect(c8).toMatchObject({ label: "（八）", title: "加强出口信保扶持力度", docNumber: "郑政〔2018〕4号", headings: ["二、完善跨境电子商务服务体系"] });
    expect(c8.text.startsWith("加强出口信保扶持力度。对年出口额达到300万美元以上")).toBe(true);
    expect(corpus.clause("zz-2023-210-measures/16")).toMatchObject({ label: "（十六）", title: null });
    expect(corpus.clause("zz-2023-210-measures/6")).toMatchObject({ title: "降低国际物流费用成本" });
    expect(corpus.clause("cz-2021-3/4.1")).toMatchObject({ label: "四（一）" });
    expect(corpus.clause("cz-2021-3/1")).toMatchObject({ label: "一、", title: "支持范围", kind: "section" });
    expect(corpus.clause("zz-2018-57/2.3.1")).toMatchObject({
      label: "二（三）1.",
      title: "创新跨境电商B2B出口监管模式",
      headings: ["二、主要任务", "（三）创新政策措施，优化营商环境"],
    });
    expect(corpus.clause("zz-2018-4/16")!.title).toBe("支持跨境电商企业自主创新,培育名牌出口商品");
    expect(corpus.clause("zz-2018-4/22")!.text).toContain("2.对于经营性组织");
    expect(corpus.clause("cz-2021-3/closing.2")!.text).toContain("从优不重复");
    expect(corpus.clause("zz-2023-210-livestream/closing")!.text).toContain("政策执行期3年");
    expect(corpus.clause("zz-2023-210-action-plan/section-1")!.text).toContain("1250亿元");
  });

  it("is deterministic", () => {
    for (const d of corpus.documents) {
      const { declaration, text } = readDocumentSource(DEFAULT_CORPUS_DIR, d.info.docId);
      const layout = declaration.layout ?? inferLayout(declaration, text);
      expect(parseDocument(text, d.info, layout)).toEqual(parseDocument(text, d.info, layout));
    }
  });

  it("reads the web page's metadata and finds every document fact in its source", () => {
    expect(corpus.document("cz-2021-3").metadata).toMatchObject({ 文号: "郴政办发〔2021〕3号", 信息时效期: "2026-02-23", 发文日期: "2021-02-23" });
    for (const info of DOCUMENTS) {
      const source = normalizeForMatch(cleanLines(SOURCES.find((s) => s.docIds.includes(info.docId))!.text).join(""));
      for (const [what, words] of [["validity", info.inForce.basis], ["contact", info.contact?.basis], ["文号", info.docNumber]]) {
        if (words) expect(source.includes(normalizeForMatch(words)), `${info.docId} ${what}`).toBe(true);
      }
    }
  });
});
