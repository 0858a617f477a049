// Sessions in PostgreSQL, for several instances on one database. Each step is one transaction
// that first takes an advisory lock on the session id — a lock that exists before the session's
// row does, so two instances starting the same new session also go one after the other — then
// reads the state, runs the step and writes the state with the update ids it has applied.
import pg from "pg";
import type { SessionState } from "../dialogue/types.ts";
import { SessionQueue } from "./session-queue.ts";
import { admitUpdate, DEFAULT_WAIT_MS, InFlight, pendingMigrations, SessionBusy, type Migration, type SessionStep, type SessionStore, type StepOptions, type StoreOptions } from "./session-store.ts";

export const POSTGRES_MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: "sessions with their applied update ids",
    sql: `CREATE TABLE sessions (
       id text PRIMARY KEY,
       state jsonb NOT NULL,
       update_ids bigint[] NOT NULL DEFAULT '{}',
       updated_at timestamptz NOT NULL
     );
     CREATE INDEX sessions_updated_at ON sessions (updated_at);`,
  },
];

/** The advisory lock of a session within a transaction (any other client may take the same one to hold a session). */
export const LOCK_SESSION = "SELECT pg_advisory_xact_lock(hashtextextended($1, 0))";
/** Held while migrating, so instances starting together migrate once. */
const MIGRATION_LOCK = 8_317_052_013;
/** PostgreSQL's lock_not_available: lock_timeout passed. */
const LOCK_NOT_AVAILABLE = "55P03";

export interface PostgresOptions extends StoreOptions {
  /** Connections in the pool. */
  poolSize?: number;
}

export class PostgresStore implements SessionStore {
  readonly engine = "postgres";
  private readonly pool: pg.Pool;
  private readonly queue: SessionQueue;
  private readonly inFlight = new InFlight();
  private readonly now: () => Date;
  private readonly waitMs: number;
  /** The migration run, once it succeeded or while it runs; every operation waits for it. */
  private migration: Promise<void> | null = null;

  /** Opens the pool at once; connecting and migrating go on in the background (ping() waits for them). */
  constructor(connectionString: string, options: PostgresOptions = {}) {
    this.pool = new pg.Pool({ connectionString, max: options.poolSize ?? 10 });
    // An idle client losing its connection (a database restart) must not crash the process; the pool replaces it.
    this.pool.on("error", () => undefined);
    this.waitMs = options.waitMs ?? DEFAULT_WAIT_MS;
    this.queue = new SessionQueue(this.waitMs);
    this.now = options.now ?? (() => new Date());
    this.migrated().catch(() => undefined); // reported by every operation that waits for it
  }

  load(sessionId: string): Promise<SessionState | null> {
    return this.query<{ state: SessionState }>("SELECT state FROM sessions WHERE id = $1", [sessionId]).then(({ rows }) => rows[0]?.state ?? null);
  }

  withSession<T extends SessionStep>(sessionId: string, step: (current: SessionState | null) => Promise<T>, options: StepOptions = {}): Promise<T | null> {
    // Tracked while queued too: close() waits for the inputs already taken.
    const queued = this.queue.run(sessionId, () =>
      this.transaction(sessionId, async (client) => {
        const { rows } = await client.query<{ state: SessionState; update_ids: string[] }>("SELECT state, update_ids FROM sessions WHERE id = $1", [sessionId]);
        const row = rows[0];
        const updateIds = admitUpdate(row?.update_ids.map(Number) ?? [], options.updateId);
        if (updateIds === null) return null;
        const result = await step(row?.state ?? null);
        await client.query(
          `INSERT INTO sessions (id, state, update_ids, updated_at) VALUES ($1, $2, $3, $4)
           ON CONFLICT (id) DO UPDATE SET state = excluded.state, update_ids = excluded.update_ids, updated_at = excluded.updated_at`,
          [sessionId, JSON.stringify(result.state), updateIds, this.now()],
        );
        return result;
      }),
    );
    return this.inFlight.track(queued);
  }

  forget(sessionId: string): Promise<void> {
    return this.transaction(sessionId, async (client) => {
      await client.query("DELETE FROM sessions WHERE id = $1", [sessionId]);
    });
  }

  async expireIdle(idleSince: Date): Promise<number> {
    // A session in the middle of a step is written back by it: only idle sessions stay deleted.
    return (await this.query("DELETE FROM sessions WHERE updated_at < $1", [idleSince])).rowCount ?? 0;
  }

  async ping(): Promise<void> {
    await this.query("SELECT 1");
  }

  /** Lets the operations under way finish, then closes the pool. */
  async close(): Promise<void> {
    await this.migration?.catch(() => undefined);
    await this.inFlight.settled();
    await this.pool.end();
  }

  private query<R extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<pg.QueryResult<R>> {
    return this.inFlight.track(this.migrated().then(() => this.pool.query<R>(sql, values)));
  }

  /** Runs `work` in a transaction holding the session's lock; SessionBusy when the lock is not had within waitMs. */
  private transaction<T>(sessionId: string, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    return this.inFlight.track(this.locked(sessionId, work));
  }

  private async locked<T>(sessionId: string, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    await this.migrated();
    const client = await this.pool.connect();
    let broken: Error | undefined;
    try {
      // One round trip for both (lock_timeout is in milliseconds); the lock then in a statement of its own,
      // so the session is read in a snapshot taken after the lock was had.
      await client.query(`BEGIN; SET LOCAL lock_timeout = ${Math.round(this.waitMs)}`);
      await client.query(LOCK_SESSION, [sessionId]);
      const result = await work(client);
      await client.query(result === null ? "ROLLBACK" : "COMMIT");
      return result;
    } catch (err) {
      await client.query("ROLLBACK").catch((e: Error) => (broken = e));
      if ((err as { code?: string }).code === LOCK_NOT_AVAILABLE) throw new SessionBusy(sessionId);
      throw err;
    } finally {
      client.release(broken);
    }
  }

  /** Migrates once; a database that was not reachable is tried again by the next operation, so an instance started before its database recovers. */
  private migrated(): Promise<void> {
    this.migration ??= this.migrate().catch((err: unknown) => {
      this.migration = null;
      throw err;
    });
    return this.migration;
  }

  private async migrate(): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
      await client.query("CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())");
      const { rows } = await client.query<{ v: number | null }>("SELECT max(version) AS v FROM schema_migrations");
      for (const m of pendingMigrations(POSTGRES_MIGRATIONS, rows[0]?.v ?? 0)) {
        await client.query("BEGIN");
        await client.query(m.sql);
        await client.query("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", [m.version, m.name]);
        await client.query("COMMIT");
      }
    } catch (err) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw err;
    } finally {
      await client.query("SELECT pg_advisory_unlock_all()").catch(() => undefined);
      client.release();
    }
  }
}
