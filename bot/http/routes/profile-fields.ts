// GET /api/profile/fields: the profile declaration as data, so a web form can be generated from
// it — every field with its label, question, example, unit, type, choices and sub-fields; the
// kinds of applicant; and which kinds' rules read each field.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { fieldUsage } from "../../../policies/field-usage.ts";
import { FIELDS, type FieldInfo } from "../../../policies/fields.ts";
import { KIND_LABELS } from "../../../policies/profile.ts";
import { TAGS } from "../docs.ts";
import { openSchema } from "../schemas.ts";

// A field's sub-fields (children) have the same shape.
const FieldSchema = openSchema<FieldInfo>()({
  path: z.string(),
  key: z.string(),
  label: z.string(),
  type: z.string().meta({ description: "输入类型 / input type: money, integer, number, ratio, boolean, enum, enum[], date, text, object, list" }),
  required: z.boolean(),
  ask: z.string().optional(),
  example: z.string().optional(),
  unit: z.string().optional(),
  choices: z.record(z.string(), z.string()).optional(),
  itemLabel: z.string().optional(),
});

const ProfileFieldsSchema = z.object({
  fields: z.array(FieldSchema),
  kinds: z.record(z.string(), z.string()).meta({ description: "主体类型代码 → 中文名 / kind → Chinese label" }),
  usage: z.record(z.string(), z.array(z.string())).meta({
    description: "字段 → 读取它的条款所面向的主体类型 / field → kinds whose rules read it",
  }),
});

export const profileFieldRoutes: FastifyPluginAsyncZod = async (server) => {
  // The declaration does not change while the process runs.
  const catalogue = {
    fields: [...FIELDS],
    kinds: KIND_LABELS,
    usage: Object.fromEntries([...fieldUsage()].map(([field, kinds]) => [field, [...kinds]])),
  };

  server.get("/api/profile/fields", {
    schema: {
      summary: "企业信息字段定义 / The profile's fields",
      description:
        "企业信息（POST /api/screen 的请求体）的全部字段：中文名、提问、示例、单位、类型、选项、子字段，以及各字段影响哪些主体类型。\n" +
        "Every field of the profile (the body of POST /api/screen) with label, question, example, unit, type, choices and sub-fields, and the kinds each field matters to.",
      tags: [TAGS.screen],
      response: { 200: ProfileFieldsSchema },
    },
    handler: async () => catalogue,
  });
};
