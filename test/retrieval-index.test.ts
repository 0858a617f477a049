// The dense index on disk: save/load round trip, rebuild when stale or damaged, atomic writes.
// Real model and real files; one document's clauses keep the many rebuilds quick.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadConfig } from "../config.ts";
import { loadCorpus, type Clause } from "../corpus/index.ts";
import { buildChunks, CHUNKING_VERSION, corpusHash } from "../retrieval/chunks.ts";
import { openDenseIndex, type DenseIndexOptions } from "../retrieval/dense-index.ts";
import { loadEmbedder, type Embedder } from "../retrieval/embedder.ts";

const clauses = loadCorpus().clauses.filter((c) => c.docId === "zz-2018-4");
let embedder: Embedder;
let dir: string;
let logs: string[];

function options(over: Partial<DenseIndexOptions> = {}, corpus: Clause[] = clauses): DenseIndexOptions {
  return { dir, chunks: buildChunks(corpus), corpusHash: corpusHash(corpus), embedder, log: (l) => logs.push(l), ...over };
}
const manifestFile = () => join(dir, "manifest.json");
const readManifest = () => JSON.parse(readFileSync(manifestFile(), "utf8"));
const vectorFiles = () => readdirSync(dir).filter((f) => f.startsWith("vectors-"));
const savedFiles = (manifest: { vectorsFile: string; sentenceVectorsFile: string }) =>
  ["manifest.json", manifest.vectorsFile, manifest.sentenceVectorsFile].sort();

beforeAll(async () => {
  const loaded = await loadEmbedder(loadConfig(), { queryInstruction: false, log: (l) => logs.push(l) });
  if (!loaded) throw new Error("the embedding model must be installed for these tests (npm install)");
  embedder = loaded;
});

beforeEach(() => {
  dir = join(mkdtempSync(join(tmpdir(), "retrieval-index-")), "index");
  logs = [];
});

describe("dense index on disk", () => {
  it("is built and saved with a manifest, then loaded with identical results", async () => {
    const built = await openDenseIndex(options());
    expect(built.origin).toBe("built");
    expect(readdirSync(dir).sort()).toEqual(savedFiles(built.manifest));
    const m = readManifest();
    expect(m).toMatchObject({
      modelId: embedder.modelId,
      modelSha256: embedder.weightsSha256,
      corpusHash: corpusHash(clauses),
      chunkingVersion: CHUNKING_VERSION,
      dimensions: 512,
      chunks: buildChunks(clauses).length,
      sentences: buildChunks(clauses).flatMap((c) => c.sentences).length,
    });
    expect(m.modelSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(Date.parse(m.builtAt)).not.toBeNaN();

    const loaded = await openDenseIndex(options());
    expect(loaded.origin).toBe("loaded");
    expect(loaded.manifest).toEqual(m);
    const query = await embedder.embedQuery("出口信保费用有补贴吗");
    const a = built.search(query);
    const b = loaded.search(query);
    expect(b.map((h) => h.chunkId)).toEqual(a.map((h) => h.chunkId));
    b.forEach((h, i) => expect(h.cosine).toBeCloseTo(a[i]!.cosine, 5));
    expect(buildChunks(clauses)[b[0]!.chunkId]!.clauseId).toBe("zz-2018-4/8");
    expect(logs.filter((l) => l.includes("building"))).toHaveLength(1);
  });

  it("compares a question with each sentence of the chunks asked about, the same after loading", async () => {
    const chunks = buildChunks(clauses);
    const built = await openDenseIndex(options());
    const loaded = await openDenseIndex(options());
    const chunk = chunks.find((c) => c.sentences.length > 2)!;
    const sentence = chunk.sentences[1]!;
    const [vector] = await embedder.embed([sentence]);
    // The sentence itself is among those compared: cosine 1 with itself, but for the small
    // difference batching makes to a quantised model's output.
    const own = built.bestSentenceCosine(vector!, [chunk.id]);
    expect(own).toBeGreaterThan(0.98);
    expect(loaded.bestSentenceCosine(vector!, [chunk.id])).toBeCloseTo(own, 6);
    const elsewhere = chunks.filter((c) => c.clauseId !== chunk.clauseId && c.sentences.length > 0).map((c) => c.id);
    expect(loaded.bestSentenceCosine(vector!, elsewhere)).toBeLessThan(own - 0.05);
    expect(loaded.bestSentenceCosine(vector!, [])).toBe(-1);
  });

  it("is rebuilt when the corpus changed", async () => {
    await openDenseIndex(options());
    const edited = clauses.map((c) => (c.clauseId === "zz-2018-4/8" ? { ...c, text: `${c.text}（修订）` } : c));
    const reopened = await openDenseIndex(options({}, edited));
    expect(reopened.origin).toBe("built");
    expect(logs.at(-1)).toContain("corpus changed");
    expect(readManifest().corpusHash).toBe(corpusHash(edited));
    expect(vectorFiles().sort()).toEqual([reopened.manifest.vectorsFile, reopened.manifest.sentenceVectorsFile].sort());
  });

  it("is rebuilt when the manifest names other model weights or another corpus", async () => {
    await openDenseIndex(options());
    for (const [field, reason] of [["modelSha256", "model changed"], ["corpusHash", "corpus changed"]] as const) {
      writeFileSync(manifestFile(), JSON.stringify({ ...readManifest(), [field]: "0".repeat(64) }));
      const reopened = await openDenseIndex(options());
      expect(reopened.origin).toBe("built");
      expect(logs.at(-1)).toContain(reason);
      expect(readManifest()[field]).not.toBe("0".repeat(64));
    }
  });

  it("is rebuilt when the vectors file is damaged or missing, or the manifest is unreadable", async () => {
    const first = await openDenseIndex(options());
    const vectors = join(dir, first.manifest.vectorsFile);
    writeFileSync(vectors, readFileSync(vectors).subarray(0, 1000));
    expect((await openDenseIndex(options())).origin).toBe("built");
    expect(logs.at(-1)).toContain("vectors file damaged");

    rmSync(join(dir, readManifest().vectorsFile));
    expect((await openDenseIndex(options())).origin).toBe("built");
    expect(logs.at(-1)).toContain("vectors file missing");

    const sentences = join(dir, readManifest().sentenceVectorsFile);
    writeFileSync(sentences, readFileSync(sentences).subarray(0, 1000));
    expect((await openDenseIndex(options())).origin).toBe("built");
    expect(logs.at(-1)).toContain("sentence vectors file damaged");

    // A manifest written before sentence vectors existed.
    const { sentences: _count, sentenceVectorsFile: _file, sentenceVectorsSha256: _sha, ...older } = readManifest();
    writeFileSync(manifestFile(), JSON.stringify(older));
    expect((await openDenseIndex(options())).origin).toBe("built");
    expect(logs.at(-1)).toContain("manifest of another index format");

    writeFileSync(manifestFile(), "{ half a manif");
    expect((await openDenseIndex(options())).origin).toBe("built");
    expect(logs.at(-1)).toContain("manifest damaged");
    expect((await openDenseIndex(options())).origin).toBe("loaded");
  });

  it("is rebuilt on request, leaving one vectors file and no temporary files", async () => {
    const first = await openDenseIndex(options());
    // A crashed build's leftover: a temporary file no manifest refers to.
    writeFileSync(join(dir, "vectors-crashed.hnsw.tmp-99999"), "partial");
    const again = await openDenseIndex(options({ rebuild: true }));
    expect(again.origin).toBe("built");
    expect(again.manifest.vectorsFile).not.toBe(first.manifest.vectorsFile);
    expect(readdirSync(dir).sort()).toEqual(savedFiles(again.manifest));
    expect(existsSync(join(dir, first.manifest.vectorsFile))).toBe(false);
    expect(existsSync(join(dir, first.manifest.sentenceVectorsFile))).toBe(false);
  });
});
