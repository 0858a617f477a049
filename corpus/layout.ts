// The layout of a text whose declaration gives none: a document as the bureaus publish it, with
// page furniture (letterhead, 文号) above its title line, the body after the title, and the
// signature (issuer, date) below the body. Declared layouts are for texts that differ.
import { cleanLines, normalizeForMatch } from "./clean.ts";
import type { Declaration, Layout } from "./declaration.ts";

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const wholeLine = (line: string) => new RegExp(`^${escape(line)}$`, "u");

export function inferLayout(declaration: Pick<Declaration, "title" | "issuer">, text: string): Layout {
  const lines = cleanLines(text);
  if (lines.length === 0) return { itemTitles: "auto", cuts: [] };
  const title = lines.findIndex((l) => normalizeForMatch(l) === normalizeForMatch(declaration.title));
  const cuts: Layout["cuts"] = title >= 0
    ? [{ at: wholeLine(lines[title]!), then: "body" }]
    : [{ at: wholeLine(lines[0]!), then: "body", keepLine: true }];
  const signature = new RegExp(`^(${escape(declaration.issuer)}|(${escape(declaration.issuer)})?\\d{4}年\\d{1,2}月\\d{1,2}日(印发)?)$`, "u");
  const end = lines.findIndex((l, i) => i > Math.max(title, 0) && signature.test(l));
  if (end >= 0) cuts.push({ at: signature, then: "skip" });
  return { itemTitles: "auto", cuts };
}
