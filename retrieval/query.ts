// Turns a question into weighted BM25 concepts: each search term of the question, expanded with
// the members of its synonym groups (vocabulary.ts) at a lower weight, plus its character pairs
// at a low weight as a backstop for segmentation differences.
import type { QueryConcept } from "./lexical.ts";
import { normalizeText, type Tokenizer } from "./tokenizer.ts";
import { SYNONYM_GROUPS } from "./vocabulary.ts";

export interface QueryExpander {
  concepts(question: string): QueryConcept[];
}

export interface QueryWeights {
  /** Weight of a synonym relative to the word asked. */
  synonym: number;
  /** Weight of a character pair. */
  bigram: number;
}

export function createQueryExpander(tokenizer: Tokenizer, weights: QueryWeights): QueryExpander {
  // Each synonym is a single dictionary word, hence a single term on both sides.
  const groupsOf = new Map<string, Set<string>>();
  for (const group of SYNONYM_GROUPS) {
    const members = group.map(normalizeText);
    for (const m of members) {
      const set = groupsOf.get(m) ?? new Set<string>();
      for (const other of members) if (other !== m) set.add(other);
      groupsOf.set(m, set);
    }
  }
  return {
    concepts(question) {
      const seen = new Set<string>();
      const concepts: QueryConcept[] = [];
      for (const term of tokenizer.terms(question)) {
        if (seen.has(term)) continue;
        seen.add(term);
        const synonyms = [...(groupsOf.get(term) ?? [])];
        concepts.push({ terms: [term, ...synonyms], weights: [1, ...synonyms.map(() => weights.synonym)], kind: "word" });
      }
      for (const pair of new Set(tokenizer.bigrams(question))) {
        concepts.push({ terms: [pair], weights: [weights.bigram], kind: "bigram" });
      }
      return concepts;
    },
  };
}
