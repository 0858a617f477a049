// The HTTP service: one encapsulated plugin per feature, zod schemas on every route (validation,
// serialization and the OpenAPI document at /docs), one error handler for every failure, security
// headers on every response, a per-IP rate limit, a body size limit and a one-line access log that
// never holds request bodies or URLs. Returned before `listen`, so a channel
// (the Telegram webhook) can add its own routes to the same instance.
import Fastify, { LogController, type FastifyInstance, type FastifyReply, type FastifyRequest, type FastifyServerOptions } from "fastify";
import cookie from "@fastify/cookie";
import rateLimit from "@fastify/rate-limit";
import { serializerCompiler } from "fastify-type-provider-zod";
import type { App } from "../app.ts";
import { registerDocs } from "./docs.ts";
import { errorHandler, frameworkErrorHandler, notFoundHandler, type Limits } from "./errors.ts";
import { parseJsonBodies } from "./json-body.ts";
import { adminRoutes } from "./routes/admin.ts";
import { askRoutes } from "./routes/ask.ts";
import { chatRoutes } from "./routes/chat.ts";
import { clauseRoutes } from "./routes/clauses.ts";
import { documentRoutes } from "./routes/documents.ts";
import { healthRoutes } from "./routes/health.ts";
import { metricsRoutes } from "./routes/metrics.ts";
import { profileFieldRoutes } from "./routes/profile-fields.ts";
import { screenRoutes } from "./routes/screen.ts";
import { securityHeaders } from "./security.ts";
import { validatorCompiler } from "./validation.ts";
import { webConsole } from "../web/plugin.ts";

export interface ServerOptions {
  /** fastify's logger option: pino options (level, stream …) or false. Default: info to stdout. */
  logger?: FastifyServerOptions["logger"];
  /** Requests per client IP per time window; false switches the limit off (benchmarks). */
  rateLimit?: { max: number; timeWindow: string | number } | false;
  /** Largest request body accepted, in bytes; larger ones get 413. */
  bodyLimit?: number;
  /** Behind a reverse proxy: trust its X-Forwarded-For, so the rate limit counts clients, not the proxy. */
  trustProxy?: FastifyServerOptions["trustProxy"];
}

export const DEFAULT_RATE_LIMIT = { max: 300, timeWindow: "1 minute" };
export const DEFAULT_BODY_LIMIT = 64 * 1024;
/** Longest path parameter: ids are short, and a longer one is refused before any route runs. */
export const MAX_PARAM_LENGTH = 100;

/**
 * One info line per request: method, route pattern, status and duration. Never the URL (a path
 * can carry anything) nor a body (questions and enterprise figures travel in bodies).
 */
class AccessLog extends LogController {
  override incomingRequest(): void {}

  override routeNotFound(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    const line = { method: request.method, route: request.routeOptions.url ?? "(no route)", status: reply.statusCode, ms: Math.round(reply.elapsedTime) };
    if (error) reply.log.error({ ...line, err: error }, "request errored");
    else reply.log.info(line, "request");
  }
}

export async function buildServer(app: App, options: ServerOptions = {}): Promise<FastifyInstance> {
  const limits: Limits = { bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT, maxParamLength: MAX_PARAM_LENGTH };
  const limit = options.rateLimit ?? DEFAULT_RATE_LIMIT;
  const server = Fastify({
    logger: options.logger ?? { level: "info" },
    bodyLimit: limits.bodyLimit,
    routerOptions: { maxParamLength: limits.maxParamLength },
    trustProxy: options.trustProxy ?? false,
    logController: new AccessLog(),
    frameworkErrors: frameworkErrorHandler(limits),
  });
  server.addHook("onRequest", async (_request, reply) => void securityHeaders(reply));
  server.setValidatorCompiler(validatorCompiler);
  server.setSerializerCompiler(serializerCompiler);
  server.setErrorHandler(errorHandler(limits));
  // JSON only: a text/plain body gets 415 instead of reaching a schema as a string.
  server.removeContentTypeParser("text/plain");
  parseJsonBodies(server);
  await server.register(cookie);
  // Counted by route pattern, never by the path as typed (a path can carry anything).
  server.addHook("onResponse", async (request, reply) => {
    app.metrics.requests.inc({ method: request.method, route: request.routeOptions.url ?? "(no route)", status: reply.statusCode });
  });
  // Once closing, a request still in flight ends its connection with its response: a kept-alive
  // connection (a load balancer's) would otherwise hold the close open until it timed out.
  let closing = false;
  server.addHook("preClose", async () => {
    closing = true;
  });
  server.addHook("onSend", async (_request, reply) => {
    if (closing) reply.header("connection", "close");
  });

  if (limit) {
    await server.register(rateLimit, { global: true, ...limit });
    // Probing unknown paths counts against the limit too.
    server.setNotFoundHandler({ preHandler: server.rateLimit() }, notFoundHandler);
  } else {
    // No per-IP limit on the API; a route that sets its own (the Telegram webhook) keeps it.
    await server.register(rateLimit, { global: false });
    server.setNotFoundHandler(notFoundHandler);
  }

  await registerDocs(server);
  await server.register(healthRoutes, { app });
  await server.register(metricsRoutes, { app });
  await server.register(askRoutes, { app });
  await server.register(screenRoutes, { app });
  await server.register(documentRoutes);
  await server.register(clauseRoutes);
  await server.register(profileFieldRoutes, { app });
  await server.register(chatRoutes, { app });
  await server.register(adminRoutes, { app });
  await server.register(webConsole);
  return server;
}
