// What a subscriber is to be told, as a pure function of the saved profile, the corpus in use,
// today and the documents the user was shown. Three kinds of event:
// - a document whose clauses the profile meets or nearly meets ends within 30 days;
// - a document added to the corpus (addedOn) that the user was not shown has such clauses;
// - a document the user was shown now has another in-force range.
// Each event has a key that stays the same from day to day, so the sender can record it and send
// it once; the console lists the same notices.
import { daysBetween } from "../../corpus/dates.ts";
import { documentInfo, loadCorpus, type DocId } from "../../corpus/index.ts";
import { formatAmount, Rational } from "../../policies/money.ts";
import type { Profile } from "../../policies/profile.ts";
import { amountText, citeResult, ifMetText } from "../../policies/report.ts";
import type { RuleResult, ScreenedDocument, ScreenResult } from "../../policies/result.ts";
import { screen, type ScreenConfig } from "../../policies/screen.ts";
import type { ShownValidity, Subscription } from "../store/notice-store.ts";

/** A document ending within this many days (today and its last day included) is an event. */
export const ENDING_WITHIN_DAYS = 30;

export type NoticeKind = "ending" | "new_document" | "validity_changed";

export interface Notice {
  /** The same for the same event on any day: `ending:<docId>:<last day>`, `new:<docId>`, `validity:<docId>:<from>~<to>`. */
  event: string;
  kind: NoticeKind;
  docId: DocId;
  /** Chinese, for the user. */
  text: string;
}

export type Shown = Subscription["shown"];

/** The documents a screening shows, with their in-force ranges: what a subscriber was shown. */
export function shownIn(result: ScreenResult): Shown {
  return Object.fromEntries(result.documents.map((d) => [d.docId, { from: d.inForce.from, to: d.inForce.to }]));
}

/** The profile screened as of `day` instead of the date it was saved for: notices are about today. */
export function screenOn(profile: Profile, day: string, config: Omit<ScreenConfig, "today">): ScreenResult {
  const { asOf: _savedFor, ...current } = profile;
  return screen({ ...current, asOf: day }, { ...config, today: day });
}

/** Met, waiting only for information, or short of one threshold: worth the enterprise's attention. */
export const meetsOrNearly = (r: RuleResult): boolean => r.status === "eligible" || r.status === "missing_info" || (r.status === "ineligible" && r.nearMiss !== undefined);

function clauseLine(r: RuleResult): string {
  if (r.status === "eligible") return `• ${citeResult(r)}：符合条件，估算${amountText(r)}`;
  if (r.status === "missing_info") return `• ${citeResult(r)}：${[`还需信息（${r.reason}）`, ifMetText(r)].filter(Boolean).join("；")}`;
  return `• ${citeResult(r)}：差一点（${r.nearMiss}）`;
}

const documentName = (d: { docNumber: string; title: string }) => `${d.docNumber}《${d.title}》`;
const rangeText = (v: ShownValidity) => `${v.from}至${v.to ?? "（未规定截止日期）"}`;
const whereToApply = (d: ScreenedDocument) => d.contact ?? d.issuer;

/** What to do before the last day, for the clauses listed. */
function beforeTheEnd(d: ScreenedDocument, clauses: RuleResult[]): string {
  const steps = [`请在${d.inForce.to}前向${whereToApply(d)}咨询申报安排并提交申报材料`];
  if (clauses.some((r) => r.status === "missing_info")) steps.push("还需信息的条款，可发送 /screen 补充企业信息后重新估算");
  if (clauses.some((r) => r.status === "ineligible")) steps.push("差一点的条款，请核对所填数据是否为最新");
  return `${steps.join("；")}。`;
}

function endingNotice(d: ScreenedDocument, clauses: RuleResult[], today: string): Notice {
  const days = daysBetween(today, d.inForce.to!);
  return {
    event: `ending:${d.docId}:${d.inForce.to}`,
    kind: "ending",
    docId: d.docId,
    text: [
      `【政策即将到期】${documentName(d)}将于${d.inForce.to}到期（${days === 0 ? "今天是最后一天" : `还有${days}天`}）。按您保存的企业信息，以下条款符合或接近符合：`,
      ...clauses.map(clauseLine),
      beforeTheEnd(d, clauses),
    ].join("\n"),
  };
}

function newDocumentNotice(d: ScreenedDocument, clauses: RuleResult[], addedOn: string): Notice {
  const total = clauses.filter((r) => r.status === "eligible" && r.countedInTotal).reduce((sum, r) => sum + (r.amountCny ?? 0), 0);
  return {
    event: `new:${d.docId}`,
    kind: "new_document",
    docId: d.docId,
    text: [
      `【新政策】${addedOn}收录了${documentName(d)}（有效期${rangeText(d.inForce)}）。按您保存的企业信息，以下条款符合或接近符合：`,
      ...clauses.map(clauseLine),
      ...(total > 0 ? [`符合条件的条款估算合计${formatAmount(Rational.from(total))}。`] : []),
      `详情可发送 /screen 重新筛查，或向${whereToApply(d)}咨询。`,
    ].join("\n"),
  };
}

function validityNotice(docId: DocId, was: ShownValidity, now: ShownValidity): Notice {
  const info = documentInfo(docId);
  return {
    event: `validity:${docId}:${now.from}~${now.to ?? ""}`,
    kind: "validity_changed",
    docId,
    text: `【有效期变更】您查看过的${documentName(info)}有效期由${rangeText(was)}变更为${rangeText(now)}。可发送 /screen 按新的有效期重新筛查。`,
  };
}

/** The notices for a subscriber today, in the order to send them. */
export function noticesFor(profile: Profile, shown: Shown, today: string, config: Omit<ScreenConfig, "today">): Notice[] {
  const result = screenOn(profile, today, config);
  const hopefulIn = (r: ScreenResult, docId: DocId) => r.results.filter((x) => x.docId === docId && meetsOrNearly(x));
  const notices: Notice[] = [];
  for (const d of result.documents) {
    const clauses = hopefulIn(result, d.docId);
    if (d.validity.status === "in_force" && daysBetween(today, d.inForce.to!) <= ENDING_WITHIN_DAYS && clauses.length) notices.push(endingNotice(d, clauses, today));
    const { addedOn } = documentInfo(d.docId);
    if (addedOn === null || addedOn > today || d.docId in shown || d.validity.status === "expired") continue;
    // A document added before it takes effect is screened on its first day.
    const onItsFirstDay = d.validity.status === "not_yet" ? screenOn(profile, d.inForce.from, config) : result;
    const offered = hopefulIn(onItsFirstDay, d.docId);
    if (offered.length) notices.push(newDocumentNotice(d, offered, addedOn));
  }
  const corpus = loadCorpus();
  for (const [docId, was] of Object.entries(shown)) {
    if (!corpus.has(docId)) continue;
    const { from, to } = documentInfo(docId).inForce;
    if (from !== was.from || to !== was.to) notices.push(validityNotice(docId, was, { from, to }));
  }
  return notices;
}
