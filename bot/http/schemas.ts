// Schemas shared by several routes: the error body every failure returns, a document's validity
// on a day, a city, a clause.
import { z } from "zod";
import { DOCUMENTS, isDocId } from "../../corpus/documents.ts";
import type { ClauseKind } from "../../corpus/parse.ts";
import { EXPIRES_SOON_DAYS, isIsoDate, VALIDITY_STATUS_WORDS, type ValidityStatus } from "../../corpus/validity.ts";
import { cities } from "../../policies/cities.ts";

export const ERROR_KINDS = [
  "bad_request",
  "invalid_input",
  "unauthorized",
  "forbidden",
  "invalid_corpus",
  "not_found",
  "not_ready",
  "payload_too_large",
  "unsupported_media_type",
  "uri_too_long",
  "rate_limited",
  "session_busy",
  "internal_error",
] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

export const ProblemSchema = z.object({
  field: z.string().meta({ description: "出错的字段路径 / field path, e.g. crossBorderTrade.amount, o2oStores[0].areaSqm" }),
  label: z.string().optional().meta({ description: "字段的中文名称 / the field's Chinese name" }),
  message: z.string().meta({ description: "中文说明 / what is wrong, in Chinese" }),
});
export type Problem = z.infer<typeof ProblemSchema>;

export const ErrorSchema = z.object({
  error: z.enum(ERROR_KINDS),
  message: z.string().meta({ description: "中文说明 / explanation in Chinese" }),
  problems: z.array(ProblemSchema).optional().meta({ description: "invalid_input：逐个字段的问题 / one entry per offending field" }),
  requestId: z.string().optional().meta({ description: "internal_error：日志中的请求编号 / request id in the server log" }),
});
export type ErrorBody = z.infer<typeof ErrorSchema>;

export const ValiditySchema = z.object({
  status: z.enum(Object.keys(VALIDITY_STATUS_WORDS) as [ValidityStatus, ...ValidityStatus[]]).meta({
    description: Object.entries(VALIDITY_STATUS_WORDS).map(([k, v]) => `${k}：${v}`).join("；"),
  }),
  text: z.string().meta({ description: "中文说明，如“已于2021-01-09到期”“有效期2023-12-15至2026-12-14，距失效还有9天（即将到期）” / wording for a reader" }),
  expiresInDays: z.number().int().nullable().meta({
    description: `距失效天数，仅在${EXPIRES_SOON_DAYS}天以内时给出，否则为 null / days left when the end is at most ${EXPIRES_SOON_DAYS} days away, else null`,
  }),
});

export const IsoDateSchema = z.string().refine(isIsoDate, { message: "应为 YYYY-MM-DD 格式的日期" }).meta({ example: "2024-06-30" });

// Documents and cities come from the corpus in use, which a reload can change: they are checked
// when a request arrives, not fixed in an enum when the server starts.
const listed = (values: readonly string[]) => values.join("、");

export const CitySchema = z
  .string()
  .superRefine((value, ctx) => {
    if (!cities().some((c) => c.code === value)) ctx.addIssue({ code: "custom", message: `未收录的城市代码“${value}”，可选：${listed(cities().map((c) => `${c.code}（${c.name}）`))}` });
  })
  .meta({ description: "城市代码（见 GET /api/documents） / a city code of the corpus, e.g. zhengzhou（郑州市）, chenzhou（郴州市）" });

/** A document id in a response. */
export const DocIdSchema = z.string().meta({ description: "文件编号（见 GET /api/documents） / a document id", example: "zz-2018-4" });

/** A document id in a request: one of the corpus in use. */
export const KnownDocIdSchema = DocIdSchema.superRefine((value, ctx) => {
  if (!isDocId(value)) ctx.addIssue({ code: "custom", message: `没有编号为“${value}”的政策文件，现有文件：${listed(DOCUMENTS.map((d) => d.docId))}` });
});

const CLAUSE_KINDS: Record<ClauseKind, string> = {
  item: "编号条目",
  section: "无下级条目的章节",
  preamble: "序言",
  notice: "印发通知",
  closing: "结尾段落",
  annex: "附件",
  header: "文件信息（网页文头、落款日期），只用于引用文件本身的事实",
};

/** A clause's own fields (CONTRACT.md §2); the document's fields sit beside it where needed. */
export const ClauseSchema = z.object({
  clauseId: z.string().meta({ example: "zz-2018-4/8" }),
  path: z.string().meta({ description: "条款编号中文件编号之后的部分 / the id after docId/, e.g. 8, 4.1, preamble" }),
  kind: z.enum(Object.keys(CLAUSE_KINDS) as [ClauseKind, ...ClauseKind[]]).meta({
    description: Object.entries(CLAUSE_KINDS).map(([k, v]) => `${k}：${v}`).join("；"),
  }),
  label: z.string().meta({ description: "原文编号，如（八）、四（一） / label as printed" }),
  title: z.string().nullable().meta({ description: "条款标题，原文没有时为 null / the clause's own title" }),
  headings: z.array(z.string()).meta({ description: "所在章节标题 / section headings above the clause" }),
  text: z.string().meta({ description: "条款原文 / verbatim text" }),
});

/**
 * A response schema for a result type declared elsewhere (the evaluator's, the retriever's): the
 * fields listed — the public contract — are checked on the way out and documented, and any other
 * field passes through untouched. Compiles only when T has the listed fields with those types.
 */
export function openSchema<T>() {
  return <S extends z.ZodRawShape>(shape: S & (T extends z.output<z.ZodObject<S>> ? unknown : never)) =>
    z.looseObject(shape) as unknown as z.ZodType<T>;
}
