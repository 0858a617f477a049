// Several instances on one PostgreSQL database, as behind a load balancer: two in-process apps
// with their HTTP servers on their own ports, and real child processes (`bot/main.ts`) for what
// only a process can show — SIGKILL in the middle of a screening, SIGTERM with a request in flight.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import type { Update } from "grammy/types";
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createApp, type App } from "../bot/app.ts";
import { bound } from "../bot/dialogue/buttons.ts";
import { ACTIVITIES } from "../policies/activities.ts";
import type { Pending } from "../bot/dialogue/types.ts";
import { EXAMPLE_PROFILE } from "../bot/http/routes/screen.ts";
import { buildServer } from "../bot/http/server.ts";
import { LOCK_SESSION } from "../bot/store/postgres-store.ts";
import { startTelegram, WEBHOOK_PATH } from "../bot/telegram/start.ts";
import { loadConfig, type Config } from "../config.ts";
import { field, schemaPath } from "../policies/fields.ts";
import { KINDS } from "../policies/profile.ts";
import { reportSections } from "../policies/report.ts";
import type { ScreenResult } from "../policies/result.ts";
import { describeWithPostgres } from "./helpers/postgres.ts";
import { answerSteps, AS_OF, expectedTotal, FakeTelegram, ScriptedUser, SELLER } from "./helpers/telegram.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const TOKEN = "123456:TEST-TOKEN";
const SECRET = "load-balanced_webhook-secret";
const DAY = 24 * 60 * 60 * 1000;

/** The enterprise screened through the web chat: the example of the API docs. */
const TRUTH = EXAMPLE_PROFILE as unknown as Record<string, unknown> & { asOf: string };

interface ChatTurn {
  status: number;
  sessionId: string;
  replies: { text: string; buttons?: { data: string }[][] }[];
  mode: string;
  error?: string;
  message?: string;
}

const post = async (base: string, path: string, body: object, headers: Record<string, string> = {}) => {
  const res = await fetch(`${base}${path}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : {}) as Record<string, unknown> };
};

/**
 * One message of the web chat to the instance at `base`, in the session `sessionId` (sent as the
 * cookie a browser keeps); the turn carries the session id the server issued or kept.
 */
async function chat(base: string, { sessionId, ...body }: Record<string, unknown>): Promise<ChatTurn> {
  const res = await fetch(`${base}/api/chat`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(sessionId ? { cookie: `chat_session=${sessionId as string}` } : {}) },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  const issued = /chat_session=([^;]*)/u.exec(res.headers.get("set-cookie") ?? "")?.[1];
  return { status: res.status, ...(text ? JSON.parse(text) : {}), sessionId: issued || (sessionId as string) };
}

/** The answers to the waiting question: typed, or its buttons' data naming the question's instance. */
const answersFor = (pending: Pending, truth: Record<string, unknown>) =>
  answerSteps(pending, truth).map((s) => ("say" in s ? { text: s.say } : { button: bound(s.press, pending.id) }));

/** A running `bot/main.ts` on a free port. */
interface Child {
  base: string;
  process: ChildProcess;
  exited: Promise<number | null>;
  /** What it has written to stderr so far. */
  log(): string;
}

async function startChild(env: Record<string, string>): Promise<Child> {
  const child = spawn(process.execPath, ["--import", "tsx/esm", "bot/main.ts"], {
    cwd: root,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: "0", HOST: "127.0.0.1", RATE_LIMIT_PER_MINUTE: "0", ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  let stderr = "";
  const base = await new Promise<string>((resolve, reject) => {
    child.stderr!.setEncoding("utf8");
    child.stderr!.on("data", (chunk: string) => {
      stderr += chunk;
      const listening = /http: listening on (http:\/\/127\.0\.0\.1:\d+)/u.exec(stderr);
      if (listening) resolve(listening[1]!);
    });
    void exited.then((code) => reject(new Error(`the instance exited (${code}) before listening:\n${stderr}`)));
  });
  // Ready once the index is loaded and the database answers.
  for (let i = 0; ; i++) {
    const ready = await fetch(`${base}/readyz`).then((r) => r.status);
    if (ready === 200) break;
    if (i > 600) throw new Error("the instance did not become ready");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { base, process: child, exited, log: () => stderr };
}

describeWithPostgres("two instances on one PostgreSQL database", (db) => {
  const dataDir = mkdtempSync(join(tmpdir(), "instances-test-"));
  let apiRoot: string;
  const telegram = new FakeTelegram();
  const instances: { app: App; server: FastifyInstance; base: string }[] = [];
  const [a, b] = [() => instances[0]!, () => instances[1]!];

  const configFor = (): Config => ({
    ...loadConfig({}),
    dataDir,
    databaseUrl: db.url(),
    telegram: { token: TOKEN, webhookUrl: "https://bot.example.com/telegram/webhook", webhookSecret: SECRET, apiRoot },
  });

  beforeAll(async () => {
    apiRoot = await telegram.listen();
    // The index is built once, by the first app, and read by every instance after it.
    const seed = createApp({ ...configFor(), databaseUrl: undefined }, () => undefined);
    await seed.retriever;
    await seed.close();
    for (let i = 0; i < 2; i++) {
      const app = createApp(configFor(), () => undefined);
      const server = await buildServer(app, { logger: false, rateLimit: false });
      await startTelegram(app, server, () => undefined, { rateLimit: { updates: 1000, windowMs: 10_000 } });
      await server.listen({ port: 0, host: "127.0.0.1" });
      await app.retriever;
      instances.push({ app, server, base: `http://127.0.0.1:${(server.server.address() as AddressInfo).port}` });
    }
  });
  afterAll(async () => {
    for (const { app, server } of instances) {
      await server.close();
      await app.close();
    }
    await telegram.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("are both ready on PostgreSQL", async () => {
    for (const { base } of instances) {
      expect(await fetch(`${base}/readyz`).then((r) => r.json())).toEqual({ ready: true, retrieval: "hybrid", database: "postgres" });
    }
  });

  it("take a screening alternating between them, request by request, to the result /api/screen gives", async () => {
    let turn = await chat(a().base, { command: "screen", arg: TRUTH.asOf });
    const { sessionId } = turn;
    let requests = 1;
    while (turn.mode === "screening") {
      expect(requests).toBeLessThan(80);
      const { pending } = (await a().app.store.load(`web:${sessionId}`))!;
      for (const body of answersFor(pending!, TRUTH)) {
        turn = await chat([a, b][requests++ % 2]!().base, { sessionId, ...body });
        expect(turn.status).toBe(200);
      }
    }
    const expected = (await post(b().base, "/api/screen", TRUTH)).body as unknown as ScreenResult;
    expect(expected.totalCny).toBeGreaterThan(0);
    expect(turn.replies.map((r) => r.text).join("\n")).toContain(reportSections(expected).total);
  });

  it("apply 50 answers sent to one session at once, over both, each exactly once to the question it answers", async () => {
    // Every kind ticked: many questions, each of which may be skipped.
    let turn = await chat(a().base, { command: "screen", arg: TRUTH.asOf });
    const { sessionId } = turn;
    await chat(b().base, { sessionId, text: "郑州" });
    const kinds = (await a().app.store.load(`web:${sessionId}`))!.pending!.id;
    for (const kind of KINDS) await chat(a().base, { sessionId, button: bound(`k:${kind}`, kinds) });
    await chat(b().base, { sessionId, button: bound("kd", kinds) });
    // Every activity ticked on the gate: every clause stays in play.
    const gate = (await a().app.store.load(`web:${sessionId}`))!.pending!.id;
    for (const activity of ACTIVITIES) await chat(b().base, { sessionId, button: bound(`g:${activity.id}`, gate) });
    turn = await chat(a().base, { sessionId, button: bound("gd", gate) });
    expect(turn.mode).toBe("screening");
    const before = (await a().app.store.load(`web:${sessionId}`))!;

    const turns = await Promise.all(Array.from({ length: 50 }, (_, i) => chat([a, b][i % 2]!().base, { sessionId, text: "跳过" })));
    const refused = turns.filter((t) => t.status !== 200);
    for (const t of refused) expect([t.status, t.error, t.message]).toEqual([409, "session_busy", expect.stringContaining("请稍后重新发送")]);
    // A question may ask several facts: its skip names each of them.
    const skips = turns.flatMap((t) => (t.status === 200 ? [t.replies[0]!.text] : [])).filter((text) => text.startsWith("已跳过"));
    expect(skips.length).toBeGreaterThan(10);

    // The state holds exactly the skips that were answered, each question skipped once.
    const after = (await b().app.store.load(`web:${sessionId}`))!;
    const newlySkipped = after.skipped.slice(before.skipped.length);
    expect(new Set(newlySkipped).size).toBe(newlySkipped.length);
    for (const path of newlySkipped) expect(skips.filter((text) => text.includes(`“${field(schemaPath(path)).label}”`)).length).toBeGreaterThan(0);
    expect(skips.join("").match(/“/gu)!.length).toBeGreaterThanOrEqual(newlySkipped.length);
    expect(after.asked - before.asked).toBe(after.mode === "screening" ? skips.length : skips.length - 1);
  });

  it("continue a screening on one instance after another was killed in the middle of it, losing nothing answered", async () => {
    const child = await startChild({ DATABASE_URL: db.url(), DATA_DIR: dataDir });
    let turn = await chat(child.base, { command: "screen", arg: TRUTH.asOf });
    const { sessionId } = turn;
    const key = `web:${sessionId}`;
    for (let i = 0; i < 3; i++) {
      const { pending } = (await a().app.store.load(key))!;
      for (const body of answersFor(pending!, TRUTH)) expect((await chat(child.base, { sessionId, ...body })).status).toBe(200);
    }
    const answered = (await a().app.store.load(key))!;
    expect(answered.asked).toBeGreaterThanOrEqual(4);
    // One more answer in flight as the process dies: applied whole or not at all.
    const { pending } = answered;
    const inFlight = chat(child.base, { sessionId, ...answersFor(pending!, TRUTH)[0]! }).catch(() => null);
    child.process.kill("SIGKILL");
    await child.exited;
    await inFlight;
    const survived = (await a().app.store.load(key))!;
    expect(survived.profile).toMatchObject(answered.profile);
    expect([answered.asked, answered.asked + 1]).toContain(survived.asked);

    turn = { ...turn, mode: "screening" };
    for (let requests = 0; turn.mode === "screening"; requests++) {
      expect(requests).toBeLessThan(80);
      const { pending: next } = (await b().app.store.load(key))!;
      for (const body of answersFor(next!, TRUTH)) turn = await chat(b().base, { sessionId, ...body });
    }
    const expected = (await post(a().base, "/api/screen", TRUTH)).body as unknown as ScreenResult;
    expect(turn.replies.map((r) => r.text).join("\n")).toContain(reportSections(expected).total);
  });

  it("on SIGTERM stop taking requests, finish the one in flight, close the pool and exit 0", async () => {
    const child = await startChild({ DATABASE_URL: db.url(), DATA_DIR: dataDir });
    const { sessionId } = await chat(child.base, { command: "start" });
    // The test holds the session, so the next message stays in flight until it lets go.
    const holder = new pg.Client({ connectionString: db.url() });
    await holder.connect();
    await holder.query("BEGIN");
    await holder.query(LOCK_SESSION, [`web:${sessionId}`]);
    const inFlight = chat(child.base, { sessionId, command: "screen", arg: TRUTH.asOf });
    // Under way once the instance waits for the session's lock.
    for (let i = 0; ; i++) {
      const { rows } = await holder.query("SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted");
      if (rows[0].n > 0) break;
      if (i > 600) throw new Error("the request never reached the database");
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    child.process.kill("SIGTERM");
    // Stopped taking requests: a new connection is refused, one kept alive gets 503.
    for (let i = 0; ; i++) {
      const refused = await fetch(`${child.base}/healthz`).then(
        (r) => r.status === 503,
        () => true,
      );
      if (refused) break;
      if (i > 600) throw new Error("the instance kept taking requests after SIGTERM");
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await holder.query("COMMIT");
    await holder.end();
    const finished = await inFlight;
    expect(finished.status).toBe(200);
    expect(finished.mode).toBe("screening");
    expect(await child.exited, child.log()).toBe(0);
    expect(child.log()).toContain("SIGTERM: stopped");
    expect((await a().app.store.load(`web:${sessionId}`))!.mode).toBe("screening");
  });

  it("apply each Telegram update of a chat once, when it is delivered to both at once", async () => {
    const deliverToBoth = async (update: Update) => {
      const calls = instances.map(({ base }) => post(base, WEBHOOK_PATH, update, { "x-telegram-bot-api-secret-token": SECRET }));
      for (const { status } of await Promise.all(calls)) expect(status).toBe(200);
    };
    let next = 0;
    const deliverToOne = async (update: Update) => {
      expect((await post(instances[next++ % 2]!.base, WEBHOOK_PATH, update, { "x-telegram-bot-api-secret-token": SECRET })).status).toBe(200);
    };
    const twice = new ScriptedUser(telegram, 901, deliverToBoth);
    const once = new ScriptedUser(telegram, 902, deliverToOne);
    for (const u of [twice, once]) {
      await u.say(`/screen ${AS_OF}`);
      await u.finishScreening(a().app, SELLER);
    }
    // Delivered twice, the screening said exactly what it says delivered once.
    expect(twice.sent.map((m) => m.text)).toEqual(once.sent.map((m) => m.text));
    expect(twice.sent.find((m) => m.text.includes("合计"))!.text).toContain(expectedTotal(a().app, SELLER).line);

    // A burst of different updates of the chat, each to both instances at once: all applied, once.
    await twice.say(`/screen ${AS_OF}`);
    await twice.say("/reset");
    await twice.say(`/screen ${AS_OF}`);
    await twice.press("a:zhengzhou");
    const question = twice.sent.at(-1)!;
    const kinds = (await a().app.store.load(twice.sessionId))!.pending!.id;
    const ticks = KINDS.slice(0, 6).map((kind) => telegram.press(twice.id, question, bound(`k:${kind}`, kinds)));
    await Promise.all(ticks.map(deliverToBoth));
    expect((await b().app.store.load(twice.sessionId))!.pending!.kindsTicked!.sort()).toEqual(KINDS.slice(0, 6).sort());
  });

  it("expire only the sessions idle longer than SESSION_TTL_DAYS", async () => {
    let clock = new Date("2002-01-01T00:00:00Z").getTime();
    const app = createApp({ ...configFor(), sessionTtlDays: 30 }, () => undefined, { now: () => new Date(clock) });
    try {
      await app.dialogue.handle("web:idle-one", { kind: "command", name: "start" });
      clock += 20 * DAY;
      await app.dialogue.handle("web:active-one", { kind: "command", name: "start" });
      clock += 15 * DAY;
      expect(await app.expireIdleSessions()).toBe(1);
      expect(await app.store.load("web:idle-one")).toBeNull();
      expect(await app.store.load("web:active-one")).not.toBeNull();
    } finally {
      await app.close();
    }
  });
});
