// A document's validity as a badge, coloured by status, with the server's wording
// (有效期2023-12-15至2026-12-14, 已于2021-01-09到期 …).
import { VALIDITY_STATUS_WORDS } from "../../../corpus/validity-status.ts";
import type { DocValidity } from "./api.ts";
import { h } from "./dom.ts";

export function validityBadge(validity: DocValidity): HTMLElement {
  return h(
    "span",
    { class: `validity validity-${validity.status}`, "data-status": validity.status },
    h("span", { class: "validity-word" }, VALIDITY_STATUS_WORDS[validity.status]),
    validity.text,
  );
}
