// Is a document in force on a given day? Ranges are inclusive (CONTRACT.md §1); a document
// with no stated end stays in force, with a note that its validity should be confirmed.
import { daysBetween } from "./dates.ts";
import type { DocId, DocumentInfo } from "./declaration.ts";
import { documentInfo } from "./documents.ts";
import { expiryNotice, type Validity } from "./validity-status.ts";

export { daysBetween, isIsoDate, todayInChina } from "./dates.ts";
export { EXPIRES_SOON_DAYS, expiryNotice, shownValidity, VALIDITY_STATUS_WORDS, type ShownValidity, type Validity, type ValidityStatus } from "./validity-status.ts";

/**
 * The validity of a range on a day. Every channel shows `text`, so a document near its end says
 * so (有效期2023-12-15至2026-12-14，距失效还有9天（即将到期）) wherever its validity is shown.
 */
export function validityIn({ from, to }: DocumentInfo["inForce"], day: string): Validity {
  const without = { daysLeft: null, expiresInDays: null };
  if (day < from) return { status: "not_yet", inForce: false, text: `${from}起施行，${day}尚未生效`, ...without };
  if (to === null) {
    return { status: "open_ended", inForce: true, text: `${from}起施行，文件未规定截止日期，请向发文机关确认是否仍然有效`, ...without };
  }
  if (day > to) return { status: "expired", inForce: false, text: `已于${to}到期`, ...without };
  const daysLeft = daysBetween(day, to);
  const notice = expiryNotice(daysLeft);
  return {
    status: "in_force",
    inForce: true,
    text: `有效期${from}至${to}${notice ? `，${notice}` : ""}`,
    daysLeft,
    expiresInDays: notice ? daysLeft : null,
  };
}

/** Whether a range is in force on some day from `from` to `to` (inclusive). */
export function inForceDuring({ from, to }: DocumentInfo["inForce"], span: { from: string; to: string }): boolean {
  return from <= span.to && (to === null || to >= span.from);
}

/** The validity of a document of the corpus in use on a day. */
export function validityOn(docId: DocId, day: string): Validity {
  return validityIn(documentInfo(docId).inForce, day);
}
