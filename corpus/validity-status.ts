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

/** Within this many days of its last day, a document in force is shown as about to expire. */
export const EXPIRES_SOON_DAYS = 60;

/** The badge word for a document in force within EXPIRES_SOON_DAYS of its end. */
export const EXPIRING_WORD = "即将到期";

/** 距失效还有9天（即将到期）, or null when the end is further off, unknown or passed. */
export function expiryNotice(daysLeft: number | null): string | null {
  if (daysLeft === null || daysLeft > EXPIRES_SOON_DAYS) return null;
  return `${daysLeft === 0 ? "今日为最后有效日" : `距失效还有${daysLeft}天`}（${EXPIRING_WORD}）`;
}

export interface Validity {
  status: ValidityStatus;
  inForce: boolean;
  /** Chinese wording for a citation or a result, e.g. 已于2021-01-09到期. */
  text: string;
  /** Days from the given day to the last day in force (0 on the last day); null without an end. */
  daysLeft: number | null;
  /** daysLeft when the end is at most EXPIRES_SOON_DAYS away, else null: the document is about to expire. */
  expiresInDays: number | null;
}

/** What a reader is shown of a validity: the status, its wording, and whether the end is near. */
export type ShownValidity = Pick<Validity, "status" | "text" | "expiresInDays">;

export const shownValidity = ({ status, text, expiresInDays }: Validity): ShownValidity => ({ status, text, expiresInDays });
