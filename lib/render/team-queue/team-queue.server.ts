import "server-only";
import { getEnv } from "../../env";
import { AppError } from "../../errors";
import type { BackendChoice } from "../backend-choice";
import { RENDER_CANCELLED, RENDER_NOT_FOUND, type RenderEvent } from "../render-events";
import type { QueueUser, RenderJobQueue, RenderJobState, RenderJobStatus } from "../render-job-queue";
import { validateRenderRequest } from "../render-request-schema";
import { measureRenderTiming, type RenderTiming } from "../render-timing";
import type { RenderedImage } from "../render-types";
import { mayViewJob } from "./job-access";
import { JobFollower } from "./job-follower.server";
import { backendKey, decodeJobPayload } from "./job-payload";
import { markCancelled, readImage, readJobs, readLastFinished, type JobRow } from "./job-rows.server";
import { reapStaleJobs } from "./reap-stale-jobs.server";
import { submitJob } from "./submit-job.server";
import { CANCEL_CHANNEL, getTeamDb, RENDER_QUEUE, type TeamDb } from "./team-db.server";
import { expireInSecondsFor, TEAM_QUEUE_TIMING } from "./team-timing";

/** Where a team queue gets its connections and the backend a new job uses (the app's own in production). */
export interface TeamQueueOptions {
  db?: () => Promise<TeamDb>;
  chooseBackend?: () => Promise<BackendChoice>;
  followMs?: number;
}

const CANCELLED = JSON.stringify(RENDER_CANCELLED);
const notFound = () => new AppError(RENDER_NOT_FOUND.code, RENDER_NOT_FOUND.message, RENDER_NOT_FOUND.messageZh);

/**
 * Team mode's render queue: jobs are RenderJob rows plus pg-boss jobs in PostgreSQL, so any web instance accepts,
 * follows, cancels and serves any job, and workers (`promptstudio worker`) anywhere render them. A job's status,
 * events and images are its owner's and the admins'.
 */
export class TeamRenderQueue implements RenderJobQueue {
  private readonly db: () => Promise<TeamDb>;
  private readonly chooseBackend: () => Promise<BackendChoice>;
  private readonly follower: JobFollower;
  private lastSweep = 0;

  constructor(options: TeamQueueOptions = {}) {
    this.db = options.db ?? (() => getTeamDb());
    this.chooseBackend = options.chooseBackend ?? (async () => (await import("../select-backend.server")).chooseRenderBackend());
    this.follower = new JobFollower(this.db, options.followMs ?? TEAM_QUEUE_TIMING.followMs, () => this.sweepNowAndThen());
  }

  /** Validates once, picks the backend now (it travels with the job), checks the user's limits and queues it. */
  async submit(input: unknown, user: QueueUser | null = null): Promise<{ jobId: string; position: number }> {
    const request = validateRenderRequest(input);
    const backend = await this.chooseBackend();
    const policy = { retryLimit: TEAM_QUEUE_TIMING.retryLimit, retryDelaySeconds: TEAM_QUEUE_TIMING.retryDelaySeconds, expireInSeconds: expireInSecondsFor(getEnv().RENDER_TIMEOUT_MS) };
    return submitJob(await this.db(), { request, backend }, user, policy);
  }

  subscribe(jobId: string, listener: (event: RenderEvent) => void, viewer?: QueueUser | null): () => void {
    return this.follower.follow(jobId, listener, viewer);
  }

  /** Cancels a waiting or running job: the row says so at once, pg-boss drops it, and its worker is told to stop. */
  async cancel(jobId: string, viewer?: QueueUser | null): Promise<{ status: RenderJobStatus }> {
    await this.find(jobId, viewer);
    const db = await this.db();
    if (!(await markCancelled(db.pool, jobId, CANCELLED))) return { status: (await this.find(jobId, viewer)).status }; // it ended meanwhile
    await db.boss.cancel(RENDER_QUEUE, jobId);
    await db.pool.query("SELECT pg_notify($1, $2)", [CANCEL_CHANNEL, jobId]);
    return { status: "cancelled" };
  }

  async status(jobId: string, viewer?: QueueUser | null): Promise<RenderJobState> {
    const row = await this.find(jobId, viewer);
    const position = row.status === "queued" ? row.queuedAhead + 1 : row.status === "running" ? 0 : null;
    return { status: row.status, position, images: row.outputs, worker: row.worker };
  }

  async image(jobId: string, index: number, viewer?: QueueUser | null): Promise<RenderedImage> {
    await this.find(jobId, viewer);
    const image = await readImage((await this.db()).pool, jobId, index);
    if (!image) throw new AppError("not_found", "This image does not exist (or is no longer kept).", "该图片不存在（或已不再保留）。");
    return image;
  }

  async lastTiming(input: unknown): Promise<RenderTiming | null> {
    validateRenderRequest(input);
    const last = await readLastFinished((await this.db()).pool, backendKey(await this.chooseBackend()));
    if (!last) return null;
    return measureRenderTiming(decodeJobPayload(last.request).request, last.ms, last.images);
  }

  private async find(jobId: string, viewer: QueueUser | null | undefined): Promise<JobRow> {
    const [row] = await readJobs((await this.db()).pool, [jobId]);
    if (!row || !mayViewJob(row.userId, viewer)) throw notFound();
    return row;
  }

  // While anyone follows a job, web instances sweep up dead workers' jobs too (a team with every worker gone still
  // tells its users), at most once per sweep interval.
  private sweepNowAndThen() {
    const staleMs = getEnv().RENDER_WORKER_TIMEOUT_MS;
    if (Date.now() - this.lastSweep < staleMs / 3) return;
    this.lastSweep = Date.now();
    void this.db().then((db) => reapStaleJobs(db, staleMs)).catch((error: unknown) => console.warn("[render] sweeping stale jobs failed:", (error as Error).message));
  }
}
