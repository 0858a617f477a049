// Lookups in the profile catalogue (GET /api/profile/fields): a field by its path, and a value
// path named the way a reader says it, like policies/fields.ts pathLabel words it on the server.
import type { FieldInfo, ProfileCatalogue } from "./api.ts";

/** Declaration path of a value path: "o2oStores[2].areaSqm" → "o2oStores[].areaSqm". */
export const schemaPath = (valuePath: string) => valuePath.replace(/\[\d+\]/g, "[]");

export function fieldAt(catalogue: ProfileCatalogue, path: string): FieldInfo | undefined {
  const find = (fields: readonly FieldInfo[]): FieldInfo | undefined => {
    for (const f of fields) {
      if (f.path === path) return f;
      const inner = f.children && find(f.children);
      if (inner) return inner;
    }
    return undefined;
  };
  return find(catalogue.fields);
}

/** "o2oStores[1].monthsOperating" → 第2个O2O线下体验店（新零售店）的已经营月数; an unknown path as is. */
export function pathLabel(catalogue: ProfileCatalogue, valuePath: string): string {
  const item = /^(\w+)\[(\d+)\]\.(.+)$/.exec(valuePath);
  const own = fieldAt(catalogue, schemaPath(valuePath))?.label ?? valuePath;
  if (!item) return own;
  const list = fieldAt(catalogue, item[1]!);
  return `第${Number(item[2]) + 1}个${list?.itemLabel ?? list?.label ?? item[1]}的${own}`;
}
