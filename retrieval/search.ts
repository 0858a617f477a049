// Ranks clauses for a question three ways: lexical (BM25), dense (cosine) and their fusion.
// Chunks are scored, then each clause takes the score of its best chunk. The fused ranking then
// takes what the question says outright: figures that meet a clause's entry threshold lift that
// clause, and a clause named by 文号 and number (郑政〔2018〕4号（十三）) leads: it is what was
// asked for, even when another clause quotes the same number (“本政策第（四）、（十三）…条”).
import type { Chunk } from "./chunks.ts";
import type { DenseIndex } from "./dense-index.ts";
import type { Embedder } from "./embedder.ts";
import { readFigures } from "./figures.ts";
import { convexFusion } from "./fusion.ts";
import { Bm25Index, type QueryConcept } from "./lexical.ts";
import type { QueryExpander, QueryWeights } from "./query.ts";
import type { ThresholdMatcher } from "./thresholds.ts";
import type { Tokenizer } from "./tokenizer.ts";

export type Method = "hybrid" | "lexical" | "dense";

export interface ClauseScore {
  clauseId: string;
  score: number;
  /** The chunk that gave the clause its score. */
  chunkId: number;
}

/** Documents and clauses a question names (read by ./understand/: names.ts, numbers.ts). */
export interface References {
  /** Documents cited by 文号. */
  docIds: string[];
  /** Clauses looked up by number in them: these lead the ranking. */
  clauseIds: string[];
}

export interface Rankings {
  concepts: QueryConcept[];
  /** Documents and clauses the question names. */
  references: References;
  /** BM25, best first; only clauses sharing a term with the question. */
  lexical: ClauseScore[];
  /** Cosine, best first; null without a model or when not asked for. */
  dense: ClauseScore[] | null;
  /** The question's embedding, when the dense side ran. */
  queryVector: Float32Array | null;
  /** Fusion of both (or the lexical ranking alone) with the boosts, score 0..1, best first. */
  fused: ClauseScore[];
}

export interface SearchTuning {
  bm25: { k1: number; b: number };
  query: QueryWeights;
  /** Share of the lexical score in the fused score. */
  lexicalWeight: number;
  /** Added to the fused score (0..1) of a clause whose entry threshold a figure of the question meets. */
  figureBoost: number;
}

/**
 * Chosen on the tuning sets (scripts/eval-retrieval.ts); a broad plateau around each value. The
 * figure boost is small against a fused score of 0..1: it reorders close candidates, it does not
 * lift a clause that shares nothing with the question.
 */
export const TUNING: SearchTuning = {
  bm25: { k1: 1.2, b: 0.5 },
  query: { synonym: 0.9, bigram: 0.5 },
  lexicalWeight: 0.6,
  figureBoost: 0.15,
};

/** What the question states outright about which clauses apply. */
export interface QuestionCues {
  thresholds: ThresholdMatcher;
}

function bestPerClause(chunks: readonly Chunk[], scored: Iterable<{ chunkId: number; score: number }>): ClauseScore[] {
  const best = new Map<string, ClauseScore>();
  for (const { chunkId, score } of scored) {
    const clauseId = chunks[chunkId]!.clauseId;
    const current = best.get(clauseId);
    if (!current || score > current.score) best.set(clauseId, { clauseId, score, chunkId });
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

export class Searcher {
  readonly bm25: Bm25Index;

  constructor(
    private readonly chunks: readonly Chunk[],
    tokenizer: Tokenizer,
    private readonly expander: QueryExpander,
    private readonly dense: { embedder: Embedder; index: DenseIndex } | null,
    private readonly cues: QuestionCues,
    private readonly tuning: SearchTuning = TUNING,
  ) {
    this.bm25 = new Bm25Index(
      chunks.map((c) => [...tokenizer.terms(c.lexicalText), ...tokenizer.bigrams(c.lexicalText)]),
      tuning.bm25,
    );
  }

  /**
   * Ranks the clauses whose chunks pass `accept`, the clauses the question names by number first;
   * with `useDense` false, by the lexical side alone.
   */
  async rank(question: string, references: References, accept: (chunk: Chunk) => boolean = () => true, useDense = true): Promise<Rankings> {
    const concepts = this.expander.concepts(question);
    const bm25 = this.bm25.scores(concepts);
    const lexical = bestPerClause(
      this.chunks,
      this.chunks.filter((c) => accept(c) && bm25[c.id]! > 0).map((c) => ({ chunkId: c.id, score: bm25[c.id]! })),
    );
    let dense: ClauseScore[] | null = null;
    let queryVector: Float32Array | null = null;
    if (this.dense && useDense) {
      queryVector = await this.dense.embedder.embedQuery(question);
      const hits = this.dense.index.search(queryVector, (id) => accept(this.chunks[id]!));
      dense = bestPerClause(this.chunks, hits.map((h) => ({ chunkId: h.chunkId, score: h.cosine })));
    }
    const fused = this.boost(this.fuse(lexical, dense), this.cues.thresholds.clausesMet(readFigures(question)), references);
    return { concepts, references, lexical, dense, queryVector, fused };
  }

  private boost(fused: ClauseScore[], figuresMet: Set<string>, references: References): ClauseScore[] {
    const boosted = fused.map((c) => ({ ...c, score: c.score + (figuresMet.has(c.clauseId) ? this.tuning.figureBoost : 0) }));
    // Back to 0..1, the scale citations report; a named clause at the top of it.
    const top = Math.max(1, ...boosted.map((c) => c.score));
    const named = new Set(references.clauseIds);
    // Named clauses first (several when a 文号 is shared), in their own order; then the rest.
    const order = (c: ClauseScore) => (named.has(c.clauseId) ? 1 + c.score : c.score);
    return boosted
      .sort((a, b) => order(b) - order(a) || a.clauseId.localeCompare(b.clauseId))
      .map((c) => ({ ...c, score: named.has(c.clauseId) ? 1 : c.score / top }));
  }

  private fuse(lexical: ClauseScore[], dense: ClauseScore[] | null): ClauseScore[] {
    if (!dense) {
      const top = lexical[0]?.score ?? 1;
      return lexical.map((c) => ({ ...c, score: c.score / top }));
    }
    const chunkOf = new Map([...dense, ...lexical].map((c) => [c.clauseId, c.chunkId]));
    const asScored = (list: ClauseScore[]) => list.map((c) => ({ key: c.clauseId, score: c.score }));
    return convexFusion(asScored(lexical), asScored(dense), this.tuning.lexicalWeight).map((f) => ({
      clauseId: f.key,
      score: f.score,
      chunkId: chunkOf.get(f.key)!,
    }));
  }
}
