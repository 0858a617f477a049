// Is a document in force on a given day? Ranges are inclusive (CONTRACT.md §1); a document
// with no stated end stays in force, with a note that its validity should be confirmed.
import { documentInfo, type DocId } from "./documents.ts";

export type ValidityStatus = "in_force" | "open_ended" | "expired" | "not_yet";

/** Each status in a word or two, for a badge or a list of statuses. */
export const VALIDITY_STATUS_WORDS: Record<ValidityStatus, string> = {
  in_force: "现行有效",
  open_ended: "有效性待确认",
  expired: "已失效",
  not_yet: "尚未施行",
};

export interface Validity {
  status: ValidityStatus;
  inForce: boolean;
  /** Chinese wording for a citation or a result, e.g. 已于2021-01-09到期. */
  text: string;
  /** Days from the given day to the last day in force (0 on the last day); null without an end. */
  daysLeft: number | null;
}

const DAY_MS = 86_400_000;

/** Days before a document's end within which its validity says how many days are left. */
export const ENDING_SOON_DAYS = 60;

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Today in China (UTC+8), as YYYY-MM-DD. */
export function todayInChina(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

export function validityOn(docId: DocId, day: string): Validity {
  const { from, to } = documentInfo(docId).inForce;
  if (day < from) return { status: "not_yet", inForce: false, text: `${from}起施行，${day}尚未生效`, daysLeft: null };
  if (to === null) {
    return { status: "open_ended", inForce: true, text: `${from}起施行，文件未规定截止日期，请向发文机关确认是否仍然有效`, daysLeft: null };
  }
  if (day > to) return { status: "expired", inForce: false, text: `已于${to}到期`, daysLeft: null };
  const daysLeft = daysBetween(day, to);
  const soon = daysLeft <= ENDING_SOON_DAYS ? `，${daysLeft === 0 ? "今天" : `${daysLeft}天后`}到期` : "";
  return { status: "in_force", inForce: true, text: `有效期${from}至${to}${soon}`, daysLeft };
}
