// Request bodies as JSON. JSON.parse itself is safe — a "__proto__" key becomes an own property,
// not a prototype — but code downstream that copies keys would not be, so a body holding a key
// that names an object's machinery is refused, naming where it was, like any other bad field.
import { errorCodes, type FastifyInstance } from "fastify";
import { InvalidInput } from "./validation.ts";

/** The path of the first key that could reach a prototype: __proto__, or constructor holding a prototype. */
function prototypeKey(value: unknown): string | null {
  const pending: [unknown, string][] = [[value, ""]];
  while (pending.length > 0) {
    const [node, path] = pending.pop()!;
    if (typeof node !== "object" || node === null) continue;
    for (const [key, child] of Object.entries(node)) {
      const at = Array.isArray(node) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
      if (key === "__proto__" || (key === "constructor" && typeof child === "object" && child !== null && "prototype" in child)) return at;
      pending.push([child, at]);
    }
  }
  return null;
}

export function parseJsonBodies(server: FastifyInstance): void {
  server.removeContentTypeParser("application/json");
  server.addContentTypeParser("application/json", { parseAs: "string" }, (_request, body, done) => {
    if (body === "") return done(new errorCodes.FST_ERR_CTP_EMPTY_JSON_BODY(), undefined);
    let value: unknown;
    try {
      value = JSON.parse(body as string);
    } catch {
      return done(new errorCodes.FST_ERR_CTP_INVALID_JSON_BODY(), undefined);
    }
    const key = prototypeKey(value);
    if (key !== null) return done(new InvalidInput([{ field: key, message: "不接受这个字段名" }]), undefined);
    done(null, value);
  });
}
