// POST /api/screen: an enterprise profile in, the screening result out — the same function and
// the same JSON as `cli screen --json` (CONTRACT.md §3, §4).
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { EnteredFact } from "../../../policies/facts.ts";
import { ProfileSchema, type Profile } from "../../../policies/profile.ts";
import type { RuleResult, ScreenResult } from "../../../policies/result.ts";
import { validateProfile } from "../../../policies/validate.ts";
import type { App } from "../../app.ts";
import { TAGS } from "../docs.ts";
import { DocIdSchema, ErrorSchema, openSchema } from "../schemas.ts";
import { InvalidInput, labelled } from "../validation.ts";

/** A Zhengzhou cross-border seller: the example body in the API docs. */
export const EXAMPLE_PROFILE: Profile = {
  asOf: "2024-06-30",
  city: "zhengzhou",
  district: "金水区",
  kinds: ["cbec_enterprise"],
  independentLegalPerson: true,
  reportsCbecStatistics: true,
  crossBorderTrade: { amount: 30_000_000, currency: "CNY" },
  crossBorderExport: { amount: 3_000_000, currency: "USD" },
  marketingSpend: { amount: 1_200_000, currency: "CNY" },
  logisticsSpend: { amount: 2_600_000, currency: "CNY" },
  creditInsurancePremium: { amount: 500_000, currency: "CNY" },
  o2oStores: [{ location: "domestic", areaSqm: 1500, monthsOperating: 14, retailImport: { amount: 40_000_000, currency: "CNY" } }],
};

const RuleResultSchema = openSchema<RuleResult>()({
  clauseId: z.string(),
  docId: DocIdSchema,
  docNumber: z.string(),
  clauseLabel: z.string(),
  title: z.string().nullable(),
  status: z.enum(["eligible", "ineligible", "missing_info", "not_in_force"]),
  amountCny: z.number().nullable(),
  amountKind: z.enum(["fixed", "computed", "up_to", "unspecified"]),
  explanation: z.string().meta({ description: "中文：条件逐项核对与计算过程 / each check and step" }),
  missing: z.array(z.string()).meta({ description: "还需填写的字段 / profile fields that would decide more" }),
  ifMet: z.object({ amountCny: z.number(), atLeast: z.boolean() }).optional().meta({
    description: "尚缺信息的条款如条件满足可获金额（atLeast：按已知数据的下限） / what a missing_info rule would give once met (atLeast: a floor from known figures)",
  }),
  citation: z.looseObject({ quote: z.string() }),
});

const ScreenResultSchema = openSchema<ScreenResult>()({
  asOf: z.string(),
  year: z.number().int(),
  fxUsdCny: z.number(),
  results: z.array(RuleResultSchema),
  totalCny: z.number().meta({ description: "按不重复享受规则处理后的合计（元） / total after no-double-dipping rules, yuan" }),
  facts: z
    .array(openSchema<EnteredFact>()({ path: z.string(), label: z.string(), value: z.string(), usedBy: z.array(z.string()), usedOutOfForce: z.array(z.string()), none: z.boolean() }))
    .meta({ description: "所填信息及读取它的有效条款 / what was entered, with the rules in force that read it" }),
  warnings: z.array(z.string()),
});

export const screenRoutes: FastifyPluginAsyncZod<{ app: App }> = async (server, { app }) => {
  server.post("/api/screen", {
    schema: {
      summary: "企业预筛查 / Screen an enterprise profile",
      description:
        "按企业信息逐条核对政策条款，估算可申请的补贴金额；结果与命令行 `screen --json` 相同。除 city 外各字段均可省略，省略即“未知”。\n" +
        "Checks every clause against the profile and estimates the amounts, exactly as `cli screen --json`. Every field but city is optional; absent means unknown.",
      tags: [TAGS.screen],
      body: ProfileSchema.meta({ example: EXAMPLE_PROFILE }),
      response: { 200: ScreenResultSchema, 400: ErrorSchema },
    },
    handler: async (request) => {
      // Checks the schema cannot express: a misspelt city, dates that contradict each other.
      const checked = validateProfile(request.body);
      if (!checked.ok) throw new InvalidInput(labelled(ProfileSchema, checked.problems));
      return app.screen(checked.profile);
    },
  });
};
