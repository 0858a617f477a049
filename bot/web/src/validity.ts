// A document's validity as a badge, coloured by status, with the server's wording
// (有效期2023-12-15至2026-12-14, 已于2021-01-09到期 …).
import type { DocValidity } from "./api.ts";
import { h } from "./dom.ts";

const STATUS_WORDS: Record<DocValidity["status"], string> = {
  in_force: "现行有效",
  open_ended: "有效性待确认",
  expired: "已失效",
  not_yet: "尚未施行",
};

export function validityBadge(validity: DocValidity): HTMLElement {
  return h(
    "span",
    { class: `validity validity-${validity.status}`, "data-status": validity.status },
    h("span", { class: "validity-word" }, STATUS_WORDS[validity.status]),
    validity.text,
  );
}
