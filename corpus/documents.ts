// The corpus this process uses: read from CORPUS_DIR (default corpus/documents) when this module
// is first imported, and replaced as a whole by useCorpus (a reload). Ids and cities come from the
// declarations; DocId and City are strings checked against the corpus in use.
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { DocId, DocumentInfo } from "./declaration.ts";
import { readCorpus, type Corpus } from "./load.ts";

export type { City, DocId, DocumentInfo, Numbering } from "./declaration.ts";

/** The shipped documents. */
export const DEFAULT_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), "documents");

export function corpusDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.CORPUS_DIR || DEFAULT_CORPUS_DIR);
}

let current: Corpus | undefined;
/** Why the corpus could not be read at import: thrown by the first use instead. */
let loadError: unknown;

/** Every document of the corpus in use, in register order (a live binding: useCorpus replaces it). */
export let DOCUMENTS: readonly DocumentInfo[] = [];

/** Makes `corpus` the one in use. Synchronous: a request sees either the old corpus or the new one. */
export function useCorpus(corpus: Corpus): void {
  current = corpus;
  DOCUMENTS = corpus.documents.map((d) => d.info);
}

try {
  useCorpus(readCorpus(corpusDir()));
} catch (err) {
  loadError = err;
}

/** The corpus in use. */
export function loadCorpus(): Corpus {
  if (!current) throw loadError;
  return current;
}

export function documentInfo(docId: DocId): DocumentInfo {
  return loadCorpus().document(docId).info;
}

export function isDocId(value: string): value is DocId {
  return loadCorpus().has(value);
}
