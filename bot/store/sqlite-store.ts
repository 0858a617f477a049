// Sessions, saved profiles and the Telegram conversation state in one SQLite file (WAL), with
// versioned migrations. Every save is a single statement, so a killed process keeps every answer
// already given.
import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import type { SessionState } from "../dialogue/types.ts";
import type { SessionStore } from "./session-store.ts";

/** Applied in order; PRAGMA user_version records how many have run. Never edit one that shipped. */
const MIGRATIONS: string[] = [
  `CREATE TABLE sessions (
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
];

export class SqliteStore implements SessionStore {
  private constructor(private readonly db: Database.Database) {}

  static open(file: string): SqliteStore {
    if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
    const db = new Database(file);
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    db.pragma("busy_timeout = 5000");
    migrate(db);
    return new SqliteStore(db);
  }

  get schemaVersion(): number {
    return this.db.pragma("user_version", { simple: true }) as number;
  }

  load(sessionId: string): SessionState | null {
    const row = this.db.prepare("SELECT state FROM sessions WHERE id = ?").get(sessionId) as { state: string } | undefined;
    return row ? (JSON.parse(row.state) as SessionState) : null;
  }

  save(sessionId: string, state: SessionState): void {
    this.db
      .prepare("INSERT INTO sessions (id, state, updated_at) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at")
      .run(sessionId, JSON.stringify(state), new Date().toISOString());
  }

  forget(sessionId: string): void {
    this.db.transaction(() => {
      this.db.prepare("DELETE FROM sessions WHERE id = ?").run(sessionId);
      this.db.prepare("DELETE FROM kv WHERE owner = ?").run(sessionId);
    })();
  }

  /** A namespaced key-value table (Telegram conversation state), each row owned by a session. */
  keyValue(namespace: string, ownerOf: (key: string) => string) {
    const get = this.db.prepare("SELECT value FROM kv WHERE namespace = ? AND key = ?");
    const put = this.db.prepare(
      "INSERT INTO kv (namespace, key, owner, value, updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(namespace, key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
    );
    const del = this.db.prepare("DELETE FROM kv WHERE namespace = ? AND key = ?");
    return {
      read: (key: string): unknown => {
        const row = get.get(namespace, key) as { value: string } | undefined;
        return row ? JSON.parse(row.value) : undefined;
      },
      write: (key: string, value: unknown): void => void put.run(namespace, key, ownerOf(key), JSON.stringify(value), new Date().toISOString()),
      delete: (key: string): void => void del.run(namespace, key),
    };
  }

  close(): void {
    this.db.close();
  }
}

function migrate(db: Database.Database): void {
  const applied = db.pragma("user_version", { simple: true }) as number;
  if (applied > MIGRATIONS.length) throw new Error(`database schema version ${applied} is newer than this program (${MIGRATIONS.length})`);
  MIGRATIONS.slice(applied).forEach((sql, i) => {
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${applied + i + 1}`);
    })();
  });
}
