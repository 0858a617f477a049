// Value paths of the profile ("o2oStores[2].areaSqm") and how a reader names them. Free of the
// zod declaration, so the web console can word paths the same way from the catalogue it fetches.

/** Declaration path of a value path: "o2oStores[2].areaSqm" → "o2oStores[].areaSqm". */
export function schemaPath(valuePath: string): string {
  return valuePath.replace(/\[\d+\]/g, "[]");
}

/** What naming a path needs of a field: its label, and for a list the name of one item. */
export interface PathField {
  label: string;
  itemLabel?: string;
}

/**
 * A value path as a reader would name it, given a lookup of declared fields:
 * "o2oStores[1].monthsOperating" → 第2个O2O线下体验店（新零售店）的已经营月数. A path the lookup
 * does not know is named by itself.
 */
export function nameValuePath(valuePath: string, fieldAt: (declarationPath: string) => PathField | undefined): string {
  const own = fieldAt(schemaPath(valuePath))?.label ?? valuePath;
  const item = /^(\w+)\[(\d+)\]\.(.+)$/.exec(valuePath);
  if (!item) return own;
  const list = fieldAt(item[1]!);
  return `第${Number(item[2]) + 1}个${list?.itemLabel ?? list?.label ?? item[1]}的${own}`;
}
