// The store the configuration asks for: PostgreSQL when DATABASE_URL is set (several instances on
// one database), otherwise SQLite in DATA_DIR (one process, nothing to install).
import { join } from "node:path";
import type { Config } from "../../config.ts";
import { PostgresStore } from "./postgres-store.ts";
import type { SessionStore, StoreOptions } from "./session-store.ts";
import { SqliteStore } from "./sqlite-store.ts";

export function openStore(config: Config, options: StoreOptions = {}): SessionStore {
  if (config.databaseUrl) return new PostgresStore(config.databaseUrl, { ...options, poolSize: config.databasePoolSize });
  return SqliteStore.open(join(config.dataDir, "assistant.sqlite"), options);
}
