// What a button's data may say. Button data comes back from the client — a Telegram callback or a
// web request — and anyone can forge it, so every press is decoded against what the dialogue could
// have offered: the commands it knows, the fields the profile declares, list items within the
// dialogue's own limit, the currencies, kinds and activities there are. Anything else decodes to null, which
// the dialogue answers with a polite refusal. A button that answers a question also names the
// question's instance (`a:true@1k`), so a press is applied to the question it was shown under and
// never to whichever question happens to be waiting.
import { ACTIVITIES } from "../../policies/activities.ts";
import { hasField, schemaPath } from "../../policies/fields.ts";
import type { Currency } from "../../policies/money.ts";
import { KINDS, type Kind } from "../../policies/profile.ts";
import { MAX_LIST_ITEMS } from "./questions.ts";

type Unbound =
  | { kind: "scr" | "rescr" | "pf" | "pol" | "prof" | "rst" | "full" }
  | { kind: "c"; clauseId: string }
  | { kind: "x"; ruleId: string }
  | { kind: "e"; path: string };

/** Presses that answer one question: each names the question instance it was shown under. */
type QuestionAnswer =
  | { kind: "skip" | "kd" | "gd" | "gu" | "yd" | "yu" | "w" }
  | { kind: "g"; activity: string }
  | { kind: "y"; fact: number }
  | { kind: "a"; answer: string }
  | { kind: "cur"; currency: Currency }
  | { kind: "k"; applicant: Kind }
  | { kind: "cf"; confirmed: boolean };
export type QuestionAction = QuestionAnswer & { question: number };

export type ButtonAction = Unbound | QuestionAction;

const BOUND = new Set(["skip", "kd", "gd", "gu", "yd", "yu", "w", "g", "y", "a", "cur", "k", "cf"]);

/** The data of a button that answers question instance `question`. */
export const bound = (data: string, question: number): string => `${data}@${question.toString(36)}`;

/** A clause or rule id: zz-2018-4/8, cz-2021-3/4.1, zz-2018-4/9a. */
export const CLAUSE_ID = /^(zz|cz)-[\w-]+\/[\w.-]+$/u;

/** A value path as the dialogue writes one: crossBorderTrade, hq.inCity, o2oStores[1].areaSqm. */
const VALUE_PATH = /^[a-z][A-Za-z0-9]*(\[(\d{1,2})\])?(\.[a-z][A-Za-z0-9]*)?$/u;

/** A declared field's value path, with its list index (if any) inside the dialogue's limit. */
export function isValuePath(path: string): boolean {
  const m = VALUE_PATH.exec(path);
  if (!m || !hasField(schemaPath(path))) return false;
  return m[2] === undefined || Number(m[2]) < MAX_LIST_ITEMS;
}

const SIMPLE = new Set(["scr", "rescr", "pf", "pol", "prof", "rst", "full", "skip", "kd", "gd", "gu", "yd", "yu", "w"]);

export function decodeButton(data: string): ButtonAction | null {
  const at = data.lastIndexOf("@");
  const instance = at < 0 ? null : data.slice(at + 1);
  if (instance !== null && !/^[0-9a-z]{1,8}$/u.test(instance)) return null;
  const action = decodeAction(at < 0 ? data : data.slice(0, at));
  if (!action || BOUND.has(action.kind) !== (instance !== null)) return null;
  return instance === null ? (action as Unbound) : ({ ...action, question: parseInt(instance, 36) } as QuestionAction);
}

type Action = Unbound | QuestionAnswer;

function decodeAction(data: string): Action | null {
  const colon = data.indexOf(":");
  const kind = colon < 0 ? data : data.slice(0, colon);
  const value = colon < 0 ? null : data.slice(colon + 1);
  if (value === null) return SIMPLE.has(kind) ? ({ kind } as Action) : null;
  switch (kind) {
    case "c":
      return CLAUSE_ID.test(value) ? { kind, clauseId: value } : null;
    case "x":
      return CLAUSE_ID.test(value) ? { kind, ruleId: value } : null;
    case "e":
      return isValuePath(value) ? { kind, path: value } : null;
    case "a":
      return /^[\w-]{1,32}$/u.test(value) ? { kind, answer: value } : null;
    case "cur":
      return value === "CNY" || value === "USD" ? { kind, currency: value } : null;
    case "k":
      return (KINDS as string[]).includes(value) ? { kind, applicant: value as Kind } : null;
    case "g":
      return ACTIVITIES.some((a) => a.id === value) ? { kind, activity: value } : null;
    case "y":
      return /^\d$/u.test(value) ? { kind, fact: Number(value) } : null;
    case "cf":
      return value === "yes" || value === "no" ? { kind, confirmed: value === "yes" } : null;
    default:
      return null;
  }
}
