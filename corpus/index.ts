// The clause corpus: the five source texts in corpus/sources, parsed once per process.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { DOCUMENTS, SOURCES, type DocId } from "./documents.ts";
import { parseSource, type Clause, type ParsedDocument } from "./parse.ts";

export type { Clause, ParsedDocument } from "./parse.ts";
export { DOCUMENTS, DOC_IDS, documentInfo, isDocId, type DocId, type DocumentInfo, type City } from "./documents.ts";

export const SOURCES_DIR = join(dirname(fileURLToPath(import.meta.url)), "sources");

export interface Corpus {
  documents: ParsedDocument[];
  clauses: Clause[];
  clause(clauseId: string): Clause | undefined;
  document(docId: DocId): ParsedDocument;
}

export function readSource(file: string): string {
  return readFileSync(join(SOURCES_DIR, file), "utf8");
}

let cached: Corpus | undefined;

export function loadCorpus(): Corpus {
  if (cached) return cached;
  const parsed = SOURCES.flatMap((layout) => parseSource(readSource(layout.file), layout));
  // Documents in the order of the register, clauses in reading order within each.
  const documents = DOCUMENTS.map((info) => {
    const doc = parsed.find((d) => d.info.docId === info.docId);
    if (!doc) throw new Error(`document ${info.docId} not found in any source`);
    return doc;
  });
  const clauses = documents.flatMap((d) => d.clauses);
  const byId = new Map(clauses.map((c) => [c.clauseId, c]));
  const byDoc = new Map(documents.map((d) => [d.info.docId, d]));
  cached = {
    documents,
    clauses,
    clause: (id) => byId.get(id),
    document: (docId) => byDoc.get(docId)!,
  };
  return cached;
}
