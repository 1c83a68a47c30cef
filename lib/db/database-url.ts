import type { PoolConfig } from "pg";

/** Which engine a DATABASE_URL names: `file:` is the embedded SQLite default, `postgres(ql)://` a PostgreSQL server. */
export type DatabaseKind = "sqlite" | "postgres";

/**
 * The engine a database URL names; anything else is refused so a typo never falls back to another database.
 * @example databaseKind("postgresql://app:app@127.0.0.1/app") // "postgres"
 */
export function databaseKind(url: string): DatabaseKind {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//i.test(url)) return "postgres";
  throw new Error(`DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL), not "${redactUrl(url)}"`);
}

/**
 * A database URL as it may be printed: its password hidden.
 * @example redactUrl("postgresql://app:s3cret@db/studio") // "postgresql://app:…@db/studio"
 */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:@/]*):[^@/]*@/, "//$1:…@");
}

/**
 * node-postgres settings from a postgresql:// URL, as discrete fields: pg lets a connectionString win over `database`,
 * which the migration engine's shadow database needs to override. `?sslmode=require` turns TLS on; `?schema=` is
 * not supported (one database per install).
 * @example postgresPoolConfig("postgresql://app:p%40ss@db:5433/studio").password // "p@ss"
 */
export function postgresPoolConfig(url: string): PoolConfig {
  const u = new URL(url);
  const sslmode = u.searchParams.get("sslmode");
  return {
    host: decodeURIComponent(u.hostname) || "127.0.0.1",
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.slice(1)),
    ssl: sslmode === "require" || sslmode === "verify-full" ? { rejectUnauthorized: sslmode === "verify-full" } : undefined,
    max: Number(u.searchParams.get("connection_limit") ?? 10),
  };
}
