// Traditional characters people type for the words the parsers read — numerals and money words
// (萬, 億, 點, 圓 …) and the names of the covered places (鄭州, 金水區, 鞏義市 …) — in their
// simplified form, so 120萬 and 鄭州市 read like 120万 and 郑州市.

const SIMPLIFIED: Record<string, string> = {
  // numerals, money and the words around a figure
  萬: "万", 億: "亿", 兩: "两", 點: "点", 貳: "贰", 參: "叁", 陸: "陆", 圓: "元", 塊: "块", 錢: "钱", 幣: "币",
  約: "约", 餘: "余", 來: "来", 個: "个", 將: "将", 過: "过",
  // the covered cities and their districts (policies/cities.ts)
  鄭: "郑", 區: "区", 縣: "县", 陽: "阳", 滎: "荥", 鞏: "巩", 義: "义", 東: "东", 開: "开", 發: "发", 經: "经",
  濟: "济", 術: "术", 產: "产", 業: "业", 實: "实", 驗: "验", 綜: "综", 蘇: "苏", 資: "资", 興: "兴", 臨: "临",
};

const TRADITIONAL = new RegExp(`[${Object.keys(SIMPLIFIED).join("")}]`, "gu");

export function toSimplified(text: string): string {
  return text.replace(TRADITIONAL, (ch) => SIMPLIFIED[ch]!);
}
