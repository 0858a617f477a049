// GET /api/clauses/:clauseId: one clause with its validity today and, where a rule encodes it,
// its summary (对象/条件/标准/上限/有效期). Clause ids hold a slash (zz-2018-4/8): the id is
// accepted URL-encoded (zz-2018-4%2F8) and as two path segments (zz-2018-4/8).
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { loadCorpus } from "../../../corpus/index.ts";
import { todayInChina, validityOn } from "../../../corpus/validity.ts";
import { summarizeClause } from "../../../policies/summary.ts";
import { TAGS } from "../docs.ts";
import { notFound } from "../errors.ts";
import { ClauseSchema, DocIdSchema, ErrorSchema, ValiditySchema } from "../schemas.ts";

const ClauseWithContextSchema = ClauseSchema.extend({
  docId: DocIdSchema,
  docNumber: z.string(),
  docTitle: z.string(),
  validity: ValiditySchema.meta({ description: "今日（北京时间）的效力 / validity today (China time)" }),
  summary: z.array(z.string()).nullable().meta({
    description: "条款要点（对象/条件/标准/上限/有效期），没有对应规则时为 null / the rule in words, null when no rule encodes the clause",
  }),
});

const response = { 200: ClauseWithContextSchema, 404: ErrorSchema };

export const clauseRoutes: FastifyPluginAsyncZod = async (server) => {
  function clause(clauseId: string) {
    const found = loadCorpus().clause(clauseId);
    if (!found) throw notFound(`没有编号为“${clauseId}”的条款。条款编号形如 zz-2018-4/8、cz-2021-3/4.1。`);
    const today = todayInChina();
    return { ...found, validity: validityOn(found.docId, today), summary: summarizeClause(clauseId, today) };
  }

  server.get("/api/clauses/:clauseId", {
    schema: {
      summary: "条款原文与要点 / One clause",
      description:
        "条款原文、今日效力和要点。编号中的“/”可写作 %2F，也可直接写（/api/clauses/zz-2018-4/8）。\n" +
        "The clause, its validity today and its summary. The slash in the id may be sent as %2F or as is.",
      tags: [TAGS.corpus],
      params: z.object({ clauseId: z.string().meta({ example: "zz-2018-4/8" }) }),
      response,
    },
    handler: async (request) => clause(request.params.clauseId),
  });

  server.get("/api/clauses/:docId/:path", {
    schema: { hide: true, params: z.object({ docId: z.string(), path: z.string() }), response },
    handler: async (request) => clause(`${request.params.docId}/${request.params.path}`),
  });
};
