// BM25 over the tokenizer's terms (words, their dictionary sub-words, character pairs), built in
// memory at start: the corpus is small. Queries are weighted concepts (query.ts).

export interface QueryConcept {
  /** The term as asked, then its synonyms. */
  terms: readonly string[];
  /** Weight of each term in `terms`. */
  weights: readonly number[];
  /** A word (with its synonyms) or a character pair. */
  kind: "word" | "bigram";
}

export interface Bm25Options {
  k1: number;
  b: number;
}

export class Bm25Index {
  private readonly postings = new Map<string, Map<number, number>>();
  private readonly lengths: number[];
  private readonly avgLength: number;

  constructor(
    documents: readonly (readonly string[])[],
    private readonly options: Bm25Options,
  ) {
    this.lengths = documents.map((d) => d.length);
    this.avgLength = this.lengths.reduce((a, b) => a + b, 0) / Math.max(1, documents.length);
    documents.forEach((terms, doc) => {
      for (const term of terms) {
        const posting = this.postings.get(term) ?? new Map<number, number>();
        posting.set(doc, (posting.get(doc) ?? 0) + 1);
        this.postings.set(term, posting);
      }
    });
  }

  get size(): number {
    return this.lengths.length;
  }

  /** Documents containing the term. */
  documentFrequency(term: string): number {
    return this.postings.get(term)?.size ?? 0;
  }

  /** BM25 idf; a term absent from the corpus gets the highest idf any term can have. */
  idf(term: string): number {
    const n = this.documentFrequency(term);
    return Math.log(1 + (this.size - n + 0.5) / (n + 0.5));
  }

  contains(doc: number, term: string): boolean {
    return this.postings.get(term)?.has(doc) ?? false;
  }

  /** BM25 score of every document; a concept counts once per document, by its best term. */
  scores(concepts: readonly QueryConcept[]): Float64Array {
    const { k1, b } = this.options;
    const out = new Float64Array(this.size);
    for (const concept of concepts) {
      const best = new Map<number, number>();
      concept.terms.forEach((term, i) => {
        const posting = this.postings.get(term);
        if (!posting) return;
        const weight = concept.weights[i]! * this.idf(term);
        for (const [doc, tf] of posting) {
          const norm = tf + k1 * (1 - b + (b * this.lengths[doc]!) / this.avgLength);
          const s = (weight * tf * (k1 + 1)) / norm;
          if (s > (best.get(doc) ?? 0)) best.set(doc, s);
        }
      });
      for (const [doc, s] of best) out[doc]! += s;
    }
    return out;
  }
}
