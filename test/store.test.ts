// The session store's contract, run against both engines: SQLite (a real file; a second
// connection to it stands for a second process) and PostgreSQL (a real server; a second pool
// stands for a second instance). Then what each engine does on its own: migrations, retries.
import Database from "better-sqlite3";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { newSession, type SessionState } from "../bot/dialogue/types.ts";
import { LOCK_SESSION, PostgresStore } from "../bot/store/postgres-store.ts";
import { SessionBusy, UPDATE_WINDOW, type SessionStore, type StoreOptions } from "../bot/store/session-store.ts";
import { SQLITE_MIGRATIONS, SqliteStore } from "../bot/store/sqlite-store.ts";
import { describeWithPostgres } from "./helpers/postgres.ts";

const DAY = 24 * 60 * 60 * 1000;

/** A step that counts: `asked` is the number of steps applied to the session. */
const increment = (current: SessionState | null) => {
  const state = current ?? newSession();
  return Promise.resolve({ state: { ...state, asked: state.asked + 1 }, seen: state.asked });
};

/** A step that takes a while (other steps get their turn at the event loop meanwhile). */
const slowIncrement = async (current: SessionState | null) => {
  await new Promise((resolve) => setImmediate(resolve));
  return increment(current);
};

/** A promise and the function that settles it: a step held open until a test lets it go. */
function gate(): { opened: Promise<void>; open: () => void } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

/** Opens a store on the engine's shared database: each call is another process or instance. */
type Open = (options?: StoreOptions) => SessionStore;

function storeContract(engine: string, openOn: () => Open): void {
  const opened: SessionStore[] = [];
  let open: Open;
  const store = (options?: StoreOptions) => {
    open ??= openOn();
    const s = open(options);
    opened.push(s);
    return s;
  };
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((s) => s.close()));
  });
  let n = 0;
  const sessionId = () => `${engine}:contract-${++n}`;

  it("creates a session with its first step, returns the step's result and hands the saved state to the next", async () => {
    const s = store();
    const id = sessionId();
    expect(await s.load(id)).toBeNull();
    const first = await s.withSession(id, increment);
    expect(first).toMatchObject({ seen: 0 });
    expect((await s.load(id))!.asked).toBe(1);
    expect(await s.withSession(id, increment)).toMatchObject({ seen: 1 });
    expect((await s.load(id))!.asked).toBe(2);
  });

  it("saves nothing of a step that fails", async () => {
    const s = store();
    const id = sessionId();
    await s.withSession(id, increment);
    await expect(s.withSession(id, async () => Promise.reject(new Error("step failed")))).rejects.toThrow("step failed");
    expect((await s.load(id))!.asked).toBe(1);
    expect(await s.withSession(id, increment)).toMatchObject({ seen: 1 });
  });

  it("applies an update id once: a redelivery runs no step and returns null", async () => {
    const s = store();
    const id = sessionId();
    let steps = 0;
    const counted = (current: SessionState | null) => ((steps += 1), increment(current));
    expect(await s.withSession(id, counted, { updateId: 500 })).toMatchObject({ seen: 0 });
    expect(await s.withSession(id, counted, { updateId: 500 })).toBeNull();
    // Overtaken by a later one (another chat of the same user), an earlier update is still applied, once.
    expect(await s.withSession(id, counted, { updateId: 502 })).toMatchObject({ seen: 1 });
    expect(await s.withSession(id, counted, { updateId: 501 })).toMatchObject({ seen: 2 });
    expect(await s.withSession(id, counted, { updateId: 501 })).toBeNull();
    expect(steps).toBe(3);
    expect((await s.load(id))!.asked).toBe(3);
  });

  it("remembers a window of update ids: one older than all of a full window counts as delivered before", async () => {
    const s = store();
    const id = sessionId();
    for (let u = 1000; u < 1000 + UPDATE_WINDOW + 5; u++) await s.withSession(id, increment, { updateId: u });
    expect(await s.withSession(id, increment, { updateId: 1003 })).toBeNull();
    expect(await s.withSession(id, increment, { updateId: 1000 + UPDATE_WINDOW + 4 })).toBeNull();
    expect((await s.load(id))!.asked).toBe(UPDATE_WINDOW + 5);
  });

  it("applies concurrent steps of one session one after the other, none lost", async () => {
    const s = store();
    const id = sessionId();
    const results = await Promise.all(Array.from({ length: 30 }, () => s.withSession(id, slowIncrement)));
    expect(results.map((r) => r!.seen).sort((a, b) => a - b)).toEqual([...Array(30).keys()]);
    expect((await s.load(id))!.asked).toBe(30);
  });

  it("serializes one session across two instances on one database, a new session included", async () => {
    const [a, b] = [store(), store()];
    const id = sessionId();
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).withSession(id, slowIncrement)));
    // Each step saw a different count: no two read the same state.
    expect(results.map((r) => r!.seen).sort((x, y) => x - y)).toEqual([...Array(40).keys()]);
    expect((await a.load(id))!.asked).toBe(40);
    expect((await b.load(id))!.asked).toBe(40);
  });

  it("applies an update delivered to two instances at once only once", async () => {
    const [a, b] = [store(), store()];
    const id = sessionId();
    const results = await Promise.all([a, b, a, b].map((s) => s.withSession(id, slowIncrement, { updateId: 77 })));
    expect(results.filter((r) => r !== null)).toHaveLength(1);
    expect((await a.load(id))!.asked).toBe(1);
  });

  it("refuses, with SessionBusy, an input that waits too long for its session", async () => {
    const s = store({ waitMs: 100 });
    const id = sessionId();
    const held = gate();
    const holder = s.withSession(id, async (current) => {
      await held.opened;
      return increment(current);
    });
    await expect(s.withSession(id, increment)).rejects.toBeInstanceOf(SessionBusy);
    held.open();
    await holder;
    expect((await s.load(id))!.asked).toBe(1); // the refused input left nothing behind
    expect(await s.withSession(id, increment)).toMatchObject({ seen: 1 });
  });

  it("forgets a session; the next input starts afresh", async () => {
    const [a, b] = [store(), store()];
    const id = sessionId();
    await a.withSession(id, increment);
    await a.withSession(id, increment);
    await b.forget(id);
    expect(await a.load(id)).toBeNull();
    expect(await a.withSession(id, increment)).toMatchObject({ seen: 0 });
  });

  it("expires the sessions idle since the cutoff, and only those", async () => {
    // Long ago, so the other tests' sessions on the same database are never idle by this clock.
    let clock = new Date("2001-01-01T00:00:00Z").getTime();
    const s = store({ now: () => new Date(clock) });
    const [idle, recent, touched] = [sessionId(), sessionId(), sessionId()];
    await s.withSession(idle, increment);
    await s.withSession(touched, increment);
    clock += 20 * DAY;
    await s.withSession(recent, increment);
    await s.withSession(touched, increment); // used again: its idle time starts over
    clock += 15 * DAY;
    const cutoff = new Date(clock - 30 * DAY);
    expect(await s.expireIdle(cutoff)).toBe(1);
    expect(await s.load(idle)).toBeNull();
    expect((await s.load(recent))!.asked).toBe(1);
    expect((await s.load(touched))!.asked).toBe(2);
    expect(await s.expireIdle(cutoff)).toBe(0);
  });

  it("lets the steps under way finish and save before it closes", async () => {
    open ??= openOn();
    const [s, reader] = [open(), store()];
    const id = sessionId();
    const held = gate();
    const step = s.withSession(id, async (current) => {
      await held.opened;
      return increment(current);
    });
    const queued = s.withSession(id, increment);
    const closed = s.close();
    held.open();
    expect(await step).toMatchObject({ seen: 0 });
    expect(await queued).toMatchObject({ seen: 1 });
    await closed;
    expect((await reader.load(id))!.asked).toBe(2);
  });

  it("answers ping while the database is there", async () => {
    await expect(store().ping()).resolves.toBeUndefined();
  });
}

// ---------------------------------------------------------------------------------------------

const scratch = mkdtempSync(join(tmpdir(), "store-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("the store contract on SQLite", () => {
  storeContract("sqlite", () => {
    const file = join(scratch, "contract.sqlite");
    return (options) => SqliteStore.open(file, options);
  });
});

describeWithPostgres("the store contract on PostgreSQL", (db) => {
  storeContract("postgres", () => (options) => new PostgresStore(db.url(), options));
});

// ---------------------------------------------------------------------------------------------

describe("SQLite", () => {
  it("opens a database file of the schema before migrations were recorded and migrates it forward, keeping its sessions", async () => {
    const file = join(scratch, "legacy.sqlite");
    const old = new Database(file);
    old.pragma("journal_mode = WAL");
    old.exec(SQLITE_MIGRATIONS[0]!.sql);
    old.pragma("user_version = 1");
    const state = { ...newSession(), mode: "screening", profile: { city: "zhengzhou" }, pending: { path: "kinds" }, asked: 2 };
    old.prepare("INSERT INTO sessions (id, state, updated_at) VALUES (?, ?, ?)").run("tg:1", JSON.stringify(state), new Date().toISOString());
    old.prepare("INSERT INTO kv (namespace, key, owner, value, updated_at) VALUES ('conversations', 'tg:1', 'tg:1', '{}', ?)").run(new Date().toISOString());
    old.close();

    const store = SqliteStore.open(file);
    expect(store.schemaVersion).toBe(SQLITE_MIGRATIONS.at(-1)!.version);
    expect(await store.load("tg:1")).toEqual(state);
    expect(await store.withSession("tg:1", increment)).toMatchObject({ seen: 2 });
    await store.close();

    const check = new Database(file, { readonly: true });
    expect(check.prepare("SELECT version FROM schema_migrations ORDER BY version").all()).toEqual(SQLITE_MIGRATIONS.map((m) => ({ version: m.version })));
    expect(check.pragma("user_version", { simple: true })).toBe(SQLITE_MIGRATIONS.at(-1)!.version);
    expect(check.prepare("SELECT name FROM sqlite_master WHERE name = 'kv'").get()).toBeUndefined();
    check.close();
  });

  it("refuses a database file a newer program has migrated further", () => {
    const file = join(scratch, "newer.sqlite");
    const db = new Database(file);
    db.pragma("user_version = 99");
    db.close();
    expect(() => SqliteStore.open(file)).toThrow(/schema version 99 is newer than this program/);
  });

  it("runs a step again on the fresh state when another process wrote the session meanwhile", async () => {
    const file = join(scratch, "retry.sqlite");
    const [a, b] = [SqliteStore.open(file), SqliteStore.open(file)];
    const held = gate();
    let runs = 0;
    const slow = a.withSession("web:retry", async (current) => {
      runs += 1;
      if (runs === 1) await held.opened;
      return increment(current);
    });
    await new Promise((resolve) => setImmediate(resolve)); // a has read the session and is in its step
    expect(await b.withSession("web:retry", increment)).toMatchObject({ seen: 0 });
    held.open();
    expect(await slow).toMatchObject({ seen: 1 }); // its first try saw 0, but b had written meanwhile
    expect(runs).toBe(2);
    expect((await a.load("web:retry"))!.asked).toBe(2);
    await Promise.all([a.close(), b.close()]);
  });
});

describeWithPostgres("PostgreSQL", (db) => {
  it("migrates once when instances start together, recording each version", async () => {
    const stores = Array.from({ length: 3 }, () => new PostgresStore(db.url()));
    await Promise.all(stores.map((s) => s.ping()));
    const client = new pg.Client({ connectionString: db.url() });
    await client.connect();
    const { rows } = await client.query("SELECT version FROM schema_migrations ORDER BY version");
    expect(rows).toEqual([{ version: 1 }]);
    await client.query("INSERT INTO schema_migrations (version, name) VALUES (99, 'from the future')");
    const newer = new PostgresStore(db.url());
    await expect(newer.ping()).rejects.toThrow(/schema version 99 is newer than this program/);
    await Promise.all([...stores, newer].map((s) => s.close()));
    await client.query("DELETE FROM schema_migrations WHERE version = 99");
    await client.end();
  });

  it("starts before its database is there, and serves once it is", async () => {
    const url = new URL(db.url());
    const name = `${url.pathname.slice(1)}_later`;
    url.pathname = `/${name}`;
    const store = new PostgresStore(url.toString());
    await expect(store.ping()).rejects.toThrow(/does not exist/);
    const admin = new pg.Client({ connectionString: db.url() });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await store.ping();
    expect(await store.withSession("tg:later", increment)).toMatchObject({ seen: 0 });
    await store.close();
    await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
    await admin.end();
  });

  it("refuses an input whose session another instance keeps locked, applying nothing", async () => {
    const store = new PostgresStore(db.url(), { waitMs: 200 });
    await store.withSession("tg:busy", increment);
    const other = new pg.Client({ connectionString: db.url() });
    await other.connect();
    await other.query("BEGIN");
    await other.query(LOCK_SESSION, ["tg:busy"]);
    await expect(store.withSession("tg:busy", increment)).rejects.toBeInstanceOf(SessionBusy);
    await other.query("COMMIT");
    await other.end();
    expect((await store.load("tg:busy"))!.asked).toBe(1);
    expect(await store.withSession("tg:busy", increment)).toMatchObject({ seen: 1 });
    await store.close();
  });
});
