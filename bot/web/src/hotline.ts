// Hotline mode: for bureau staff on the phone. An answer becomes a plain-text script to read out
// or paste into a ticket, naming each 文号, clause and the document's validity; a copy button puts
// it (or a screening report) on the clipboard. The mode is a class on <body>, so the scripts are
// always built and the stylesheet decides whether they show.
import { citationName } from "../../../retrieval/citation-name.ts";
import type { AskResult } from "./api.ts";
import { button, h } from "./dom.ts";

const STORAGE_KEY = "cbec-console.hotline";
const IN_FORCE = new Set(["in_force", "open_ended"]);

export function initHotlineToggle(checkbox: HTMLInputElement): void {
  const apply = (on: boolean) => {
    document.body.classList.toggle("hotline", on);
    localStorage.setItem(STORAGE_KEY, on ? "1" : "0");
  };
  checkbox.checked = localStorage.getItem(STORAGE_KEY) === "1";
  apply(checkbox.checked);
  checkbox.addEventListener("change", () => apply(checkbox.checked));
}

/** The script for an answer, naming each cited document by 文号 and title. */
export function answerScript(result: AskResult): string {
  const lines = [`来电问题：${result.question}`, "", "答复：", result.answer];
  if (result.citations.length > 0) {
    lines.push(
      "",
      "引用条款：",
      ...result.citations.map((c, i) => `${i + 1}. ${citationName(c)}（${c.validity.text}）`),
    );
    // One 文号 can carry several documents (郑政文〔2023〕210号 holds three), each with its own validity.
    const cited = new Map(result.citations.map((c) => [c.docId, c]));
    lines.push(
      "",
      "文件效力：",
      ...[...cited.values()].map(({ docNumber, docTitle, validity }) => `· ${docNumber}《${docTitle}》：${validity.text}`),
    );
    if ([...cited.values()].some((c) => !IN_FORCE.has(c.validity.status))) {
      lines.push("注意：以上有文件已不在有效期内，其条款仅供参考，不能作为现行政策答复。");
    }
  }
  lines.push("", "说明：以上内容依据政策文件原文整理，仅供参考，具体以主管部门解释和受理审核为准。");
  return lines.join("\n");
}

/** A 复制 button for `text()`, saying in a live region whether the copy worked. */
export function copyButton(label: string, text: () => string): HTMLElement {
  const status = h("span", { class: "copy-status", role: "status" });
  const copy = button(label, async () => {
    try {
      await navigator.clipboard.writeText(text());
      status.textContent = "已复制";
    } catch {
      status.textContent = "复制失败：浏览器未允许访问剪贴板，请手动选择文字复制。";
    }
  });
  return h("span", { class: "copy" }, copy, status);
}
