// Hostile and careless input, generated (fast-check, fixed seed): sequences of chat steps — typed
// text, buttons offered and forged, commands — and bodies for /api/screen and /api/ask, against
// the real server (createApp on a temporary data folder, buildServer, inject). Every request must
// be answered without a 5xx, within a second of the server's CPU time, and no chat session may
// grow past 64 KB. CPU time (process.cpuUsage) rather than wall-clock time: other processes on a
// busy machine do not add to it, while a request that loops or allocates without bound does.
import fc from "fast-check";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type App } from "../bot/app.ts";
import { GATE } from "../bot/dialogue/gate.ts";
import { COMMANDS } from "../bot/dialogue/types.ts";
import { buildServer } from "../bot/http/server.ts";
import { loadConfig } from "../config.ts";
import { loadCorpus } from "../corpus/documents.ts";
import { FIELDS, field, schemaPath, type FieldInfo } from "../policies/fields.ts";
import { KINDS } from "../policies/profile.ts";

const SEED = 14;
const CPU_BUDGET_MS = 1000;
const STATE_LIMIT = 64 * 1024;
const MIN_REQUESTS = 2000;

const scratch = mkdtempSync(join(tmpdir(), "fuzz-test-"));
let app: App;
let server: FastifyInstance;

/** Every request of the run: its route, status and the server CPU time it took. */
const requests: { route: string; status: number; cpuMs: number }[] = [];

async function send(options: InjectOptions & { url: string }): Promise<LightMyRequestResponse> {
  const before = process.cpuUsage();
  const res = await server.inject(options);
  const { user, system } = process.cpuUsage(before);
  requests.push({ route: options.url, status: res.statusCode, cpuMs: (user + system) / 1000 });
  const shown = typeof options.payload === "string" ? options.payload : JSON.stringify(options.payload);
  expect(res.statusCode, `${options.url} ${shown?.slice(0, 300)}`).toBeLessThan(500);
  return res;
}

beforeAll(async () => {
  app = createApp({ ...loadConfig(), dataDir: join(scratch, "data") }, () => {});
  server = await buildServer(app, { logger: false, rateLimit: false });
  await app.retriever;
});

afterAll(async () => {
  await server?.close();
  await app?.close();
  rmSync(scratch, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------
// Generators

/** Text from anywhere in Unicode (lone surrogates too), or printable ASCII. */
const anyText = (maxLength: number) => fc.oneof(fc.string({ maxLength }), fc.string({ unit: "binary", maxLength }));

/** What people type, carefully or not: answers of every kind, commands as text, extremes. */
const TYPED = [
  "郑州", "郑州市金水区", "鄭州", "郴州市苏仙区", "长沙", "zhengzhuo", "跨境电商企业", "物流企业、跨境电商企业", "跳过", "是", "否", "对",
  "100万", "约100万", "100万元人民币", "人民币100万元", "一点二亿", "半亿", "一个亿", "100w", "5k美元", "$1.5M", "３０００万元", "260元", "120萬",
  "1".repeat(400), "99999999999999999999亿", "1e309", "万", "亿", "12,34,567", "-5万", "1", "0.5", "12%", "百分之十二", "半年", "一年半",
  "0", "3", "20", "21", "3000000", "1200平方米", "2024-06-30", "2024-02-30", "境内", "自建公共海外仓", "国家级",
  "/forget", "/screen", "/screen 2024-06-30", "/profile", "/reset", "/cancel", "/forget@some_bot", "／FORGET", "删除我的数据", "/clause zz-2018-4/8",
  "出口信保有什么补贴？", "zz-2018-4/8", "__proto__", "constructor", "toString",
];

/** Button data: what the dialogue offers, and forgeries of it. */
const buttonData = fc.oneof(
  fc.constantFrom("scr", "rescr", "pf", "pol", "prof", "rst", "skip", "kd", "a:true", "a:false", "a:zhengzhou", "a:domestic", "cur:CNY", "cur:USD", "cur:EUR", "cf:yes", "cf:no",
    "c:zz-2018-4/8", "x:zz-2023-210-measures/6", "e:crossBorderTrade", "e:hq", "e:o2oStores", "e:serviceRevenueGrowth", "e:__proto__", "e:toString", "e:nonexistent", "k:cbec_enterprise", "k:__proto__"),
  fc.constantFrom(...KINDS).map((k) => `k:${k}`),
  fc.tuple(fc.constantFrom("o2oStores", "overseasWarehouses", "trainingClasses", "seniorTalentHires"), fc.oneof(fc.nat(25), fc.nat(10_000_000)), fc.constantFrom("areaSqm", "monthsOperating", "annualRent", "cost", "__proto__"))
    .map(([list, i, key]) => `e:${list}[${i}].${key}`),
  fc.string({ maxLength: 64 }),
);

type Step =
  | { kind: "typed"; text: string }
  | { kind: "text"; text: string }
  | { kind: "button"; data: string }
  | { kind: "tap"; index: number }
  | { kind: "answer"; variant: number }
  | { kind: "answers"; count: number; variant: number }
  | { kind: "command"; name: string; arg?: string }
  | { kind: "malformed"; body: unknown };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TYPED).map((text) => ({ kind: "typed" as const, text })) },
  { weight: 2, arbitrary: anyText(60).map((text) => ({ kind: "text" as const, text })) },
  { weight: 3, arbitrary: buttonData.map((data) => ({ kind: "button" as const, data })) },
  { weight: 5, arbitrary: fc.nat(40).map((index) => ({ kind: "tap" as const, index })) },
  { weight: 10, arbitrary: fc.nat(1000).map((variant) => ({ kind: "answer" as const, variant })) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("answers" as const), count: fc.integer({ min: 2, max: 30 }), variant: fc.nat(1000) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("command" as const), name: fc.constantFrom(...COMMANDS), arg: fc.option(anyText(40), { nil: undefined }) }) },
  {
    weight: 1,
    arbitrary: fc.oneof(fc.object(), fc.record({ text: fc.anything(), command: fc.anything() }), fc.record({ sessionId: fc.string(), text: fc.string() })).map((body) => ({ kind: "malformed" as const, body })),
  },
);

/** An answer to the question waiting at `path`, as a person (or a careless one) would type it. */
function answerFor(path: string, variant: number): string {
  const pick = <T>(xs: readonly T[]) => xs[variant % xs.length]!;
  if (path === GATE) return pick(["海外仓", "都没有", "其余不清楚", "线下体验店、总部；其余不清楚", "不知道", "随便", "有直播电商"]);
  const info = field(schemaPath(path));
  switch (info.type) {
    case "money":
      return pick(["300万元", "150万美元", "约1200万", "1.2亿元", "0", "260", "1".repeat(30), "半亿", "12,34,567元", "一个亿"]);
    case "ratio":
      return pick(["12%", "1", "0.5", "百分之九", "-5%", "150%", "1e9"]);
    case "integer":
    case "number":
      return pick([info.example ?? "3", "半年", "0", "1.5", "99999999999999", "约20", "3000000"]);
    case "list":
      return pick(["1个", "2", "1", "3个", "0", "20", "21", "3000000"]);
    case "boolean":
      return pick(["是", "是", "是", "否", "不知道"]);
    case "date":
      return pick(["2022-03-01", "2030-01-01", "2022-02-30"]);
    case "enum":
      return pick(Object.values(info.choices!));
    case "enum[]": // mostly the kind with the most questions, lists among them
      return variant % 3 === 0 ? pick(Object.values(info.choices!)) : "跨境电商企业";
    default:
      return pick(["郑州", "郴州市苏仙区", "金水区", "长沙", "zhengzhuo"]);
  }
}

/** A value for a field: mostly of its type and range, sometimes an extreme or of a wrong type. */
function valueOf(info: FieldInfo): fc.Arbitrary<unknown> {
  const number = fc.oneof(
    { weight: 16, arbitrary: info.key === "year" ? fc.integer({ min: 2015, max: 2025 }) : fc.integer({ min: 0, max: 1_000_000_000 }) },
    { weight: info.type === "integer" ? 0 : 4, arbitrary: fc.double({ min: 0, max: 1e12, noNaN: true }) },
    { weight: 1, arbitrary: fc.oneof(fc.double(), fc.constantFrom(-1, 0.5, 1e12, 1e12 + 1, 1e308, Number.MAX_SAFE_INTEGER, 5e-324)) },
  );
  const wrong = fc.oneof(fc.string({ maxLength: 20 }), fc.boolean(), fc.constant(null), fc.array(fc.nat(), { maxLength: 3 }));
  const item = (fields: FieldInfo[]) => fc.record(Object.fromEntries(fields.map((c) => [c.key, valueOf(c)])), { requiredKeys: [] });
  const own = (() => {
    switch (info.type) {
      case "money":
        return fc.record({ amount: number, currency: fc.oneof({ weight: 29, arbitrary: fc.constantFrom("CNY", "USD") }, { weight: 1, arbitrary: fc.constant("EUR") }) });
      case "ratio":
        return fc.oneof(fc.double({ min: -1, max: 1, noNaN: true }), number);
      case "integer":
      case "number":
        return number;
      case "boolean":
        return fc.boolean();
      case "date":
        return fc.constantFrom("2024-06-30", "2019-05-01", "2022-03-01", "2024-02-30", "yesterday");
      case "enum":
        return fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...Object.keys(info.choices ?? {})) }, { weight: 1, arbitrary: fc.constant("other") });
      case "enum[]":
        return fc.array(fc.constantFrom(...KINDS), { minLength: 1, maxLength: 4 });
      case "text":
        return info.path === "city" ? fc.constantFrom("zhengzhou", "chenzhou", "zhengzhou", "chenzhou", "zhengzhou", "chenzhou", "深圳", "zhengzou", "鄭州", "") : fc.string({ maxLength: 30 });
      case "object":
        return item(info.children!);
      case "list":
        return fc.array(item(info.children!), { maxLength: 25 });
    }
  })();
  return fc.oneof({ weight: 49, arbitrary: own as fc.Arbitrary<unknown> }, { weight: 1, arbitrary: wrong });
}

/** A profile: a city and a handful of other fields, as a client would send it. */
const profile = fc
  .subarray(FIELDS.filter((f) => f.key !== "city"), { maxLength: 12 })
  .chain((fields) => fc.record(Object.fromEntries([field("city"), ...fields].map((f) => [f.key, valueOf(f)]))));

const RAW_SCREEN_BODIES = [
  '{"city":"zhengzhou","fxUsdCny":1e309}',
  '{"city":"zhengzhou","crossBorderTrade":{"amount":1e400,"currency":"USD"}}',
  '{"city":"zhengzhou","__proto__":{"polluted":true}}',
  '{"city":"zhengzhou","hq":{"constructor":{"prototype":{"polluted":true}}}}',
  '{"city":',
  "",
  "[]",
  "null",
];

const askBody = fc.record(
  {
    question: fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom("出口信保有什么补贴？", "海外仓租赁有什么补贴", "郑州跨境电商企业国际物流费用有补贴吗？", "如何申请公租房？") },
      { weight: 3, arbitrary: anyText(80) },
      { weight: 1, arbitrary: fc.constantFrom("", " ", "补".repeat(501), "补".repeat(500)) },
    ),
    top: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 1, max: 10 }) }, { weight: 1, arbitrary: fc.oneof(fc.integer({ min: -3, max: 15 }), fc.double(), fc.string({ maxLength: 3 })) }),
    city: fc.constantFrom("zhengzhou", "chenzhou", "chenzhou", "shenzhen"),
    docId: fc.constantFrom(...loadCorpus().documents.map((d) => d.info.docId), "zz-2099-1"),
    inForceOn: fc.constantFrom("2024-06-30", "2020-01-01", "2024-02-30"),
  },
  { requiredKeys: ["question"] },
);

// ---------------------------------------------------------------------------------------------

describe("fuzzed input", () => {
  it("the chat: every step answered, sessions bounded", async () => {
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.array(step, { minLength: 6, maxLength: 24 }), async (screening, steps) => {
        let cookie: string | undefined;
        let buttons: string[] = [];
        const chat = async (payload: unknown) => {
          const res = await send({ method: "POST", url: "/api/chat", payload: payload as object, cookies: cookie ? { chat_session: cookie } : {} });
          const set = res.cookies.find((c) => c.name === "chat_session");
          if (set) cookie = set.value || undefined;
          if (res.statusCode === 200) buttons = (res.json().replies as { buttons?: { data: string }[][] }[]).flatMap((r) => r.buttons?.flat() ?? []).map((b) => b.data);
          const state = cookie ? (await app.store.load(`web:${cookie}`)) : null;
          expect(JSON.stringify(state ?? {}).length).toBeLessThan(STATE_LIMIT);
          return res;
        };
        if (screening) await chat({ command: "screen" });
        for (const s of steps.flatMap((s): Step[] => (s.kind === "answers" ? Array.from({ length: s.count }, (_, i) => ({ kind: "answer", variant: s.variant + i })) : [s]))) {
          const pending = cookie ? (await app.store.load(`web:${cookie}`))?.pending : undefined;
          const payload: Record<string, unknown> =
            s.kind === "typed" || s.kind === "text" ? { text: s.text.slice(0, 1000) }
            : s.kind === "button" ? { button: s.data }
            : s.kind === "tap" ? { button: buttons.length ? buttons[s.index % buttons.length] : "scr" }
            : s.kind === "answer" ? (pending ? { text: answerFor(pending.path, s.variant) } : { command: "screen" })
            : s.kind === "command" ? { command: s.name, ...(s.arg === undefined ? {} : { arg: s.arg.slice(0, 200) }) }
            : ((s as { body: unknown }).body as Record<string, unknown>);
          const res = await chat(payload);
          if (s.kind !== "malformed" && String(payload.button ?? "").length <= 64) expect(res.statusCode, JSON.stringify(payload)).toBe(200);
        }
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it("/api/screen: a result with finite amounts or a 400 naming the problem", async () => {
    for (const body of RAW_SCREEN_BODIES) {
      const res = await send({ method: "POST", url: "/api/screen", payload: body, headers: { "content-type": "application/json" } });
      expect(res.statusCode, body).toBe(400);
      expect(res.json().message, body).toMatch(/[\u4e00-\u9fff]/u);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    await fc.assert(
      fc.asyncProperty(profile, async (body) => {
        const res = await send({ method: "POST", url: "/api/screen", payload: body });
        if (res.statusCode === 400) {
          expect(res.json()).toMatchObject({ error: "invalid_input", problems: expect.any(Array) });
          return;
        }
        expect(res.statusCode).toBe(200);
        const result = res.json();
        expect(Number.isFinite(result.totalCny)).toBe(true);
        for (const r of result.results) expect(r.amountCny === null || Number.isFinite(r.amountCny)).toBe(true);
      }),
      { seed: SEED, numRuns: 550 },
    );
  });

  it("/api/ask: an answer or a 400 naming the field", async () => {
    await fc.assert(
      fc.asyncProperty(askBody, async (body) => {
        const res = await send({ method: "POST", url: "/api/ask", payload: body });
        expect([200, 400]).toContain(res.statusCode);
        if (res.statusCode === 400) expect(res.json().problems.length).toBeGreaterThan(0);
      }),
      { seed: SEED, numRuns: 250 },
    );
  });

  it(`sent at least ${MIN_REQUESTS} requests, each within ${CPU_BUDGET_MS} ms of server CPU time`, () => {
    expect(requests.length).toBeGreaterThanOrEqual(MIN_REQUESTS);
    expect(requests.filter((r) => r.status >= 500)).toEqual([]);
    expect(requests.filter((r) => r.cpuMs > CPU_BUDGET_MS)).toEqual([]);
  });
});
