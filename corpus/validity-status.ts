// The words for a document's validity on a day, apart from the corpus itself so that the web
// console's bundle can show them without loading any document.

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
