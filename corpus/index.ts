// The clause corpus: the documents of corpus/documents (or CORPUS_DIR), each parsed once per load.
export type { Clause, ClauseKind, ParsedDocument } from "./parse.ts";
export type { CityInfo, Corpus, CorpusChanges, CorpusManifest } from "./load.ts";
export { CorpusError, diffManifests, readCorpus } from "./load.ts";
export { corpusDir, DEFAULT_CORPUS_DIR, DOCUMENTS, documentInfo, isDocId, loadCorpus, useCorpus, type City, type DocId, type DocumentInfo } from "./documents.ts";
