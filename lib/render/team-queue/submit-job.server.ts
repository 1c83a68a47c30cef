import "server-only";
import type { QueueUser } from "../render-job-queue";
import { backendKey, encodeJobPayload, imagesOf, type JobPayload } from "./job-payload";
import { insertJob, readSubmitCounts } from "./job-rows.server";
import { checkRenderLimits, limitsFor } from "./team-limits";
import { JOBS_CHANNEL, RENDER_QUEUE, type TeamDb } from "./team-db.server";

/** How pg-boss treats a job: tries after the first (a worker that died), the pause before one, and when an attempt expires. */
export interface JobPolicy {
  retryLimit: number;
  retryDelaySeconds: number;
  expireInSeconds: number;
}

/**
 * Queues a validated request for `user` (null: the shared anonymous allowance) in one transaction: under a lock per
 * user (so two web instances cannot both let a 9th job in), checks the user's limits, writes the RenderJob row, sends
 * the pg-boss job with the same id and wakes the workers. Answers the id and the place in line (1: next).
 */
export async function submitJob(db: TeamDb, payload: JobPayload, user: QueueUser | null, policy: JobPolicy): Promise<{ jobId: string; position: number }> {
  const id = crypto.randomUUID();
  const client = await db.pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock(hashtext($1))", [`promptstudio render submit ${user?.id ?? ""}`]);
    const counts = await readSubmitCounts(client, user?.id ?? null);
    const images = imagesOf(payload.request);
    checkRenderLimits(counts, images, limitsFor(user));
    await insertJob(client, {
      id, userId: user?.id ?? null, payload: encodeJobPayload(payload), steps: payload.request.steps, batches: payload.request.batchCount, images, backend: backendKey(payload.backend),
    });
    const sent = await db.boss.send(RENDER_QUEUE, { jobId: id }, {
      id,
      retryLimit: policy.retryLimit,
      retryDelay: policy.retryDelaySeconds,
      expireInSeconds: policy.expireInSeconds,
      db: { executeSql: (text: string, values?: unknown[]) => client.query(text, values) },
    });
    if (sent !== id) throw new Error(`pg-boss did not take render job ${id}`);
    await client.query("SELECT pg_notify($1, $2)", [JOBS_CHANNEL, id]);
    await client.query("COMMIT");
    return { jobId: id, position: counts.queuedAhead + 1 };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
