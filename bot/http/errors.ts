// How every failure reaches the client: a JSON body {error, message[, problems]} with a Chinese
// message, never a stack trace and never fastify's English. One handler takes the routes' errors,
// fastify's own (body parsing, URLs the router cannot decode) and zod's. Unexpected errors are
// logged with the request id, which the client gets so a report can be matched to the log.
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { issueProblems } from "../../policies/validate.ts";
import { SessionBusy } from "../store/session-store.ts";
import type { ErrorBody, ErrorKind } from "./schemas.ts";
import { securityHeaders } from "./security.ts";
import { InvalidInput } from "./validation.ts";

/** Raised by a route for a well-formed request it cannot serve (unknown id, not ready yet). */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly kind: ErrorKind,
    message: string,
  ) {
    super(message);
  }
}

export const notFound = (message: string) => new HttpError(404, "not_found", message);

export interface Limits {
  /** Largest request body, in bytes. */
  bodyLimit: number;
  /** Longest path parameter, in characters. */
  maxParamLength: number;
}

/** fastify's own client errors, in the words a caller should read. */
function clientError(error: FastifyError, reply: FastifyReply, limits: Limits): ErrorBody {
  switch (error.code) {
    case "FST_ERR_CTP_INVALID_JSON_BODY":
      return { error: "bad_request", message: "请求体不是有效的 JSON。" };
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return { error: "bad_request", message: "请求体为空，应为一个 JSON 对象。" };
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return { error: "payload_too_large", message: `请求体过大，上限为 ${Math.floor(limits.bodyLimit / 1024)} KB。` };
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return { error: "unsupported_media_type", message: "请求体应为 JSON（Content-Type: application/json）。" };
    case "FST_ERR_CTP_INVALID_CONTENT_LENGTH":
      return { error: "bad_request", message: "请求体的长度与 Content-Length 不符。" };
    case "FST_ERR_BAD_URL":
      return { error: "bad_request", message: "请求路径无法解码：路径中的“%”须后接两位十六进制数（“%”本身写作 %25）。" };
    case "FST_ERR_MAX_PARAM_LENGTH":
      return { error: "uri_too_long", message: `请求路径中的参数过长：编号不超过 ${limits.maxParamLength} 个字符。` };
  }
  if (error.statusCode === 429) {
    return { error: "rate_limited", message: `请求过于频繁，请在 ${reply.getHeader("retry-after") ?? 60} 秒后再试。` };
  }
  return { error: "bad_request", message: "请求无效，请检查请求的格式。" };
}

export function errorHandler(limits: Limits) {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof InvalidInput) {
      return reply.code(400).send({ error: "invalid_input", message: error.message, problems: error.problems } satisfies ErrorBody);
    }
    if (error instanceof z.ZodError) {
      const { message, problems } = new InvalidInput(issueProblems(error.issues));
      return reply.code(400).send({ error: "invalid_input", message, problems } satisfies ErrorBody);
    }
    if (error instanceof HttpError) return reply.code(error.statusCode).send({ error: error.kind, message: error.message } satisfies ErrorBody);
    if (error instanceof SessionBusy) {
      // Nothing of the input was applied: the client may send it again.
      reply.header("retry-after", 1);
      return reply.code(409).send({ error: "session_busy", message: "这个会话还在处理之前的消息，本条消息未处理，请稍后重新发送。" } satisfies ErrorBody);
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) return reply.code(status).send(clientError(error, reply, limits));
    request.log.error({ err: error }, "unexpected error");
    return reply.code(500).send({
      error: "internal_error",
      message: "抱歉，服务内部出错，请稍后再试；如问题持续，请提供请求编号联系我们。",
      requestId: String(request.id),
    } satisfies ErrorBody);
  };
}

/**
 * For fastify's `frameworkErrors`: a URL the router cannot take (bad percent-encoding, an
 * over-long parameter) is answered before any hook runs, so the headers are set here.
 */
export function frameworkErrorHandler(limits: Limits) {
  const handle = errorHandler(limits);
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => handle(error, request, securityHeaders(reply));
}

export function notFoundHandler(request: FastifyRequest, reply: FastifyReply) {
  return reply.code(404).send({ error: "not_found", message: `没有这个接口：${request.method} ${request.url.split("?")[0]}` } satisfies ErrorBody);
}
