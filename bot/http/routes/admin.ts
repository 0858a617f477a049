// POST /api/admin/reload: reads the corpus folder again and puts it in use with a rebuilt search
// index, without dropping requests (bot/app.ts). Only with ADMIN_TOKEN set, and only for a caller
// sending it as a bearer token; without the setting the route does not exist.
import { timingSafeEqual } from "node:crypto";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { CorpusError } from "../../../corpus/index.ts";
import { RuleCheckError } from "../../../policies/rules/index.ts";
import type { App } from "../../app.ts";
import { TAGS } from "../docs.ts";
import { HttpError } from "../errors.ts";
import { DocIdSchema, ErrorSchema } from "../schemas.ts";

const ReloadSchema = z.object({
  documents: z.number().int(),
  clauses: z.number().int(),
  changes: z.object({
    added: z.array(DocIdSchema),
    removed: z.array(DocIdSchema),
    changed: z.array(z.object({ docId: DocIdSchema, validity: z.boolean(), clauses: z.boolean() })),
  }),
  index: z.enum(["loaded", "built"]).nullable().meta({ description: "检索索引：loaded 沿用已有索引，built 按新文件重建；无向量模型时为 null" }),
});

const sameToken = (given: string, expected: string) => {
  const [a, b] = [Buffer.from(given), Buffer.from(expected)];
  return a.length === b.length && timingSafeEqual(a, b);
};

export const adminRoutes: FastifyPluginAsyncZod<{ app: App }> = async (server, { app }) => {
  const token = app.config.adminToken;
  if (!token) return;

  server.post("/api/admin/reload", {
    schema: {
      summary: "重新加载政策文件 / Reload the corpus",
      description:
        "重新读取政策文件目录，核对规则，重建检索索引后整体切换；切换前的请求按原文件完成。需 Authorization: Bearer <ADMIN_TOKEN>。\n" +
        "Reads the corpus folder again, checks the rules and rebuilds the index aside, then switches at once; requests in flight finish on the old corpus. Needs Authorization: Bearer <ADMIN_TOKEN>.",
      tags: [TAGS.ops],
      response: { 200: ReloadSchema, 401: ErrorSchema, 403: ErrorSchema, 422: ErrorSchema },
    },
    handler: async (request, reply) => {
      const [scheme, given] = (request.headers.authorization ?? "").split(" ");
      if (scheme !== "Bearer" || !given) {
        reply.header("www-authenticate", "Bearer");
        throw new HttpError(401, "unauthorized", "需要管理令牌：请求头 Authorization: Bearer <ADMIN_TOKEN>。");
      }
      if (!sameToken(given, token)) throw new HttpError(403, "forbidden", "管理令牌不正确。");
      try {
        return await app.reload();
      } catch (err) {
        if (err instanceof CorpusError || err instanceof RuleCheckError) {
          throw new HttpError(422, "invalid_corpus", `政策文件未重新加载，仍使用原有文件：${err.problems.join("；")}`);
        }
        throw err;
      }
    },
  });
};
