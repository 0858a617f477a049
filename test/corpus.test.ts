import { describe, expect, it } from "vitest";
import { cleanLines, normalizeForMatch } from "../corpus/clean.ts";
import { DOCUMENTS, SOURCES } from "../corpus/documents.ts";
import { loadCorpus, readSource } from "../corpus/index.ts";
import { chineseNumeral, parseSource } from "../corpus/parse.ts";

const corpus = loadCorpus();

describe("corpus parsing", () => {
  it("splits every document into the expected number of clauses", () => {
    const counts = Object.fromEntries(corpus.documents.map((d) => [d.info.docId, d.clauses.length]));
    expect(counts).toEqual({
      "zz-2013-237": 35,
      "zz-2018-4": 27,
      "zz-2018-57": 23,
      "zz-2023-210-measures": 21,
      "zz-2023-210-action-plan": 24,
      "zz-2023-210-livestream": 15,
      "cz-2021-3": 26,
    });
  });

  it("keeps every numbered item of the sources exactly once, in order", () => {
    // An independent scan of the raw lines: every line that opens with a numbering label.
    for (const layout of SOURCES) {
      const labels = cleanLines(readSource(layout.file))
        .map((l) => /^(?:([一二三四五六七八九十]+)、|（([一二三四五六七八九十]+)）|(\d{1,2})[.．])/u.exec(l))
        .filter((m) => m !== null)
        .map((m) => (m[1] ? `S${chineseNumeral(m[1])}` : m[2] ? `I${chineseNumeral(m[2])}` : `N${m[3]}`));
      const docs = corpus.documents.filter((d) => layout.cuts.some((c) => "docId" in c.then && c.then.docId === d.info.docId));
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
      expect(parsed, layout.file).toEqual(labels);
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
    for (const layout of SOURCES) {
      const raw = normalizeForMatch(readSource(layout.file));
      for (const d of corpus.documents) {
        const inThisFile = layout.cuts.some((c) => "docId" in c.then && c.then.docId === d.info.docId);
        if (!inThisFile) continue;
        // The header gathers single lines from the letterhead and the 版记: each line is verbatim.
        for (const c of d.clauses) {
          for (const part of c.kind === "header" ? c.text.split("\n") : [c.text]) expect(raw.includes(normalizeForMatch(part)), c.clauseId).toBe(true);
        }
      }
    }
  });

  it("drops page furniture, signatures and the web page's header and footer from the text", () => {
    const all = corpus.clauses.filter((c) => c.kind !== "header").map((c) => c.text).join("\n");
    for (const furniture of ["主办：", "督办：", "抄送", "印发\n", "索引号", "网站地图", "扫一扫", "备案/许可证", "以此文为准", "此件主动公开"]) {
      expect(all.includes(furniture), furniture).toBe(false);
    }
    expect(all).not.toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/mu);
  });

  it("keeps, as each document's header, the furniture lines that state its 文号, dates and bureau, and nothing else", () => {
    expect(corpus.clause("zz-2013-237/header")!.text.split("\n")).toEqual(["郑政文〔2013〕237号以此文为准", "郑政文〔2013〕237号", "主办：市发展改革委", "2013年11月19日印发"]);
    expect(corpus.clause("zz-2023-210-livestream/header")!.text).toContain("郑州市人民政府2023年12月15日");
    const chenzhou = corpus.clause("cz-2021-3/header")!.text;
    for (const fact of ["信息时效期：2026-02-23", "发文日期：2021-02-23", "登记日期：2021-02-26", "公开责任部门：郴州市商务局"]) expect(chenzhou).toContain(fact);
    const headers = corpus.clauses.filter((c) => c.kind === "header").map((c) => c.text).join("\n");
    for (const furniture of ["抄送", "网站地图", "联系电话", "备案/许可证", "扫一扫", ".doc", "签署日期"]) expect(headers.includes(furniture), furniture).toBe(false);
    expect(corpus.documents.every((d) => d.clauses[0]!.kind === "header")).toBe(true);
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
    for (const layout of SOURCES) {
      const text = readSource(layout.file);
      expect(parseSource(text, layout)).toEqual(parseSource(text, layout));
    }
  });

  it("reads the web page's metadata and finds every document fact in its source", () => {
    expect(corpus.document("cz-2021-3").metadata).toMatchObject({ 文号: "郴政办发〔2021〕3号", 信息时效期: "2026-02-23", 发文日期: "2021-02-23" });
    for (const info of DOCUMENTS) {
      const layout = SOURCES.find((s) => s.cuts.some((c) => "docId" in c.then && c.then.docId === info.docId))!;
      const source = normalizeForMatch(cleanLines(readSource(layout.file)).join(""));
      for (const [what, words] of [["validity", info.inForce.basis], ["contact", info.contact?.basis], ["文号", info.docNumber]]) {
        if (words) expect(source.includes(normalizeForMatch(words)), `${info.docId} ${what}`).toBe(true);
      }
    }
  });
});
