// Source text → document → sections → clauses, with the clause ids of CONTRACT.md §2.
// Pure and deterministic: the same text always gives the same ids and texts.
import { cleanLines } from "./clean.ts";
import type { DocId, DocumentInfo, Layout, StretchRole } from "./declaration.ts";

export type ClauseKind = "item" | "section" | "preamble" | "notice" | "closing" | "annex" | "header";

export interface Clause {
  clauseId: string;
  docId: DocId;
  docNumber: string;
  docTitle: string;
  /** The id part after "docId/": "8", "4.1", "2.3.1", "preamble", "closing.2" … */
  path: string;
  kind: ClauseKind;
  /** The label as printed, qualified by its section where numbering restarts: （八）, 四（一）, 二（三）1. */
  label: string;
  /** The clause's own title where the text gives one (加强出口信保扶持力度), else null. */
  title: string | null;
  /** Section (and sub-section) headings above the clause, as printed. */
  headings: string[];
  /** Cleaned verbatim text after the label, paragraphs separated by "\n". */
  text: string;
}

export interface ParsedDocument {
  info: DocumentInfo;
  /** Key–value lines of a web page's header (索引号, 信息时效期 …); empty for PDF texts. */
  metadata: Record<string, string>;
  clauses: Clause[];
  /**
   * The lines outside the text that state the document's own facts: a web page's header (信息时效期,
   * 发文日期) and the dated or keyed lines the layout drops (2013年11月19日印发, 主办：市发展改革委). It is
   * citable (`docId/header`) for those facts, but no clause of the text: never searched or listed.
   */
  header: Clause | null;
}

// ---------------------------------------------------------------------------------------------
// Labels

type Level = "section" | "item" | "sub";
interface Label {
  level: Level;
  n: number;
  printed: string;
  rest: string;
}

const LABEL_PATTERNS: [Level, RegExp][] = [
  ["section", /^([一二三四五六七八九十]+)、(.*)$/u],
  ["item", /^（([一二三四五六七八九十]+)）(.*)$/u],
  ["sub", /^(\d{1,2})[.．](.*)$/u],
];

const NUMERALS = "一二三四五六七八九";

/** 一 → 1, 十 → 10, 十六 → 16, 二十五 → 25 (enough for the numbering in these texts). */
export function chineseNumeral(s: string): number {
  const ten = s.indexOf("十");
  if (ten < 0) return NUMERALS.indexOf(s) + 1;
  const tens = ten === 0 ? 1 : NUMERALS.indexOf(s.slice(0, ten)) + 1;
  const units = ten === s.length - 1 ? 0 : NUMERALS.indexOf(s.slice(ten + 1)) + 1;
  return tens * 10 + units;
}

/** Does a cleaned line open with a numbering label (一、 （一） 1.)? */
export function startsWithLabel(line: string): boolean {
  return parseLabel(line) !== null;
}

function parseLabel(line: string): Label | null {
  for (const [level, pattern] of LABEL_PATTERNS) {
    const m = pattern.exec(line);
    if (!m) continue;
    const [, num = "", rest = ""] = m;
    const n = level === "sub" ? Number(num) : chineseNumeral(num);
    const printed = line.slice(0, line.length - rest.length);
    return { level, n, printed, rest };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Stretches and paragraphs

/** A layout problem the text does not fit: reported with the document's id. */
export class LayoutError extends Error {}

interface Stretch {
  role: StretchRole;
  /** Index of the stretch's first line among the text's cleaned lines. */
  start: number;
  lines: string[];
}

function splitStretches(lines: string[], layout: Layout): Stretch[] {
  const out: Stretch[] = [{ role: "skip", start: 0, lines: [] }];
  let next = 0;
  lines.forEach((line, i) => {
    const cut = layout.cuts[next];
    if (cut && cut.at.test(line)) {
      // A skipped stretch keeps its first line among the dropped ones (主办：市发展改革委 opens an imprint).
      out.push({ role: cut.then, start: i, lines: cut.keepLine || cut.then === "skip" ? [line] : [] });
      next++;
      return;
    }
    out[out.length - 1]!.lines.push(line);
  });
  if (next < layout.cuts.length) throw new LayoutError(`layout cut ${layout.cuts[next]!.at} matches no line of the text`);
  return out;
}

interface Paragraph {
  label: Label | null;
  text: string;
  heading: boolean;
}

const SENTENCE_PUNCT = /[。；：！？;:]/u;
const MAX_HEADING = 30;

/**
 * Joins hard-wrapped lines into paragraphs. A line starts a new paragraph when it carries a
 * label or the paragraph before it is complete: it ends a sentence, or it is a heading.
 * An annex (a list of names and posts) keeps one line per paragraph.
 */
function toParagraphs(lines: string[], layout: Layout): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let open: Paragraph | null = null;
  let inAnnex = false;
  for (const line of lines) {
    inAnnex ||= layout.annex?.test(line) ?? false;
    const label = inAnnex ? null : parseLabel(line);
    if (label || !open || inAnnex || isComplete(open)) {
      const heading =
        label !== null &&
        (label.level === "section" || layout.itemTitles === "auto") &&
        label.rest.length > 0 &&
        label.rest.length <= MAX_HEADING &&
        !SENTENCE_PUNCT.test(label.rest);
      open = { label, text: label ? label.rest : line, heading };
      paragraphs.push(open);
    } else {
      open.text += line;
    }
  }
  return paragraphs;
}

function isComplete(p: Paragraph): boolean {
  return p.heading || /[。）]$/u.test(p.text);
}

// ---------------------------------------------------------------------------------------------
// Titles

const NOT_A_TITLE_START = /^(对|按|本|同一|以上|经)/u;
const AWARD_WORDS = /给予|予以/u;
/** A figure, as opposed to a digit inside a code such as O2O or B2B. */
const FIGURE = /(?<![A-Za-z])\d|\d(?![A-Za-z])/u;
const MAX_INLINE_TITLE = 40;

/** The first sentence when it reads as a title: short, no figures, no award, more text after it. */
function inlineTitle(text: string): string | null {
  const end = text.indexOf("。");
  if (end <= 0 || end === text.length - 1) return null;
  const sentence = text.slice(0, end);
  if (sentence.length > MAX_INLINE_TITLE || FIGURE.test(sentence)) return null;
  if (NOT_A_TITLE_START.test(sentence) || AWARD_WORDS.test(sentence)) return null;
  return sentence;
}

// ---------------------------------------------------------------------------------------------
// Clauses

interface Node {
  path: string;
  kind: ClauseKind;
  label: string;
  headings: string[];
  paragraphs: string[];
  title: string | null;
  /** True when the node's only text so far is its heading line. */
  headingOnly: boolean;
  hasChildren: boolean;
}

function buildBody(info: DocumentInfo, paragraphs: Paragraph[], layout: Layout): Node[] {
  const nodes: Node[] = [];
  const sectioned = info.numbering === "sectioned";
  let section: { n: number; printed: string; heading: string } | null = null;
  let item: Node | null = null;
  let open: Node | null = null;
  let inAnnex = false;
  let closings = 0;

  const start = (node: Omit<Node, "hasChildren" | "headingOnly">, heading: boolean): Node => {
    const full: Node = { ...node, hasChildren: false, headingOnly: heading };
    nodes.push(full);
    open = full;
    return full;
  };
  const labelled = (p: Paragraph, node: Omit<Node, "paragraphs" | "title" | "hasChildren" | "headingOnly">) =>
    start({ ...node, paragraphs: [p.text], title: p.heading ? p.text : null }, p.heading);

  for (const p of paragraphs) {
    const { label } = p;
    if (inAnnex || (!label && layout.annex?.test(p.text))) {
      if (!inAnnex) start({ path: "annex", kind: "annex", label: "附件", headings: [], paragraphs: [], title: null }, false);
      inAnnex = true;
      open!.paragraphs.push(p.text);
      continue;
    }
    if (!label && layout.closing?.test(p.text)) {
      closings++;
      start({ path: `closing.${closings}`, kind: "closing", label: "结语", headings: [], paragraphs: [p.text], title: null }, false);
      continue;
    }
    if (!label) {
      if (open) {
        (open as Node).paragraphs.push(p.text);
        (open as Node).headingOnly = false;
      } else {
        start({ path: "preamble", kind: "preamble", label: "序言", headings: [], paragraphs: [p.text], title: null }, false);
      }
      continue;
    }
    if (label.level === "section") {
      section = { n: label.n, printed: label.printed, heading: label.printed + label.rest };
      item = null;
      labelled(p, {
        path: sectioned ? String(label.n) : `section-${label.n}`,
        kind: "section",
        label: label.printed,
        headings: [],
      });
      continue;
    }
    if (!section) throw new LayoutError(`${label.printed} comes before any section (一、二、…)`);
    const sectionNode = nodes.findLast((n) => n.kind === "section")!;
    if (label.level === "item") {
      sectionNode.hasChildren = true;
      item = labelled(p, {
        path: sectioned ? `${section.n}.${label.n}` : String(label.n),
        kind: "item",
        label: sectioned ? section.printed.replace("、", "") + label.printed : label.printed,
        headings: [section.heading],
      });
      continue;
    }
    // A numbered sub-item: its own clause where numbering restarts, part of its item otherwise.
    if (!item) throw new LayoutError(`${label.printed} is outside any item (（一）（二）…)`);
    if (!sectioned) {
      item.paragraphs.push(label.printed + p.text);
      continue;
    }
    item.hasChildren = true;
    labelled(p, {
      path: `${item.path}.${label.n}`,
      kind: "item",
      label: `${item.label}${label.n}.`,
      headings: [section.heading, item.label.slice(item.label.indexOf("（")) + (item.title ?? "")],
    });
  }
  if (closings === 1) nodes.find((n) => n.path === "closing.1")!.path = "closing";
  // A heading whose content lives entirely in numbered children is context, not a clause.
  return nodes.filter((n) => !(n.hasChildren && n.headingOnly));
}

function toClause(info: DocumentInfo, node: Node): Clause {
  const text = node.paragraphs.join("\n");
  const titled = node.kind === "item" || node.kind === "section";
  return {
    clauseId: `${info.docId}/${node.path}`,
    docId: info.docId,
    docNumber: info.docNumber,
    docTitle: info.title,
    path: node.path,
    kind: node.kind,
    label: node.label,
    title: node.title ?? (titled ? inlineTitle(text) : null),
    headings: node.headings,
    text,
  };
}

/** A line stating a date: 2013年11月19日印发, 发文日期：2021-02-23. */
const DATED = /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}-\d{2}-\d{2}/u;
/** An imprint line naming a fact by its key: 主办：市发展改革委, 督办：市政府办公厅六处. */
export const KEYED = /^([^：:\s]{2,8})[：:]/u;

function toHeader(info: DocumentInfo, lines: string[]): Clause {
  return toClause(info, { path: "header", kind: "header", label: "文件信息", headings: [], title: null, paragraphs: lines, headingOnly: false, hasChildren: false });
}

function parseMetadata(lines: string[]): Record<string, string> {
  const metadata: Record<string, string> = {};
  for (const line of lines) {
    const m = /^([^：]{2,8})：(.*)$/u.exec(line);
    if (m) metadata[m[1]!] = m[2]!;
  }
  return metadata;
}

/** The parsed document, and where in its source text it begins (the first line it keeps). */
export interface ParsedText {
  document: ParsedDocument;
  start: number;
  /** Lines the layout dropped (page furniture, titles, signatures), for a preview. */
  dropped: string[];
}

/** Parses a document's stretches of a source text (the whole text, or its part of a shared one). */
export function parseDocument(text: string, info: DocumentInfo, layout: Layout): ParsedText {
  const stretches = splitStretches(cleanLines(text), layout);
  const metadata = parseMetadata(stretches.filter((s) => s.role === "metadata").flatMap((s) => s.lines));
  const dropped = stretches.filter((s) => s.role === "skip").flatMap((s) => s.lines);
  // Of the lines dropped, those stating a fact of the document: a date, a keyed imprint, the issuer's name (its title line, its signature).
  const statesFact = (l: string) => DATED.test(l) || KEYED.test(l) || l.replace(/\s+/gu, "").includes(info.issuer);
  const headerLines = [...new Set([...stretches.filter((s) => s.role === "metadata").flatMap((s) => s.lines), ...dropped.filter(statesFact)])];
  const header = headerLines.length > 0 ? toHeader(info, headerLines) : null;
  const document: ParsedDocument = { info, metadata, clauses: [], header };
  const kept = stretches.filter((s) => s.role === "notice" || s.role === "body");
  for (const { role, lines } of kept) {
    if (role === "notice") {
      document.clauses.push(
        toClause(info, {
          path: "notice", kind: "notice", label: "印发通知", headings: [], title: null,
          paragraphs: toParagraphs(lines, layout).map((p) => p.text), headingOnly: false, hasChildren: false,
        }),
      );
    } else {
      const nodes = buildBody(info, toParagraphs(lines, layout), layout);
      document.clauses.push(...nodes.map((n) => toClause(info, n)));
    }
  }
  return { document, start: kept[0]?.start ?? 0, dropped };
}
