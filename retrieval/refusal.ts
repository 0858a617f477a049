// The no-evidence decision: is the best clause found actually about the question?
// A question naming a place the corpus does not cover is refused; one naming a document of the
// corpus by 文号 is answered from it. Otherwise the evidence decides, as a logistic combination
// of scores, never of question strings:
//   cosine         best dense cosine (bge puts unrelated text around 0.3–0.5, related text above 0.55)
//   coverage       idf-weighted share of the question's concepts found in the best clause
//   bm25           best BM25 score (log-scaled)
//   lexicalLead    how far the best BM25 score stands above the other matching clauses (z-score):
//                  a question the texts do not cover matches many clauses about equally
//   unknownNouns   idf-weighted share of the question's words that are nouns the corpus never
//                  uses (公积金, 税率, AEO): the subject itself is missing, not just the wording
// Places and the asker's own figures are left out of coverage and unknownNouns: the place check
// handles the first, and a figure says nothing about the subject.
// The weights were fitted by logistic regression on the tuning sets
// (`npm run eval -- --fit-refusal`), one model per retrieval method, since a lexical-only
// retriever (no model) has no cosine.
import type { Bm25Index, QueryConcept } from "./lexical.ts";
import type { PlaceMentions } from "./places.ts";
import type { ClauseScore, Method, Rankings } from "./search.ts";
import type { Tokenizer } from "./tokenizer.ts";
import { STOPWORDS } from "./vocabulary.ts";

export interface EvidenceFeatures {
  cosine: number | null;
  coverage: number;
  bm25: number;
  lexicalLead: number;
  unknownNouns: number;
}

export type Feature = keyof EvidenceFeatures;

export type RefusalModel = { bias: number; cutoff: number } & Record<Feature, number>;

/**
 * `cutoff`: probability of "answerable" below which the question is refused, set where refusing
 * an answerable tuning question counts three times as much as answering an unanswerable one — it
 * loses the answer and recall as well — midway between the neighbouring tuning questions.
 */
export const REFUSAL_MODELS: Record<Method, RefusalModel> = {
  hybrid: { bias: -14.5, cosine: 13.02, coverage: 1.4, bm25: 1.76, lexicalLead: 0.21, unknownNouns: -3.59, cutoff: 0.13 },
  lexical: { bias: -7.86, cosine: 0, coverage: 1.99, bm25: 2.17, lexicalLead: 0.21, unknownNouns: -3.56, cutoff: 0.13 },
  dense: { bias: -11.74, cosine: 18.87, coverage: 0, bm25: 0, lexicalLead: 0, unknownNouns: 0, cutoff: 0.15 },
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

const NUMBER_WORD = /^[\d.%零〇一二两三四五六七八九十百千万亿多余来几半]+(美元|美金|元|块|人民币|平米|平方米|平|家|人|单|天|个)?$/u;

export interface EvidenceReader {
  /** The evidence for the clause ranked first (`top`) by the method in use. */
  features(question: string, rankings: Rankings, top: ClauseScore | undefined): EvidenceFeatures;
}

export function createEvidenceReader(o: {
  bm25: Bm25Index;
  tokenizer: Tokenizer;
  isPlace: (word: string) => boolean;
  chunksOf: (clauseId: string) => readonly number[];
}): EvidenceReader {
  const { bm25, tokenizer } = o;
  const inCorpus = (term: string) => bm25.documentFrequency(term) > 0;
  // A number the texts never state is the asker's own figure (150万美元); 9710 is a term.
  const isFigure = (term: string) => NUMBER_WORD.test(term) && !inCorpus(term);
  const neutral = (term: string) => o.isPlace(term) || isFigure(term);

  return {
    features(question, rankings, top) {
      const topChunks = top ? o.chunksOf(top.clauseId) : [];
      // Character pairs are a ranking backstop; coverage is about the words asked.
      const words = rankings.concepts.filter((c) => c.kind === "word" && !neutral(c.terms[0]!));
      let total = 0;
      let covered = 0;
      for (const concept of words) {
        const idf = conceptIdf(bm25, concept);
        total += idf;
        if (concept.terms.some((t) => topChunks.some((chunk) => bm25.contains(chunk, t)))) covered += idf;
      }

      const termsOf = new Map(words.map((c) => [c.terms[0]!, c.terms]));
      const nouns = tokenizer.nouns(question);
      const content = tokenizer.words(question).filter((w) => !STOPWORDS.has(w) && !neutral(w) && (w.length > 1 || /[a-z]/.test(w)));
      const contentIdf = content.reduce((sum, w) => sum + bm25.idf(w), 0);
      const unknown = content.filter((w) => nouns.has(w) && !(termsOf.get(w) ?? [w]).some(inCorpus));

      const scores = rankings.lexical.map((c) => c.score);
      const mean = scores.reduce((a, b) => a + b, 0) / Math.max(1, scores.length);
      const sd = Math.sqrt(scores.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, scores.length));
      return {
        cosine: rankings.dense?.[0]?.score ?? null,
        coverage: total > 0 ? covered / total : 0,
        bm25: rankings.lexical[0]?.score ?? 0,
        lexicalLead: sd > 0 ? (scores[0]! - mean) / sd : 0,
        unknownNouns: contentIdf > 0 ? unknown.reduce((sum, w) => sum + bm25.idf(w), 0) / contentIdf : 0,
      };
    },
  };
}

/** The value a model multiplies by its weight: BM25 on a log scale, a missing cosine as 0. */
export function featureValue(f: EvidenceFeatures, name: Feature): number {
  return name === "bm25" ? Math.log1p(f.bm25) : (f[name] ?? 0);
}

export function answerProbability(f: EvidenceFeatures, model: RefusalModel): number {
  const features = Object.keys(f) as Feature[];
  const z = features.reduce((sum, name) => sum + model[name] * featureValue(f, name), model.bias);
  return 1 / (1 + Math.exp(-z));
}

export function decideRefusal(
  places: PlaceMentions,
  namedDocuments: readonly string[],
  features: EvidenceFeatures,
  method: Method,
): Refusal | null {
  if (places.elsewhere.length > 0 && places.covered.length === 0) return { kind: "elsewhere", places: places.elsewhere };
  // A question about 郑政〔2018〕4号 is answered from it, whatever else it asks.
  if (namedDocuments.length > 0) return null;
  const probability = answerProbability(features, REFUSAL_MODELS[method]);
  return probability < REFUSAL_MODELS[method].cutoff ? { kind: "no_evidence", probability } : null;
}
