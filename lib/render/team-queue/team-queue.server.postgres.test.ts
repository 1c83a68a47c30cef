import { afterAll, afterEach, describe, expect, it } from "vitest";
import { fakeRenderBackend, FAKE_PREVIEW } from "@/tests/support/fake-render-backend";
import { useTestDatabase } from "@/tests/support/test-database";
import type { RenderEvent } from "../render-events";
import type { QueueUser } from "../render-job-queue";

// Team mode lives on PostgreSQL only: this file runs in `npm test`'s PostgreSQL pass (TEST_POSTGRES_URL), which CI always has.
if (!process.env.TEST_POSTGRES_URL) throw new Error("a *.postgres.test.ts file runs in the PostgreSQL pass: set TEST_POSTGRES_URL");
const onPostgres = true;
if (onPostgres) {
  useTestDatabase();
  process.env.RENDER_WORKER_TIMEOUT_MS = "2000";
}
const { getPrisma } = await import("../../db/client.server");
const { TeamRenderQueue } = await import("./team-queue.server");
const { startRenderWorker } = await import("./render-worker.server");
const { closeTeamDb, getTeamDb, openTeamDb, RENDER_QUEUE } = await import("./team-db.server");
const { claimJob, finishJob, touchJob, writeProgress } = await import("./job-fence.server");
const { JobFollower } = await import("./job-follower.server");
const { reapStaleJobs } = await import("./reap-stale-jobs.server");
const { AppError } = await import("../../errors");

type Worker = ReturnType<typeof startRenderWorker>;
const workers: Worker[] = [];
const queue = () => new TeamRenderQueue({ chooseBackend: async () => ({ kind: "onnx" }), followMs: 50 });
const web1 = queue();
const web2 = queue();

async function startWorker(name: string, backend = fakeRenderBackend(), options: { timeoutMs?: number; staleMs?: number; heartbeatMs?: number; db?: Awaited<ReturnType<typeof getTeamDb>> } = {}) {
  const worker = startRenderWorker({
    db: options.db ?? (await getTeamDb()), name, backendFor: () => backend, timeoutMs: options.timeoutMs ?? 60_000, staleMs: options.staleMs ?? 2000, heartbeatMs: options.heartbeatMs, pollMs: 100,
  });
  workers.push(worker);
  return { worker, backend };
}

async function addUser(email: string, limits: { role?: "admin" | "member"; maxWaitingJobs?: number; imagesPerHour?: number } = {}): Promise<QueueUser> {
  const row = await getPrisma().user.create({ data: { id: crypto.randomUUID(), email, passwordHash: "-", role: limits.role ?? "member", maxWaitingJobs: limits.maxWaitingJobs, imagesPerHour: limits.imagesPerHour } });
  return { id: row.id, role: row.role as "admin" | "member", maxWaitingJobs: row.maxWaitingJobs, imagesPerHour: row.imagesPerHour };
}

/** Every event of a job as one web instance streams it, up to the final one. */
function follow(web: InstanceType<typeof TeamRenderQueue>, jobId: string, viewer?: QueueUser | null): Promise<RenderEvent[]> {
  const events: RenderEvent[] = [];
  return new Promise((resolve) => {
    const stop = web.subscribe(jobId, (event) => {
      events.push(event);
      if (event.type === "done" || event.type === "error") {
        queueMicrotask(() => stop());
        resolve(events);
      }
    }, viewer);
  });
}

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string): Promise<T> {
  for (let i = 0; i < 400; i++) {
    const value = await read();
    if (ok(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const row = (id: string) => getPrisma().renderJob.findUniqueOrThrow({ where: { id } });
const bossState = async (id: string) => (await (await getTeamDb()).boss.getJobById(RENDER_QUEUE, id))?.state;

afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.stop(0)));
});
afterAll(async () => {
  await closeTeamDb();
  await getPrisma().$disconnect();
});

describe("the team render queue (PostgreSQL)", () => {
  it("lets several processes set pg-boss up at once on a new database", async () => {
    const opened = await Promise.all(Array.from({ length: 4 }, () => openTeamDb(process.env.DATABASE_URL!, 2)));
    for (const db of opened) {
      await db.boss.stop({ graceful: false, close: false });
      await db.pool.end();
    }
  });

  it("runs a job on a worker and streams it from the web instance that did not take it, to its owner and admins only", async () => {
    const ann = await addUser("ann@team.test");
    const bob = await addUser("bob@team.test");
    const admin = await addUser("boss@team.test", { role: "admin" });
    const { backend } = await startWorker("w1", fakeRenderBackend(150));
    const { jobId, position } = await web1.submit({ prompt: "a cat", steps: 3, seed: 42 }, ann);
    expect(position).toBe(1);
    const events = await follow(web2, jobId, ann);
    expect(events[0].type).toBe("queued");
    const progress = events.filter((e) => e.type === "progress");
    expect(progress.length).toBeGreaterThan(0);
    expect(progress[0]).toMatchObject({ steps: 3, images: 1, preview: `data:image/png;base64,${Buffer.from(FAKE_PREVIEW).toString("base64")}` });
    expect(events.at(-1)).toEqual({ type: "done", seed: 42, images: [{ index: 0, seed: 42, infotext: "a cat\nSteps: 3, Seed: 42" }] });
    expect(backend.started[0]).toMatchObject({ prompt: "a cat", steps: 3, seed: 42, sampler: "Euler a", width: 512 });

    expect(await web2.status(jobId, admin)).toEqual({ status: "done", position: null, images: 1, worker: "w1" });
    expect((await web1.image(jobId, 0, ann)).infotext).toBe("a cat\nSteps: 3, Seed: 42");
    for (const check of [() => web1.status(jobId, bob), () => web1.image(jobId, 0, bob), () => web2.cancel(jobId, bob), () => web1.status(jobId, null)]) {
      await expect(check()).rejects.toMatchObject({ code: "not_found" });
    }
    expect((await follow(web1, jobId, bob)).at(-1)).toMatchObject({ type: "error", error: { code: "not_found" } });
    expect(await row(jobId)).toMatchObject({ status: "done", worker: "w1", attempts: 1, step: 3, userId: ann.id });
    expect(await bossState(jobId)).toBe("completed");
    expect(await web1.lastTiming({ prompt: "x" })).toMatchObject({ steps: 3, pixels: 512 * 512, measured: true });
  });

  it("holds each user to their waiting jobs and images per hour, and the database agrees with what they were told", async () => {
    const carl = await addUser("carl@team.test", { maxWaitingJobs: 2, imagesPerHour: 5 });
    const told: string[] = [];
    const submit = async (body: object) => {
      try {
        const { jobId } = await web1.submit({ prompt: "a dog", steps: 2, ...body }, carl);
        told.push(jobId);
        return jobId;
      } catch (error) {
        if (error instanceof AppError) return error;
        throw error;
      }
    };
    const a = (await submit({})) as string;
    const b = (await submit({})) as string;
    expect(await submit({})).toMatchObject({ code: "busy", message: "Busy, position 3: you already have 2 renders waiting. Try again when one starts." });
    expect(await web2.cancel(b, carl)).toEqual({ status: "cancelled" });
    const d = (await submit({ batchSize: 4 })) as string;
    await startWorker("w1");
    await Promise.all([follow(web1, a), follow(web1, d)]);
    const limited = await submit({});
    expect(limited).toMatchObject({ code: "rate_limited", status: 429 });
    expect((limited as InstanceType<typeof AppError>).message).toContain("5 images per hour, 0 left now");
    const rows = await getPrisma().renderJob.findMany({ where: { userId: carl.id }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => r.id)).toEqual(told);
    expect(rows.map((r) => r.status)).toEqual(["done", "cancelled", "done"]);
    expect(await bossState(b)).toBe("cancelled");
  });

  it("stops a running render when it is cancelled, from any instance (by the cancel notice: no heartbeat or sweep runs meanwhile)", async () => {
    const { backend } = await startWorker("w1", fakeRenderBackend(), { staleMs: 600_000, heartbeatMs: 600_000 });
    backend.hold = true;
    const { jobId } = await web1.submit({ prompt: "slow", steps: 5 });
    await until(() => row(jobId), (r) => r.step >= 1, "the first step");
    const watching = follow(web1, jobId);
    expect(await web2.cancel(jobId)).toEqual({ status: "cancelled" });
    await until(async () => backend.aborted, (n) => n === 1, "the render to be stopped");
    expect((await watching).at(-1)).toEqual({ type: "error", error: { code: "cancelled", message: "The render was cancelled.", messageZh: "渲染已取消。" } });
    expect(await row(jobId)).toMatchObject({ status: "cancelled", attempts: 1 });
    expect(await bossState(jobId)).toBe("cancelled");
  });

  it("gives the job of a worker that died mid-render to another worker, and refuses the dead one's late writes", async () => {
    const doomedDb = await openTeamDb(process.env.DATABASE_URL!, 3);
    const { backend: doomed } = await startWorker("doomed", fakeRenderBackend(), { db: doomedDb });
    doomed.hold = true;
    const { jobId } = await web1.submit({ prompt: "a fox", steps: 4, seed: 3 });
    await until(() => row(jobId), (r) => r.status === "running" && r.step >= 1, "the doomed worker to start");
    const watching = follow(web2, jobId);
    await doomedDb.pool.end(); // the worker can no longer say anything: as good as dead
    await startWorker("w2");
    const events = await watching;
    expect(events.at(-1)).toMatchObject({ type: "done", seed: 3 });
    expect(await row(jobId)).toMatchObject({ status: "done", worker: "w2", attempts: 2 });
    const { pool } = await getTeamDb();
    expect(await touchJob(pool, { id: jobId, attempt: 1 })).toBe(false);
    expect(await finishJob(await getTeamDb(), { id: jobId, attempt: 1 }, { seed: 0, images: [] })).toBe(false);
    await doomedDb.boss.stop({ graceful: false, close: false }).catch(() => {});
  });

  it("fails a job with a clear message when every try's worker died", async () => {
    const db = await getTeamDb();
    const { jobId } = await web1.submit({ prompt: "unlucky", steps: 2 });
    for (let attempt = 1; attempt <= 3; attempt++) {
      const [job] = await until(() => db.boss.fetch(RENDER_QUEUE), (jobs) => jobs.length > 0, `pg-boss to offer try ${attempt}`);
      expect(job.id).toBe(jobId);
      expect(await claimJob(db.pool, jobId, `ghost-${attempt}`)).toMatchObject({ fence: { id: jobId, attempt } });
      await db.pool.query(`UPDATE "RenderJob" SET "updatedAt" = "updatedAt" - interval '1 hour' WHERE id = $1`, [jobId]);
      expect(await reapStaleJobs(db, 2000)).toEqual(attempt < 3 ? { requeued: [jobId], failed: [] } : { requeued: [], failed: [jobId] });
    }
    const events = await follow(web2, jobId);
    expect(events.at(-1)).toEqual({ type: "error", error: {
      code: "render_failed",
      message: "The render was given up: its worker (ghost-3) stopped responding, and 3 tries did not finish. Try again.",
      messageZh: "渲染已放弃：负责它的渲染节点（ghost-3）失去响应，共尝试 3 次都没有完成。请重试。",
    } });
    expect(await bossState(jobId)).toBe("failed");
  });

  it("gives up a job that pg-boss gave up before any worker marked it running, rather than leaving it queued", async () => {
    const db = await getTeamDb();
    const { jobId } = await web1.submit({ prompt: "taken and lost", steps: 2 });
    const [job] = await until(() => db.boss.fetch(RENDER_QUEUE), (jobs) => jobs.length > 0, "pg-boss to offer the job");
    expect(job.id).toBe(jobId);
    await db.boss.cancel(RENDER_QUEUE, jobId); // as if every try had expired with its worker gone
    expect(await reapStaleJobs(db, 2000)).toEqual({ requeued: [], failed: [] }); // too recent to judge
    await db.pool.query(`UPDATE "RenderJob" SET "updatedAt" = "updatedAt" - interval '1 hour' WHERE id = $1`, [jobId]);
    expect(await reapStaleJobs(db, 2000)).toEqual({ requeued: [], failed: [jobId] });
    expect((await row(jobId)).status).toBe("failed");
  });

  it("hands its jobs back when it stops, fails a render that fails (no retry) and one that runs too long", async () => {
    const { worker, backend } = await startWorker("leaving");
    backend.hold = true;
    const { jobId } = await web1.submit({ prompt: "handed back", steps: 2 });
    await until(() => row(jobId), (r) => r.step >= 1, "the first step");
    await worker.stop(0);
    expect(await row(jobId)).toMatchObject({ status: "queued", worker: null, step: 0, attempts: 1 });
    await startWorker("staying");
    expect((await follow(web1, jobId)).at(-1)).toMatchObject({ type: "done" });
    expect(await row(jobId)).toMatchObject({ worker: "staying", attempts: 2 });
    await Promise.all(workers.splice(0).map((w) => w.stop(0)));

    const broken = fakeRenderBackend();
    broken.fail = new AppError("model_unavailable", "No model here.", "这里没有模型。");
    await startWorker("broken", broken);
    const failed = (await web1.submit({ prompt: "x", steps: 2 })).jobId;
    expect((await follow(web2, failed)).at(-1)).toEqual({ type: "error", error: { code: "model_unavailable", message: "No model here.", messageZh: "这里没有模型。" } });
    expect(await row(failed)).toMatchObject({ status: "failed", attempts: 1 });
    expect(await bossState(failed)).toBe("completed");
    await Promise.all(workers.splice(0).map((w) => w.stop(0)));

    const { backend: stuck } = await startWorker("slow", fakeRenderBackend(), { timeoutMs: 1000 });
    stuck.hold = true;
    const late = (await web1.submit({ prompt: "x", steps: 2 })).jobId;
    expect((await follow(web2, late)).at(-1)).toMatchObject({ type: "error", error: { code: "render_failed", message: "The render took longer than 1 s and was stopped." } });
  });

  it("streams no step without its preview when the job finishes between a follower's reads of its row and its preview", async () => {
    const db = await getTeamDb();
    const { jobId } = await web1.submit({ prompt: "just in time", steps: 3 });
    await until(() => db.boss.fetch(RENDER_QUEUE), (jobs) => jobs.length > 0, "pg-boss to offer the job");
    const { fence } = (await claimJob(db.pool, jobId, "quick"))!;
    expect(await writeProgress(db.pool, fence, { step: 3, steps: 3, image: 1, images: 1, etaSeconds: 0, preview: FAKE_PREVIEW })).toBe(true);
    // The follower's pool finishes the job as soon as the follower has read its row at step 3 of 3.
    let reads = 0;
    const pool = Object.create(db.pool) as typeof db.pool;
    pool.query = (async (...args: Parameters<typeof db.pool.query>) => {
      const result = await (db.pool.query as (...a: unknown[]) => Promise<unknown>)(...args);
      if (++reads === 1) expect(await finishJob(db, fence, { seed: 5, images: [] })).toBe(true);
      return result;
    }) as typeof db.pool.query;
    const follower = new JobFollower(async () => ({ ...db, pool }), 20);
    const events = await new Promise<RenderEvent[]>((resolve) => {
      const seen: RenderEvent[] = [];
      const stop = follower.follow(jobId, (event) => {
        seen.push(event);
        if (event.type === "done" || event.type === "error") queueMicrotask(() => (stop(), resolve(seen)));
      }, null);
    });
    expect(events).toEqual([{ type: "done", seed: 5, images: [] }]);
    await db.boss.complete(RENDER_QUEUE, jobId);
  });
});
