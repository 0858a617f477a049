// A simulated person answering the screening from what they know (a truth profile), in words as
// typed in a chat or a terminal: the tests of every channel and `npm run bench:dialogue` use it.
import { getAt } from "../../bot/dialogue/draft.ts";
import { activitiesShown, GATE, gateSaid } from "../../bot/dialogue/gate.ts";
import type { Pending } from "../../bot/dialogue/types.ts";
import { ACTIVITIES } from "../../policies/activities.ts";
import type { City } from "../../corpus/index.ts";
import { cityLabel } from "../../policies/cities.ts";
import { field, schemaPath } from "../../policies/fields.ts";
import { KIND_LABELS, type Kind } from "../../policies/profile.ts";

type Truth = Record<string, unknown>;

/** How a person types `value` for the field at `path`: 3000万元, 是, 境内, 跨境电商企业, 2个, 15个月; 不清楚 for what they do not know. */
export function said(path: string, value: unknown): string {
  if (value === undefined) return "不清楚";
  const info = field(schemaPath(path));
  switch (info.type) {
    case "money": {
      const m = value as { amount: number; currency: string };
      return `${m.amount / 10_000}万${m.currency === "USD" ? "美元" : "元"}`;
    }
    case "boolean":
      return value ? "是" : "否";
    case "ratio":
      return `${Math.round((value as number) * 10_000) / 100}%`;
    case "enum":
      return info.choices![value as string]!;
    case "enum[]":
      return (value as Kind[]).map((k) => KIND_LABELS[k]).join("、");
    case "list":
      return `${(value as unknown[]).length}个`;
    case "text":
      return path === "city" ? cityLabel(value as City) : String(value);
    default:
      return `${String(value)}${info.unit && info.unit !== "%" ? info.unit : ""}`;
  }
}

/** The gate question answered in words from the profile: 有线下体验店、总部；其余没有. */
export function gateWords(truth: Truth): string {
  const { ticked, unknown } = activitiesShown(truth as never);
  return gateSaid(ACTIVITIES.filter((a) => ticked.includes(a.id)).map((a) => a.label), unknown);
}

/** The waiting question answered in words: the gate, one fact, or the facts it asks together, in order. */
export function answerInWords(pending: Pick<Pending, "path" | "also">, truth: Truth): string {
  if (pending.path === GATE) return gateWords(truth);
  return [pending.path, ...(pending.also ?? [])].map((path) => said(path, getAt(truth as never, path))).join("，");
}
