// Sentence embeddings with the local bge-small-zh model (ONNX, q8). Never downloads unless the
// configuration allows remote models; a missing or broken model yields null and one log line,
// and retrieval carries on with the lexical side only.
import { createHash } from "node:crypto";
import { createReadStream, existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { FeatureExtractionPipeline } from "@huggingface/transformers";
import type { Config } from "../config.ts";

// The library's CommonJS build: through tsx's ESM loader its 1.3 MB ESM bundle takes about a
// second to load, the CommonJS one under 0.2 s (run with `node --import tsx/esm`, which leaves
// require alone). Loaded on first use, so what never embeds (screen, the CLI's clauses) never pays.
type Transformers = typeof import("@huggingface/transformers");
let transformers: Transformers | undefined;
const loadTransformers = () => (transformers ??= createRequire(import.meta.url)("@huggingface/transformers") as Transformers);

/** bge's retrieval instruction for short queries (not for the passages). */
export const QUERY_INSTRUCTION = "为这个句子生成表示以用于检索相关文章：";
const WEIGHTS_FILE = join("onnx", "model_quantized.onnx");
const BATCH = 8;

export interface Embedder {
  modelId: string;
  /** sha256 of the ONNX weights: the saved index is only valid for these exact weights. */
  weightsSha256: string;
  dimensions: number;
  /** Unit-length vectors, one per text. */
  embed(texts: readonly string[], onBatch?: (done: number) => void): Promise<Float32Array[]>;
  embedQuery(question: string): Promise<Float32Array>;
}

export interface EmbedderOptions {
  /** Prefix queries with QUERY_INSTRUCTION. */
  queryInstruction: boolean;
  log: (line: string) => void;
}

async function sha256File(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

export async function loadEmbedder(config: Config, options: EmbedderOptions): Promise<Embedder | null> {
  const weights = join(config.modelDir, config.modelId, WEIGHTS_FILE);
  const fallback = (reason: string) => {
    options.log(`retrieval: embedding model ${config.modelId} unavailable (${reason}); using lexical search only`);
    return null;
  };
  if (!existsSync(weights) && !config.allowRemoteModels) return fallback(`no weights at ${weights}`);
  const { env, LogLevel, pipeline } = loadTransformers();
  env.allowRemoteModels = config.allowRemoteModels;
  env.localModelPath = config.modelDir;
  env.logLevel = LogLevel.ERROR;
  let extractor: FeatureExtractionPipeline;
  let dimensions: number;
  try {
    extractor = await pipeline("feature-extraction", config.modelId, { dtype: "q8" });
    // A probe catches weights that load but cannot run.
    const probe = await extractor(["探测"], { pooling: "cls", normalize: true });
    dimensions = probe.dims[1]!;
  } catch (err) {
    return fallback((err as Error).message.split("\n")[0]!);
  }
  const weightsSha256 = existsSync(weights) ? await sha256File(weights) : "remote";

  const embed = async (texts: readonly string[], onBatch?: (done: number) => void) => {
    const vectors: Float32Array[] = [];
    for (let i = 0; i < texts.length; i += BATCH) {
      const output = await extractor(texts.slice(i, i + BATCH) as string[], { pooling: "cls", normalize: true });
      const data = output.data as Float32Array;
      for (let row = 0; row < output.dims[0]!; row++) vectors.push(data.slice(row * dimensions, (row + 1) * dimensions));
      onBatch?.(vectors.length);
    }
    return vectors;
  };
  return {
    modelId: config.modelId,
    weightsSha256,
    dimensions,
    embed,
    async embedQuery(question) {
      const [vector] = await embed([options.queryInstruction ? QUERY_INSTRUCTION + question : question]);
      return vector!;
    },
  };
}
