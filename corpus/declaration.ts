// A document's declaration, `corpus/documents/<docId>/document.yaml` (CONTRACT.md §6): the facts
// the text states outside its numbered items (文号, issuer, dates, validity, contact), each with the
// words it rests on, and the hints the parser needs about the text's layout. Declared once in zod;
// every value is checked when the corpus is read.
import { z } from "zod";
import { isIsoDate } from "./dates.ts";

/** zz-2018-4, zz-2023-210-measures, cz-2021-3: city, year, number, and a part where a 文号 carries several. */
export const DOC_ID_PATTERN = /^[a-z]{2}-\d{4}-\d+(-[a-z-]+)?$/;
/** The same as written inside a question: its stem (zz-2023-210, which several documents may share) and the whole. */
export const DOC_ID_STEM_SOURCE = String.raw`[a-z]{2}-\d{4}-\d+`;
export const DOC_ID_SOURCE = String.raw`${DOC_ID_STEM_SOURCE}(?:-[a-z]+)*`;
/** 郑政文〔2023〕210号: issuer prefix, year in 〔〕, number. */
export const DOC_NUMBER_PATTERN = /^(\p{Script=Han}+)〔(\d{4})〕(\d+)号$/u;

export type DocId = string;
/** A city code (zhengzhou); its Chinese name and province come from the declarations. */
export type City = string;

/** How items are numbered: straight through all sections, or restarting in every section (CONTRACT §2). */
export type Numbering = "straight" | "sectioned";

export interface DocumentInfo {
  docId: DocId;
  docNumber: string;
  title: string;
  issuer: string;
  issuedOn: string;
  city: City;
  /** 郑州市; declared by at least one document of the city. */
  cityName: string;
  /** 河南省 */
  province: string;
  numbering: Numbering;
  inForce: {
    from: string;
    /** Last day in force (inclusive); null where the text states no end date. */
    to: string | null;
    /** Words of the source that fix the range. */
    basis: string;
  };
  /** The bureau the document names for questions, and the words naming it; null where it names none. */
  contact: { bureau: string; basis: string } | null;
  /** The day the document joined the corpus (`doc add` sets it); null for the first seven. */
  addedOn: string | null;
}

/**
 * What a stretch of a source text is. Cuts are searched in order, each after the previous one,
 * and match a whole cleaned line; the matched line itself belongs to the stretch only when
 * `keepLine` is set (titles and signatures are dropped, a web page's first header line is kept).
 * The text opens with page furniture (letterhead, 文号, title) until the first cut.
 */
export type StretchRole = "skip" | "metadata" | "notice" | "body";

export interface Cut {
  at: RegExp;
  then: StretchRole;
  keepLine?: boolean;
}

export interface Layout {
  cuts: Cut[];
  /**
   * Item titles: "inline" when the first sentence of an item is its title (PDF text hard-wrapped,
   * so a short label line proves nothing); "auto" when a short unpunctuated label line is a heading.
   */
  itemTitles: "inline" | "auto";
  /** Paragraphs after the last numbered item that are closing provisions, not part of that item. */
  closing?: RegExp;
  /** Where an annex begins inside the body. */
  annex?: RegExp;
}

export interface Declaration extends Omit<DocumentInfo, "cityName" | "province"> {
  cityName?: string;
  province?: string;
  /** The source text, relative to the document's folder: its own source.txt, or a file it shares. */
  source: string;
  /** Absent: inferred from the text (the body follows the title line and ends at the signature). */
  layout?: Layout;
}

export const SOURCE_FILE = "source.txt";
export const DECLARATION_FILE = "document.yaml";

const IsoDate = z.string().refine(isIsoDate, { message: "expected a date YYYY-MM-DD" });
const Text = z.string().trim().min(1, { message: "must not be empty" });
const Pattern = z.string().min(1).transform((source, ctx) => {
  try {
    return new RegExp(source, "u");
  } catch (err) {
    ctx.addIssue({ code: "custom", message: `not a valid regular expression (${(err as Error).message})` });
    return z.NEVER;
  }
});

const LayoutSchema = z.strictObject({
  itemTitles: z.enum(["inline", "auto"]).default("auto"),
  cuts: z.array(z.strictObject({ at: Pattern, then: z.enum(["skip", "metadata", "notice", "body"]), keepLine: z.boolean().optional() })).min(1),
  closing: Pattern.optional(),
  annex: Pattern.optional(),
});

export const DeclarationSchema = z
  .strictObject({
    docId: z.string().regex(DOC_ID_PATTERN, { message: "expected city-year-number[-part], e.g. zz-2027-1 or zz-2023-210-measures" }),
    docNumber: z.string().regex(DOC_NUMBER_PATTERN, { message: "expected a 文号 such as 郑政文〔2027〕1号" }),
    title: Text,
    issuer: Text,
    issuedOn: IsoDate,
    city: z.string().regex(/^[a-z]+$/, { message: "expected a city code in lower-case letters, e.g. zhengzhou" }),
    cityName: Text.optional(),
    province: Text.optional(),
    numbering: z.enum(["straight", "sectioned"]),
    inForce: z.strictObject({ from: IsoDate, to: IsoDate.nullable().default(null), basis: Text }),
    contact: z.strictObject({ bureau: Text, basis: Text }).nullable(),
    addedOn: IsoDate.nullable().default(null),
    source: z.string().min(1).default(SOURCE_FILE),
    layout: LayoutSchema.optional(),
  })
  .refine((d) => d.inForce.to === null || d.inForce.from <= d.inForce.to, { message: "ends before inForce.from", path: ["inForce", "to"] });

/** A zod error as one line per problem: `inForce.to: expected a date YYYY-MM-DD`. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((i) => `${i.path.length ? i.path.join(".") : "declaration"}: ${i.message}`);
}
