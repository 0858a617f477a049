// Chunk vectors in an HNSW index (hnswlib-node, cosine), and the vectors of the chunks' sentences
// beside it (plain float32 rows: they are only ever compared with a few clauses' sentences, never
// searched), saved under <dataDir>/index/ with a manifest. The saved index is reused only when the
// manifest matches the model weights, the corpus and the chunking; otherwise, or when a file is
// missing or damaged, it is rebuilt.
//
// Writes are crash-safe: the vectors go to new files named after the build, then the manifest that
// points to them replaces the old one by rename. A reader sees either the old files or the new ones.
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import hnswlib from "hnswlib-node";
import { z } from "zod";
import { CHUNKING_VERSION, type Chunk } from "./chunks.ts";
import type { Embedder } from "./embedder.ts";

const { HierarchicalNSW } = hnswlib;
const MANIFEST = "manifest.json";
const HNSW_M = 16;
const HNSW_EF_CONSTRUCTION = 200;

const Manifest = z.object({
  modelId: z.string(),
  modelSha256: z.string(),
  corpusHash: z.string(),
  chunkingVersion: z.number(),
  dimensions: z.number(),
  chunks: z.number(),
  vectorsFile: z.string(),
  vectorsSha256: z.string(),
  sentences: z.number(),
  sentenceVectorsFile: z.string(),
  sentenceVectorsSha256: z.string(),
  builtAt: z.string(),
});
export type Manifest = z.infer<typeof Manifest>;

export interface DenseHit {
  chunkId: number;
  cosine: number;
}

export interface DenseIndex {
  manifest: Manifest;
  /** How the index was obtained in this process. */
  origin: "loaded" | "built";
  /** All chunks accepted by `accept`, nearest first. */
  search(vector: Float32Array, accept?: (chunkId: number) => boolean): DenseHit[];
  /** The highest cosine between `vector` and one sentence of these chunks (-1 when they have none). */
  bestSentenceCosine(vector: Float32Array, chunkIds: readonly number[]): number;
}

export interface DenseIndexOptions {
  dir: string;
  chunks: readonly Chunk[];
  corpusHash: string;
  embedder: Embedder;
  /** Rebuild even if the saved index is valid. */
  rebuild?: boolean;
  log: (line: string) => void;
  onProgress?: (done: number, total: number) => void;
}

const sha256 = (data: Buffer) => createHash("sha256").update(data).digest("hex");

/** Writes a file under a temporary name and renames it into place (atomic on one file system). */
function writeAtomic(file: string, data: string | Buffer): void {
  const tmp = `${file}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}

/** The saved manifest, or why there is none. */
function readManifest(dir: string): Manifest | string {
  const file = join(dir, MANIFEST);
  if (!existsSync(file)) return "no saved index";
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return "manifest damaged";
  }
  const parsed = Manifest.safeParse(json);
  return parsed.success ? parsed.data : "manifest of another index format";
}

/** Why the saved index does not fit this model and corpus, or null when it does. */
function staleness(manifest: Manifest, o: DenseIndexOptions): string | null {
  if (manifest.modelId !== o.embedder.modelId || manifest.modelSha256 !== o.embedder.weightsSha256) return "model changed";
  if (manifest.corpusHash !== o.corpusHash) return "corpus changed";
  if (manifest.chunkingVersion !== CHUNKING_VERSION) return "chunking changed";
  if (manifest.chunks !== o.chunks.length || manifest.sentences !== sentencesOf(o.chunks).length || manifest.dimensions !== o.embedder.dimensions) {
    return "size mismatch";
  }
  return null;
}

const sentencesOf = (chunks: readonly Chunk[]) => chunks.flatMap((c) => c.sentences);

function wrap(o: DenseIndexOptions, index: InstanceType<typeof HierarchicalNSW>, sentenceVectors: Float32Array, manifest: Manifest, origin: DenseIndex["origin"]): DenseIndex {
  index.setEf(manifest.chunks);
  const { dimensions } = manifest;
  // Row of each chunk's first sentence: sentences are stored chunk after chunk.
  const firstRow: number[] = [];
  o.chunks.reduce((row, c) => (firstRow.push(row), row + c.sentences.length), 0);
  return {
    manifest,
    origin,
    search(vector, accept) {
      const { neighbors, distances } = index.searchKnn(Array.from(vector), manifest.chunks, accept);
      // hnswlib's cosine distance is 1 - cosine similarity.
      return neighbors.map((chunkId, i) => ({ chunkId, cosine: 1 - distances[i]! }));
    },
    bestSentenceCosine(vector, chunkIds) {
      let best = -1;
      for (const chunkId of chunkIds) {
        for (let row = firstRow[chunkId]!; row < firstRow[chunkId]! + o.chunks[chunkId]!.sentences.length; row++) {
          // Both sides are normalised: the dot product is the cosine.
          let dot = 0;
          for (let d = 0; d < dimensions; d++) dot += vector[d]! * sentenceVectors[row * dimensions + d]!;
          best = Math.max(best, dot);
        }
      }
      return best;
    },
  };
}

/** The saved files, or why they cannot be used. */
function load(dir: string, manifest: Manifest): { index: InstanceType<typeof HierarchicalNSW>; sentenceVectors: Float32Array } | string {
  const file = join(dir, manifest.vectorsFile);
  if (!existsSync(file)) return "vectors file missing";
  if (sha256(readFileSync(file)) !== manifest.vectorsSha256) return "vectors file damaged";
  const sentenceFile = join(dir, manifest.sentenceVectorsFile);
  if (!existsSync(sentenceFile)) return "sentence vectors file missing";
  const sentenceBytes = readFileSync(sentenceFile);
  if (sha256(sentenceBytes) !== manifest.sentenceVectorsSha256) return "sentence vectors file damaged";
  if (sentenceBytes.length !== manifest.sentences * manifest.dimensions * 4) return "sentence vectors file incomplete";
  const index = new HierarchicalNSW("cosine", manifest.dimensions);
  try {
    index.readIndexSync(file);
  } catch {
    return "vectors file unreadable";
  }
  if (index.getCurrentCount() !== manifest.chunks) return "vectors file incomplete";
  // A copy: the file buffer need not be aligned for a Float32Array view.
  const sentenceVectors = new Float32Array(sentenceBytes.buffer.slice(sentenceBytes.byteOffset, sentenceBytes.byteOffset + sentenceBytes.length));
  return { index, sentenceVectors };
}

async function build(o: DenseIndexOptions): Promise<DenseIndex> {
  const { embedder, chunks, dir } = o;
  const sentences = sentencesOf(chunks);
  const total = chunks.length + sentences.length;
  const vectors = await embedder.embed(
    [...chunks.map((c) => c.denseText), ...sentences],
    (done) => o.onProgress?.(done, total),
  );
  const index = new HierarchicalNSW("cosine", embedder.dimensions);
  index.initIndex({ maxElements: chunks.length, m: HNSW_M, efConstruction: HNSW_EF_CONSTRUCTION, randomSeed: 42 });
  vectors.slice(0, chunks.length).forEach((v, i) => index.addPoint(Array.from(v), chunks[i]!.id));
  const sentenceVectors = new Float32Array(sentences.length * embedder.dimensions);
  vectors.slice(chunks.length).forEach((v, i) => sentenceVectors.set(v, i * embedder.dimensions));

  const builtAt = new Date().toISOString();
  const stamp = `vectors-${builtAt.replace(/[^0-9]/g, "")}-${randomBytes(3).toString("hex")}`;
  const manifest: Manifest = {
    modelId: embedder.modelId,
    modelSha256: embedder.weightsSha256,
    corpusHash: o.corpusHash,
    chunkingVersion: CHUNKING_VERSION,
    dimensions: embedder.dimensions,
    chunks: chunks.length,
    vectorsFile: `${stamp}.hnsw`,
    vectorsSha256: "",
    sentences: sentences.length,
    sentenceVectorsFile: `${stamp}.sentences.f32`,
    sentenceVectorsSha256: "",
    builtAt,
  };
  try {
    save(index, sentenceVectors, manifest, dir);
  } catch (err) {
    // A read-only or full disk costs the next start a rebuild, not this answer.
    o.log(`retrieval: could not save the index in ${dir} (${(err as Error).message})`);
  }
  return wrap(o, index, sentenceVectors, manifest, "built");
}

function save(index: InstanceType<typeof HierarchicalNSW>, sentenceVectors: Float32Array, manifest: Manifest, dir: string): void {
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `${manifest.vectorsFile}.tmp-${process.pid}`);
  index.writeIndexSync(tmp);
  manifest.vectorsSha256 = sha256(readFileSync(tmp));
  renameSync(tmp, join(dir, manifest.vectorsFile));
  const sentenceBytes = Buffer.from(sentenceVectors.buffer, sentenceVectors.byteOffset, sentenceVectors.byteLength);
  manifest.sentenceVectorsSha256 = sha256(sentenceBytes);
  writeAtomic(join(dir, manifest.sentenceVectorsFile), sentenceBytes);
  writeAtomic(join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  // Only now are older vector files (and leftovers of interrupted builds) unreferenced.
  const current = new Set([manifest.vectorsFile, manifest.sentenceVectorsFile]);
  for (const f of readdirSync(dir)) if (f.startsWith("vectors-") && !current.has(f)) rmSync(join(dir, f), { force: true });
}

/** Loads the saved index when it is valid for this model and corpus, otherwise builds and saves it. */
export async function openDenseIndex(o: DenseIndexOptions): Promise<DenseIndex> {
  if (o.rebuild) return build(o);
  const manifest = readManifest(o.dir);
  const problem = typeof manifest === "string" ? manifest : (staleness(manifest, o) ?? load(o.dir, manifest));
  if (typeof problem !== "string" && typeof manifest !== "string") return wrap(o, problem.index, problem.sentenceVectors, manifest, "loaded");
  o.log(`retrieval: building the search index in ${o.dir} (${problem})`);
  return build(o);
}
