// Writes docs/PROFILE.md from the profile declaration (policies/profile.ts) and the rules that
// read each field. `npm run docs` regenerates it; a test fails when the committed file is stale.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { fieldUsage } from "../policies/field-usage.ts";
import { FIELDS, type FieldInfo } from "../policies/fields.ts";
import { FIGURE_BOUNDS, KIND_LABELS, type Kind } from "../policies/profile.ts";

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
  const setting = f.setting ? ` A setting, not a fact about the enterprise; default: ${f.setting}.` : "";
  const line = `| ${name} | ${TYPE_TEXT[f.type]}${f.required ? " (required)" : ""} | ${f.label}${f.unit && f.unit !== "%" ? `（${f.unit}）` : ""}.${values}${setting} | ${f.example ?? ""} | ${kinds} |`;
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
    "CONTRACT.md §3 fixes the original fields; fields after `trainingClasses` extend it in the same style, as does the value",
    "`none` of the recognition levels, which states that there is no such recognition (the clauses needing one are not met).",
    "",
    "| field | type | meaning | example | read by rules for |",
    "|---|---|---|---|---|",
    ...FIELDS.flatMap((f) => row(f, usage, 0)),
    "",
    "## How known figures bound unknown ones",
    "",
    "A known part is a floor for its whole, and a known whole less the other known parts a ceiling for a part. A condition on an",
    "unknown figure that a floor or a ceiling settles is decided from it, and the explanation says so (`policies/engine/bounds.ts`).",
    "",
    "| whole | parts | why |",
    "|---|---|---|",
    ...FIGURE_BOUNDS.map((b) => `| \`${b.whole}\` | ${b.parts.map((p) => `\`${p}\``).join(", ")} | ${b.text} |`),
    "",
  ].join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(new URL("../docs/PROFILE.md", import.meta.url), profileDocs());
  console.log("wrote docs/PROFILE.md");
}
