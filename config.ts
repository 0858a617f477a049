// Run-time settings, read once from the environment. Every default is documented in README.md.
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { corpusDir } from "./corpus/documents.ts";

const root = dirname(fileURLToPath(import.meta.url));

export interface Config {
  /** Folder of the documents (corpus/documents): one sub-folder per document (CONTRACT §6). */
  corpusDir: string;
  /** Folder for the on-disk index and, without databaseUrl, the SQLite database. */
  dataDir: string;
  /** postgres://… : sessions in PostgreSQL (several instances on one database); unset: SQLite in dataDir. */
  databaseUrl: string | undefined;
  /** Connections per instance in the PostgreSQL pool. */
  databasePoolSize: number;
  /** Days a session may stay unused before it is deleted. */
  sessionTtlDays: number;
  /** Folder holding `<modelId>/` with the ONNX weights (filled by scripts/fetch-model.mjs). */
  modelDir: string;
  modelId: string;
  /** Allow @huggingface/transformers to download a missing model from a hub (off: no hub is reachable). */
  allowRemoteModels: boolean;
  /** CNY per USD used where a figure and a threshold differ in currency, unless a profile sets its own. */
  fxUsdCny: number;
  /** 0: any free port (the log line says which). */
  port: number;
  host: string;
  /** Requests per minute per client IP on the HTTP API; 0 turns the limit off. */
  rateLimitPerMinute: number;
  /** Trust X-Forwarded-* headers (behind a reverse proxy) for client IPs. */
  trustProxy: boolean;
  /** Bearer token for POST /api/admin/reload; the route does not exist without one. */
  adminToken: string | undefined;
  telegram: {
    token: string | undefined;
    webhookUrl: string | undefined;
    webhookSecret: string | undefined;
    apiRoot: string | undefined;
  };
}

/** Telegram's rule for a webhook's secret_token is 1–256 of A–Z a–z 0–9 _ -; shorter than 16 could be guessed. */
export const WEBHOOK_SECRET_MIN_LENGTH = 16;

/** Throws, naming the rule, unless the secret is 16–256 characters Telegram accepts. */
export function checkWebhookSecret(secret: string): string {
  if (!/^[\w-]+$/u.test(secret) || secret.length < WEBHOOK_SECRET_MIN_LENGTH || secret.length > 256) {
    throw new Error(`WEBHOOK_SECRET must be ${WEBHOOK_SECRET_MIN_LENGTH}–256 characters of A–Z, a–z, 0–9, _ and - (it has ${secret.length}); a random one: openssl rand -hex 32`);
  }
  return secret;
}

function number(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === "") return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, got "${value}"`);
  return n;
}

function databaseUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (!/^postgres(ql)?:\/\//u.test(value)) throw new Error("DATABASE_URL must be a postgres:// or postgresql:// URL (leave it unset for SQLite in DATA_DIR)");
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    corpusDir: corpusDir(env),
    dataDir: resolve(env.DATA_DIR ?? join(root, "data")),
    databaseUrl: databaseUrl(env.DATABASE_URL),
    databasePoolSize: number(env.DATABASE_POOL_SIZE, 10, "DATABASE_POOL_SIZE"),
    sessionTtlDays: number(env.SESSION_TTL_DAYS, 30, "SESSION_TTL_DAYS"),
    modelDir: resolve(env.MODEL_DIR ?? join(root, "models")),
    modelId: env.MODEL_ID ?? "Xenova/bge-small-zh-v1.5",
    allowRemoteModels: env.ALLOW_REMOTE_MODELS === "1",
    fxUsdCny: number(env.FX_USD_CNY, 7.1, "FX_USD_CNY"),
    port: env.PORT === "0" ? 0 : number(env.PORT, 3000, "PORT"),
    host: env.HOST ?? "127.0.0.1",
    rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE === "0" ? 0 : number(env.RATE_LIMIT_PER_MINUTE, 300, "RATE_LIMIT_PER_MINUTE"),
    trustProxy: env.TRUST_PROXY === "1",
    adminToken: env.ADMIN_TOKEN || undefined,
    telegram: {
      token: env.TELEGRAM_BOT_TOKEN || undefined,
      webhookUrl: env.WEBHOOK_URL || undefined,
      webhookSecret: env.WEBHOOK_SECRET ? checkWebhookSecret(env.WEBHOOK_SECRET) : undefined,
      apiRoot: env.TELEGRAM_API_ROOT || undefined,
    },
  };
}
