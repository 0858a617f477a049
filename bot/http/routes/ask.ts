// POST /api/ask: a question answered from the policy clauses, with citations (CONTRACT.md §4).
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { DEFAULT_TOP, type AskResult, type Citation } from "../../../retrieval/index.ts";
import type { App } from "../../app.ts";
import { TAGS } from "../docs.ts";
import { HttpError } from "../errors.ts";
import { CitySchema, DocIdSchema, ErrorSchema, IsoDateSchema, KnownDocIdSchema, openSchema, ValiditySchema } from "../schemas.ts";

const MAX_QUESTION_CHARS = 500;

const AskBody = z.strictObject({
  question: z.string().trim().min(1).max(MAX_QUESTION_CHARS).meta({
    label: "问题",
    description: `问题，1–${MAX_QUESTION_CHARS}字 / the question`,
    example: "跨境电商企业出口信保有什么补贴？",
  }),
  top: z.number().int().min(1).max(10).optional().meta({ label: "引用条款数", description: `最多返回几条引用，默认${DEFAULT_TOP} / citations, default ${DEFAULT_TOP}` }),
  city: CitySchema.optional().meta({ label: "城市", description: "只在该城市的文件中查找 / only this city's documents" }),
  docId: KnownDocIdSchema.optional().meta({ label: "文件编号", description: "只在该文件中查找 / only this document" }),
  inForceOn: IsoDateSchema.optional().meta({ label: "有效日期", description: "只查该日有效的文件 / only documents in force that day" }),
});

const CitationSchema = openSchema<Citation>()({
  docId: DocIdSchema,
  clauseId: z.string(),
  docNumber: z.string(),
  docTitle: z.string().meta({ description: "文件标题（同一文号可能对应多个文件） / the document's title (one 文号 can carry several documents)" }),
  clauseLabel: z.string(),
  title: z.string().nullable(),
  text: z.string().meta({ description: "条款原文（约600字以内） / verbatim clause text" }),
  score: z.number(),
  validity: ValiditySchema,
  highlights: z.array(z.tuple([z.number().int(), z.number().int()])).meta({
    description: "原文中与问题相同的词（整词、整个数字）的位置 [起, 止) / stretches [start, end) of text holding the question's words, whole",
  }),
});

const AskResultSchema = openSchema<AskResult>()({
  question: z.string(),
  noAnswer: z.boolean().meta({ description: "政策库中没有依据时为 true / true when the corpus holds no evidence" }),
  reason: z.enum(["answered", "not_in_corpus", "filtered_out", "not_stated", "no_such_clause"]).meta({
    description:
      "answered：有依据；not_in_corpus：没有文件涉及该主题；filtered_out：依据被筛选条件（城市、文件、有效日期）排除，related 列出不加筛选时找到的条款；" +
      "not_stated：文件涉及但未写明所问的事项；no_such_clause：文件没有所查的条款号 / why noAnswer is what it is",
  }),
  answer: z.string(),
  citations: z.array(CitationSchema),
  related: z.array(CitationSchema).meta({
    description: "仅作参考的条款：not_stated 时为最相关的条款，filtered_out 时为被筛选排除的依据 / clauses shown as context only",
  }),
  lookup: z
    .unknown()
    .meta({ description: "按条款号查找时所查的条款；path 为 null 表示该文件没有此条 / the clause a look-up by number named" }),
  estimate: z
    .unknown()
    .meta({ description: "问题陈述了企业数据时，按这些数据运行 screen 的预估 / screen on the figures the question states" }),
});

export const askRoutes: FastifyPluginAsyncZod<{ app: App }> = async (server, { app }) => {
  server.post("/api/ask", {
    schema: {
      summary: "政策问答 / Ask a policy question",
      description:
        "在政策条款中检索并作答，附文号、条款和原文；无依据时 noAnswer 为 true。检索索引加载期间返回 503。\n" +
        "Answers from the policy clauses with citations; noAnswer is true when there is no evidence. 503 while the index loads.",
      tags: [TAGS.ask],
      body: AskBody,
      response: { 200: AskResultSchema, 400: ErrorSchema, 503: ErrorSchema },
    },
    handler: async (request, reply) => {
      if (!app.isReady()) {
        reply.header("retry-after", 10);
        throw new HttpError(503, "not_ready", "问答服务正在加载检索索引，请稍后再试。");
      }
      const { question, ...options } = request.body;
      return (await app.retriever).ask(question, options);
    },
  });
};
