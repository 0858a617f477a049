// Liveness and readiness for a process supervisor or load balancer. Exempt from the rate limit:
// probes come often and from one address.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { App } from "../../app.ts";
import { TAGS } from "../docs.ts";

export const healthRoutes: FastifyPluginAsyncZod<{ app: App }> = async (server, { app }) => {
  server.get("/healthz", {
    config: { rateLimit: false },
    schema: {
      summary: "进程存活 / Liveness",
      description: "进程在运行即返回 200。/ 200 whenever the process is up.",
      tags: [TAGS.ops],
      response: { 200: z.object({ ok: z.literal(true) }) },
    },
    handler: async () => ({ ok: true as const }),
  });

  server.get("/readyz", {
    config: { rateLimit: false },
    schema: {
      summary: "服务就绪 / Readiness",
      description:
        "检索索引加载完成且数据库可用时返回 200、检索方式（hybrid：关键词+向量；lexical：仅关键词）和数据库类型；否则返回 503 及尚在等待的部分。\n" +
        "200 with the retrieval mode and the database engine once the index is loaded and the database answers; otherwise 503 naming what is awaited.",
      tags: [TAGS.ops],
      response: {
        200: z.object({ ready: z.literal(true), retrieval: z.enum(["hybrid", "lexical"]), database: z.enum(["sqlite", "postgres"]) }),
        503: z.object({ ready: z.literal(false), waiting: z.array(z.enum(["index", "database"])) }),
      },
    },
    handler: async (_request, reply) => {
      const { index, database } = await app.readiness();
      if (!index || !database) {
        const waiting = [...(index ? [] : ["index" as const]), ...(database ? [] : ["database" as const])];
        return reply.code(503).send({ ready: false as const, waiting });
      }
      return { ready: true as const, retrieval: (await app.retriever).mode, database: app.store.engine };
    },
  });
};
