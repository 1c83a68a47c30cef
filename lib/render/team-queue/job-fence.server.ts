import "server-only";
import type { RenderResult } from "../render-types";
import { NOW_UTC } from "./job-rows.server";
import type { Sql, TeamDb } from "./team-db.server";

/**
 * A worker's hold on a job: its id and the attempt number the worker claimed it with. Every write of the worker is
 * conditional on both (and on the job still running), so a worker that was given up as dead, or whose job was
 * cancelled, finds its writes refused and stops, and can never overwrite the attempt that replaced it.
 */
export interface JobFence {
  id: string;
  attempt: number;
}

const HELD = `id = $1 AND attempts = $2 AND status = 'running'`;

/**
 * Claims a job for `worker`: running, the next attempt, progress and error of any earlier attempt cleared. Null when
 * the job is gone or finished (cancelled while it waited).
 */
export async function claimJob(sql: Sql, id: string, worker: string): Promise<{ fence: JobFence; payload: string } | null> {
  const { rows } = await sql.query(
    `UPDATE "RenderJob" SET status = 'running', worker = $2, attempts = attempts + 1, step = 0, image = 0, "etaSeconds" = NULL, preview = NULL,
       error = NULL, seed = NULL, "startedAt" = ${NOW_UTC}, "finishedAt" = NULL, "updatedAt" = ${NOW_UTC}
     WHERE id = $1 AND status IN ('queued', 'running') RETURNING attempts, request`,
    [id, worker],
  );
  return rows[0] ? { fence: { id, attempt: rows[0].attempts }, payload: rows[0].request } : null;
}

/** Says the worker is alive (the job's heartbeat); false when the job is no longer this attempt's to run. */
export async function touchJob(sql: Sql, fence: JobFence): Promise<boolean> {
  const { rowCount } = await sql.query(`UPDATE "RenderJob" SET "updatedAt" = ${NOW_UTC} WHERE ${HELD}`, [fence.id, fence.attempt]);
  return rowCount === 1;
}

/** Progress of the job, with the preview when there is one; false when the job is no longer this attempt's. */
export async function writeProgress(sql: Sql, fence: JobFence, p: { step: number; steps: number; image: number; images: number; etaSeconds: number | null; preview?: Uint8Array }): Promise<boolean> {
  const { rowCount } = await sql.query(
    `UPDATE "RenderJob" SET step = $3, steps = $4, image = $5, images = $6, "etaSeconds" = $7, preview = coalesce($8, preview), "updatedAt" = ${NOW_UTC} WHERE ${HELD}`,
    [fence.id, fence.attempt, p.step, p.steps, p.image, p.images, p.etaSeconds, p.preview ? Buffer.from(p.preview) : null],
  );
  return rowCount === 1;
}

/** Stores the images and marks the job done, together; false (and nothing stored) when it is no longer this attempt's. */
export async function finishJob(db: TeamDb, fence: JobFence, result: RenderResult): Promise<boolean> {
  const client = await db.pool.connect();
  try {
    await client.query("BEGIN");
    const { rowCount } = await client.query(
      `UPDATE "RenderJob" SET status = 'done', seed = $3, step = steps, image = images, preview = NULL, "etaSeconds" = 0, "finishedAt" = ${NOW_UTC}, "updatedAt" = ${NOW_UTC} WHERE ${HELD}`,
      [fence.id, fence.attempt, result.seed],
    );
    if (rowCount !== 1) {
      await client.query("ROLLBACK");
      return false;
    }
    for (const [index, image] of result.images.entries()) {
      await client.query(`INSERT INTO "RenderJobImage" ("jobId", index, seed, infotext, png, "createdAt") VALUES ($1, $2, $3, $4, $5, ${NOW_UTC})`,
        [fence.id, index, image.seed, image.infotext, Buffer.from(image.png)]);
    }
    await client.query("COMMIT");
    return true;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/** Marks the job failed with its {code, message, messageZh}; false when it is no longer this attempt's. */
export async function failJob(sql: Sql, fence: JobFence, error: { code: string; message: string; messageZh: string }): Promise<boolean> {
  const { rowCount } = await sql.query(
    `UPDATE "RenderJob" SET status = 'failed', error = $3, preview = NULL, "finishedAt" = ${NOW_UTC}, "updatedAt" = ${NOW_UTC} WHERE ${HELD}`,
    [fence.id, fence.attempt, JSON.stringify(error)],
  );
  return rowCount === 1;
}

/** Puts a job this worker stops before it finished back in line (a worker shutting down); false when it was not its own. */
export async function releaseJob(sql: Sql, fence: JobFence): Promise<boolean> {
  const { rowCount } = await sql.query(
    `UPDATE "RenderJob" SET status = 'queued', worker = NULL, step = 0, image = 0, "etaSeconds" = NULL, preview = NULL, "updatedAt" = ${NOW_UTC} WHERE ${HELD}`,
    [fence.id, fence.attempt],
  );
  return rowCount === 1;
}
