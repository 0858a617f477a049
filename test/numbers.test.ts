// The one reader of figures (policies/numbers.ts): the forms people type, what each one means,
// and the forms it refuses with a reason.
import { describe, expect, it } from "vitest";
import { farOutOfScale, FIGURE_CEILING, formatFigure, parseNumber, readCurrency, readMoney, readMonths, readNumber, readQuantity, readRatio } from "../policies/numbers.ts";

describe("readMoney", () => {
  it.each([
    ["１２０万", 1_200_000, null],
    ["100万元人民币", 1_000_000, "CNY"],
    ["人民币100万元", 1_000_000, "CNY"],
    ["一点二亿", 120_000_000, null],
    ["三点五万", 35_000, null],
    ["120萬", 1_200_000, null],
    ["1.2億元", 120_000_000, "CNY"],
    ["半亿", 50_000_000, null],
    ["一个亿", 100_000_000, null],
    ["10个亿", 1_000_000_000, null],
    ["100w", 1_000_000, null],
    ["5k美元", 5_000, "USD"],
    ["$1.5M", 1_500_000, "USD"],
    ["US$ 2bn", 2_000_000_000, "USD"],
    ["300万美元", 3_000_000, "USD"],
    ["150万刀", 1_500_000, "USD"],
    ["2,000,000元", 2_000_000, "CNY"],
    ["三百万", 3_000_000, null],
    ["1万5", 15_000, null],
    ["一万亿", FIGURE_CEILING, null],
    ["0", 0, null],
  ])("reads %s as %d (%s), exact", (text, amount, currency) => {
    expect(readMoney(text)).toEqual({ ok: true, amount, currency, approximate: false, scaled: expect.any(Boolean) });
  });

  it.each([
    ["约100万", 1_000_000, null],
    ["100万左右", 1_000_000, null],
    ["大约100万元左右", 1_000_000, "CNY"],
    ["三百多万", 3_000_000, null],
    ["两百来万美金", 2_000_000, "USD"],
    ["100多万", 1_000_000, null],
    ["1000万上下", 10_000_000, null],
  ])("reads %s as %d (%s), approximate", (text, amount, currency) => {
    expect(readMoney(text)).toEqual({ ok: true, amount, currency, approximate: true, scaled: true });
  });

  it("says whether the text names its own magnitude, so a form's 万元 does not apply to it", () => {
    expect(readMoney("300").ok && readMoney("300")).toMatchObject({ scaled: false });
    for (const text of ["3亿", "300万", "5k", "1.5M", "100w"]) expect(readMoney(text), text).toMatchObject({ scaled: true });
  });

  it.each([
    ["万", "bare_unit"],
    ["亿", "bare_unit"],
    ["万元", "bare_unit"],
    ["12,34,567", "grouping"],
    ["1,5", "grouping"],
    ["99999999999999999999亿", "too_large"],
    ["1".repeat(400), "too_large"],
    ["2万亿", "too_large"],
    ["-5万", "negative"],
    ["美元100元", "two_currencies"],
    ["很多很多", "not_a_number"],
    ["1e5", "not_a_number"],
    ["", "empty"],
  ])("refuses %s (%s), saying why", (text, problem) => {
    const reading = readMoney(text);
    expect(reading).toMatchObject({ ok: false, problem, message: expect.stringMatching(/[\u4e00-\u9fff]/u) });
  });

  it("reads a currency named alone", () => {
    expect(["人民币", "元", "RMB", "美元", "美金", "USD", "$"].map(readCurrency)).toEqual(["CNY", "CNY", "CNY", "USD", "USD", "USD", "USD"]);
    expect(readCurrency("欧元")).toBeNull();
  });

  it("names the ceiling in the refusal", () => {
    expect(formatFigure(FIGURE_CEILING)).toBe("1万亿");
    expect(readMoney("2万亿")).toMatchObject({ message: "超过上限1万亿" });
  });
});

describe("readNumber, readQuantity, readMonths, readRatio", () => {
  it("reads counts and measures with their units and approximations", () => {
    expect(readQuantity("1200平方米", "平方米")).toMatchObject({ ok: true, value: 1200, approximate: false });
    expect(readQuantity("约1200㎡", "平方米")).toMatchObject({ ok: true, value: 1200, approximate: true });
    expect(readQuantity("60家左右")).toMatchObject({ ok: true, value: 60, approximate: true });
    expect(readNumber("１２０")).toMatchObject({ ok: true, value: 120 });
    expect(parseNumber("一千二百五十")).toBe(1250);
    expect(parseNumber("万")).toBeNull();
  });

  it.each([
    ["半年", 6],
    ["一年半", 18],
    ["两年", 24],
    ["1年3个月", 15],
    ["15个月", 15],
    ["15", 15],
  ])("reads %s as %d months", (text, months) => {
    expect(readMonths(text)).toMatchObject({ ok: true, value: months });
  });

  it("reads a bare number as a percentage, whatever its size: 1 is 1% and 0.5 is 0.5%", () => {
    for (const [text, ratio] of [["1", 0.01], ["0.5", 0.005], ["12", 0.12], ["12%", 0.12], ["１２％", 0.12], ["百分之十二", 0.12], ["-5%", -0.05], ["下降5%", -0.05], ["增长12%", 0.12]] as const) {
      expect(readRatio(text), text).toMatchObject({ ok: true, value: ratio });
    }
    expect(readRatio("约12%")).toMatchObject({ ok: true, value: 0.12, approximate: true });
  });

  it("finds a figure far out of a reference's scale: over a thousand times larger or smaller", () => {
    expect(farOutOfScale(260, 2_600_000)).toBe(true);
    expect(farOutOfScale(3e11, 25_000_000)).toBe(true);
    expect(farOutOfScale(2_600, 2_600_000)).toBe(false);
    expect(farOutOfScale(0, 2_600_000)).toBe(false);
  });
});
