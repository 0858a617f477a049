// Sessions in one SQLite file (WAL), the embedded default. better-sqlite3 is synchronous, so an
// asynchronous step (the dialogue may wait on the retriever) cannot run inside its transaction:
// the session is read, the step runs, and the write commits only if the row's change stamp is
// still the one read — otherwise another process wrote the session meanwhile and the step runs
// again on the fresh state (until the wait allowed an input has passed: then it is refused).
// Within the process a queue keeps a session's inputs in order, so a retry happens only when two
// processes share the file.
import Database from "better-sqlite3";
import { randomInt } from "node:crypto";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import type { SessionState } from "../dialogue/types.ts";
import { SessionQueue } from "./session-queue.ts";
import { admitUpdate, DEFAULT_WAIT_MS, InFlight, pendingMigrations, SessionBusy, type Migration, type SessionStep, type SessionStore, type StepOptions, type StoreOptions } from "./session-store.ts";

/**
 * Applied in order. Version 1 predates the migrations table: a file at PRAGMA user_version 1 has
 * it applied, and user_version still follows the latest version, so an older program refuses a
 * newer file instead of misreading it.
 */
export const SQLITE_MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: "sessions and the conversation key-value table",
    sql: `CREATE TABLE sessions (
       id TEXT PRIMARY KEY,
       state TEXT NOT NULL,
       updated_at TEXT NOT NULL
     );
     CREATE TABLE kv (
       namespace TEXT NOT NULL,
       key TEXT NOT NULL,
       owner TEXT NOT NULL,
       value TEXT NOT NULL,
       updated_at TEXT NOT NULL,
       PRIMARY KEY (namespace, key)
     );
     CREATE INDEX kv_owner ON kv (owner);`,
  },
  {
    // The Telegram conversation logs are gone: the dialogue core keeps the whole screening.
    version: 2,
    name: "change stamps and applied update ids on sessions; idle expiry index; no conversation logs",
    sql: `ALTER TABLE sessions ADD COLUMN stamp INTEGER NOT NULL DEFAULT 0;
     ALTER TABLE sessions ADD COLUMN update_ids TEXT NOT NULL DEFAULT '[]';
     CREATE INDEX sessions_updated_at ON sessions (updated_at);
     DROP TABLE kv;`,
  },
];

/** The longest pause before trying a step again, so two processes do not collide in step again. */
const MAX_BACKOFF_MS = 10;

interface SessionRow {
  state: string;
  stamp: number;
  update_ids: string;
}

export class SqliteStore implements SessionStore {
  readonly engine = "sqlite";
  private readonly queue: SessionQueue;
  private readonly inFlight = new InFlight();
  private readonly waitMs: number;
  private readonly now: () => Date;
  private readonly statements;

  private constructor(
    private readonly db: Database.Database,
    options: StoreOptions,
  ) {
    this.waitMs = options.waitMs ?? DEFAULT_WAIT_MS;
    this.queue = new SessionQueue(this.waitMs);
    this.now = options.now ?? (() => new Date());
    this.statements = {
      read: db.prepare<[string], SessionRow>("SELECT state, stamp, update_ids FROM sessions WHERE id = ?"),
      stamp: db.prepare<[string], { stamp: number }>("SELECT stamp FROM sessions WHERE id = ?"),
      write: db.prepare(
        `INSERT INTO sessions (id, state, stamp, update_ids, updated_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT(id) DO UPDATE SET state = excluded.state, stamp = excluded.stamp, update_ids = excluded.update_ids, updated_at = excluded.updated_at`,
      ),
      forget: db.prepare("DELETE FROM sessions WHERE id = ?"),
      expire: db.prepare("DELETE FROM sessions WHERE updated_at < ?"),
    };
  }

  static open(file: string, options: StoreOptions = {}): SqliteStore {
    if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
    const db = new Database(file);
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    db.pragma("busy_timeout = 5000");
    migrate(db);
    return new SqliteStore(db, options);
  }

  /** The latest migration applied. */
  get schemaVersion(): number {
    return appliedVersion(this.db);
  }

  async load(sessionId: string): Promise<SessionState | null> {
    const row = this.statements.read.get(sessionId);
    return row ? (JSON.parse(row.state) as SessionState) : null;
  }

  withSession<T extends SessionStep>(sessionId: string, step: (current: SessionState | null) => Promise<T>, options: StepOptions = {}): Promise<T | null> {
    return this.inFlight.track(this.queue.run(sessionId, async () => {
      const giveUpAt = Date.now() + this.waitMs;
      for (;;) {
        const row = this.statements.read.get(sessionId);
        const updateIds = admitUpdate(row ? (JSON.parse(row.update_ids) as number[]) : [], options.updateId);
        if (updateIds === null) return null;
        const result = await step(row ? (JSON.parse(row.state) as SessionState) : null);
        const committed = this.db
          .transaction(() => {
            if (this.statements.stamp.get(sessionId)?.stamp !== row?.stamp) return false;
            this.statements.write.run(sessionId, JSON.stringify(result.state), nextStamp(row?.stamp), JSON.stringify(updateIds), this.now().toISOString());
            return true;
          })
          .immediate();
        if (committed) return result;
        if (Date.now() >= giveUpAt) throw new SessionBusy(sessionId);
        await new Promise((resolve) => setTimeout(resolve, randomInt(1, MAX_BACKOFF_MS + 1)));
      }
    }));
  }

  async forget(sessionId: string): Promise<void> {
    this.statements.forget.run(sessionId);
  }

  async expireIdle(idleSince: Date): Promise<number> {
    return this.statements.expire.run(idleSince.toISOString()).changes;
  }

  async ping(): Promise<void> {
    this.db.prepare("SELECT 1").get();
  }

  async close(): Promise<void> {
    await this.inFlight.settled();
    this.db.close();
  }
}

/** A stamp other than the one read: random, so a session forgotten and begun again never repeats the stamp a slow writer read. */
function nextStamp(previous: number | undefined): number {
  let stamp: number;
  do stamp = randomInt(1, 2 ** 47);
  while (stamp === previous);
  return stamp;
}

function appliedVersion(db: Database.Database): number {
  return (db.prepare("SELECT max(version) AS v FROM schema_migrations").get() as { v: number | null }).v ?? 0;
}

/** Applies the pending migrations one transaction each, checking again inside it: two processes may open one file at once. */
function migrate(db: Database.Database): void {
  const record = (m: Migration) => db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)").run(m.version, m.name, new Date().toISOString());
  const applyNext = db.transaction((): boolean => {
    db.exec("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
    // A file from before the migrations table: user_version says how far it went.
    const legacy = db.pragma("user_version", { simple: true }) as number;
    if (appliedVersion(db) === 0 && legacy > 0) SQLITE_MIGRATIONS.filter((m) => m.version <= legacy).forEach(record);
    const [next] = pendingMigrations(SQLITE_MIGRATIONS, Math.max(appliedVersion(db), legacy));
    if (!next) return false;
    db.exec(next.sql);
    record(next);
    db.pragma(`user_version = ${next.version}`);
    return true;
  });
  while (applyNext.immediate());
}
