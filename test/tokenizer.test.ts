// The tokenizer's repair of words jieba glues to a function word, and the nouns it tags. No model needed.
import { describe, expect, it } from "vitest";
import { placeWords } from "../retrieval/places.ts";
import { createTokenizer } from "../retrieval/tokenizer.ts";

describe("tokenizer", () => {
  const tokenizer = createTokenizer(placeWords());

  it("takes apart the function words jieba glues on (能补, 有奖, 建了) and keeps the word they hid", () => {
    expect(tokenizer.terms("能补多少钱")).toEqual(["补"]);
    expect(tokenizer.terms("破零有奖吗")).toEqual(["破零", "奖"]);
    expect(tokenizer.words("建了监管仓")).toEqual(["建", "了", "监管仓"]);
    // A one-character word of a synonym group glued on at the end (破零奖) comes off too; a word jieba knows (大奖赛) stays.
    expect(tokenizer.words("破零奖10万")).toEqual(["破零", "奖", "10", "万"]);
    expect(tokenizer.words("大奖赛")).toEqual(["大奖赛"]);
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
