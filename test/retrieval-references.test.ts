// Documents and clauses a question names by 文号 and number; and the tokenizer's repair of words
// jieba glues to a function word. No model needed.
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../corpus/index.ts";
import { placeWords } from "../retrieval/places.ts";
import { createReferenceFinder } from "../retrieval/references.ts";
import { createTokenizer } from "../retrieval/tokenizer.ts";

const references = createReferenceFinder(loadCorpus().clauses);
const MEASURES_210 = ["zz-2023-210-measures", "zz-2023-210-action-plan", "zz-2023-210-livestream"];

describe("references", () => {
  it.each([
    ["郑政〔2018〕4号第八条是什么内容？", ["zz-2018-4"], ["zz-2018-4/8"]],
    ["郑政(2018)4号第8条", ["zz-2018-4"], ["zz-2018-4/8"]],
    ["2018年4号文第十四条小微企业的扶持标准", ["zz-2018-4"], ["zz-2018-4/14"]],
    ["4号文（十一）国际物流补贴的门槛是多少？", ["zz-2018-4"], ["zz-2018-4/11"]],
    ["郴政办发3号文五（二）是关于什么的？", ["cz-2021-3"], ["cz-2021-3/5.2"]],
    ["郑政文〔2018〕57号的实施期限是哪几年？", ["zz-2018-57"], []],
    ["210号文第（九）条的综合服务费补贴怎么算？", MEASURES_210, MEASURES_210.map((d) => `${d}/9`)],
    ["210号若干措施 第（九）条 内容", ["zz-2023-210-measures"], ["zz-2023-210-measures/9"]],
    ["2023年210号实施方案第三条", ["zz-2023-210-action-plan", "zz-2023-210-livestream"], ["zz-2023-210-action-plan/3", "zz-2023-210-livestream/3"]],
    ["郴州3号措施五（二）", ["cz-2021-3"], ["cz-2021-3/5.2"]],
    ["210号文直播电商方案第十条讲的什么？", ["zz-2023-210-livestream"], ["zz-2023-210-livestream/10"]],
    ["4号文第十一条和210号若干措施第六条比，哪个补得多？", ["zz-2018-4", "zz-2023-210-measures"], ["zz-2018-4/11", "zz-2023-210-measures/6"]],
  ])("%s names %j and clauses %j", (question, docIds, clauseIds) => {
    expect(references.find(question)).toEqual({ docIds, clauseIds });
  });

  it("needs an issuer, a year or 文 to read a 文号, and ignores documents outside the corpus", () => {
    for (const q of ["坐地铁3号线到5号楼", "郑政〔2018〕3号规划里说了什么", "1210号文", "4号若干措施", "第八条是什么"]) {
      expect(references.find(q), q).toEqual({ docIds: [], clauseIds: [] });
    }
  });

  it("reads a sectioned number only in a sectioned document, and an item number only in a straight one", () => {
    expect(references.find("郑政〔2018〕4号五（二）").clauseIds).toEqual([]);
    expect(references.find("郴政办发〔2021〕3号第八条").clauseIds).toEqual([]);
  });
});

describe("tokenizer", () => {
  const tokenizer = createTokenizer(placeWords());

  it("takes apart the function words jieba glues on (能补, 有奖, 建了) and keeps the word they hid", () => {
    expect(tokenizer.terms("能补多少钱")).toEqual(["补"]);
    expect(tokenizer.terms("破零有奖吗")).toEqual(["破零", "奖"]);
    expect(tokenizer.words("建了监管仓")).toEqual(["建", "了", "监管仓"]);
  });

  it("leaves a word alone when no stopword or particle is glued to it", () => {
    expect(tokenizer.words("跨境线上成交")).toEqual(["跨境", "线上", "成交"]);
  });

  it("tags the nouns a question is about, including words jieba does not know and English", () => {
    const nouns = tokenizer.nouns("郴州农产品冷链物流补贴怎么申请FCC认证");
    for (const n of ["农产品", "冷链", "fcc"]) expect(nouns).toContain(n);
    expect(nouns).not.toContain("怎么");
  });
});
