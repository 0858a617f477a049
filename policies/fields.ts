// The profile declaration read back as a catalogue of fields: label, question, example, unit
// and input type of every field and sub-field. Explanations, the dialogue, the web form and the
// docs use this instead of repeating any of it.
import { z } from "zod";
import { cities } from "./cities.ts";
import { nameValuePath, schemaPath } from "./field-path.ts";
import { ProfileSchema, type FieldMeta } from "./profile.ts";

export { schemaPath };

export type FieldType =
  | "money"
  | "integer"
  | "number"
  | "ratio"
  | "boolean"
  | "enum"
  | "enum[]"
  | "date"
  | "text"
  | "object"
  | "list";

export interface FieldInfo extends FieldMeta {
  /** Dotted path; list items are written `o2oStores[].areaSqm`. */
  path: string;
  /** The field's own key (last part of the path). */
  key: string;
  type: FieldType;
  required: boolean;
  /** For a list: what one item is called (海外仓). */
  itemLabel?: string;
  /** Sub-fields of an object, or the fields of one item of a list. */
  children?: FieldInfo[];
}

type AnySchema = z.ZodType & { def: { type: string } };

function unwrap(schema: AnySchema): { inner: AnySchema; optional: boolean } {
  if (schema.def.type === "optional") {
    return { inner: (schema as unknown as z.ZodOptional<AnySchema>).unwrap() as AnySchema, optional: true };
  }
  return { inner: schema, optional: false };
}

function shapeOf(schema: AnySchema): Record<string, AnySchema> | null {
  return schema.def.type === "object" ? ((schema as unknown as z.ZodObject).shape as Record<string, AnySchema>) : null;
}

function isMoney(schema: AnySchema): boolean {
  const shape = shapeOf(schema);
  return shape !== null && Object.keys(shape).join(",") === "amount,currency";
}

function describe(key: string, path: string, schema: AnySchema): FieldInfo {
  const meta = (z.globalRegistry.get(schema) ?? {}) as unknown as FieldMeta;
  const { inner, optional } = unwrap(schema);
  const innerMeta = (z.globalRegistry.get(inner) ?? {}) as unknown as Partial<FieldMeta>;
  const base = { ...innerMeta, ...meta, label: meta.label ?? innerMeta.label ?? key, path, key, required: !optional };
  const t = inner.def.type;
  if (isMoney(inner)) return { ...base, type: "money" };
  if (t === "object") {
    const children = Object.entries(shapeOf(inner)!).map(([k, s]) => describe(k, `${path}.${k}`, s));
    return { ...base, type: "object", children };
  }
  if (t === "array") {
    const element = (inner as unknown as z.ZodArray<AnySchema>).element as AnySchema;
    if (element.def.type === "enum") return { ...base, type: "enum[]" };
    const itemShape = shapeOf(element)!;
    const itemMeta = (z.globalRegistry.get(element) ?? {}) as unknown as Partial<FieldMeta>;
    const children = Object.entries(itemShape).map(([k, s]) => describe(k, `${path}[].${k}`, s));
    return { ...base, itemLabel: itemMeta.label ?? base.label, type: "list", children };
  }
  if (t === "enum") return { ...base, type: "enum" };
  if (t === "boolean") return { ...base, type: "boolean" };
  if (t === "number") {
    const type: FieldType = base.unit === "%" ? "ratio" : (inner as unknown as z.ZodNumber).isInt ? "integer" : "number";
    return { ...base, type };
  }
  if (t === "string") return { ...base, type: base.example && /^\d{4}-\d{2}-\d{2}$/.test(base.example) ? "date" : "text" };
  throw new Error(`profile field ${path}: unsupported schema type ${t}`);
}

/** Top-level fields in declaration order, each with its sub-fields. */
export const FIELDS: readonly FieldInfo[] = Object.entries(ProfileSchema.shape).map(([k, s]) =>
  describe(k, k, s as unknown as AnySchema),
);

const byPath = new Map<string, FieldInfo>();
(function index(fields: readonly FieldInfo[]) {
  for (const f of fields) {
    byPath.set(f.path, f);
    if (f.children) index(f.children);
  }
})(FIELDS);

// The cities to choose from are those of the corpus in use, which a reload can change: read when asked.
Object.defineProperty(byPath.get("city")!, "choices", {
  enumerable: true,
  get: () => Object.fromEntries(cities().map((c) => [c.code, c.name])),
});

/** The field at a declaration path ("hq.priorBestTrade", "o2oStores[].areaSqm"). */
export function field(path: string): FieldInfo {
  const info = byPath.get(path);
  if (!info) throw new Error(`unknown profile field ${path}`);
  return info;
}

/**
 * The fields a person means by `words` (出口额, 总部落户日期): of those whose label holds them,
 * the ones with the shortest label — the closest to what was said (出口额 is 跨境电商出口额, not 进出口额). Fields inside a list's items are left
 * out: which item is meant needs the list itself.
 */
export function fieldsNamed(words: string): FieldInfo[] {
  const said = words.normalize("NFKC").replace(/\s+/gu, "");
  if (!said) return [];
  const named = [...byPath.values()].filter((f) => !f.path.includes("[]") && f.label.normalize("NFKC").includes(said));
  const shortest = Math.min(...named.map((f) => f.label.length));
  return named.filter((f) => f.label.length === shortest);
}

export function hasField(path: string): boolean {
  return byPath.has(path);
}

/** The top-level field a value path belongs to ("hq.priorBestTrade" → "hq"). */
export function topField(valuePath: string): string {
  return valuePath.split(/[.[]/)[0]!;
}

/** A value path as a reader would name it: "o2oStores[1].monthsOperating" → 第2个O2O线下体验店（新零售店）的已经营月数. */
export function pathLabel(valuePath: string): string {
  return nameValuePath(valuePath, field);
}
