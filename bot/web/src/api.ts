// The HTTP API as the console calls it, typed with the server's own result types. Errors come back
// as ApiError carrying the server's {error, message, problems} body.
import type { Clause } from "../../../corpus/parse.ts";
import type { DocumentInfo } from "../../../corpus/documents.ts";
import type { ShownValidity } from "../../../corpus/validity-status.ts";
import type { Activity } from "../../../policies/activities.ts";
import type { DocumentReads, RuleReads } from "../../../policies/field-usage.ts";
import type { FieldInfo } from "../../../policies/fields.ts";
import type { ScreenResult } from "../../../policies/result.ts";
import type { AskOptions, AskResult } from "../../../retrieval/index.ts";
import type { Reply } from "../../dialogue/types.ts";
import type { ErrorBody } from "../../http/schemas.ts";

export type { AskResult, Citation } from "../../../retrieval/index.ts";
export type { RuleResult, ScreenResult } from "../../../policies/result.ts";
export type { FieldInfo } from "../../../policies/fields.ts";
export type { Problem } from "../../http/schemas.ts";
export type { Reply } from "../../dialogue/types.ts";

export type DocValidity = ShownValidity;

/** GET /api/documents: one document with its validity today. */
export interface DocumentSummary extends Pick<DocumentInfo, "docId" | "docNumber" | "title" | "issuer" | "issuedOn" | "city"> {
  inForce: { from: string; to: string | null };
  validity: DocValidity;
  contact: string | null;
  clauseCount: number;
}

export type DocumentClause = Pick<Clause, "clauseId" | "path" | "kind" | "label" | "title" | "headings" | "text">;

export interface DocumentWithClauses extends DocumentSummary {
  clauses: DocumentClause[];
}

/** GET /api/profile/fields: the profile's fields, the kinds of applicant, which kinds each field matters to, and what a form plan needs. */
export interface ProfileCatalogue {
  fields: FieldInfo[];
  kinds: Record<string, string>;
  usage: Record<string, string[]>;
  activities: Activity[];
  rules: RuleReads[];
  documents: DocumentReads[];
  fxUsdCny: number;
}

export type AskRequest = { question: string } & Pick<AskOptions, "top" | "city" | "docId" | "inForceOn">;

/** The session travels in an HttpOnly cookie the server sets: the page never holds its id. */
export type ChatRequest = { text: string } | { button: string } | { command: "forget" };

/** GET /api/chat/notices (bot/http/routes/notices.ts). */
export interface NoticesResponse {
  profile: boolean;
  subscribed: boolean;
  today: string;
  notices: { event: string; kind: "ending" | "new_document" | "validity_changed"; docId: string; text: string; sentAt: string | null }[];
}

export interface ChatResponse {
  replies: Reply[];
  mode: "idle" | "screening";
}

/** The conversation the server keeps for the cookie's session: shown again after a reload. */
export interface Conversation {
  transcript: (Reply & { from: "user" | "bot" })[];
  mode: "idle" | "screening";
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody,
  ) {
    super(body.message);
  }
}

async function request<T>(method: "GET" | "POST", url: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? null : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, { error: "internal_error", message: "无法连接到服务，请检查网络后重试。" });
  }
  const data: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const fallback: ErrorBody = { error: "internal_error", message: `服务返回错误（HTTP ${response.status}），请稍后再试。` };
    throw new ApiError(response.status, (data as ErrorBody | null) ?? fallback);
  }
  return data as T;
}

/** A GET whose answer does not change while the server runs: fetched once per page. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => {
    pending ??= load().catch((err: unknown) => {
      pending = null; // let a later call retry
      throw err;
    });
    return pending;
  };
}

export const api = {
  ask: (body: AskRequest) => request<AskResult>("POST", "/api/ask", body),
  screen: (profile: Record<string, unknown>) => request<ScreenResult>("POST", "/api/screen", profile),
  documents: once(async () => (await request<{ documents: DocumentSummary[] }>("GET", "/api/documents")).documents),
  document: (docId: string) => request<DocumentWithClauses>("GET", `/api/documents/${encodeURIComponent(docId)}`),
  profileCatalogue: once(() => request<ProfileCatalogue>("GET", "/api/profile/fields")),
  chat: (body: ChatRequest) => request<ChatResponse>("POST", "/api/chat", body),
  notices: () => request<NoticesResponse>("GET", "/api/chat/notices"),
  conversation: () => request<Conversation>("GET", "/api/chat"),
};
