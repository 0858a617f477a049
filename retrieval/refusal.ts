// The no-evidence decision: is the best clause found actually about the question?
// A question is refused when it names a place the corpus does not cover, or when the retrieval
// evidence is weak. The evidence is a logistic combination of scores, never of question strings:
//   cosine    best dense cosine (bge puts unrelated text around 0.3–0.5, related text above 0.55)
//   coverage  idf-weighted share of the question's concepts found in the best clause
//   bm25      best BM25 score (log-scaled)
// The weights were fitted by logistic regression on test/fixtures/ask-tuning.jsonl
// (`npm run eval -- --fit-refusal`), one model per retrieval method, since a lexical-only
// retriever (no model) has no cosine.
import type { Bm25Index, QueryConcept } from "./lexical.ts";
import type { PlaceMentions } from "./places.ts";
import type { Method, Rankings } from "./search.ts";

export interface EvidenceFeatures {
  cosine: number | null;
  coverage: number;
  bm25: number;
}

export interface RefusalModel {
  bias: number;
  cosine: number;
  coverage: number;
  bm25: number;
  /**
   * Probability of "answerable" below which the question is refused: half the lowest probability
   * any answerable tuning question gets. The margin favours answering: refusing an answerable
   * question loses its answer, while the grey zone above the cut-off holds cross-border questions
   * the texts do not settle (9610 declarations, CE marking), where the nearest clause shown as
   * weak evidence does little harm.
   */
  cutoff: number;
}

export const REFUSAL_MODELS: Record<Method, RefusalModel> = {
  hybrid: { bias: -15.29, cosine: 14.09, coverage: 1.37, bm25: 2.06, cutoff: 0.11 },
  lexical: { bias: -8.49, cosine: 0, coverage: 2.86, bm25: 2.43, cutoff: 0.1 },
  dense: { bias: -12.12, cosine: 20.54, coverage: 0, bm25: 0, cutoff: 0.11 },
};

export type Refusal =
  | { kind: "elsewhere"; places: string[] }
  | { kind: "no_evidence"; probability: number }
  /** The filters (city, document, in force on a date) leave no clause to search. */
  | { kind: "filtered_out" };

/** The idf a concept stands for: its best term the corpus knows, else the asked term's (maximal) idf. */
export function conceptIdf(bm25: Bm25Index, concept: QueryConcept): number {
  const known = concept.terms.filter((t) => bm25.documentFrequency(t) > 0);
  return known.length ? Math.max(...known.map((t) => bm25.idf(t))) : bm25.idf(concept.terms[0]!);
}

export function evidenceFeatures(
  rankings: Rankings,
  method: Method,
  bm25: Bm25Index,
  chunksOf: (clauseId: string) => readonly number[],
): EvidenceFeatures {
  const top = (method === "dense" ? rankings.dense : method === "lexical" ? rankings.lexical : rankings.fused)?.[0];
  const topChunks = top ? chunksOf(top.clauseId) : [];
  let total = 0;
  let covered = 0;
  // Character pairs are a ranking backstop; coverage is about the words asked.
  for (const concept of rankings.concepts.filter((c) => c.kind === "word")) {
    const idf = conceptIdf(bm25, concept);
    total += idf;
    if (concept.terms.some((t) => topChunks.some((chunk) => bm25.contains(chunk, t)))) covered += idf;
  }
  return {
    cosine: rankings.dense?.[0]?.score ?? null,
    coverage: total > 0 ? covered / total : 0,
    bm25: rankings.lexical[0]?.score ?? 0,
  };
}

export function answerProbability(f: EvidenceFeatures, model: RefusalModel): number {
  const z = model.bias + model.cosine * (f.cosine ?? 0) + model.coverage * f.coverage + model.bm25 * Math.log1p(f.bm25);
  return 1 / (1 + Math.exp(-z));
}

export function decideRefusal(places: PlaceMentions, features: EvidenceFeatures, method: Method): Refusal | null {
  if (places.elsewhere.length > 0 && places.covered.length === 0) return { kind: "elsewhere", places: places.elsewhere };
  const probability = answerProbability(features, REFUSAL_MODELS[method]);
  return probability < REFUSAL_MODELS[method].cutoff ? { kind: "no_evidence", probability } : null;
}
