import { loadConfig } from "../../config.ts";
import { openRetriever } from "../../retrieval/index.ts";
import { parseArgs } from "../args.ts";
import type { Command } from "./command.ts";

const BAR_WIDTH = 30;

/** Redraws one stderr line on a terminal; elsewhere prints only the finished bar. */
function progressBar(): (done: number, total: number) => void {
  return (done, total) => {
    if (!process.stderr.isTTY && done < total) return;
    const filled = Math.round((done / total) * BAR_WIDTH);
    const bar = `embedding [${"#".repeat(filled)}${"-".repeat(BAR_WIDTH - filled)}] ${done}/${total} texts`;
    process.stderr.write(process.stderr.isTTY ? `\r${bar}${done === total ? "\n" : ""}` : `${bar}\n`);
  };
}

export const indexCommand: Command = {
  name: "index",
  usage: "index [--json]      rebuild the search index under DATA_DIR/index",
  async run(argv) {
    const args = parseArgs(argv, []);
    const started = performance.now();
    const retriever = await openRetriever(loadConfig(), { rebuildIndex: true, onProgress: progressBar() });
    if (!retriever.index) {
      process.stderr.write("index: no embedding model, so there is no dense index to build (lexical search needs none)\n");
      return 1;
    }
    const { manifest } = retriever.index;
    const ms = Math.round(performance.now() - started);
    process.stdout.write(
      args.flag("json")
        ? `${JSON.stringify({ ...manifest, ms })}\n`
        : `index: ${manifest.chunks} chunks and ${manifest.sentences} sentences embedded with ${manifest.modelId} in ${ms} ms (corpus ${manifest.corpusHash.slice(0, 12)}…)\n`,
    );
  },
};
