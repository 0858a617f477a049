// Question answering over the policy clauses: hybrid retrieval (BM25 + local embeddings), a
// no-evidence decision, and extractive answers with citations. Used by the CLI, the HTTP service
// and the Telegram bot.
import { join } from "node:path";
import type { Config } from "../config.ts";
import { loadCorpus, type City, type Clause, type Corpus, type DocId } from "../corpus/index.ts";
import { shownValidity, todayInChina, validityIn, type ShownValidity } from "../corpus/validity.ts";
import { RULES } from "../policies/rules/index.ts";
import { composeAnswer, refusalMessage, type CitedClause, type Summarize } from "./answer.ts";
import { buildChunks, corpusHash, type Chunk } from "./chunks.ts";
import { openDenseIndex, type DenseIndex } from "./dense-index.ts";
import { loadEmbedder } from "./embedder.ts";
import { questionWordSpans, type Span } from "./highlight.ts";
import { filteredOutMessage, hasFilters } from "./filtered.ts";
import { createPlaceFinder, placeWords } from "./places.ts";
import { createQueryExpander } from "./query.ts";
import { createReferenceFinder } from "./references.ts";
import { readScopeModel, scopeLogit } from "./scope.ts";
import { conceptIdf, createEvidenceReader, decideRefusal, type EvidenceFeatures, type Refusal } from "./refusal.ts";
import { Searcher, TUNING, type ClauseScore, type Method, type Rankings, type SearchTuning } from "./search.ts";
import { createThresholdMatcher } from "./thresholds.ts";
import { createTokenizer, normalizeText } from "./tokenizer.ts";

export type { Summarize } from "./answer.ts";
export type { ClauseScore, Method } from "./search.ts";

export interface AskOptions {
  /** Number of citations (default 5). */
  top?: number;
  city?: City;
  docId?: DocId;
  /** YYYY-MM-DD: only documents in force that day. */
  inForceOn?: string;
  /** Day for the status wording (YYYY-MM-DD); default todayInChina(). */
  today?: string;
}

export interface Citation {
  docId: DocId;
  clauseId: string;
  docNumber: string;
  /** The document's title: one 文号 can carry several documents (郑政文〔2023〕210号 holds three). */
  docTitle: string;
  clauseLabel: string;
  title: string | null;
  /** Verbatim clause, or the best chunk of a clause longer than CITATION_MAX_CHARS. */
  text: string;
  /** Fused retrieval score, 0..1. */
  score: number;
  validity: ShownValidity;
  /** Stretches of `text` holding the question's words, whole words and whole figures, [start, end). */
  highlights: Span[];
}

/**
 * Why `noAnswer` is what it is (CONTRACT §5): `filtered_out` when the filters (city, document, in
 * force on a day) excluded the evidence the whole corpus holds; `related` then offers it.
 */
export type AskReason = "answered" | "not_in_corpus" | "filtered_out";

export interface AskResult {
  question: string;
  noAnswer: boolean;
  reason: AskReason;
  answer: string;
  citations: Citation[];
  /** Clauses shown as context only: with `filtered_out`, those the question finds without the filters. */
  related: Citation[];
}

/** What retrieval found for a question with one method: for `ask` and for evaluation. */
export interface SearchOutcome {
  method: Method;
  rankings: Rankings;
  /** Clauses best first under `method`. */
  ranked: ClauseScore[];
  features: EvidenceFeatures;
  refusal: Refusal | null;
}

export interface Retriever {
  /** "lexical" when the embedding model could not be loaded. */
  mode: "hybrid" | "lexical";
  ask(question: string, options?: AskOptions): Promise<AskResult>;
  /** Retrieval and the refusal decision with a given method ("dense" needs the model). */
  search(question: string, method: Method, options?: AskOptions): Promise<SearchOutcome>;
  /** The verbatim text a citation of this hit shows: the clause, or its best chunk when it is long. */
  citationText(hit: ClauseScore): string;
  /** The dense index in use (null in lexical mode). */
  index: DenseIndex | null;
}

export interface RetrieverDeps {
  /** The corpus to answer from (default: the one in use). A reload builds a retriever on the new one aside. */
  corpus?: Corpus;
  summarize?: Summarize;
  /** One line per event (model fallback, index rebuild); default stderr. */
  log?: (line: string) => void;
  /** Progress of an index build, in chunks. */
  onProgress?: (done: number, total: number) => void;
  /** Rebuild the saved index even when it is valid. */
  rebuildIndex?: boolean;
  /** Prefix queries with bge's instruction. Off: it measured worse (see scripts/eval-retrieval.ts). */
  queryInstruction?: boolean;
  /** Ranking weights other than TUNING, for evaluation sweeps. */
  tuning?: SearchTuning;
}

export const DEFAULT_TOP = 5;
/** Longer clauses are cited by their best chunk (CONTRACT.md: a citation is at most about 600 characters). */
export const CITATION_MAX_CHARS = 600;

export class EmptyQuestionError extends Error {
  constructor() {
    super("the question is empty");
  }
}

function acceptFor(options: AskOptions, corpus: Corpus, clauseOf: (chunk: Chunk) => Clause): (chunk: Chunk) => boolean {
  return (chunk) => {
    const { docId } = clauseOf(chunk);
    if (options.docId && docId !== options.docId) return false;
    const { info } = corpus.document(docId);
    if (options.city && info.city !== options.city) return false;
    return !options.inForceOn || validityIn(info.inForce, options.inForceOn).inForce;
  };
}

export async function openRetriever(config: Config, deps: RetrieverDeps = {}): Promise<Retriever> {
  const log = deps.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  // Everything below answers from this corpus, even if another comes into use meanwhile.
  const corpus = deps.corpus ?? loadCorpus();
  const documents = corpus.documents.map((d) => d.info);
  const chunks = buildChunks(corpus.clauses, documents);
  const chunksOf = new Map<string, number[]>();
  for (const c of chunks) chunksOf.set(c.clauseId, [...(chunksOf.get(c.clauseId) ?? []), c.id]);
  const clauseOf = (chunk: Chunk) => corpus.clause(chunk.clauseId)!;

  const places = placeWords(corpus.cities);
  const tokenizer = createTokenizer(places);
  const placeFinder = createPlaceFinder(tokenizer, corpus.cities);
  const embedder = await loadEmbedder(config, { queryInstruction: deps.queryInstruction ?? false, log });
  const index = embedder
    ? await openDenseIndex({
        dir: join(config.dataDir, "index"),
        chunks,
        corpusHash: corpusHash(corpus.clauses),
        embedder,
        rebuild: deps.rebuildIndex,
        log,
        onProgress: deps.onProgress,
      })
    : null;
  const tuning = deps.tuning ?? TUNING;
  const searcher = new Searcher(
    chunks,
    tokenizer,
    createQueryExpander(tokenizer, tuning.query),
    embedder && index ? { embedder, index } : null,
    { thresholds: createThresholdMatcher(RULES, config.fxUsdCny), references: createReferenceFinder(corpus.clauses, documents) },
    tuning,
  );
  const placeSet = new Set(places.map(normalizeText));
  const scopeModel = readScopeModel();
  const scopeFits = embedder !== null && scopeModel.modelSha256 === embedder.weightsSha256;
  if (embedder && !scopeFits) log("retrieval: the question classifier was fitted on other model weights; refusal uses the lexical evidence only");
  const evidence = createEvidenceReader({
    bm25: searcher.bm25,
    tokenizer,
    isPlace: (word) => placeSet.has(word),
    chunksOf: (id) => chunksOf.get(id) ?? [],
    bestSentenceCosine: index ? (vector, chunkIds) => index.bestSentenceCosine(vector, chunkIds) : undefined,
    scope: scopeFits ? (vector) => scopeLogit(scopeModel, vector) : undefined,
  });

  async function search(question: string, method: Method, options: AskOptions = {}): Promise<SearchOutcome> {
    if (question.trim() === "") throw new EmptyQuestionError();
    if (method === "dense" && !index) throw new Error("dense search needs the embedding model");
    const mentions = placeFinder.find(question);
    // A question naming one of the two cities is about that city's documents only.
    const implied = !options.city && !options.docId && mentions.covered.length === 1;
    const scope = implied ? { ...options, city: mentions.covered[0] } : options;
    const accept = acceptFor(scope, corpus, clauseOf);
    // "lexical" is what a retriever without the model serves: the same boosts, no dense side.
    const rankings = await searcher.rank(question, accept, method !== "lexical");
    const ranked = (method === "dense" ? rankings.dense : rankings.fused) ?? [];
    const features = evidence.features(question, rankings, ranked);
    const refusal: Refusal | null = chunks.some(accept)
      ? decideRefusal(mentions, rankings.references.docIds, features, method)
      : { kind: "filtered_out" };
    return { method, rankings, ranked, features, refusal };
  }

  function citationText(hit: ClauseScore): string {
    const { text } = corpus.clause(hit.clauseId)!;
    return text.length > CITATION_MAX_CHARS ? chunks[hit.chunkId]!.text : text;
  }

  async function ask(question: string, options: AskOptions = {}): Promise<AskResult> {
    const method: Method = index ? "hybrid" : "lexical";
    const outcome = await search(question, method, options);
    if (outcome.refusal) {
      const refused: AskResult = { question, noAnswer: true, reason: "not_in_corpus", answer: refusalMessage(outcome.refusal, options), citations: [], related: [] };
      // A place the corpus does not cover is refused whatever the filters; otherwise, if the whole
      // corpus answers, the filters caused the empty answer.
      if (outcome.refusal.kind === "elsewhere" || !hasFilters(options)) return refused;
      const unfiltered = await ask(question, { top: options.top, today: options.today });
      if (unfiltered.noAnswer) return refused;
      return { ...refused, reason: "filtered_out", answer: filteredOutMessage(options, unfiltered.citations), related: unfiltered.citations };
    }
    const today = options.today ?? todayInChina();
    const cited: (CitedClause & { score: number })[] = outcome.ranked.slice(0, options.top ?? DEFAULT_TOP).map((hit) => {
      const clause = corpus.clause(hit.clauseId)!;
      const document = corpus.document(clause.docId).info;
      return { clause, document, text: citationText(hit), score: hit.score, validity: validityIn(document.inForce, today) };
    });
    const conceptWeights = outcome.rankings.concepts
      .filter((c) => c.kind === "word")
      .map((c) => ({ terms: c.terms, idf: conceptIdf(searcher.bm25, c) }));
    const sentenceWeight = (sentence: string) => {
      const terms = new Set(tokenizer.terms(sentence));
      return conceptWeights.reduce((sum, c) => sum + (c.terms.some((t) => terms.has(t)) ? c.idf : 0), 0);
    };
    return {
      question,
      noAnswer: false,
      reason: "answered",
      answer: composeAnswer(cited, sentenceWeight, deps.summarize),
      citations: cited.map((c) => ({
        docId: c.clause.docId,
        clauseId: c.clause.clauseId,
        docNumber: c.clause.docNumber,
        docTitle: c.clause.docTitle,
        clauseLabel: c.clause.label,
        title: c.clause.title,
        text: c.text,
        score: Math.round(c.score * 1000) / 1000,
        validity: shownValidity(c.validity),
        highlights: questionWordSpans(tokenizer, question, c.text),
      })),
      related: [],
    };
  }

  return { mode: index ? "hybrid" : "lexical", ask, search, citationText, index };
}
