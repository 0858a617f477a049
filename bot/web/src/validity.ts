// A document's validity as a badge, coloured by status, with the server's wording
// (有效期2023-12-15至2026-12-14, 已于2021-01-09到期 …); a document near its end is badged 即将到期.
import { EXPIRING_WORD, VALIDITY_STATUS_WORDS } from "../../../corpus/validity-status.ts";
import type { DocValidity } from "./api.ts";
import { h } from "./dom.ts";

export function validityBadge(validity: DocValidity): HTMLElement {
  const expiring = validity.expiresInDays !== null;
  return h(
    "span",
    { class: `validity validity-${validity.status}${expiring ? " validity-expiring" : ""}`, "data-status": validity.status },
    h("span", { class: "validity-word" }, expiring ? EXPIRING_WORD : VALIDITY_STATUS_WORDS[validity.status]),
    validity.text,
  );
}
