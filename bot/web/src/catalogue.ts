// Lookups in the profile catalogue (GET /api/profile/fields): a field by its path, and a value
// path named the way a reader says it, worded as the server words it (policies/field-path.ts).
import { nameValuePath } from "../../../policies/field-path.ts";
import type { FieldInfo, ProfileCatalogue } from "./api.ts";

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
  return nameValuePath(valuePath, (path) => fieldAt(catalogue, path));
}
