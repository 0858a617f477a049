// The OpenAPI document, generated from the routes' zod schemas, and Swagger UI at /docs with its
// assets served from the installed package (no CDN).
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import type { FastifyInstance } from "fastify";
import { jsonSchemaTransform } from "fastify-type-provider-zod";
import pkg from "../../package.json" with { type: "json" };
import { FIGURE_CEILING, formatFigure } from "../../policies/numbers.ts";
import { DOCS_CONTENT_SECURITY_POLICY } from "./security.ts";

export const DOCS_PREFIX = "/docs";

export const TAGS = {
  ask: "问答 Ask",
  screen: "预筛查 Screening",
  corpus: "政策文件 Documents",
  chat: "对话 Chat",
  ops: "运维 Operations",
} as const;

type JsonSchema = Record<string, unknown>;

const mapValues = (o: unknown, f: (v: unknown) => unknown) =>
  Object.fromEntries(Object.entries(o as JsonSchema).map(([k, v]) => [k, f(v)]));

/**
 * The profile declaration's metadata in OpenAPI's words: label → title; question, unit and
 * choices → description. Its examples are written as a person types them ("300万美元"), so a
 * text example stays only on a text field, where it is a valid value.
 */
function openApiWording(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(openApiWording);
  if (typeof node !== "object" || node === null) return node;
  const { label, ask, unit, choices, example, ...rest } = node as JsonSchema;
  // A property map is keyed by field names, not keywords: a field may be called "label".
  const out: JsonSchema = Object.fromEntries(
    Object.entries(rest).map(([k, v]) => [k, k === "properties" ? mapValues(v, openApiWording) : openApiWording(v)]),
  );
  if (label !== undefined) out.title = label;
  const notes = [
    ask,
    unit === undefined ? undefined : `单位：${unit}`,
    choices === undefined ? undefined : Object.entries(choices as Record<string, string>).map(([k, v]) => `${k}：${v}`).join("；"),
  ].filter((n) => n !== undefined);
  if (out.description === undefined && notes.length > 0) out.description = notes.join("\n");
  if (example !== undefined && (typeof example !== "string" || out.type === "string")) out.example = example;
  return out;
}

const PARTS = ["body", "params", "querystring", "headers"] as const;

const transform: typeof jsonSchemaTransform = (route) => {
  const { schema, url } = jsonSchemaTransform(route);
  const worded: JsonSchema = { ...schema };
  for (const part of PARTS) if (worded[part] !== undefined) worded[part] = openApiWording(worded[part]);
  if (worded.response !== undefined) worded.response = mapValues(worded.response, openApiWording);
  return { schema: worded, url };
};

export async function registerDocs(server: FastifyInstance): Promise<void> {
  await server.register(swagger, {
    openapi: {
      openapi: "3.0.3",
      info: {
        title: "跨境电商政策助手 API / CBEC policy assistant API",
        description:
          "郑州、郴州跨境电商扶持政策：条款问答（附文号与原文）、企业预筛查、政策文件浏览、对话式筛查。错误一律返回 JSON `{error, message[, problems]}`。" +
          `每个数值（金额、面积、单量等）不超过 ${formatFigure(FIGURE_CEILING)}。\n\n` +
          "Zhengzhou and Chenzhou cross-border e-commerce subsidy policies: questions answered with cited clauses, " +
          "enterprise pre-screening, a document browser and the guided dialogue. Every error is JSON `{error, message[, problems]}`. " +
          `Every figure (amounts, areas, orders …) is at most ${FIGURE_CEILING.toExponential()}.`,
        version: pkg.version,
      },
      tags: Object.values(TAGS).map((name) => ({ name })),
    },
    transform,
  });
  // No validator badge: it would load an image from swagger.io.
  await server.register(swaggerUi, { routePrefix: DOCS_PREFIX, staticCSP: DOCS_CONTENT_SECURITY_POLICY, uiConfig: { validatorUrl: null } });
}
