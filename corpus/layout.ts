// The layout of a text whose declaration gives none: a document as the bureaus publish it, with
// page furniture (letterhead, 文号, the notice that issues it) above its title line, the body after
// the title, a closing paragraph holding the words that fix its validity (本措施自印发之日起施行…),
// and the signature (issuer, date) below. Declared layouts are for texts that differ.
import { cleanLines, normalizeForMatch } from "./clean.ts";
import type { Declaration, Layout } from "./declaration.ts";
import { startsWithLabel } from "./parse.ts";

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const wholeLine = (line: string) => new RegExp(`^${escape(line)}$`, "u");

/** Enough of a line's start to find its paragraph again. */
const LINE_START = 8;

export function inferLayout(declaration: Pick<Declaration, "title" | "issuer" | "inForce">, text: string): Layout {
  const lines = cleanLines(text);
  if (lines.length === 0) return { itemTitles: "auto", cuts: [] };
  const title = lines.findIndex((l) => normalizeForMatch(l) === normalizeForMatch(declaration.title));
  const cuts: Layout["cuts"] = title >= 0
    ? [{ at: wholeLine(lines[title]!), then: "body" }]
    : [{ at: wholeLine(lines[0]!), then: "body", keepLine: true }];
  const signature = new RegExp(`^(${escape(declaration.issuer)}|(${escape(declaration.issuer)})?\\d{4}年\\d{1,2}月\\d{1,2}日(印发)?)$`, "u");
  const end = lines.findIndex((l, i) => i > Math.max(title, 0) && signature.test(l));
  if (end >= 0) cuts.push({ at: signature, then: "skip" });
  // The validity's words in an unnumbered paragraph of the body: a closing provision, not part of the last item.
  const basis = normalizeForMatch(declaration.inForce.basis).slice(0, LINE_START);
  const closing = lines.find((l, i) => i > title && (end < 0 || i < end) && normalizeForMatch(l).includes(basis) && !startsWithLabel(l));
  return { itemTitles: "auto", cuts, ...(closing ? { closing: new RegExp(`^${escape(closing.slice(0, LINE_START))}`, "u") } : {}) };
}
