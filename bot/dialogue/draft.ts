// Reading and writing the draft profile by value path ("hq.inCity", "o2oStores[1].areaSqm").
import type { Draft } from "./types.ts";

type Container = Record<string, unknown> | unknown[];

function steps(path: string): (string | number)[] {
  return path.split(/\.|\[(\d+)\]/).filter((s) => s !== undefined && s !== "").map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

export function getAt(draft: Draft, path: string): unknown {
  return steps(path).reduce<unknown>((o, k) => (o as Record<string | number, unknown> | undefined)?.[k], draft);
}

/** Returns a new draft with the value set, creating objects along the way. */
export function setAt(draft: Draft, path: string, value: unknown): Draft {
  const copy = structuredClone(draft) as Draft;
  const keys = steps(path);
  let node: Container = copy;
  keys.forEach((key, i) => {
    const last = i === keys.length - 1;
    const bag = node as Record<string | number, unknown>;
    if (last) {
      if (value === undefined) delete bag[key];
      else bag[key] = value;
      return;
    }
    if (typeof bag[key] !== "object" || bag[key] === null) bag[key] = typeof keys[i + 1] === "number" ? [] : {};
    node = bag[key] as Container;
  });
  return copy;
}
