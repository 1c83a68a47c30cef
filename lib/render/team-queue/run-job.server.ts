import "server-only";
import { errorEvent } from "../../http/ndjson-response";
import type { BackendChoice } from "../backend-choice";
import { estimateEtaSeconds, renderFraction } from "../render-eta";
import type { RenderBackend, RenderProgress, RenderResult } from "../render-types";
import { claimJob, failJob, finishJob, releaseJob, touchJob, writeProgress, type JobFence } from "./job-fence.server";
import { decodeJobPayload } from "./job-payload";
import { createThrottle } from "./progress-throttle";
import { RENDER_QUEUE, type TeamDb } from "./team-db.server";

/** How a worker runs one job. */
export interface RunJobOptions {
  db: TeamDb;
  worker: string;
  /** The backend for a job's choice (the worker's own built-in pipeline for "onnx"). */
  backendFor: (choice: BackendChoice) => RenderBackend;
  /** The longest a render may take before it fails with a message. */
  timeoutMs: number;
  /** How often the worker says it is alive (and learns of a cancel it was not told of). */
  heartbeatMs: number;
  /** At most one progress write per this many milliseconds. */
  progressMs: number;
  /** How long a stopped render may take to give up before the worker moves on anyway (default 10 s). */
  graceMs?: number;
}

/** How a job ended for this worker: finished (done or failed), no longer its own (cancelled, taken over), or handed back. */
export type JobOutcome = "done" | "failed" | "lost" | "released" | "skipped";

/** A job in this worker's hands, which a cancel notice or the worker's shutdown can stop. */
export interface RunningJob {
  id: string;
  /** Stops the render: "lost" when the job is no longer this worker's, "released" to hand it back to the queue. */
  stop(reason: "lost" | "released"): void;
  outcome: Promise<JobOutcome>;
}

type StopReason = "lost" | "released" | "timeout";

/**
 * Runs pg-boss job `jobId`: claims its row (the next attempt), renders on the job's backend with throttled progress
 * and a heartbeat, then stores the images or the error and completes the pg-boss job. A failed render is not retried
 * (it would fail again); only a worker that vanished gets its job retried (see reap-stale-jobs).
 */
export function runJob(jobId: string, options: RunJobOptions): RunningJob {
  const controller = new AbortController();
  let reason: StopReason | null = null;
  const stop = (why: StopReason) => {
    if (reason) return;
    reason = why;
    controller.abort(new Error(`render ${why}`));
  };
  return { id: jobId, stop, outcome: run(jobId, options, controller.signal, stop, () => reason) };
}

async function run(jobId: string, options: RunJobOptions, signal: AbortSignal, stop: (why: StopReason) => void, reason: () => StopReason | null): Promise<JobOutcome> {
  const { db, worker } = options;
  const claimed = await claimJob(db.pool, jobId, worker);
  if (!claimed) {
    await db.boss.complete(RENDER_QUEUE, jobId);
    return "skipped";
  }
  const { fence } = claimed;
  const alive = keepAlive(db, fence, options.heartbeatMs, () => stop("lost"));
  const timer = setTimeout(() => stop("timeout"), options.timeoutMs);
  try {
    const { request, backend } = decodeJobPayload(claimed.payload);
    const onProgress = progressWriter(db, fence, options.progressMs, alive.beat, () => stop("lost"));
    const result = await untilSettledOrGivenUp(options.backendFor(backend).render(request, { onProgress, signal }), signal, options.graceMs ?? 10_000);
    if (result && !reason()) {
      if (await finishJob(db, fence, result)) {
        await db.boss.complete(RENDER_QUEUE, jobId);
        return "done";
      }
      return "lost";
    }
  } catch (error) {
    if (!reason()) return fail(db, fence, error);
  } finally {
    clearTimeout(timer);
    alive.stop();
  }
  return settleStopped(db, fence, reason(), options.timeoutMs);
}

// A render stopped on purpose: a cancel or a takeover needs nothing more; a shutdown hands it back; a timeout fails it.
async function settleStopped(db: TeamDb, fence: JobFence, reason: StopReason | null, timeoutMs: number): Promise<JobOutcome> {
  if (reason === "released") {
    if (await releaseJob(db.pool, fence)) await db.boss.fail(RENDER_QUEUE, fence.id, { message: "the worker stopped before the render finished" });
    return "released";
  }
  if (reason === "timeout") {
    const seconds = Math.round(timeoutMs / 1000);
    return fail(db, fence, { code: "render_failed", message: `The render took longer than ${seconds} s and was stopped.`, messageZh: `渲染超过 ${seconds} 秒，已停止。` });
  }
  return "lost";
}

async function fail(db: TeamDb, fence: JobFence, error: unknown): Promise<JobOutcome> {
  const described = isDescribed(error) ? error : (await errorEvent(error)).error;
  if (!(await failJob(db.pool, fence, described))) return "lost";
  await db.boss.complete(RENDER_QUEUE, fence.id);
  return "failed";
}

const isDescribed = (e: unknown): e is { code: string; message: string; messageZh: string } =>
  typeof e === "object" && e !== null && !(e instanceof Error) && typeof (e as { code?: unknown }).code === "string";

// Writes progress at most every `intervalMs`, never two at once; a refused write means the job is no longer ours.
function progressWriter(db: TeamDb, fence: JobFence, intervalMs: number, beat: () => void, lost: () => void) {
  const started = Date.now();
  const pass = createThrottle(intervalMs);
  let writing = false;
  return (p: RenderProgress) => {
    if (writing || !pass(Date.now())) return;
    writing = true;
    const etaSeconds = p.etaSeconds ?? estimateEtaSeconds(Date.now() - started, renderFraction(p));
    beat();
    writeProgress(db.pool, fence, { ...p, etaSeconds })
      .then((held) => !held && lost())
      .catch((error: unknown) => console.warn(`[render] progress of ${fence.id} not written:`, (error as Error).message))
      .finally(() => (writing = false));
  };
}

// The heartbeat: a touch every `intervalMs` unless progress was written meanwhile; a refused touch means it is no longer ours.
function keepAlive(db: TeamDb, fence: JobFence, intervalMs: number, lost: () => void) {
  let lastBeat = Date.now();
  const timer = setInterval(() => {
    if (Date.now() - lastBeat < intervalMs) return;
    lastBeat = Date.now();
    touchJob(db.pool, fence).then((held) => !held && lost()).catch((error: unknown) => console.warn(`[render] heartbeat of ${fence.id} failed:`, (error as Error).message));
  }, Math.max(100, Math.round(intervalMs / 2)));
  return { beat: () => (lastBeat = Date.now()), stop: () => clearInterval(timer) };
}

// A stopped render gets a grace period; a backend that ignores its signal must not hold the worker for ever.
function untilSettledOrGivenUp(rendering: Promise<RenderResult>, signal: AbortSignal, graceMs: number): Promise<RenderResult | null> {
  return new Promise((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const giveUp = () => (timer = setTimeout(() => resolve(null), graceMs));
    if (signal.aborted) giveUp();
    else signal.addEventListener("abort", giveUp, { once: true });
    rendering.then(resolve, reject).finally(() => {
      clearTimeout(timer);
      signal.removeEventListener("abort", giveUp);
    });
  });
}
