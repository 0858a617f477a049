// GET /api/documents and /api/documents/:docId: the policy documents with today's validity, and
// one document with its clauses, for a document browser.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { DOCUMENTS, isDocId, loadCorpus, type ParsedDocument } from "../../../corpus/index.ts";
import { todayInChina, validityIn } from "../../../corpus/validity.ts";
import { TAGS } from "../docs.ts";
import { notFound } from "../errors.ts";
import { ClauseSchema, DocIdSchema, ErrorSchema, ValiditySchema } from "../schemas.ts";

const DocumentSchema = z.object({
  docId: DocIdSchema,
  docNumber: z.string().meta({ description: "文号 / document number, e.g. 郑政〔2018〕4号" }),
  title: z.string(),
  issuer: z.string(),
  issuedOn: z.string(),
  city: z.string().meta({ description: "城市代码 / city code, e.g. zhengzhou" }),
  cityName: z.string().meta({ description: "城市名称 / city name, e.g. 郑州市" }),
  inForce: z.object({
    from: z.string(),
    to: z.string().nullable().meta({ description: "最后有效日（含）；文件未规定截止日期时为 null / last day in force, null when the text states none" }),
  }),
  validity: ValiditySchema.meta({ description: "今日（北京时间）的效力 / validity today (China time)" }),
  contact: z.string().nullable().meta({ description: "文件指明的咨询部门 / bureau the document names for questions" }),
  clauseCount: z.number().int(),
});

function describeDocument(doc: ParsedDocument, today: string): z.infer<typeof DocumentSchema> {
  const { info } = doc;
  return {
    docId: info.docId,
    docNumber: info.docNumber,
    title: info.title,
    issuer: info.issuer,
    issuedOn: info.issuedOn,
    city: info.city,
    cityName: info.cityName,
    inForce: { from: info.inForce.from, to: info.inForce.to },
    validity: validityIn(info.inForce, today),
    contact: info.contact?.bureau ?? null,
    clauseCount: doc.clauses.length,
  };
}

export const documentRoutes: FastifyPluginAsyncZod = async (server) => {
  server.get("/api/documents", {
    schema: {
      summary: "政策文件列表 / List the policy documents",
      description: "全部政策文件及其今日效力。/ Every document with its validity today.",
      tags: [TAGS.corpus],
      response: { 200: z.object({ documents: z.array(DocumentSchema) }) },
    },
    handler: async () => {
      const today = todayInChina();
      return { documents: loadCorpus().documents.map((d) => describeDocument(d, today)) };
    },
  });

  server.get("/api/documents/:docId", {
    schema: {
      summary: "政策文件及其条款 / One document with its clauses",
      description: "文件信息和按原文顺序排列的全部条款；未知编号返回 404。/ The document and its clauses in reading order; 404 for an unknown id.",
      tags: [TAGS.corpus],
      params: z.object({ docId: z.string().meta({ example: "zz-2023-210-measures" }) }),
      response: { 200: DocumentSchema.extend({ clauses: z.array(ClauseSchema) }), 404: ErrorSchema },
    },
    handler: async (request) => {
      const { docId } = request.params;
      if (!isDocId(docId)) throw notFound(`没有编号为“${docId}”的政策文件。现有文件：${DOCUMENTS.map((d) => d.docId).join("、")}。`);
      const doc = loadCorpus().document(docId);
      // The clause schema keeps each clause's own fields; the document's are given once, above.
      return { ...describeDocument(doc, todayInChina()), clauses: doc.clauses };
    },
  });
};
