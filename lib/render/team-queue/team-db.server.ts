import "server-only";
import pg from "pg";
import type PgBoss from "pg-boss";
import { postgresPoolConfig } from "../../db/database-url";
import { getEnv } from "../../env";

/** pg-boss's queue of render jobs, and the channels that wake workers (a new job) and stop a render (a cancel). */
export const RENDER_QUEUE = "render";
export const JOBS_CHANNEL = "promptstudio_render_jobs";
export const CANCEL_CHANNEL = "promptstudio_render_cancel";

/** The connections of the team queue: a pool for its SQL and pg-boss on the same pool (so a job and its row commit together). */
export interface TeamDb {
  pool: pg.Pool;
  boss: PgBoss;
  url: string;
}

/** Something SQL runs on: the pool, or one client inside a transaction. */
export type Sql = Pick<pg.Pool, "query">;

const globalForTeam = globalThis as unknown as { teamDb?: Promise<TeamDb>; teamDbUrl?: string };

/**
 * The process's team-queue connections on DATABASE_URL (PostgreSQL), opened on first use: pg-boss installs its own
 * schema ("pgboss") the first time, and its maintenance (expiring jobs of workers that vanished) runs in whichever
 * process gets to it first.
 */
export function getTeamDb(options: { maxConnections?: number } = {}): Promise<TeamDb> {
  const url = getEnv().databaseUrl;
  if (globalForTeam.teamDb && globalForTeam.teamDbUrl === url) return globalForTeam.teamDb;
  const opening = openTeamDb(url, options.maxConnections ?? 6);
  globalForTeam.teamDb = opening;
  globalForTeam.teamDbUrl = url;
  opening.catch(() => {
    if (globalForTeam.teamDb === opening) globalForTeam.teamDb = undefined;
  });
  return opening;
}

/** Closes the connections (a worker or the command line when done; tests). */
export async function closeTeamDb(): Promise<void> {
  const opening = globalForTeam.teamDb;
  globalForTeam.teamDb = undefined;
  const db = await opening?.catch(() => null);
  if (!db) return;
  await db.boss.stop({ graceful: false, wait: true, close: false }).catch(() => {});
  await db.pool.end().catch(() => {});
}

/** Opens team-queue connections of its own (getTeamDb shares one set per process; a test's doomed worker gets its own). */
export async function openTeamDb(url: string, max: number): Promise<TeamDb> {
  const { default: PgBoss } = await import("pg-boss");
  const pool = new pg.Pool({ ...postgresPoolConfig(url), max, application_name: "promptstudio" });
  pool.on("error", (error) => console.error("[render] a database connection failed", error.message));
  const boss = new PgBoss({
    db: { executeSql: (text: string, values?: unknown[]) => pool.query(text, values) },
    schema: "pgboss",
    schedule: false,
    supervise: true,
    maintenanceIntervalSeconds: 30,
  });
  boss.on("error", (error) => console.error("[render] pg-boss:", error.message));
  try {
    await startSerialized(pool, boss);
  } catch (error) {
    await boss.stop({ graceful: false, close: false }).catch(() => {});
    await pool.end().catch(() => {});
    throw error;
  }
  return { pool, boss, url };
}

// Web instances and workers starting together on a new database would install pg-boss's schema and the queue at
// once, which PostgreSQL can answer with a deadlock: one process at a time does it, under a lock of the database.
async function startSerialized(pool: pg.Pool, boss: PgBoss): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("SELECT pg_advisory_lock(hashtext('promptstudio pg-boss setup'))");
    await boss.start();
    await boss.createQueue(RENDER_QUEUE);
  } finally {
    await client.query("SELECT pg_advisory_unlock(hashtext('promptstudio pg-boss setup'))").catch(() => {});
    client.release();
  }
}
