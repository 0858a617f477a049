// A screening result as a report, in the sections and words of policies/report.ts (the date
// stamp, 合计, 填写的信息, 可享受, 差一点, 还需信息才能判断, 不在有效期的文件, 不符合, 提示, 咨询部门,
// 声明) — the same functions word it here as in the chat and the CLI. It leads with the date
// stamp, the total and what was entered, each fact with the clauses that read it. Every clause
// links to its text; the arithmetic unfolds on demand, and unfolds by itself for printing.
import { amountText, citeResult, HISTORY_TITLE, ifMetText, NOTHING_THEN, renderReport, reportSections } from "../../../policies/report.ts";
import { lackingFields } from "../../../policies/result.ts";
import type { RuleResult, ScreenResult } from "./api.ts";
import { button, h, link, type Child } from "./dom.ts";
import { copyButton } from "./hotline.ts";
import { documentUrl } from "./router.ts";

export interface ReportOptions {
  /** A field named in "还需信息": a way to reach it in the form, or its label. */
  missingField(path: string): Child;
}

const clauseLink = (r: RuleResult) => link(documentUrl(r.docId, r.citation.clauseId), { class: "cite-link" }, citeResult(r));

const explanation = (r: RuleResult) =>
  h("details", { class: "explanation" }, h("summary", {}, "计算过程"), h("pre", {}, r.explanation));

function section(title: string, items: Child[], className = ""): HTMLElement | null {
  if (items.length === 0) return null;
  return h("section", { class: `report-section ${className}`.trim() }, h("h3", {}, title), h("ul", {}, items.map((item) => h("li", {}, item))));
}

function eligibleItem(r: RuleResult): HTMLElement {
  return h(
    "div",
    { class: "rule" },
    h("div", { class: "rule-head" }, clauseLink(r), h("span", { class: "amount" }, amountText(r))),
    h("p", { class: "reason" }, r.reason),
    r.confirm.length ? h("p", { class: "confirm" }, `需自行确认：${r.confirm.join("；")}`) : null,
    explanation(r),
  );
}

const joined = (items: Child[]) => items.flatMap((item, i) => (i ? ["、", item] : [item]));

export function screenReport(result: ScreenResult, options: ReportOptions): HTMLElement {
  const s = reportSections(result);
  const by = (status: RuleResult["status"]) => result.results.filter((r) => r.status === status);
  const eligible = by("eligible").sort((a, b) => (b.amountCny ?? -1) - (a.amountCny ?? -1));
  const nearMisses = by("ineligible").filter((r) => r.nearMiss);
  const ineligible = by("ineligible").filter((r) => !r.nearMiss);

  /** One list of what to fill in: the fields the reason names as lacking, each leading to the form. */
  const missingItem = (r: RuleResult) => {
    const ifMet = ifMetText(r);
    return h(
      "div",
      { class: "rule" },
      clauseLink(r),
      h("p", { class: "needs" }, "尚缺：", joined(lackingFields(r.missing, r.presumed).map(options.missingField))),
      ifMet ? h("p", { class: "if-met" }, ifMet) : null,
      explanation(r),
    );
  };


  return h(
    "section",
    { class: "report", "aria-labelledby": "report-title" },
    h("h2", { id: "report-title", tabindex: -1 }, "筛查结果"),
    h("p", { class: "report-header" }, s.header),
    s.noMoneyInForce ? h("p", { class: "no-money-in-force", role: "note" }, s.noMoneyInForce) : null,
    h(
      "div",
      { class: "report-actions no-print" },
      button("打印报告", () => window.print(), { class: "print" }),
      copyButton("复制报告文本", () => renderReport(result)),
    ),
    h("p", { class: "total", id: "report-total" }, s.total),
    section("填写的信息", s.facts, "facts"),
    h(
      "section",
      { class: "report-section eligible" },
      h("h3", {}, "可享受（按金额从高到低）"),
      eligible.length ? h("ol", {}, eligible.map((r) => h("li", {}, eligibleItem(r)))) : h("p", {}, "暂无符合条件的条款。"),
    ),
    s.history
      ? h(
          "section",
          { class: "report-section history" },
          h("h3", {}, HISTORY_TITLE),
          h("p", {}, s.history.intro),
          s.history.items.length ? h("ol", {}, s.history.items.map((i) => h("li", {}, i))) : h("p", {}, NOTHING_THEN),
          h("p", { class: "total" }, s.history.total),
        )
      : null,
    section("差一点", nearMisses.map((r) => h("div", { class: "rule" }, clauseLink(r), `：${r.nearMiss}`, explanation(r)))),
    section("还需信息才能判断", by("missing_info").map(missingItem), "missing"),
    section("不在有效期的文件", s.notInForce),
    ineligible.length
      ? h(
          "details",
          { class: "report-section ineligible" },
          h("summary", {}, `不符合的条款（${ineligible.length}条）`),
          h("ul", {}, ineligible.map((r) => h("li", {}, clauseLink(r), `：${r.reason}`))),
        )
      : null,
    section("提示", s.warnings),
    section("咨询部门", s.contacts),
    h("section", { class: "report-section disclaimer" }, h("h3", {}, "声明"), h("p", {}, s.disclaimer)),
  );
}
