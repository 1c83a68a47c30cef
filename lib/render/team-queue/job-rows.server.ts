import "server-only";
import type { RenderedImage } from "../render-types";
import type { RenderJobStatus } from "../render-job-queue";
import type { SubmitCounts } from "./team-limits";
import type { Sql } from "./team-db.server";

/**
 * The database's clock as the RenderJob columns store it (timestamp without zone, in UTC as Prisma writes it): every
 * time the team queue compares is the database's, so workers on machines with drifting clocks are judged fairly.
 */
export const NOW_UTC = `(now() AT TIME ZONE 'UTC')`;

/** A RenderJob row as the web side reads it (no preview, no images). */
export interface JobRow {
  id: string;
  userId: string | null;
  status: RenderJobStatus;
  worker: string | null;
  attempts: number;
  step: number;
  steps: number;
  image: number;
  images: number;
  etaSeconds: number | null;
  error: string | null;
  seed: number | null;
  /** While queued: jobs of everyone waiting ahead of it. */
  queuedAhead: number;
  outputs: number;
}

const SAME_USER = `"userId" IS NOT DISTINCT FROM $1`;

/** A user's waiting jobs and images of the last hour, and everyone's jobs waiting (run under the user's submit lock). */
export async function readSubmitCounts(sql: Sql, userId: string | null): Promise<SubmitCounts> {
  const { rows } = await sql.query(
    `SELECT count(*) FILTER (WHERE ${SAME_USER} AND status = 'queued')::int AS waiting,
       coalesce(sum("imageCount") FILTER (WHERE ${SAME_USER} AND "createdAt" > ${NOW_UTC} - interval '1 hour' AND status IN ('queued', 'running', 'done')), 0)::int AS images,
       count(*) FILTER (WHERE status = 'queued')::int AS ahead
     FROM "RenderJob" WHERE status = 'queued' OR (${SAME_USER} AND "createdAt" > ${NOW_UTC} - interval '1 hour')`,
    [userId],
  );
  return { waiting: rows[0].waiting, imagesLastHour: rows[0].images, queuedAhead: rows[0].ahead };
}

/** Adds a queued job's row. */
export async function insertJob(sql: Sql, job: { id: string; userId: string | null; payload: string; steps: number; batches: number; images: number; backend: string }): Promise<void> {
  await sql.query(
    `INSERT INTO "RenderJob" (id, "userId", request, status, steps, images, "imageCount", backend, "createdAt", "updatedAt")
     VALUES ($1, $2, $3, 'queued', $4, $5, $6, $7, ${NOW_UTC}, ${NOW_UTC})`,
    [job.id, job.userId, job.payload, job.steps, job.batches, job.images, job.backend],
  );
}

const ROW_COLUMNS = `j.id, j."userId", j.status, j.worker, j.attempts, j.step, j.steps, j.image, j.images, j."etaSeconds", j.error, j.seed::float8 AS seed,
  CASE WHEN j.status = 'queued' THEN (SELECT count(*) FROM "RenderJob" q WHERE q.status = 'queued' AND q."createdAt" < j."createdAt")::int ELSE 0 END AS "queuedAhead",
  (SELECT count(*) FROM "RenderJobImage" i WHERE i."jobId" = j.id)::int AS outputs`;

/** The rows of these jobs (those that exist), in one query. */
export async function readJobs(sql: Sql, ids: readonly string[]): Promise<JobRow[]> {
  if (ids.length === 0) return [];
  const { rows } = await sql.query(`SELECT ${ROW_COLUMNS} FROM "RenderJob" j WHERE j.id = ANY($1::text[])`, [ids]);
  return rows as JobRow[];
}

/**
 * These jobs' rows again, each with its last preview (null when it has none), read together: a job that finished or
 * was handed back since its row was read shows as it is now, never as the old step without its preview.
 */
export async function readJobsWithPreviews(sql: Sql, ids: readonly string[]): Promise<Array<JobRow & { preview: Uint8Array | null }>> {
  if (ids.length === 0) return [];
  const { rows } = await sql.query(`SELECT ${ROW_COLUMNS}, j.preview FROM "RenderJob" j WHERE j.id = ANY($1::text[])`, [ids]);
  return rows.map((r: JobRow & { preview: Buffer | null }) => ({ ...r, preview: r.preview ? new Uint8Array(r.preview) : null }));
}

/** A finished job's images without their bytes (for the done event). */
export async function readOutputs(sql: Sql, id: string): Promise<Array<{ index: number; seed: number; infotext: string }>> {
  const { rows } = await sql.query(`SELECT index, seed::float8 AS seed, infotext FROM "RenderJobImage" WHERE "jobId" = $1 ORDER BY index`, [id]);
  return rows;
}

/** Image `index` of a job with its bytes, or null. */
export async function readImage(sql: Sql, id: string, index: number): Promise<RenderedImage | null> {
  const { rows } = await sql.query(`SELECT png, seed::float8 AS seed, infotext FROM "RenderJobImage" WHERE "jobId" = $1 AND index = $2`, [id, index]);
  return rows[0] ? { png: new Uint8Array(rows[0].png), seed: rows[0].seed, infotext: rows[0].infotext } : null;
}

/** Marks a waiting or running job cancelled (with the cancelled message); answers whether it was. */
export async function markCancelled(sql: Sql, id: string, error: string): Promise<boolean> {
  const { rowCount } = await sql.query(
    `UPDATE "RenderJob" SET status = 'cancelled', error = $2, preview = NULL, "finishedAt" = ${NOW_UTC}, "updatedAt" = ${NOW_UTC}
     WHERE id = $1 AND status IN ('queued', 'running')`,
    [id, error],
  );
  return rowCount === 1;
}

/** The most recent finished job on this backend (backendKey's text; its stored JSON): its request and how long it ran, for estimates. */
export async function readLastFinished(sql: Sql, backend: string): Promise<{ request: string; ms: number; images: number } | null> {
  const { rows } = await sql.query(
    `SELECT request, extract(epoch FROM ("finishedAt" - "startedAt")) * 1000 AS ms, (SELECT count(*) FROM "RenderJobImage" i WHERE i."jobId" = j.id)::int AS images
     FROM "RenderJob" j WHERE status = 'done' AND "startedAt" IS NOT NULL AND backend = $1 ORDER BY "finishedAt" DESC LIMIT 1`,
    [backend],
  );
  return rows[0] ? { request: rows[0].request, ms: Number(rows[0].ms), images: rows[0].images } : null;
}

/** Deletes jobs (and their images) finished more than `hours` ago; answers how many. */
export async function deleteFinishedBefore(sql: Sql, hours: number): Promise<number> {
  const { rowCount } = await sql.query(
    `DELETE FROM "RenderJob" WHERE status IN ('done', 'failed', 'cancelled') AND "finishedAt" < ${NOW_UTC} - make_interval(hours => $1)`,
    [hours],
  );
  return rowCount ?? 0;
}
