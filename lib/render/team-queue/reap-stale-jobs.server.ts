import "server-only";
import { NOW_UTC } from "./job-rows.server";
import { RENDER_QUEUE, type TeamDb } from "./team-db.server";

/** What a sweep did: jobs put back in line for another worker, and jobs given up with a message. */
export interface ReapResult {
  requeued: string[];
  failed: string[];
}

const STILL_QUEUED = new Set(["created", "retry"]);

/**
 * Finds running jobs whose worker has said nothing for `staleMs` (it died, or lost its database) and hands each on:
 * back in line when pg-boss has a try left (attempts + 1 on the next worker, earlier progress cleared), else failed with
 * a message saying why. Safe to run in every process at once: a job is taken over by one sweep only, and the dead
 * worker's late writes are refused (see job-fence).
 */
export async function reapStaleJobs(db: TeamDb, staleMs: number): Promise<ReapResult> {
  const result: ReapResult = { requeued: [], failed: [] };
  const { rows } = await db.pool.query(
    `SELECT id, attempts, worker FROM "RenderJob" WHERE status = 'running' AND "updatedAt" < ${NOW_UTC} - make_interval(secs => $1) LIMIT 100`,
    [staleMs / 1000],
  );
  for (const row of rows as Array<{ id: string; attempts: number; worker: string | null }>) {
    const { rowCount } = await db.pool.query(
      `UPDATE "RenderJob" SET status = 'queued', worker = NULL, step = 0, image = 0, "etaSeconds" = NULL, preview = NULL, "updatedAt" = ${NOW_UTC}
       WHERE id = $1 AND attempts = $2 AND status = 'running' AND "updatedAt" < ${NOW_UTC} - make_interval(secs => $3)`,
      [row.id, row.attempts, staleMs / 1000],
    );
    if (rowCount !== 1) continue;
    let job = await db.boss.getJobById(RENDER_QUEUE, row.id);
    if (job?.state === "active") {
      await db.boss.fail(RENDER_QUEUE, row.id, { message: `worker ${row.worker ?? "?"} stopped responding` });
      job = await db.boss.getJobById(RENDER_QUEUE, row.id);
    }
    if (job && STILL_QUEUED.has(job.state)) {
      result.requeued.push(row.id);
      console.warn(`[render] worker ${row.worker ?? "?"} stopped responding: job ${row.id} goes to another worker (attempt ${row.attempts} of it)`);
    } else if (await giveUp(db, row.id, row.attempts, row.worker)) {
      result.failed.push(row.id);
    }
  }
  // A job whose worker died between taking it from pg-boss and marking it running stays "queued" here while pg-boss
  // expires and retries it; once pg-boss has given up on it (or lost it), the row is given up too, never left waiting.
  const { rows: orphans } = await db.pool.query(
    `SELECT r.id, r.attempts, r.worker FROM "RenderJob" r LEFT JOIN pgboss.job j ON j.id::text = r.id AND j.name = $2
     WHERE r.status = 'queued' AND r."updatedAt" < ${NOW_UTC} - make_interval(secs => $1) AND (j.id IS NULL OR j.state IN ('failed', 'cancelled', 'completed'))
     LIMIT 100`,
    [staleMs / 1000, RENDER_QUEUE],
  );
  for (const row of orphans as Array<{ id: string; attempts: number; worker: string | null }>) {
    if (await giveUp(db, row.id, Math.max(1, row.attempts), row.worker)) result.failed.push(row.id);
  }
  return result;
}

async function giveUp(db: TeamDb, id: string, attempts: number, worker: string | null): Promise<boolean> {
  const error = {
    code: "render_failed",
    message: `The render was given up: its worker (${worker ?? "unknown"}) stopped responding, and ${attempts} ${attempts === 1 ? "try" : "tries"} did not finish. Try again.`,
    messageZh: `渲染已放弃：负责它的渲染节点（${worker ?? "未知"}）失去响应，共尝试 ${attempts} 次都没有完成。请重试。`,
  };
  const { rowCount } = await db.pool.query(
    `UPDATE "RenderJob" SET status = 'failed', error = $2, "finishedAt" = ${NOW_UTC}, "updatedAt" = ${NOW_UTC} WHERE id = $1 AND status = 'queued'`,
    [id, JSON.stringify(error)],
  );
  return rowCount === 1;
}
