// What the dialogue core exchanges with a channel (Telegram, HTTP, terminal): inputs in,
// replies with optional buttons out. Channels only render; the core decides.
import type { Profile } from "../../policies/profile.ts";

export interface Button {
  label: string;
  /** Sent back as a `button` input; at most 64 bytes (Telegram's callback_data limit). */
  data: string;
}

export interface Reply {
  text: string;
  /** Rows of buttons. */
  buttons?: Button[][];
  /**
   * Shows these buttons on the message whose button was pressed, in place of its own, instead of
   * a new message (a tick on a multi-select): Telegram edits the reply markup, the chat panel the bubble.
   */
  edits?: true;
}

export const COMMANDS = ["start", "help", "screen", "ask", "profile", "reset", "policies", "clause", "forget", "cancel"] as const;
export type CommandName = (typeof COMMANDS)[number];

export type DialogueInput =
  | { kind: "text"; text: string }
  | { kind: "button"; data: string }
  | { kind: "command"; name: CommandName; arg?: string };

/** The profile being filled: a Profile whose required parts may still be missing. */
export type Draft = Partial<Profile> & Record<string, unknown>;

export interface Pending {
  /** Value path being asked: "logisticsSpend", "hq.inCity", "o2oStores", "o2oStores[0].areaSqm". */
  path: string;
  /** The question's instance, named by its buttons so a press answers this question and no other. */
  id: number;
  /** Figures asked in the same message after `path`, answered in order (a warehouse's area, months and rent). */
  also?: string[];
  /** An amount typed without a currency, waiting for 人民币/美元. */
  amountAwaitingCurrency?: number;
  /** A value read but not stored: far out of the field's usual scale, waiting for 是/否. */
  unconfirmed?: unknown;
  /** The amount waiting above was typed as approximate (约100万), for the echo once it is stored. */
  approximate?: boolean;
  /** Kinds ticked so far on the multi-choice kinds question. */
  kindsTicked?: string[];
  /** Ticked so far on a multi-select: activities on the gate question, paths on a checklist of yes/no facts. */
  ticked?: string[];
  /** The question that waited when the person chose to change an earlier answer: asked again once this one is answered. */
  resume?: Pending;
}

export interface SessionState {
  mode: "idle" | "screening";
  profile: Draft;
  /** Paths the user skipped (跳过/不清楚): they stay unknown and are not asked again. */
  skipped: string[];
  pending: Pending | null;
  /** Questions asked in the current screening, for numbering them. */
  asked: number;
  /** The last question instance issued; never reused, so an old button cannot name a new question. */
  serial: number;
  /** The questions of the current screening, so a button of an earlier one changes that answer. */
  questions: AskedQuestion[];
  /** The activities the gate question was answered with; absent until it is answered. */
  activities?: string[];
  /** The latest messages both ways, kept for a channel that shows them again (the web chat after a reload). */
  transcript?: TranscriptEntry[];
  /** The facts the last question answered stated (出口150万美元), offered to prefill a screening. */
  offered?: Draft;
}

export interface TranscriptEntry {
  from: "user" | "bot";
  text: string;
  buttons?: Button[][];
}

export interface AskedQuestion {
  id: number;
  /** Its number as shown: 第n问. */
  n: number;
  path: string;
}

export const newSession = (): SessionState => ({ mode: "idle", profile: {}, skipped: [], pending: null, asked: 0, serial: 0, questions: [] });
