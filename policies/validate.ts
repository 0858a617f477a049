// Profile validation: the zod declaration, plus the checks a schema cannot express. Every
// problem names the field and what was expected, in Chinese.
import { z } from "zod";
import { cityLabel, misspeltCity } from "./cities.ts";
import { formatFigure } from "./numbers.ts";
import { ProfileSchema, type Profile } from "./profile.ts";

export interface ProfileProblem {
  field: string;
  message: string;
}

export type Validation = { ok: true; profile: Profile } | { ok: false; problems: ProfileProblem[] };

const TYPE_NAMES: Record<string, string> = {
  number: "数字",
  string: "文本",
  boolean: "true 或 false",
  object: "对象",
  array: "数组",
  integer: "整数",
  int: "整数",
};

function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>((s, k) => (typeof k === "number" ? `${s}[${k}]` : s ? `${s}.${String(k)}` : String(k)), "");
}

/** zod issues (from the profile schema, wherever it was applied) as named problems. */
export function issueProblems(issues: readonly z.core.$ZodIssue[]): ProfileProblem[] {
  return issues.flatMap(describe);
}

function describe(issue: z.core.$ZodIssue): ProfileProblem[] {
  const field = pathText(issue.path) || "profile";
  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.map((k) => ({ field: field === "profile" ? k : `${field}.${k}`, message: "未知字段" }));
    case "invalid_type": {
      // JSON's 1e309 arrives as Infinity, which zod refuses as a number.
      if (issue.expected === "number" && typeof issue.input === "number") return [{ field, message: "数值超出范围，应为有限的数字" }];
      const received = issue.input === null ? "null" : Array.isArray(issue.input) ? "array" : typeof issue.input;
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      return [{ field, message: issue.input === undefined ? `必填，应为${expected}` : `应为${expected}，实际为${TYPE_NAMES[received] ?? received}` }];
    }
    case "invalid_value":
      return [{ field, message: `取值应为 ${issue.values.map((v) => JSON.stringify(v)).join(" / ")} 之一` }];
    case "too_small":
      if (issue.origin === "array") return [{ field, message: `至少需要${issue.minimum}项` }];
      if (issue.origin === "string") return [{ field, message: "不能为空" }];
      return [{ field, message: issue.inclusive === false ? `应大于${formatFigure(Number(issue.minimum))}` : `不能小于${formatFigure(Number(issue.minimum))}` }];
    case "too_big":
      if (issue.origin === "array") return [{ field, message: `最多${issue.maximum}项` }];
      if (issue.origin === "string") return [{ field, message: `不能超过${issue.maximum}个字符` }];
      return [{ field, message: issue.inclusive === false ? `应小于${formatFigure(Number(issue.maximum))}` : `不能大于${formatFigure(Number(issue.maximum))}` }];
    case "invalid_format":
    case "custom":
      return [{ field, message: issue.message }];
    default:
      return [{ field, message: issue.message }];
  }
}

export function validateProfile(input: unknown): Validation {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    return { ok: false, problems: [{ field: "profile", message: "应为一个 JSON 对象" }] };
  }
  const parsed = ProfileSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: issueProblems(parsed.error.issues) };
  const typo = misspeltCity(parsed.data.city);
  if (typo) {
    return { ok: false, problems: [{ field: "city", message: `未知城市“${parsed.data.city}”，是否应为 ${typo}（${cityLabel(typo)}）？` }] };
  }
  if (parsed.data.hq?.establishedOn && parsed.data.asOf && parsed.data.hq.establishedOn > parsed.data.asOf) {
    return { ok: false, problems: [{ field: "hq.establishedOn", message: "总部落户日期晚于筛查日期" }] };
  }
  return { ok: true, profile: parsed.data };
}

/** All problems on one line, for a CLI error or a log. */
export function problemsText(problems: ProfileProblem[]): string {
  return problems.map((p) => `${p.field}: ${p.message}`).join("; ");
}
