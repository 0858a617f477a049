// Figures read from questions and from the rules' own wording of their thresholds, and which
// clauses' entry thresholds a question's figures meet. No model needed.
import { describe, expect, it } from "vitest";
import { RULES } from "../policies/rules/index.ts";
import { readFigures } from "../retrieval/figures.ts";
import { createThresholdMatcher } from "../retrieval/thresholds.ts";

describe("figures", () => {
  it.each([
    ["我们在亚马逊一年卖150万美元，有补贴吗？", [{ unit: "money", value: 1_500_000, currency: "USD", measure: "volume" }]],
    ["去年跨境线上成交了两百来万美金", [{ unit: "money", value: 2_000_000, currency: "USD", measure: "volume" }]],
    ["整年进出口第一次超过10个亿", [{ unit: "money", value: 1e9, currency: null, measure: "volume" }]],
    ["去年进出口总额一点二亿美元", [{ unit: "money", value: 1.2e8, currency: "USD", measure: "volume" }]],
    ["持牌支付机构结算规模上百亿", [{ unit: "money", value: 1e10, currency: null, measure: "volume" }]],
    ["年营收过千万了", [{ unit: "money", value: 1e7, currency: null, measure: "revenue" }]],
    ["一年国际快递小包费用三百多万", [{ unit: "money", value: 3_000_000, currency: null, measure: "spend" }]],
    ["进出口一千五百万人民币", [{ unit: "money", value: 15_000_000, currency: "CNY", measure: "volume" }]],
    ["年服务费收入100万元以上", [{ unit: "money", value: 1_000_000, currency: "CNY", measure: "revenue" }]],
  ])("reads the amount, currency and measure of money in %s", (text, expected) => {
    expect(readFigures(text).map(({ unit, value, currency, measure }) => ({ unit, value, currency, measure }))).toEqual(expected);
  });

  it("keeps what a figure is of: the words of its phrase on either side, and the phrase before", () => {
    const [figure] = readFigures("我们在郑州做跨境电商出口，一年150万美元");
    expect(figure).toMatchObject({ written: "150万", context: { before: "一年", previous: "我们在郑州做跨境电商出口" } });
  });

  it("reads areas, counts, days and orders, and each figure of a message with several", () => {
    expect(readFigures("园区用了1.2万平方米，进驻了35家跨境企业，一千二百平，招了八十个学生").map((f) => [f.unit, f.value])).toEqual([
      ["sqm", 12_000],
      ["enterprises", 35],
      ["sqm", 1200],
      ["people", 80],
    ]);
    expect(readFigures("5天一期、每期25人，通关超过5000万单，四十多家").map((f) => [f.unit, f.value])).toEqual([
      ["days", 5],
      ["people", 25],
      ["orders", 50_000_000],
      ["enterprises", 40],
    ]);
    // Two amounts, each measured by the words of its own phrase.
    expect(readFigures("进出口2500万元，国际运费一年250万").map((f) => f.measure)).toEqual(["volume", "spend"]);
  });

  it("reads nothing from 文号, years, codes, percentages or words that merely contain 万", () => {
    expect(readFigures("郑政〔2018〕4号第八条，2023年，9710、9810，增长15%，百分之十五，万一不行，万众创新，一年半")).toEqual([]);
  });
});

describe("entry thresholds", () => {
  const matcher = createThresholdMatcher(RULES, 7.1);
  const met = (question: string) => matcher.clausesMet(readFigures(question));

  it("are met by a figure at or above them, not below", () => {
    const sales = met("我们在亚马逊一年卖150万美元");
    expect(sales).toContain("zz-2018-4/1"); // 年进出口在线交易额达到100万美元以上
    expect(sales).toContain("zz-2018-4/14"); // 15万美元以上
    expect(sales).not.toContain("zz-2018-4/2"); // 200万美元以上
    expect(sales).not.toContain("zz-2018-4/17"); // 超过1000万美元
  });

  it("compare only amounts of the same measure: spending is not business done", () => {
    const freight = met("国际物流费用一年1200万");
    expect(freight).toContain("zz-2018-4/11"); // 国际物流费用（含邮政小包）达200万元以上
    expect(freight).toContain("zz-2023-210-measures/6");
    expect(freight).not.toContain("zz-2023-210-measures/1"); // 年进出口额达到1000万元以上
    const revenue = met("服务商营收1500万");
    expect(revenue).toContain("zz-2023-210-measures/5"); // 营业收入不低于1000万元
    expect(revenue).not.toContain("zz-2023-210-measures/1");
  });

  it("convert between dollars and yuan at the configured rate", () => {
    const question = readFigures("年进出口1400万元");
    expect(createThresholdMatcher(RULES, 7.1).clausesMet(question)).not.toContain("zz-2018-4/2"); // 200万美元 = 1420万元
    expect(createThresholdMatcher(RULES, 6.5).clausesMet(question)).toContain("zz-2018-4/2"); // 200万美元 = 1300万元
    expect(createThresholdMatcher(RULES, 7.1).clausesMet(question)).toContain("zz-2023-210-measures/1");
  });

  it("match areas and counts by unit, strictly where the text says 超过", () => {
    const store = met("体验店面积1200平米");
    expect(store).toContain("zz-2018-4/3"); // 累计营业面积超过1000平米
    expect(store).not.toContain("zz-2018-4/5"); // 实际使用面积超过1万平方米
    expect(met("体验店面积1000平米")).not.toContain("zz-2018-4/3");
    expect(met("本科院校招了60个学生")).toContain("zz-2018-4/18"); // 招生人数在50人以上
  });
});
