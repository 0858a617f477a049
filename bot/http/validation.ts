// Request validation with zod, reported the way the profile's own validation reports: one
// problem per field, in Chinese, with the field's Chinese label where its schema declares one
// (the `label` metadata the profile declaration carries). fastify-type-provider-zod's own
// validator drops the offending input from zod's issues, which the Chinese wording needs
// ("应为数字，实际为文本"), so requests are checked here instead.
import type { FastifySchemaCompiler } from "fastify";
import { z } from "zod";
import { issueProblems, type ProfileProblem } from "../../policies/validate.ts";
import type { Problem } from "./schemas.ts";

/** Bad input found by a route's schema or by a check the schema cannot express: a 400. */
export class InvalidInput extends Error {
  readonly statusCode = 400;

  constructor(readonly problems: Problem[]) {
    super(`请求内容有误：${problems.map((p) => `${p.label ? `${p.label}（${p.field}）` : p.field}：${p.message}`).join("；")}`);
  }
}

type Node = z.ZodType & { def: { type: string } };

const metaLabel = (schema: Node): string | undefined => (z.globalRegistry.get(schema) as { label?: string } | undefined)?.label;

function unwrapOptional(schema: Node): Node {
  return schema.def.type === "optional" ? ((schema as unknown as z.ZodOptional<Node>).unwrap() as Node) : schema;
}

/** The schema of a property (or of an item, for a numeric key on a list); undefined if none is declared. */
function child(schema: Node, key: PropertyKey): Node | undefined {
  const inner = unwrapOptional(schema);
  if (inner.def.type === "array" && /^\d+$/.test(String(key))) return (inner as unknown as z.ZodArray<Node>).element as Node;
  if (inner.def.type === "object") return ((inner as unknown as z.ZodObject).shape as Record<string, Node>)[String(key)];
  return undefined;
}

/**
 * The declared label of the value at `field` ("hq.establishedOn", "o2oStores[1].areaSqm"), worded
 * like the dialogue words it: 第2个O2O线下体验店（新零售店）的营业面积. Undefined for an unknown field.
 */
export function labelAt(schema: z.ZodType, field: string): string | undefined {
  let node: Node | undefined = schema as Node;
  let label: string | undefined;
  let item = "";
  for (const key of field.match(/[^.[\]]+/g) ?? []) {
    node = child(node, key);
    if (!node) return undefined;
    if (/^\d+$/.test(key)) {
      label = `第${Number(key) + 1}个${metaLabel(node) ?? label ?? ""}`;
      item = `${label}的`;
    } else {
      // A part without a name of its own (a money's amount) is named by the field it belongs to.
      const own = metaLabel(node) ?? metaLabel(unwrapOptional(node));
      label = own === undefined ? label : item + own;
    }
  }
  return label;
}

/** Problems named by field, with the labels `schema` declares. */
export function labelled(schema: z.ZodType, problems: readonly ProfileProblem[]): Problem[] {
  return problems.map((p) => {
    const label = labelAt(schema, p.field);
    return label === undefined ? p : { ...p, label };
  });
}

/** A small object lists the fields it accepts when given an unknown one; the profile's are at GET /api/profile/fields. */
const LIST_FIELDS_UP_TO = 10;

function problemsOf(schema: z.ZodType, issues: readonly z.core.$ZodIssue[]): Problem[] {
  return issues.flatMap((issue): Problem[] => {
    if (issue.code === "unrecognized_keys") {
      const object = issue.path.reduce<Node | undefined>((node, key) => node && child(node, key), schema as Node);
      const accepted = object ? Object.keys((unwrapOptional(object) as unknown as z.ZodObject).shape) : [];
      const problems = issueProblems([issue]);
      if (accepted.length === 0 || accepted.length > LIST_FIELDS_UP_TO) return problems;
      return problems.map((p) => ({ ...p, message: `未知字段，可用字段为 ${accepted.join("、")}` }));
    }
    if (issue.path.length === 0) {
      // A problem with the body as a whole: not an object, or a rule across its fields.
      return [{ field: "body", message: issue.code === "invalid_type" ? "请求体应为一个 JSON 对象" : issue.message }];
    }
    return labelled(schema, issueProblems([issue]));
  });
}

export const validatorCompiler: FastifySchemaCompiler<z.ZodType> = ({ schema }) => (data) => {
  const parsed = schema.safeParse(data, { reportInput: true });
  return parsed.success ? { value: parsed.data } : { error: new InvalidInput(problemsOf(schema, parsed.error.issues)) };
};
