// Reading a corpus folder: one sub-folder per document (CONTRACT.md §6) holding `document.yaml`
// and its source text, or pointing (`source:`) at a text it shares with other documents. Every
// declaration is checked, every `basis` is looked for in its text, and every text is parsed; any
// problem is reported with the document it belongs to and nothing is half-loaded.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { parse as parseYaml } from "yaml";
import { cleanLines, normalizeForMatch } from "./clean.ts";
import { DECLARATION_FILE, DeclarationSchema, describeIssues, type City, type Declaration, type DocId, type DocumentInfo } from "./declaration.ts";
import { inferLayout } from "./layout.ts";
import { chineseNumeral, LayoutError, parseDocument, type Clause, type ParsedDocument, type ParsedText } from "./parse.ts";

/** Problems found in a corpus or a declaration, one line each. */
export class CorpusError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join("; "));
  }
}

export interface CityInfo {
  code: City;
  /** 郑州市 */
  name: string;
  /** 河南省 */
  province: string;
}

export interface Corpus {
  /** The folder it was read from. */
  dir: string;
  /** By city (the city covered longest first), then date of issue, then place in a shared text. */
  documents: ParsedDocument[];
  /** Every clause, documents in order and clauses in reading order within each. */
  clauses: Clause[];
  cities: CityInfo[];
  clause(clauseId: string): Clause | undefined;
  /** The document with this id; throws for an id the corpus does not hold. */
  document(docId: DocId): ParsedDocument;
  has(docId: string): boolean;
  manifest: CorpusManifest;
}

/** What a scheduler compares between runs: each document's dates and a hash of its clauses. */
export interface CorpusManifest {
  documents: Record<DocId, { docNumber: string; title: string; city: City; inForce: { from: string; to: string | null }; addedOn: string | null; clausesSha256: string }>;
}

export interface CorpusChanges {
  added: DocId[];
  removed: DocId[];
  /** Documents in both whose validity range or clauses differ. */
  changed: { docId: DocId; validity: boolean; clauses: boolean }[];
}

/** A declaration with the text it is cut from. */
export interface DocumentSource {
  declaration: Declaration;
  /** The whole source text (of a shared file, every document's part). */
  text: string;
  /** Its path: documents sharing a text are ordered by where they begin in it. */
  file: string;
}

/** Parses a declaration's YAML; `where` names it in the problems. */
export function parseDeclaration(yamlText: string, where: string): Declaration {
  let raw: unknown;
  try {
    raw = parseYaml(yamlText);
  } catch (err) {
    throw new CorpusError([`${where}: not valid YAML (${(err as Error).message.split("\n")[0]})`]);
  }
  const parsed = DeclarationSchema.safeParse(raw ?? {});
  if (!parsed.success) throw new CorpusError(describeIssues(parsed.error).map((p) => `${where}: ${p}`));
  return parsed.data;
}

const inText = (text: string, words: string) => normalizeForMatch(cleanLines(text).join("")).includes(normalizeForMatch(words));

/**
 * One document checked against its text and parsed: its `basis` words are in the text, its
 * layout fits, its numbering is the declared one. `city` names its city where the corpus knows it.
 */
export function checkDocument({ declaration, text }: DocumentSource, city?: CityInfo): { parsed: ParsedText | null; problems: string[] } {
  const problems: string[] = [];
  if (!inText(text, declaration.inForce.basis)) problems.push(`inForce.basis "${declaration.inForce.basis}" is not in the text`);
  if (declaration.contact && !inText(text, declaration.contact.basis)) problems.push(`contact.basis "${declaration.contact.basis}" is not in the text`);
  const { layout: _layout, source: _source, ...facts } = declaration;
  const info: DocumentInfo = { ...facts, cityName: city?.name ?? declaration.cityName ?? "", province: city?.province ?? declaration.province ?? "" };
  let parsed: ParsedText;
  try {
    parsed = parseDocument(text, info, declaration.layout ?? inferLayout(declaration, text));
  } catch (err) {
    if (!(err instanceof LayoutError)) throw err;
    return { parsed: null, problems: [...problems, err.message] };
  }
  const { clauses } = parsed.document;
  if (!clauses.some((c) => c.kind === "item" || c.kind === "section")) {
    problems.push("the text has no numbered items (一、 （一） 1.)");
    return { parsed, problems };
  }
  const found = numberingFound(clauses);
  if (found && found !== declaration.numbering) {
    problems.push(`numbering: declared ${declaration.numbering} but the items ${found === "straight" ? "run straight through the sections" : "restart in every section"} (declare ${found})`);
  }
  const ids = clauses.map((c) => c.clauseId);
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice) problems.push(`clause id ${twice} comes out twice: check the numbering of the text`);
  return { parsed, problems };
}

/** How the text numbers its items (（一）（二）…): straight through, or from （一） again in each section; null with fewer than two. */
export function numberingFound(clauses: readonly Clause[]): "straight" | "sectioned" | null {
  const items = clauses.filter((c) => c.kind === "item" && !c.label.endsWith(".")).map((c) => /（([一二三四五六七八九十]+)）$/u.exec(c.label));
  const numbers = items.filter((m) => m !== null).map((m) => chineseNumeral(m[1]!));
  if (numbers.length < 2) return null;
  return numbers.every((n, i) => i === 0 || n > numbers[i - 1]!) ? "straight" : "sectioned";
}

/** Each city's name and province, from the documents that declare them. */
function resolveCities(declarations: readonly Declaration[]): { cities: Map<City, CityInfo>; problems: string[] } {
  const cities = new Map<City, CityInfo>();
  const problems: string[] = [];
  for (const d of declarations) {
    if (!d.cityName || !d.province) continue;
    const known = cities.get(d.city);
    if (!known) cities.set(d.city, { code: d.city, name: d.cityName, province: d.province });
    else if (known.name !== d.cityName || known.province !== d.province) {
      problems.push(`${d.docId}: city ${d.city} is ${d.cityName}（${d.province}） here but ${known.name}（${known.province}） elsewhere`);
    }
  }
  for (const d of declarations) {
    if (!cities.has(d.city)) problems.push(`${d.docId}: city ${d.city} is new to the corpus: the declaration needs cityName and province`);
  }
  return { cities, problems };
}

/** The clauses of a document as one hash: what changes when its text or parse changes. */
function clausesSha256(doc: ParsedDocument): string {
  const hash = createHash("sha256");
  for (const c of doc.clauses) hash.update(`${JSON.stringify([c.clauseId, c.label, c.title, c.headings, c.text])}\n`);
  return hash.digest("hex");
}

/** Builds a corpus from declarations and their texts; throws CorpusError naming every problem. */
export function buildCorpus(dir: string, sources: readonly DocumentSource[]): Corpus {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const { declaration } of sources) {
    if (seen.has(declaration.docId)) problems.push(`${declaration.docId}: declared twice`);
    seen.add(declaration.docId);
  }
  const cities = resolveCities(sources.map((s) => s.declaration));
  problems.push(...cities.problems);
  const parsed: (ParsedText & { file: string })[] = [];
  for (const source of sources) {
    const checked = checkDocument(source, cities.cities.get(source.declaration.city));
    problems.push(...checked.problems.map((p) => `${source.declaration.docId}: ${p}`));
    if (checked.parsed) parsed.push({ ...checked.parsed, file: source.file });
  }
  if (problems.length) throw new CorpusError(problems);

  // Cities in the order the corpus first covered them; within a city oldest first, and documents
  // sharing a text in the order they appear in it.
  const since = new Map<City, string>();
  for (const { document: { info } } of parsed) if (!since.has(info.city) || info.issuedOn < since.get(info.city)!) since.set(info.city, info.issuedOn);
  const key = ({ document: { info }, file, start }: (typeof parsed)[number]) =>
    [since.get(info.city)!, info.city, info.issuedOn, file, String(start).padStart(8, "0"), info.docId].join("\u0000");
  parsed.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));

  const documents = parsed.map((p) => p.document);
  const clauses = documents.flatMap((d) => d.clauses);
  // A document's header is citable by its id, though no clause of the text.
  const byClause = new Map([...clauses, ...documents.flatMap((d) => (d.header ? [d.header] : []))].map((c) => [c.clauseId, c]));
  const byDoc = new Map(documents.map((d) => [d.info.docId, d]));
  const manifest: CorpusManifest = {
    documents: Object.fromEntries(
      documents.map((d) => {
        const { docNumber, title, city, inForce, addedOn } = d.info;
        return [d.info.docId, { docNumber, title, city, inForce: { from: inForce.from, to: inForce.to }, addedOn, clausesSha256: clausesSha256(d) }];
      }),
    ),
  };
  return {
    dir,
    documents,
    clauses,
    cities: [...new Set(documents.map((d) => d.info.city))].map((c) => cities.cities.get(c)!),
    clause: (id) => byClause.get(id),
    document(docId) {
      const doc = byDoc.get(docId);
      if (!doc) throw new Error(`unknown document ${docId}`);
      return doc;
    },
    has: (docId) => byDoc.has(docId),
    manifest,
  };
}

/** The document folders of a corpus folder: every sub-folder holding a declaration (dot-folders are work in progress). */
function documentFolders(dir: string): string[] {
  if (!existsSync(dir)) throw new CorpusError([`corpus folder ${dir} does not exist`]);
  return readdirSync(dir)
    .filter((name) => !name.startsWith(".") && statSync(join(dir, name)).isDirectory() && existsSync(join(dir, name, DECLARATION_FILE)))
    .sort();
}

/** Reads one document folder: its declaration and the text it names. */
export function readDocumentSource(dir: string, folder: string): DocumentSource {
  const where = `${folder}/${DECLARATION_FILE}`;
  const declaration = parseDeclaration(readFileSync(join(dir, folder, DECLARATION_FILE), "utf8"), where);
  if (declaration.docId !== folder) throw new CorpusError([`${where}: docId ${declaration.docId} differs from its folder name`]);
  const file = resolve(dir, folder, declaration.source);
  const inside = relative(resolve(dir), file);
  if (inside.startsWith("..") || dirname(inside) === ".") throw new CorpusError([`${where}: source ${declaration.source} is not a file of a document folder of the corpus`]);
  if (!existsSync(file)) throw new CorpusError([`${where}: source ${declaration.source} does not exist`]);
  return { declaration, text: readFileSync(file, "utf8"), file };
}

/** Reads and checks a whole corpus folder. */
export function readCorpus(dir: string): Corpus {
  return buildCorpus(resolve(dir), readCorpusSources(dir));
}

/** The declarations and texts of a corpus folder, each declaration checked on its own. */
export function readCorpusSources(dir: string): DocumentSource[] {
  const sources: DocumentSource[] = [];
  const problems: string[] = [];
  for (const folder of documentFolders(dir)) {
    try {
      sources.push(readDocumentSource(dir, folder));
    } catch (err) {
      if (!(err instanceof CorpusError)) throw err;
      problems.push(...err.problems);
    }
  }
  if (problems.length) throw new CorpusError(problems);
  return sources;
}

/** What changed from one corpus manifest to the next: documents added, removed, or changed. */
export function diffManifests(before: CorpusManifest, after: CorpusManifest): CorpusChanges {
  const [was, now] = [before.documents, after.documents];
  const changed = Object.keys(now)
    .filter((id) => id in was)
    .map((docId) => ({
      docId,
      validity: was[docId]!.inForce.from !== now[docId]!.inForce.from || was[docId]!.inForce.to !== now[docId]!.inForce.to,
      clauses: was[docId]!.clausesSha256 !== now[docId]!.clausesSha256,
    }))
    .filter((c) => c.validity || c.clauses);
  return { added: Object.keys(now).filter((id) => !(id in was)), removed: Object.keys(was).filter((id) => !(id in now)), changed };
}
