// GET /api/profile/fields: the profile declaration as data, so a web form can be generated from
// it — every field with its label, question, example, unit, type, choices and sub-fields; the
// kinds of applicant; which kinds' rules read each field; and what a form needs to ask only what
// matters (policies/form-plan.ts): the activities, and the fields each rule and document reads.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ACTIVITIES, type Activity } from "../../../policies/activities.ts";
import { DOCUMENT_READS, fieldUsage, ruleReads, type DocumentReads, type RuleReads } from "../../../policies/field-usage.ts";
import { FIELDS, type FieldInfo } from "../../../policies/fields.ts";
import { KIND_LABELS } from "../../../policies/profile.ts";
import type { App } from "../../app.ts";
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
  setting: z.string().optional().meta({ description: "有默认值的筛查设置（非企业情况），表单不询问 / a setting with a default, not asked by forms" }),
});

const ProfileFieldsSchema = z.object({
  fields: z.array(FieldSchema),
  kinds: z.record(z.string(), z.string()).meta({ description: "主体类型代码 → 中文名 / kind → Chinese label" }),
  usage: z.record(z.string(), z.array(z.string())).meta({
    description: "字段 → 读取它的条款所面向的主体类型 / field → kinds whose rules read it",
  }),
  activities: z.array(openSchema<Activity>()({ id: z.string(), label: z.string(), text: z.string(), fields: z.array(z.string()) })).meta({
    description: "企业的业务或投入（海外仓、线下体验店……）及其涉及的字段 / what an enterprise does, and the fields each activity brings into play",
  }),
  rules: z.array(openSchema<RuleReads>()({ ruleId: z.string(), city: z.string(), fields: z.array(z.string()) })).meta({
    description: "每条规则读取的字段（列表项按选项区分） / the fields each rule reads (list items by their choices)",
  }),
  documents: z.array(openSchema<DocumentReads>()({ docId: z.string(), fields: z.array(z.string()) })).meta({
    description: "文件对每个申请者的前提条件等所读字段 / fields a document reads of every applicant (preconditions)",
  }),
  fxUsdCny: z.number().meta({ description: "未填汇率时使用的默认汇率 / the CNY per USD used when a profile gives none" }),
});

export const profileFieldRoutes: FastifyPluginAsyncZod<{ app: App }> = async (server, { app }) => {
  // The declaration does not change while the process runs.
  const catalogue = {
    fields: [...FIELDS],
    kinds: KIND_LABELS,
    usage: Object.fromEntries([...fieldUsage()].map(([field, kinds]) => [field, [...kinds]])),
    activities: [...ACTIVITIES],
    rules: [...ruleReads()],
    documents: [...DOCUMENT_READS],
    fxUsdCny: app.config.fxUsdCny,
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
