// Without a usable embedding model the retriever says so once and answers from BM25 alone.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig, type Config } from "../config.ts";
import { openRetriever } from "../retrieval/index.ts";

const temp = (name: string) => mkdtempSync(join(tmpdir(), `retrieval-${name}-`));

/** A model folder with the real tokenizer and config but weights cut short. */
function corruptModelDir(config: Config): string {
  const dir = temp("corrupt-model");
  const from = join(config.modelDir, config.modelId);
  const to = join(dir, config.modelId);
  mkdirSync(join(to, "onnx"), { recursive: true });
  for (const f of readdirSync(from)) if (f.endsWith(".json") || f.endsWith(".txt")) copyFileSync(join(from, f), join(to, f));
  writeFileSync(join(to, "onnx", "model_quantized.onnx"), readFileSync(join(from, "onnx", "model_quantized.onnx")).subarray(0, 100_000));
  return dir;
}

describe("without the embedding model", () => {
  const config = loadConfig();
  it.each([
    ["missing", () => temp("empty-model")],
    ["corrupt", () => corruptModelDir(config)],
  ])("falls back to lexical search when the model is %s", async (_, modelDir) => {
    const logs: string[] = [];
    const dataDir = temp("data");
    const retriever = await openRetriever({ ...config, modelDir: modelDir(), dataDir }, { log: (l) => logs.push(l) });
    expect(retriever.mode).toBe("lexical");
    expect(retriever.index).toBeNull();
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatch(/embedding model .* unavailable .*lexical search only/);
    expect(existsSync(join(dataDir, "index"))).toBe(false);

    const r = await retriever.ask("郴州的快递企业接跨境订单，每单补多少？");
    expect(r.noAnswer).toBe(false);
    expect(r.citations[0]!.clauseId).toBe("cz-2021-3/5.3");
    expect((await retriever.ask("如何申请公租房？")).noAnswer).toBe(true);
    expect((await retriever.ask("杭州跨境电商有什么补贴？")).noAnswer).toBe(true);
    expect((await retriever.ask("欧盟VAT税号怎么注册？")).noAnswer).toBe(true);
    expect((await retriever.ask("郑政〔2018〕4号第八条是什么内容？")).citations[0]!.clauseId).toBe("zz-2018-4/8");
    expect(logs).toHaveLength(1);
  });
});
