// The refusal's parts that need no index: the question classifier's data and arithmetic, and the
// choice of model when the classifier does not fit the embedding weights in use.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { answerProbability, decideRefusal, REFUSAL_MODELS, type EvidenceFeatures } from "../retrieval/refusal.ts";
import { readScopeModel, scopeLogit } from "../retrieval/scope.ts";

const pinnedWeights = /MODEL_SHA256 = "([0-9a-f]{64})"/.exec(readFileSync(new URL("../scripts/fetch-model.mjs", import.meta.url), "utf8"))![1];
const noPlaces = { covered: [], districts: [], elsewhere: [], compared: false, foreignRules: [] };

describe("question classifier", () => {
  it("was fitted on the embeddings of the model weights the install step pins", () => {
    const model = readScopeModel();
    expect(model.modelSha256).toBe(pinnedWeights);
    expect(model.weights).toHaveLength(512);
    // Fitted on tuning sets that exist, never on a held-out one.
    expect(model.fittedOn.length).toBeGreaterThan(0);
    for (const set of model.fittedOn) {
      expect(set).toMatch(/^tuning(-\d+)?$/);
      expect(existsSync(new URL(`./fixtures/ask-${set}.jsonl`, import.meta.url)), set).toBe(true);
    }
  });

  it("adds the weighted dimensions to the bias", () => {
    expect(scopeLogit({ bias: -1, weights: [2, 0.5] }, [0.25, 2])).toBeCloseTo(0.5);
  });
});

describe("refusal model", () => {
  const features: EvidenceFeatures = { sentenceCosine: 0.62, coverage: 0.5, bm25: 14, lexicalLead: 4, unknownNouns: 0.1, scope: -6 };

  it("counts the classifier: the same evidence with a question of another kind is refused", () => {
    expect(answerProbability({ ...features, scope: 4 }, REFUSAL_MODELS.hybrid)).toBeGreaterThan(answerProbability(features, REFUSAL_MODELS.hybrid));
    expect(decideRefusal(noPlaces, [], { ...features, scope: 4 }, "hybrid")).toBeNull();
    expect(decideRefusal(noPlaces, [], features, "hybrid")).toMatchObject({ kind: "no_evidence" });
  });

  it("decides by the lexical evidence when there is no classifier value", () => {
    const without = { ...features, scope: null };
    const lexical = answerProbability(without, REFUSAL_MODELS.lexical);
    const decision = decideRefusal(noPlaces, [], without, "hybrid");
    expect(decision === null).toBe(lexical >= REFUSAL_MODELS.lexical.cutoff);
    if (decision) expect(decision).toEqual({ kind: "no_evidence", probability: lexical });
  });
});
