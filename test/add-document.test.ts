// A new document from a text file to answers, look-ups and screening, without touching code: the
// made-up 郑政办〔2027〕1号 (test/fixtures/new-document, not shipped) is added with `cli doc add` to
// a copy of the corpus, the service starts on that folder (real index, real model), and then the
// document is listed, answered from, looked up by number, screened (amounts not yet encoded), and
// screened again with one rule written for it.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type App } from "../bot/app.ts";
import { buildServer } from "../bot/http/server.ts";
import { loadConfig } from "../config.ts";
import { DEFAULT_CORPUS_DIR } from "../corpus/documents.ts";
import { loadCorpus } from "../corpus/index.ts";
import { atLeast, give, wan, wanCny } from "../policies/engine/dsl.ts";
import type { PolicyDocument } from "../policies/engine/types.ts";
import type { Profile } from "../policies/profile.ts";
import { checkRules, POLICY_DOCUMENTS, RuleCheckError } from "../policies/rules/index.ts";
import type { ScreenResult } from "../policies/result.ts";
import { screen } from "../policies/screen.ts";
import type { AskResult } from "../retrieval/index.ts";

const ROOT = join(import.meta.dirname, "..");
const scratch = mkdtempSync(join(tmpdir(), "add-document-"));
const corpusDir = join(scratch, "corpus");
let app: App;
let server: FastifyInstance;

const post = (url: string, payload: object) => server.inject({ method: "POST", url, payload });
const get = (url: string) => server.inject({ method: "GET", url });
const ask = async (question: string) => {
  const res = await post("/api/ask", { question });
  expect(res.statusCode).toBe(200);
  return res.json() as AskResult;
};

/** A live-streaming cross-border seller in Zhengzhou, screened while the new document is in force. */
const PROFILE: Profile = {
  asOf: "2027-06-30",
  city: "zhengzhou",
  kinds: ["cbec_enterprise"],
  liveStreamSales: { amount: 6_000_000, currency: "CNY" },
};

/** The rule a policy author writes for （二）, passed to the evaluator beside the shipped ones. */
const NEW_RULES: PolicyDocument = {
  docId: "zz-2027-1",
  preconditions: [],
  rules: [
    {
      id: "zz-2027-1/2", clauseId: "zz-2027-1/2", kinds: ["cbec_enterprise"], subject: "overseas-livestream", period: "one_off",
      quote: "年直播销售额达到500万元以上的跨境电商企业,给予一次性30万元奖励",
      conditions: [atLeast("liveStreamSales", wanCny(500), "年直播销售额达到500万元以上")],
      award: give(wan(30)),
    },
  ],
};

beforeAll(async () => {
  cpSync(DEFAULT_CORPUS_DIR, corpusDir, { recursive: true });
  const added = spawnSync(process.execPath, ["--import", "tsx/esm", "cli/main.ts", "doc", "add", join(import.meta.dirname, "fixtures", "new-document")], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, CORPUS_DIR: corpusDir },
  });
  expect(added.status, added.stderr).toBe(0);
  app = createApp({ ...loadConfig(), corpusDir, dataDir: join(scratch, "data") }, () => {});
  server = await buildServer(app, { logger: false });
  await app.retriever;
});

afterAll(async () => {
  await server?.close();
  await app?.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe("a document added with cli doc add", () => {
  it("is browsable: listed with its 文号 and dates, with its clauses, on its console page", async () => {
    const { documents } = (await get("/api/documents")).json();
    expect(documents.map((d: { docId: string }) => d.docId)).toContain("zz-2027-1");
    expect(documents.find((d: { docId: string }) => d.docId === "zz-2027-1")).toMatchObject({
      docNumber: "郑政办〔2027〕1号", city: "zhengzhou", cityName: "郑州市", inForce: { from: "2027-01-05", to: "2029-01-04" }, contact: "郑州市商务局", clauseCount: 6,
    });
    const doc = (await get("/api/documents/zz-2027-1")).json();
    expect(doc.clauses.map((c: { clauseId: string }) => c.clauseId)).toContain("zz-2027-1/3");
    expect((await get("/api/clauses/zz-2027-1/3")).json()).toMatchObject({ label: "（三）", title: "建设海外品牌服务中心" });
    expect((await get("/doc/zz-2027-1")).statusCode).toBe(200);
  });

  it("is answerable, and the answer says its amounts are not yet encoded", async () => {
    const result = await ask("郑州的跨境电商企业在境外注册商标有补贴吗？");
    expect(result.noAnswer).toBe(false);
    expect(result.citations[0]!.clauseId).toBe("zz-2027-1/1");
    expect(result.answer).toContain("郑政办〔2027〕1号《郑州市支持跨境电商品牌出海的若干措施》（一）支持境外商标注册");
    expect(result.answer).toContain("中的资金条款尚未编码，本助手暂不能测算金额");
    // Asked within the city's documents only: the new one is among them.
    const filtered = (await post("/api/ask", { question: "海外直播营销奖励", docId: "zz-2027-1" })).json() as AskResult;
    expect(filtered.citations.every((c) => c.docId === "zz-2027-1")).toBe(true);
  });

  it("is citable by number under its own 文号 prefix, beside the older ones", async () => {
    const second = await ask("郑政办〔2027〕1号第二条是什么？");
    expect(second.citations[0]!.clauseId).toBe("zz-2027-1/2");
    expect((await ask("郑政办2027年1号文（三）")).citations[0]!.clauseId).toBe("zz-2027-1/3");
    // 郑政〔2018〕4号 still means the 2018 opinion, not the new 郑政办 prefix.
    expect((await ask("郑政〔2018〕4号第八条")).citations[0]!.clauseId).toBe("zz-2018-4/8");
  });

  it("screens without rules by saying its amounts are not yet encoded, never leaving it out silently", async () => {
    const res = await post("/api/screen", PROFILE);
    expect(res.statusCode).toBe(200);
    const result = res.json() as ScreenResult;
    expect(result.warnings).toContain("《郑州市支持跨境电商品牌出海的若干措施》（郑政办〔2027〕1号）中的资金条款尚未编码，金额未计入：（一）、（二）、（三）。请阅读原文或向郑州市商务局咨询。");
    expect(result.documents.find((d) => d.docId === "zz-2027-1")).toMatchObject({ money: "not_encoded", validity: { status: "in_force" } });
    expect(result.results.some((r) => r.docId === "zz-2027-1")).toBe(false);
    // In force on 2027-06-30 (210号 ended 2026-12-14): the city has money clauses in force again.
    expect(result.moneyInForce).toBe(true);
  });

  it("with one rule written for it, screens its amount and still names the clauses without rules", () => {
    const policies = [...POLICY_DOCUMENTS, NEW_RULES];
    expect(() => checkRules(policies, loadCorpus())).not.toThrow();
    const result = screen(PROFILE, { fxUsdCny: 7.1, today: "2027-06-30", policies });
    expect(result.results.find((r) => r.clauseId === "zz-2027-1/2")).toMatchObject({
      status: "eligible", amountCny: 300_000, docNumber: "郑政办〔2027〕1号", clauseLabel: "（二）", title: "支持海外直播营销",
    });
    expect(result.totalCny).toBe(300_000);
    expect(result.warnings).toContain("《郑州市支持跨境电商品牌出海的若干措施》（郑政办〔2027〕1号）中的资金条款尚未编码，金额未计入：（一）、（三）。请阅读原文或向郑州市商务局咨询。");
    const short = screen({ ...PROFILE, liveStreamSales: { amount: 4_999_999, currency: "CNY" } }, { fxUsdCny: 7.1, today: "2027-06-30", policies });
    expect(short.results.find((r) => r.clauseId === "zz-2027-1/2")!.status).toBe("ineligible");
  });

  it("refuses a rule citing a clause id the document does not have, naming it", () => {
    const wrong = { ...NEW_RULES, rules: [{ ...NEW_RULES.rules[0]!, id: "zz-2027-1/9", clauseId: "zz-2027-1/9" }] };
    expect(() => checkRules([...POLICY_DOCUMENTS, wrong], loadCorpus())).toThrow(RuleCheckError);
    expect(() => screen(PROFILE, { fxUsdCny: 7.1, today: "2027-06-30", policies: [...POLICY_DOCUMENTS, wrong] })).toThrow(
      "rule zz-2027-1/9 cites unknown clause id zz-2027-1/9",
    );
  });
});
