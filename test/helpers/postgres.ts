// Tests on the PostgreSQL cluster of test/setup/postgres.ts: each suite in a database of its own,
// so test files running side by side never see each other's sessions.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, inject, it } from "vitest";

export interface TestDatabase {
  /** The database's URL; valid inside tests and hooks. */
  url(): string;
}

/**
 * A describe block given a fresh database. Without PostgreSQL the block fails under CI (CI=true)
 * — a deployment on PostgreSQL must never ship untested — and is skipped with a warning elsewhere.
 */
export function describeWithPostgres(name: string, body: (db: TestDatabase) => void): void {
  const { url: server, problem } = inject("postgres");
  if (!server) {
    if (process.env.CI) {
      describe(name, () => it("has a PostgreSQL server to test on", () => {
        throw new Error(`PostgreSQL is not available: ${problem}`);
      }));
    } else {
      process.stderr.write(`\n*** SKIPPED on PostgreSQL: "${name}" — PostgreSQL is not available (${problem}) ***\n\n`);
      describe.skip(name, () => body({ url: () => "" }));
    }
    return;
  }
  describe(name, () => {
    const database = `test_${randomBytes(6).toString("hex")}`;
    const admin = () => new pg.Client({ connectionString: server });
    let url = "";
    beforeAll(async () => {
      const client = admin();
      await client.connect();
      await client.query(`CREATE DATABASE ${database}`);
      await client.end();
      const u = new URL(server);
      u.pathname = `/${database}`;
      url = u.toString();
    });
    afterAll(async () => {
      const client = admin();
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await client.end();
    });
    body({ url: () => url });
  });
}
