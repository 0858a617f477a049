// Reading and writing the draft profile by value path ("hq.inCity", "o2oStores[1].areaSqm").
// Paths reach here checked against the declared fields; as a second guard, a key that names an
// object's machinery (__proto__, constructor, prototype) is never followed or written, only own
// properties are read, and a list is never written past its end (which would leave holes).
import type { Draft } from "./types.ts";

type Container = Record<string, unknown> | unknown[];

const UNSAFE_KEYS = new Set(["__proto__", "constructor", "prototype"]);

function steps(path: string): (string | number)[] {
  const keys = path.split(/\.|\[(\d+)\]/).filter((s) => s !== undefined && s !== "").map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  const unsafe = keys.find((k) => typeof k === "string" && UNSAFE_KEYS.has(k));
  if (unsafe !== undefined) throw new RangeError(`unsafe key "${unsafe}" in path ${path}`);
  return keys;
}

export function getAt(draft: Draft, path: string): unknown {
  return steps(path).reduce<unknown>((o, k) => (typeof o === "object" && o !== null && Object.hasOwn(o, k) ? (o as Record<string | number, unknown>)[k] : undefined), draft);
}

/** Returns a new draft with the value set, creating objects along the way. */
export function setAt(draft: Draft, path: string, value: unknown): Draft {
  const copy = structuredClone(draft) as Draft;
  const keys = steps(path);
  let node: Container = copy;
  keys.forEach((key, i) => {
    if (typeof key === "number" && (!Array.isArray(node) || key > node.length)) throw new RangeError(`index ${key} past the end of the list in path ${path}`);
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
