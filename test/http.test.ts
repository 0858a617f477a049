// The HTTP service end to end: a server built from a real App (temporary data folder, the real
// retriever and embedding model, the SQLite store) and driven with inject.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createApp, type App } from "../bot/app.ts";
import { answerInWords } from "./helpers/person.ts";
import { buildServer } from "../bot/http/server.ts";
import { SessionBusy } from "../bot/store/session-store.ts";
import { EXAMPLE_PROFILE } from "../bot/http/routes/screen.ts";
import { loadConfig } from "../config.ts";
import { DOCUMENTS } from "../corpus/documents.ts";
import { shownValidity, todayInChina, validityOn } from "../corpus/validity.ts";
import { FIELDS } from "../policies/fields.ts";
import { KIND_LABELS } from "../policies/profile.ts";
import { ACTIVITIES } from "../policies/activities.ts";
import { DOCUMENT_READS, ruleReads } from "../policies/field-usage.ts";
import { reportSections } from "../policies/report.ts";
import type { ScreenResult } from "../policies/result.ts";
import { summarizeClause } from "../policies/summary.ts";

const QUESTION = "跨境电商企业出口信保有什么补贴？";

const scratch = mkdtempSync(join(tmpdir(), "http-test-"));
let app: App;
let server: FastifyInstance;
const logLines: string[] = [];

const post = (url: string, payload: object) => server.inject({ method: "POST", url, payload });
const get = (url: string) => server.inject({ method: "GET", url });

beforeAll(async () => {
  app = createApp({ ...loadConfig(), dataDir: join(scratch, "data") }, () => {});
  server = await buildServer(app, { logger: { level: "info", stream: { write: (line: string) => void logLines.push(line) } } });
  // A route added after buildServer, as the Telegram channel adds its webhook: here, one that fails.
  server.get("/test/fails", async () => {
    throw new Error("disk on fire at /var/secret/path");
  });
});

afterAll(async () => {
  await server?.close();
  await app?.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe("while the retrieval index loads", () => {
  it("is alive but not ready, refuses questions with 503 and still screens", async () => {
    expect(app.isReady()).toBe(false); // the index of a fresh data folder takes seconds to build
    const [health, ready, ask, screen] = await Promise.all([
      get("/healthz"),
      get("/readyz"),
      post("/api/ask", { question: QUESTION }),
      post("/api/screen", EXAMPLE_PROFILE),
    ]);
    expect([health.statusCode, health.json()]).toEqual([200, { ok: true }]);
    expect([ready.statusCode, ready.json()]).toEqual([503, { ready: false, waiting: ["index"] }]);
    expect(ask.statusCode).toBe(503);
    expect(ask.json()).toEqual({ error: "not_ready", message: expect.stringContaining("请稍后再试") });
    expect(ask.headers["retry-after"]).toBeDefined();
    expect(screen.statusCode).toBe(200);
  });
});

describe("once ready", () => {
  beforeAll(async () => {
    await app.retriever;
  });

  describe("GET /healthz, /readyz", () => {
    it("reports ready with the retrieval mode", async () => {
      const mode = (await app.retriever).mode;
      expect(mode).toBe("hybrid"); // the model ships with the project (postinstall)
      const ready = await get("/readyz");
      expect([ready.statusCode, ready.json()]).toEqual([200, { ready: true, retrieval: mode, database: "sqlite" }]);
      expect((await get("/healthz")).json()).toEqual({ ok: true });
    });
  });

  describe("POST /api/ask", () => {
    it("answers with the retriever's result, in the contract's shape", async () => {
      const res = await post("/api/ask", { question: QUESTION, top: 3 });
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body).toEqual(JSON.parse(JSON.stringify(await (await app.retriever).ask(QUESTION, { top: 3 }))));
      expect(body.noAnswer).toBe(false);
      expect(body.citations.length).toBeGreaterThan(0);
      expect(body.citations.length).toBeLessThanOrEqual(3);
      for (const c of body.citations) {
        expect(Object.keys(c)).toEqual(expect.arrayContaining(["docId", "clauseId", "docNumber", "clauseLabel", "text", "score", "validity"]));
      }
      expect(body.citations.map((c: { clauseId: string }) => c.clauseId)).toContain("zz-2018-4/8");
    });

    it("carries what the answer understood: a look-up, a missing clause, an estimate (CONTRACT §5)", async () => {
      const lookup = (await post("/api/ask", { question: "郑政文〔2018〕57号二（三）2讲的什么内容？" })).json();
      expect(lookup).toMatchObject({ reason: "answered", lookup: { docId: "zz-2018-57", path: "2.3.2" }, related: [], estimate: null });
      expect(lookup.citations[0].clauseId).toBe("zz-2018-57/2.3.2");
      const missing = (await post("/api/ask", { question: "郑政〔2018〕4号第三十条讲的什么？" })).json();
      expect(missing).toMatchObject({ noAnswer: true, reason: "no_such_clause", lookup: { docId: "zz-2018-4", path: null } });
      const figures = (await post("/api/ask", { question: "我们在郑州做跨境电商出口，一年150万美元，有什么补贴？" })).json();
      expect(figures.estimate.facts).toMatchObject({ city: "zhengzhou" });
      expect(Array.isArray(figures.estimate.results)).toBe(true);
    });

    it("applies the filters", async () => {
      const chenzhou = (await post("/api/ask", { question: QUESTION, city: "chenzhou" })).json();
      expect(chenzhou.citations.length).toBeGreaterThan(0);
      expect(chenzhou.citations.every((c: { docId: string }) => c.docId === "cz-2021-3")).toBe(true);
      const inForce = (await post("/api/ask", { question: QUESTION, inForceOn: "2024-06-30" })).json();
      expect(inForce.citations.some((c: { docId: string }) => c.docId === "zz-2018-4")).toBe(false);
      const oneDoc = (await post("/api/ask", { question: QUESTION, docId: "zz-2023-210-measures" })).json();
      expect(oneDoc.citations.every((c: { docId: string }) => c.docId === "zz-2023-210-measures")).toBe(true);
    });

    it("says so when the corpus has no answer", async () => {
      const body = (await post("/api/ask", { question: "如何申请公租房？" })).json();
      expect(body.noAnswer).toBe(true);
      expect(body).toMatchObject({ reason: "not_in_corpus", related: [] });
      expect(body.answer).not.toBe("");
    });

    it("says when the filters caused an empty answer, with what they excluded in related (reason filtered_out)", async () => {
      const question = "租用海外仓有什么奖励？";
      const body = (await post("/api/ask", { question, docId: "zz-2018-4", inForceOn: "2024-06-30" })).json();
      expect(body).toMatchObject({ noAnswer: true, reason: "filtered_out", citations: [] });
      expect(body.answer).toContain("是筛选条件排除了依据");
      const open = (await post("/api/ask", { question })).json();
      expect(open).toMatchObject({ noAnswer: false, reason: "answered" });
      expect(body.related).toEqual(open.citations);
    });

    it("names each citation's document title, its nearing end, and the question's whole words in the clause", async () => {
      const body = (await post("/api/ask", { question: "我们一年出口150万美元，出口信保有补贴吗？", top: 5 })).json();
      const today = todayInChina();
      for (const c of body.citations) {
        expect(c.docTitle).toBe(DOCUMENTS.find((d) => d.docId === c.docId)!.title);
        expect(c.validity).toEqual(shownValidity(validityOn(c.docId, today)));
        for (const [s, e] of c.highlights) expect(c.text.slice(s, e)).not.toMatch(/^(0|00|万)/u);
      }
      const credit = body.citations.find((c: { clauseId: string }) => c.clauseId === "zz-2018-4/8");
      const words = credit.highlights.map(([s, e]: [number, number]) => credit.text.slice(s, e));
      expect(words.join("")).toContain("出口");
      expect(words.some((w: string) => w.includes("万美元"))).toBe(false); // 300万美元 is not 150万美元
    });

    it("rejects a blank, overlong or mistyped question, naming each field", async () => {
      const blank = await post("/api/ask", { question: "   " });
      expect(blank.statusCode).toBe(400);
      expect(blank.json()).toEqual({
        error: "invalid_input",
        message: expect.stringContaining("问题（question）"),
        problems: [{ field: "question", label: "问题", message: "不能为空" }],
      });
      expect((await post("/api/ask", { question: "补".repeat(501) })).json().problems[0].field).toBe("question");
      const wrong = (await post("/api/ask", { question: QUESTION, top: "3", inForceOn: "2024-02-30", docId: "zz-2099-1" })).json();
      expect(wrong.problems.map((p: { field: string }) => p.field)).toEqual(["top", "docId", "inForceOn"]);
      expect(wrong.problems[0]).toEqual({ field: "top", label: "引用条款数", message: "应为数字，实际为文本" });
      const unknown = (await post("/api/ask", { question: QUESTION, topK: 3 })).json();
      expect(unknown.problems).toEqual([{ field: "topK", message: expect.stringContaining("question、top、city、docId、inForceOn") }]);
    });
  });

  describe("POST /api/screen", () => {
    it("returns what `cli screen --json` prints for the same profile", async () => {
      const res = await post("/api/screen", EXAMPLE_PROFILE);
      expect(res.statusCode).toBe(200);
      const file = join(scratch, "profile.json");
      writeFileSync(file, JSON.stringify(EXAMPLE_PROFILE));
      const cli = execFileSync(process.execPath, ["--import", "tsx", "cli/main.ts", "screen", "--profile", file, "--json"], { encoding: "utf8" });
      expect(res.json()).toEqual(JSON.parse(cli));
      const result = res.json() as ScreenResult;
      expect(result.totalCny).toBeGreaterThan(0);
      expect(result.results.some((r) => r.status === "eligible")).toBe(true);
    });

    it("names the field of a wrong type, in Chinese, down to an item of a list", async () => {
      const res = await post("/api/screen", { city: "zhengzhou", crossBorderTrade: 30_000_000, o2oStores: [{ location: "domestic", areaSqm: "1500平方米" }] });
      expect(res.statusCode).toBe(400);
      const body = res.json();
      expect(body.error).toBe("invalid_input");
      expect(body.problems).toEqual([
        { field: "crossBorderTrade", label: "跨境电商进出口额", message: "应为对象，实际为数字" },
        { field: "o2oStores[0].areaSqm", label: "第1个O2O线下体验店（新零售店）的营业面积", message: "应为数字，实际为文本" },
      ]);
      expect(body.message).toContain("跨境电商进出口额（crossBorderTrade）：应为对象，实际为数字");
    });

    it("rejects unknown fields, a missing city and a misspelt one", async () => {
      const unknown = (await post("/api/screen", { city: "zhengzhou", turnover: 5, hq: { inCity: true, since: "2020" } })).json();
      expect(unknown.problems).toEqual([
        { field: "hq.since", message: "未知字段，可用字段为 inCity、establishedOn、priorBestTrade" },
        { field: "turnover", message: "未知字段" },
      ]);
      const noCity = (await post("/api/screen", { kinds: ["cbec_enterprise"] })).json();
      expect(noCity.problems).toEqual([{ field: "city", label: "注册地城市", message: expect.stringContaining("必填") }]);
      const misspelt = await post("/api/screen", { city: "zhengzou" });
      expect(misspelt.statusCode).toBe(400);
      expect(misspelt.json().problems).toEqual([{ field: "city", label: "注册地城市", message: expect.stringContaining("zhengzhou（郑州市）") }]);
    });

    it("answers malformed bodies with 400, 413 and 415", async () => {
      const badJson = await server.inject({ method: "POST", url: "/api/screen", payload: '{"city": "zhengzhou",', headers: { "content-type": "application/json" } });
      expect([badJson.statusCode, badJson.json()]).toEqual([400, { error: "bad_request", message: "请求体不是有效的 JSON。" }]);
      const notObject = await post("/api/screen", ["zhengzhou"]);
      expect(notObject.json().problems).toEqual([{ field: "body", message: "请求体应为一个 JSON 对象" }]);
      const huge = await post("/api/screen", { city: "zhengzhou", district: "金".repeat(70_000) });
      expect([huge.statusCode, huge.json().error]).toEqual([413, "payload_too_large"]);
      const text = await server.inject({ method: "POST", url: "/api/screen", payload: "city=zhengzhou", headers: { "content-type": "text/plain" } });
      expect([text.statusCode, text.json().error]).toEqual([415, "unsupported_media_type"]);
    });
  });

  describe("GET /api/documents", () => {
    it("lists every document with today's validity and its clause count", async () => {
      const res = await get("/api/documents");
      expect(res.statusCode).toBe(200);
      const { documents } = res.json();
      expect(documents.map((d: { docId: string }) => d.docId)).toEqual(DOCUMENTS.map((d) => d.docId));
      const today = todayInChina();
      for (const d of documents) {
        expect(d.validity).toEqual(shownValidity(validityOn(d.docId, today)));
        expect(d.clauseCount).toBeGreaterThan(0);
      }
      expect(documents.find((d: { docId: string }) => d.docId === "zz-2018-4")).toMatchObject({
        docNumber: "郑政〔2018〕4号",
        issuer: "郑州市人民政府",
        city: "zhengzhou",
        inForce: { from: "2018-01-10", to: "2021-01-09" },
        contact: "郑州市商务局、郑州市财政局",
      });
    });

    it("gives one document with its clauses, and 404 naming an unknown id", async () => {
      const doc = (await get("/api/documents/zz-2018-4")).json();
      expect(doc.clauses).toHaveLength(doc.clauseCount);
      expect(doc.clauses.every((c: { clauseId: string }) => c.clauseId.startsWith("zz-2018-4/"))).toBe(true);
      expect(doc.clauses.find((c: { clauseId: string }) => c.clauseId === "zz-2018-4/8")).toMatchObject({ label: "（八）", title: "加强出口信保扶持力度" });
      const missing = await get("/api/documents/zz-2099-1");
      expect([missing.statusCode, missing.json().error]).toEqual([404, "not_found"]);
      expect(missing.json().message).toContain("zz-2099-1");
    });
  });

  describe("GET /api/clauses/:clauseId", () => {
    it("accepts the id URL-encoded and as is, with validity and summary", async () => {
      const encoded = await get("/api/clauses/zz-2018-4%2F8");
      const plain = await get("/api/clauses/zz-2018-4/8");
      expect(encoded.statusCode).toBe(200);
      expect(plain.json()).toEqual(encoded.json());
      expect(encoded.json()).toMatchObject({
        clauseId: "zz-2018-4/8",
        docNumber: "郑政〔2018〕4号",
        title: "加强出口信保扶持力度",
        validity: { status: "expired", text: "已于2021-01-09到期" },
        summary: summarizeClause("zz-2018-4/8", todayInChina()),
      });
      expect(encoded.json().summary).not.toBeNull();
      expect((await get("/api/clauses/cz-2021-3%2F4.1")).json().label).toBe("四（一）");
    });

    it("has a null summary for a clause no rule encodes, and 404 naming a bad id", async () => {
      expect((await get("/api/clauses/zz-2018-4/preamble")).json().summary).toBeNull();
      for (const id of ["zz-2018-4/99", "nonsense"]) {
        const res = await get(`/api/clauses/${encodeURIComponent(id)}`);
        expect(res.statusCode).toBe(404);
        expect(res.json()).toEqual({ error: "not_found", message: expect.stringContaining(`“${id}”`) });
      }
    });
  });

  describe("GET /api/profile/fields", () => {
    it("serves the profile declaration, the kinds and which kinds use each field", async () => {
      const body = (await get("/api/profile/fields")).json();
      expect(body.fields).toEqual(JSON.parse(JSON.stringify(FIELDS)));
      expect(body.kinds).toEqual(KIND_LABELS);
      expect(body.usage.logisticsSpend).toContain("cbec_enterprise");
      expect(body.usage.park).toContain("park_operator");
      // What a form needs to ask only what matters (policies/form-plan.ts).
      expect(body.activities).toEqual(JSON.parse(JSON.stringify(ACTIVITIES)));
      expect(body.rules).toEqual(JSON.parse(JSON.stringify(ruleReads())));
      expect(body.documents).toEqual(JSON.parse(JSON.stringify(DOCUMENT_READS)));
      expect(body.fxUsdCny).toBe(app.config.fxUsdCny);
    });
  });

  describe("POST /api/chat", () => {
    type ChatBody = { text?: string; button?: string; command?: string; arg?: string };
    type Turn = { replies: { text: string; buttons?: { label: string; data: string }[][] }[]; mode: string; cookie: string | undefined };
    /** One request with the session cookie `cookie` (if any); the cookie the response sets comes back with the turn. */
    const chat = async (body: ChatBody, cookie?: string): Promise<Turn> => {
      const res = await server.inject({ method: "POST", url: "/api/chat", payload: body, cookies: cookie === undefined ? {} : { chat_session: cookie } });
      expect(res.statusCode).toBe(200);
      const set = res.cookies.find((c) => c.name === "chat_session");
      return { ...(res.json() as Omit<Turn, "cookie">), cookie: set?.value || undefined };
    };
    const said = (turn: Turn) => turn.replies.map((r) => r.text).join("\n");


    it("issues a session in an HttpOnly, SameSite=Strict cookie of 256 random bits, kept under web:<id>", async () => {
      const res = await server.inject({ method: "POST", url: "/api/chat", payload: { command: "start" } });
      const cookie = res.cookies.find((c) => c.name === "chat_session")!;
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Strict", path: "/api/chat" });
      expect(cookie.value).toMatch(/^[\w-]{43}$/);
      expect(Buffer.from(cookie.value, "base64url")).toHaveLength(32);
      expect(res.json()).not.toHaveProperty("sessionId");
      expect(res.json().replies[0].buttons.flat().map((b: { label: string }) => b.label)).toContain("开始筛查");
      const second = await chat({ button: "scr" }, cookie.value);
      expect(second.cookie).toBe(cookie.value);
      expect(second.mode).toBe("screening");
      expect((await app.store.load(`web:${cookie.value}`))?.mode).toBe("screening");
      expect((await chat({ command: "start" })).cookie).not.toBe(cookie.value);
    });

    it("starts a new session for an id it did not issue or no longer keeps, never reading another's", async () => {
      const owner = await chat({ command: "screen" });
      await chat({ text: "郑州" }, owner.cookie);
      expect((await app.store.load(`web:${owner.cookie}`))!.profile.city).toBe("zhengzhou");
      for (const chosen of ["a", "../../etc/passwd", owner.cookie!.slice(0, -1), "x".repeat(43), `${owner.cookie}x`]) {
        const turn = await chat({ command: "profile" }, chosen);
        expect(said(turn), chosen).toContain("还没有填写企业信息");
        expect(turn.cookie, chosen).toMatch(/^[\w-]{43}$/);
        expect(turn.cookie, chosen).not.toBe(chosen);
        expect((await app.store.load(`web:${chosen}`)), chosen).toBeNull();
      }
      expect(said(await chat({ command: "profile" }, owner.cookie))).toContain("注册地城市：郑州市");
      // A session id in the body is no longer a way in: it is an unknown field.
      const inBody = await post("/api/chat", { sessionId: owner.cookie, command: "profile" });
      expect([inBody.statusCode, inBody.json().problems[0].field]).toEqual([400, "sessionId"]);
    });

    it("deletes the session's data on /forget typed in the chat or sent as a command, and drops the cookie", async () => {
      for (const forget of [{ text: "/forget" }, { text: "/forget@cbec_policy_bot" }, { command: "forget" }, { text: "删除我的数据" }]) {
        const started = await chat({ command: "screen" });
        await chat({ text: "郑州" }, started.cookie);
        const res = await server.inject({ method: "POST", url: "/api/chat", payload: forget, cookies: { chat_session: started.cookie! } });
        expect(res.statusCode, JSON.stringify(forget)).toBe(200);
        expect(res.json().replies[0].text).toContain("已删除您的全部数据");
        expect(res.cookies.find((c) => c.name === "chat_session")).toMatchObject({ value: "", maxAge: 0 });
        expect((await app.store.load(`web:${started.cookie}`))).toBeNull();
        expect(said(await chat({ command: "profile" }, started.cookie))).toContain("还没有填写企业信息");
      }
    });

    it("keeps the conversation with the session: GET /api/chat gives the messages and the pending question back, tapped buttons shown by label", async () => {
      const started = await chat({ command: "screen" });
      const city = started.replies.at(-1)!.buttons!.flat().find((b) => b.label === "郑州市")!;
      const afterCity = await chat({ button: city.data }, started.cookie);
      const get = (cookie?: string) => server.inject({ method: "GET", url: "/api/chat", ...(cookie ? { cookies: { chat_session: cookie } } : {}) });
      const res = await get(started.cookie);
      expect(res.statusCode).toBe(200);
      const { transcript, mode } = res.json() as { transcript: { from: string; text: string; buttons?: unknown }[]; mode: string };
      expect(mode).toBe("screening");
      expect(transcript.map((e) => [e.from, e.text])).toEqual([
        ["user", "/screen"],
        ...started.replies.map((r) => ["bot", r.text]),
        ["user", "郑州市"],
        ...afterCity.replies.map((r) => ["bot", r.text]),
      ]);
      expect(transcript.at(-1)!.buttons).toEqual(afterCity.replies.at(-1)!.buttons);
      for (const cookie of [undefined, "x".repeat(43)]) expect((await get(cookie)).json()).toEqual({ transcript: [], mode: "idle" });
    });

    it("refuses forged buttons politely and at once, keeping the session small", async () => {
      const started = await chat({ command: "screen" });
      await chat({ text: "郑州" }, started.cookie);
      await chat({ text: "跨境电商企业" }, started.cookie);
      for (const data of ["e:o2oStores[3000000].areaSqm", "e:o2oStores[1000000].areaSqm", "e:__proto__", "e:toString", "e:nonexistent"]) {
        expect(said(await chat({ button: data }, started.cookie)), data).toContain("这个按钮已失效");
        await chat({ text: "100" }, started.cookie);
        expect(JSON.stringify((await app.store.load(`web:${started.cookie}`))).length, data).toBeLessThan(8 * 1024);
      }
      expect(said(await chat({ command: "profile" }, started.cookie))).toContain("注册地城市：郑州市");
    });

    it("runs a screening that ends with the same total as POST /api/screen", async () => {
      const truth = {
        asOf: "2024-06-30",
        city: "zhengzhou",
        kinds: ["cbec_enterprise"],
        crossBorderTrade: { amount: 30_000_000, currency: "CNY" },
        logisticsSpend: { amount: 2_600_000, currency: "CNY" },
        marketingSpend: { amount: 1_200_000, currency: "CNY" },
      };
      let turn = await chat({ command: "screen", arg: truth.asOf });
      const sessionId = turn.cookie!;
      for (let asked = 0; turn.mode === "screening"; asked++) {
        expect(asked).toBeLessThan(60);
        const pending = (await app.store.load(`web:${sessionId}`))!.pending!;
        turn = await chat({ text: answerInWords(pending, truth) }, sessionId);
      }
      const expected = (await post("/api/screen", truth)).json() as ScreenResult;
      expect(expected.totalCny).toBeGreaterThan(0);
      expect(said(turn)).toContain(reportSections(expected).total);
    });

    it("answers a question typed in the chat from the retriever", async () => {
      const turn = await chat({ text: QUESTION });
      expect(turn.replies[0]!.text).toContain("郑政〔2018〕4号");
    });

    it("refuses with 409, applying nothing, a message whose session stays busy with an earlier one", async () => {
      const sessionId = (await chat({ command: "screen" })).cookie!;
      const before = await app.store.load(`web:${sessionId}`);
      vi.spyOn(app.store, "withSession").mockRejectedValueOnce(new SessionBusy(`web:${sessionId}`));
      const res = await server.inject({ method: "POST", url: "/api/chat", payload: { text: "郑州" }, cookies: { chat_session: sessionId } });
      expect([res.statusCode, res.json()]).toEqual([409, { error: "session_busy", message: expect.stringContaining("请稍后重新发送") }]);
      expect(res.headers["retry-after"]).toBeDefined();
      expect(await app.store.load(`web:${sessionId}`)).toEqual(before);
      expect((await chat({ text: "郑州" }, sessionId)).replies.at(-1)!.text).toContain("【第2问】");
    });

    it("rejects input that is not exactly one of text, button and command", async () => {
      const both = await post("/api/chat", { text: "你好", command: "start" });
      expect(both.statusCode).toBe(400);
      expect(both.json().problems).toEqual([{ field: "body", message: "text、button、command 三者须有且只有一个" }]);
      expect((await post("/api/chat", {})).json().problems[0].field).toBe("body");
      expect((await post("/api/chat", { command: "launch" })).json().problems[0]).toMatchObject({ field: "command", label: "命令" });
    });
  });

  describe("errors, logs and docs", () => {
    it("answers an unknown route with JSON 404", async () => {
      const res = await get("/api/nothing-here");
      expect([res.statusCode, res.json()]).toEqual([404, { error: "not_found", message: "没有这个接口：GET /api/nothing-here" }]);
    });

    it("answers every malformed request in the documented shape, in Chinese, naming the field", async () => {
      const raw = (url: string, payload: string) => server.inject({ method: "POST", url, payload, headers: { "content-type": "application/json" } });
      const badUrl = await get("/api/clauses/%");
      expect([badUrl.statusCode, badUrl.json()]).toEqual([400, { error: "bad_request", message: expect.stringContaining("%25") }]);
      const longId = await get(`/api/clauses/${"a".repeat(200)}`);
      expect([longId.statusCode, longId.json()]).toEqual([414, { error: "uri_too_long", message: expect.stringContaining("参数过长") }]);
      const proto = await raw("/api/screen", '{"city":"zhengzhou","__proto__":{"isAdmin":true}}');
      expect([proto.statusCode, proto.json().error, proto.json().problems]).toEqual([400, "invalid_input", [{ field: "__proto__", message: "不接受这个字段名" }]]);
      const nested = await raw("/api/chat", '{"text":"你好","x":[{"constructor":{"prototype":{}}}]}');
      expect(nested.json().problems).toEqual([{ field: "x[0].constructor", message: "不接受这个字段名" }]);
      expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
      for (const big of ["1e309", "1".repeat(400)]) {
        const infinite = await raw("/api/screen", `{"city":"zhengzhou","fxUsdCny":${big}}`);
        expect(infinite.json().problems, big).toEqual([{ field: "fxUsdCny", label: "美元兑人民币汇率", message: "数值超出范围，应为有限的数字" }]);
      }
      expect((await post("/api/screen", { city: "zhengzhou", fxUsdCny: 0 })).json().problems).toEqual([{ field: "fxUsdCny", label: "美元兑人民币汇率", message: "应大于0" }]);
      expect((await post("/api/ask", { question: QUESTION, top: 0 })).json().problems[0].message).toBe("不能小于1");
    });

    it("bounds every figure of a profile at 1万亿, so a screening never fails on an infinite amount", async () => {
      const usd = await post("/api/screen", { ...EXAMPLE_PROFILE, crossBorderExport: { amount: 1e308, currency: "USD" } });
      expect(usd.statusCode).toBe(400);
      expect(usd.json().problems).toEqual([{ field: "crossBorderExport.amount", label: "跨境电商出口额", message: "不能大于1万亿" }]);
      const area = await post("/api/screen", { ...EXAMPLE_PROFILE, o2oStores: [{ location: "domestic", areaSqm: 1e300 }] });
      expect(area.json().problems).toEqual([{ field: "o2oStores[0].areaSqm", label: "第1个O2O线下体验店（新零售店）的营业面积", message: "不能大于1万亿" }]);
      const atCeiling = await post("/api/screen", { ...EXAMPLE_PROFILE, fxUsdCny: 1e12, crossBorderExport: { amount: 1e12, currency: "USD" }, o2oStores: [{ location: "domestic", areaSqm: 1e12, monthsOperating: 1e12, retailImport: { amount: 1e12, currency: "USD" } }] });
      expect(atCeiling.statusCode).toBe(200);
      expect(Number.isFinite(atCeiling.json().totalCny)).toBe(true);
    });

    it("sends the security headers on every response, and a Content-Security-Policy on /docs too", async () => {
      const responses = {
        api: await get("/api/documents"),
        error: await post("/api/screen", {}),
        notFound: await get("/api/nothing-here"),
        badUrl: await get("/api/clauses/%"),
        docs: await get("/docs"),
        openapi: await get("/docs/json"),
        console: await get("/"),
      };
      for (const [name, res] of Object.entries(responses)) {
        expect(res.headers["x-content-type-options"], name).toBe("nosniff");
        expect(res.headers["x-frame-options"], name).toBe("DENY");
        expect(res.headers["referrer-policy"], name).toBe("no-referrer");
        expect(res.headers["content-security-policy"], name).toContain("frame-ancestors 'none'");
      }
      expect(responses.api.headers["content-security-policy"]).toContain("default-src 'none'");
      expect(responses.docs.headers["content-security-policy"]).toContain("default-src 'self'");
    });

    it("answers an unexpected error with a short apology and the request id, logging the error", async () => {
      const res = await get("/test/fails");
      expect(res.statusCode).toBe(500);
      const body = res.json();
      expect(body).toEqual({ error: "internal_error", message: expect.stringContaining("抱歉"), requestId: expect.any(String) });
      expect(res.body).not.toContain("disk on fire");
      expect(res.body).not.toContain("at ");
      const logged = logLines.map((l) => JSON.parse(l)).find((l) => l.level === 50 && l.reqId === body.requestId);
      expect(logged?.err?.message).toContain("disk on fire");
    });

    it("logs method, route, status and duration, and neither questions nor figures", async () => {
      const requests = logLines.map((l) => JSON.parse(l)).filter((l) => l.msg === "request");
      expect(requests.length).toBeGreaterThan(10);
      expect(requests.find((l) => l.route === "/api/ask" && l.status === 200)).toMatchObject({ level: 30, method: "POST", ms: expect.any(Number) });
      const all = logLines.join("\n");
      for (const secret of [QUESTION, "30000000", "1500平方米", "公租房", "nothing-here"]) expect(all).not.toContain(secret);
    });

    it("serves the OpenAPI document and Swagger UI from local assets", async () => {
      const html = await get("/docs");
      expect(html.statusCode).toBe(200);
      expect(html.headers["content-type"]).toContain("text/html");
      expect(html.body).not.toMatch(/(src|href)="(https?:)?\/\//);
      const asset = html.body.match(/src="([^"]*swagger-ui-bundle\.js)"/)![1]!;
      expect((await get(asset.startsWith("/") ? asset : `/docs/${asset.replace(/^\.\//, "")}`)).statusCode).toBe(200);

      const spec = (await get("/docs/json")).json();
      expect(spec.openapi).toMatch(/^3\./);
      expect(Object.keys(spec.paths)).toEqual(
        expect.arrayContaining(["/healthz", "/readyz", "/api/ask", "/api/screen", "/api/documents", "/api/documents/{docId}", "/api/clauses/{clauseId}", "/api/profile/fields", "/api/chat"]),
      );
      const screen = spec.paths["/api/screen"].post;
      expect(screen.summary).toMatch(/[\u4e00-\u9fff].* \/ [A-Za-z]/u);
      const profile = screen.requestBody.content["application/json"].schema;
      expect(profile.properties.crossBorderTrade.title).toBe("跨境电商进出口额");
      expect(profile.example).toEqual(EXAMPLE_PROFILE);
    });
  });

  describe("GET /metrics", () => {
    it("counts requests by route and status, asks, refusals, screenings and finished dialogues, and holds no question or figure", async () => {
      const res = await get("/metrics");
      expect(res.statusCode).toBe(200);
      expect(res.headers["content-type"]).toContain("text/plain");
      // The app's own series; the process ones (memory, CPU) are figures of another kind.
      const own = res.body.split("\n").filter((l) => !/^(# \w+ )?(process|nodejs)_/u.test(l));
      const sample = (name: string, ...labels: string[]) =>
        own.filter((l) => l.startsWith(name) && labels.every((label) => l.includes(label))).reduce((sum, l) => sum + Number(l.split(" ").at(-1)), 0);
      expect(sample("http_requests_total{", 'method="POST"', 'route="/api/ask"', 'status="200"')).toBeGreaterThan(3);
      expect(sample("http_requests_total{", 'route="/api/screen"', 'status="400"')).toBeGreaterThan(0);
      expect(sample("http_requests_total{", 'route="(no route)"', 'status="404"')).toBeGreaterThan(0);
      expect(sample("ask_duration_seconds_count")).toBeGreaterThan(3);
      expect(sample("ask_refusals_total{")).toBeGreaterThan(0);
      expect(own.filter((l) => l.startsWith("ask_refusals_total{")).every((l) => /reason="(elsewhere|no_evidence|filtered_out)"/u.test(l))).toBe(true);
      expect(sample("screenings_total")).toBeGreaterThan(0);
      expect(sample("dialogue_completions_total{", 'channel="web"')).toBe(1);
      expect(own.join("\n")).toContain("# TYPE store_errors_total counter");
      // A sample's own value is a measured number whose digits may run like a figure (0.4372856730000000): names and labels are what could leak.
      const named = own.map((l) => l.replace(/ [-+]?[\d.]+(?:e[-+]?\d+)?$/iu, "")).join("\n");
      for (const secret of [QUESTION, "公租房", "nothing-here", "30000000", "2600000", "zhengzhou"]) expect(named).not.toContain(secret);
    });
  });

  describe("rate limit", () => {
    it("answers 429 once a client exceeds its limit; probes are exempt", async () => {
      const limited = await buildServer(app, { logger: false, rateLimit: { max: 3, timeWindow: "1 minute" } });
      try {
        for (let i = 0; i < 3; i++) expect((await limited.inject({ url: "/api/documents" })).statusCode).toBe(200);
        const over = await limited.inject({ url: "/api/documents" });
        expect(over.statusCode).toBe(429);
        expect(over.json()).toEqual({ error: "rate_limited", message: expect.stringContaining("请求过于频繁") });
        expect(over.headers["retry-after"]).toBeDefined();
        expect((await limited.inject({ url: "/healthz" })).statusCode).toBe(200);
      } finally {
        await limited.close();
      }
    });
  });
});
