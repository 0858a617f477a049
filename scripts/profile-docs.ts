// Writes docs/PROFILE.md from the profile declaration (policies/profile.ts) and the rules that
// read each field. `npm run docs` regenerates it; a test fails when the committed file is stale.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { fieldUsage } from "../policies/field-usage.ts";
import { FIELDS, type FieldInfo } from "../policies/fields.ts";
import { KIND_LABELS, type Kind } from "../policies/profile.ts";

const TYPE_TEXT: Record<FieldInfo["type"], string> = {
  money: '`{"amount": number, "currency": "CNY"\|"USD"}`',
  integer: "integer",
  number: "number",
  ratio: "number (ratio: 0.12 = 12%)",
  boolean: "boolean",
  enum: "string (one of the values)",
  "enum[]": "string[]",
  date: "date `YYYY-MM-DD`",
  text: "string",
  object: "object",
  list: "array of objects",
};

function row(f: FieldInfo, usage: Map<string, Set<Kind>>, depth: number): string[] {
  const values = f.choices ? ` Values: ${Object.entries(f.choices).map(([k, v]) => `\`${k}\` ${v}`).join(", ")}.` : "";
  const kinds = depth === 0 ? [...(usage.get(f.key) ?? [])].map((k) => KIND_LABELS[k]).join("、") : "";
  const name = `${"&nbsp;&nbsp;".repeat(depth)}\`${f.key}\``;
  const line = `| ${name} | ${TYPE_TEXT[f.type]}${f.required ? " (required)" : ""} | ${f.label}${f.unit && f.unit !== "%" ? `（${f.unit}）` : ""}.${values} | ${f.example ?? ""} | ${kinds} |`;
  return [line, ...(f.children ?? []).flatMap((c) => row(c, usage, depth + 1))];
}

export function profileDocs(): string {
  const usage = fieldUsage();
  return [
    "# Enterprise profile fields",
    "",
    "Generated from `policies/profile.ts` by `npm run docs` — do not edit by hand.",
    "The profile is the input of `screen` (CLI, `POST /api/screen`) and what the guided dialogue fills.",
    "Every field is optional except `city`; an absent field is *unknown*, never false or zero.",
    "CONTRACT.md §3 fixes the original fields; fields after `trainingClasses` extend it in the same style.",
    "",
    "| field | type | meaning | example | read by rules for |",
    "|---|---|---|---|---|",
    ...FIELDS.flatMap((f) => row(f, usage, 0)),
    "",
  ].join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(new URL("../docs/PROFILE.md", import.meta.url), profileDocs());
  console.log("wrote docs/PROFILE.md");
}
