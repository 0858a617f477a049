// The seven policy documents (CONTRACT.md §1) and where each one sits in the five source files.
// Document facts that the texts state outside their numbered items (issuer, dates, validity) are
// declared here with the words they rest on; test/corpus.test.ts checks every `basis` against the
// cleaned source text, so a date here cannot drift from its source.

export const DOC_IDS = [
  "zz-2013-237",
  "zz-2018-4",
  "zz-2018-57",
  "zz-2023-210-measures",
  "zz-2023-210-action-plan",
  "zz-2023-210-livestream",
  "cz-2021-3",
] as const;
export type DocId = (typeof DOC_IDS)[number];

export type City = "zhengzhou" | "chenzhou";

/** How items are numbered: straight through all sections, or restarting in every section. */
export type Numbering = "straight" | "sectioned";

export interface DocumentInfo {
  docId: DocId;
  docNumber: string;
  title: string;
  issuer: string;
  issuedOn: string;
  city: City;
  numbering: Numbering;
  inForce: {
    from: string;
    /** Last day in force (inclusive); null where the text states no end date. */
    to: string | null;
    /** Words of the source that fix the range: found in the document's text or metadata. */
    basis: string;
  };
  /** The bureau the document names for questions, and the words naming it; null where it names none. */
  contact: { bureau: string; basis: string } | null;
}

export const DOCUMENTS: readonly DocumentInfo[] = [
  {
    docId: "zz-2013-237",
    docNumber: "郑政文〔2013〕237号",
    title: "郑州市人民政府关于大力推进郑州市国家电子商务示范城市创建的若干意见",
    issuer: "郑州市人民政府",
    issuedOn: "2013-11-19",
    city: "zhengzhou",
    numbering: "sectioned",
    inForce: { from: "2013-11-19", to: null, basis: "2013年11月19日印发" },
    contact: { bureau: "郑州市发展改革委", basis: "办公室设在市发展改革委" },
  },
  {
    docId: "zz-2018-4",
    docNumber: "郑政〔2018〕4号",
    title: "郑州市人民政府关于加快推进跨境电子商务发展的实施意见",
    issuer: "郑州市人民政府",
    issuedOn: "2018-01-10",
    city: "zhengzhou",
    numbering: "straight",
    inForce: { from: "2018-01-10", to: "2021-01-09", basis: "本意见自发布之日施行,有效期3年" },
    contact: { bureau: "郑州市商务局、郑州市财政局", basis: "市商务局、市财政局负责解释" },
  },
  {
    docId: "zz-2018-57",
    docNumber: "郑政文〔2018〕57号",
    title: "郑州市跨境电子商务综合试验区发展实施方案",
    issuer: "郑州市人民政府",
    issuedOn: "2018-03-14",
    city: "zhengzhou",
    numbering: "sectioned",
    inForce: { from: "2018-03-14", to: "2020-12-31", basis: "实施期限为2018年至2020年" },
    contact: { bureau: "郑州市商务局", basis: "主办：市商务局" },
  },
  {
    docId: "zz-2023-210-measures",
    docNumber: "郑政文〔2023〕210号",
    title: "郑州市加快推进跨境电商发展的若干措施",
    issuer: "郑州市人民政府",
    issuedOn: "2023-12-15",
    city: "zhengzhou",
    numbering: "straight",
    inForce: { from: "2023-12-15", to: "2026-12-14", basis: "本政策自印发之日起执行,执行期三年" },
    contact: { bureau: "郑州市商务局", basis: "本政策具体实施细则由市商务局会同市财政局另行制定" },
  },
  {
    docId: "zz-2023-210-action-plan",
    docNumber: "郑政文〔2023〕210号",
    title: "郑州市跨境电子商务专项提升行动实施方案",
    issuer: "郑州市人民政府",
    issuedOn: "2023-12-15",
    city: "zhengzhou",
    numbering: "straight",
    inForce: { from: "2023-12-15", to: null, basis: "郑州市人民政府2023年12月15日" },
    contact: { bureau: "郑州市商务局", basis: "牵头单位:市商务局" },
  },
  {
    docId: "zz-2023-210-livestream",
    docNumber: "郑政文〔2023〕210号",
    title: "郑州市加快直播电商发展的实施方案",
    issuer: "郑州市人民政府",
    issuedOn: "2023-12-15",
    city: "zhengzhou",
    numbering: "straight",
    inForce: { from: "2023-12-15", to: "2026-12-14", basis: "本方案自印发之日起在全市范围内实施,政策执行期3年" },
    contact: null,
  },
  {
    docId: "cz-2021-3",
    docNumber: "郴政办发〔2021〕3号",
    title: "郴州市支持跨境电子商务产业高质量发展的若干措施（试行）",
    issuer: "郴州市人民政府办公室",
    issuedOn: "2021-02-23",
    city: "chenzhou",
    numbering: "sectioned",
    inForce: { from: "2021-02-23", to: "2026-02-23", basis: "信息时效期：2026-02-23" },
    contact: { bureau: "郴州市商务局", basis: "公开责任部门：郴州市商务局" },
  },
];

const byId = new Map(DOCUMENTS.map((d) => [d.docId, d]));

export function documentInfo(docId: DocId): DocumentInfo {
  const doc = byId.get(docId);
  if (!doc) throw new Error(`unknown document ${docId}`);
  return doc;
}

export function isDocId(value: string): value is DocId {
  return byId.has(value as DocId);
}

/**
 * What a stretch of a source file is. Cuts are searched in order, each after the previous one,
 * and match a whole cleaned line; the matched line itself belongs to the stretch only when
 * `keepLine` is set (titles and signatures are dropped, an annex heading is kept).
 */
export type Stretch =
  | { role: "skip" }
  | { role: "metadata" }
  | { role: "notice"; docId: DocId }
  | { role: "body"; docId: DocId };

export interface Cut {
  at: RegExp;
  then: Stretch;
  keepLine?: boolean;
}

export interface SourceLayout {
  file: string;
  /** Every file opens with page furniture (letterhead, 文号, title) until the first cut. */
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

const DATE_LINE = /^\d{4}年\d{1,2}月\d{1,2}日$/;

export const SOURCES: readonly SourceLayout[] = [
  {
    file: "000_f856879601b68813.txt",
    itemTitles: "inline",
    cuts: [
      { at: /^各县（市、区）人民政府/, then: { role: "body", docId: "zz-2018-4" } },
      { at: DATE_LINE, then: { role: "skip" } },
    ],
  },
  {
    file: "001_e26685a964c4195e.txt",
    itemTitles: "auto",
    closing: /^本方案自印发之日起/,
    cuts: [
      { at: /^各开发区管委会/, then: { role: "notice", docId: "zz-2023-210-measures" } },
      { at: /^郑州市人民政府2023年12月15日$/, then: { role: "skip" } },
      { at: /^郑州市加快推进跨境电商发展的若干措施$/, then: { role: "body", docId: "zz-2023-210-measures" } },
      { at: /^郑州市跨境电子商务专项提升行动实施方案$/, then: { role: "body", docId: "zz-2023-210-action-plan" } },
      { at: /^郑州市加快直播电商发展的实施方案$/, then: { role: "body", docId: "zz-2023-210-livestream" } },
    ],
  },
  {
    file: "002_cb8ee2d7a506d609.txt",
    itemTitles: "auto",
    cuts: [
      { at: /^各县（市、区）人民政府/, then: { role: "notice", docId: "zz-2018-57" } },
      { at: DATE_LINE, then: { role: "skip" } },
      { at: /^郑州市跨境电子商务综合试验区发展实施方案$/, then: { role: "body", docId: "zz-2018-57" } },
      { at: /^主办：/, then: { role: "skip" } },
    ],
  },
  {
    file: "003_59b6a220f340800f.txt",
    itemTitles: "auto",
    cuts: [
      { at: /^各县（市、区）人民政府/, then: { role: "body", docId: "zz-2013-237" } },
      { at: /^主办：/, then: { role: "skip" } },
    ],
  },
  {
    file: "004_2e12b900262e632b.txt",
    itemTitles: "auto",
    closing: /^以上措施/,
    annex: /^附件：/,
    cuts: [
      { at: /^索引号：/, then: { role: "metadata" }, keepLine: true },
      { at: /^郴政办发〔2021〕3号$/, then: { role: "skip" } },
      { at: /^各县市区人民政府/, then: { role: "notice", docId: "cz-2021-3" } },
      { at: /^郴州市人民政府办公室$/, then: { role: "skip" } },
      { at: /^郴州市支持跨境电子商务产业高质量发展的若干措施（试行）$/, then: { role: "body", docId: "cz-2021-3" } },
      { at: /^文档附件：/, then: { role: "skip" } },
    ],
  },
];
