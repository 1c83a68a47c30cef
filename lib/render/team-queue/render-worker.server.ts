import "server-only";
import pg from "pg";
import { postgresPoolConfig } from "../../db/database-url";
import type { BackendChoice } from "../backend-choice";
import type { RenderBackend } from "../render-types";
import { deleteFinishedBefore } from "./job-rows.server";
import { reapStaleJobs } from "./reap-stale-jobs.server";
import { runJob, type JobOutcome, type RunningJob } from "./run-job.server";
import { CANCEL_CHANNEL, JOBS_CHANNEL, RENDER_QUEUE, type TeamDb } from "./team-db.server";
import { TEAM_QUEUE_TIMING } from "./team-timing";

/** A worker's settings. */
export interface RenderWorkerOptions {
  db: TeamDb;
  /** Shown as the job's worker (default: host name and process id). */
  name: string;
  /** Jobs at once (default 1: the built-in pipeline renders one at a time; more helps with remote servers). */
  concurrency?: number;
  backendFor: (choice: BackendChoice) => RenderBackend;
  /** RENDER_TIMEOUT_MS and RENDER_WORKER_TIMEOUT_MS. */
  timeoutMs: number;
  staleMs: number;
  /** How often an idle worker asks for work when no notice woke it (default 2 s). */
  pollMs?: number;
  /** How often a running job's row is touched, which also notices a cancel the notice missed (default: staleMs / 4, at most 1 s). */
  heartbeatMs?: number;
  /** Called after each job (the command line counts them). */
  onJob?: (jobId: string, outcome: JobOutcome) => void;
}

/** A running worker. */
export interface RenderWorker {
  /** Takes no new jobs, lets running ones finish for up to `graceMs`, then hands the rest back to the queue. */
  stop(graceMs?: number): Promise<void>;
}

/**
 * Takes render jobs from pg-boss and runs them (`concurrency` at a time), woken at once by a new job's notice and
 * asking every `pollMs` otherwise; stops a render when its cancel notice comes; and sweeps up the jobs of workers that
 * died (reap-stale-jobs) and finished jobs past their keeping time.
 */
export function startRenderWorker(options: RenderWorkerOptions): RenderWorker {
  const running = new Map<string, RunningJob>();
  const waiters = new Set<() => void>();
  const wake = () => [...waiters].forEach((w) => w());
  let stopping = false;
  let releasing = false;
  const listener = listen(options.db.url, (channel, payload) => (channel === JOBS_CHANNEL ? wake() : running.get(payload)?.stop("lost")), () => stopping);
  const sweeps = startSweeps(options.db, options.staleMs);
  const nap = (ms: number) => new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      waiters.delete(done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    waiters.add(done);
  });

  const slot = async () => {
    while (!stopping) {
      try {
        const [job] = await options.db.boss.fetch(RENDER_QUEUE, { batchSize: 1 });
        if (!job) {
          await nap(options.pollMs ?? 2000);
          continue;
        }
        const heartbeatMs = options.heartbeatMs ?? Math.min(1000, options.staleMs / 4);
        const run = runJob(job.id, { db: options.db, worker: options.name, backendFor: options.backendFor, timeoutMs: options.timeoutMs, heartbeatMs, progressMs: TEAM_QUEUE_TIMING.progressMs });
        running.set(job.id, run);
        // Fetched after the stop's grace ran out: handed straight back.
        if (releasing) run.stop("released");
        const outcome = await run.outcome.finally(() => running.delete(job.id));
        options.onJob?.(job.id, outcome);
      } catch (error) {
        console.error(`[worker ${options.name}] ${(error as Error).message}; trying again shortly`);
        await nap(2000);
      }
    }
  };
  const slots = Array.from({ length: Math.max(1, options.concurrency ?? 1) }, slot);

  return {
    async stop(graceMs = 30_000) {
      stopping = true;
      wake();
      const settled = Promise.all(slots);
      const late = setTimeout(() => {
        releasing = true;
        running.forEach((job) => job.stop("released"));
      }, graceMs);
      await settled;
      clearTimeout(late);
      sweeps.stop();
      await listener.close();
    },
  };
}

// LISTEN on the two channels over a connection of its own, reconnecting while the worker runs (polling covers the gap).
function listen(url: string, onNotice: (channel: string, payload: string) => void, stopped: () => boolean) {
  let client: pg.Client | null = null;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const connect = async () => {
    const c = new pg.Client({ ...postgresPoolConfig(url), application_name: "promptstudio-worker" });
    client = c;
    c.on("notification", (n) => onNotice(n.channel, n.payload ?? ""));
    c.on("error", () => {});
    c.on("end", () => {
      if (!stopped() && client === c) retry = setTimeout(() => void connect().catch(() => {}), 2000);
    });
    await c.connect();
    await c.query(`LISTEN ${JOBS_CHANNEL}; LISTEN ${CANCEL_CHANNEL}`);
  };
  connect().catch((error: unknown) => console.warn("[worker] no job notices (polling instead):", (error as Error).message));
  return {
    close: async () => {
      clearTimeout(retry);
      const c = client;
      client = null;
      await c?.end().catch(() => {});
    },
  };
}

// Every few seconds: hand on the jobs of dead workers; every hour: delete finished jobs past their keeping time.
function startSweeps(db: TeamDb, staleMs: number) {
  let lastPrune = 0;
  let sweeping = false;
  const timer = setInterval(async () => {
    if (sweeping) return;
    sweeping = true;
    try {
      await reapStaleJobs(db, staleMs);
      if (Date.now() - lastPrune > 3600_000) {
        lastPrune = Date.now();
        await deleteFinishedBefore(db.pool, TEAM_QUEUE_TIMING.keepFinishedHours);
      }
    } catch (error) {
      console.warn("[worker] sweeping stale jobs failed:", (error as Error).message);
    } finally {
      sweeping = false;
    }
  }, Math.max(500, Math.round(staleMs / 3)));
  timer.unref?.();
  return { stop: () => clearInterval(timer) };
}
