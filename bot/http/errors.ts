// How every failure reaches the client: a JSON body {error, message[, problems]} with a Chinese
// message, never a stack trace. Unexpected errors are logged with the request id, which the
// client gets so a report can be matched to the log.
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { SessionBusy } from "../store/session-store.ts";
import type { ErrorBody, ErrorKind } from "./schemas.ts";
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

/** fastify's own client errors (body parsing), in the words a caller should read. */
function clientError(error: FastifyError, reply: FastifyReply, bodyLimit: number): ErrorBody {
  switch (error.code) {
    case "FST_ERR_CTP_INVALID_JSON_BODY":
      return { error: "bad_request", message: "请求体不是有效的 JSON。" };
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return { error: "bad_request", message: "请求体为空，应为一个 JSON 对象。" };
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return { error: "payload_too_large", message: `请求体过大，上限为 ${Math.floor(bodyLimit / 1024)} KB。` };
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return { error: "unsupported_media_type", message: "请求体应为 JSON（Content-Type: application/json）。" };
  }
  if (error.statusCode === 429) {
    return { error: "rate_limited", message: `请求过于频繁，请在 ${reply.getHeader("retry-after") ?? 60} 秒后再试。` };
  }
  return { error: "bad_request", message: "请求无效，请检查请求的格式。" };
}

export function errorHandler(bodyLimit: number) {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof InvalidInput) {
      return reply.code(400).send({ error: "invalid_input", message: error.message, problems: error.problems } satisfies ErrorBody);
    }
    if (error instanceof HttpError) return reply.code(error.statusCode).send({ error: error.kind, message: error.message } satisfies ErrorBody);
    if (error instanceof SessionBusy) {
      // Nothing of the input was applied: the client may send it again.
      reply.header("retry-after", 1);
      return reply.code(409).send({ error: "session_busy", message: "这个会话还在处理之前的消息，本条消息未处理，请稍后重新发送。" } satisfies ErrorBody);
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) return reply.code(status).send(clientError(error, reply, bodyLimit));
    request.log.error({ err: error }, "unexpected error");
    return reply.code(500).send({
      error: "internal_error",
      message: "抱歉，服务内部出错，请稍后再试；如问题持续，请提供请求编号联系我们。",
      requestId: String(request.id),
    } satisfies ErrorBody);
  };
}

export function notFoundHandler(request: FastifyRequest, reply: FastifyReply) {
  return reply.code(404).send({ error: "not_found", message: `没有这个接口：${request.method} ${request.url.split("?")[0]}` } satisfies ErrorBody);
}
