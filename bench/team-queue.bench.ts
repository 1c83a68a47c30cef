import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { allowServerOnlyImports } from "../cli/server-only-hook";
import type { RenderEvent } from "../lib/render/render-events";
import { createTeamDatabase, insertUser, registerTinyModel, startWorkerProcess, type WorkerProcess } from "../tests/support/team-cluster";
import { fmt } from "./measure";

const JOBS = 24;
const REQUEST = { prompt: "a lighthouse at dusk", steps: 20, width: 512, height: 512 };
const STALE_MS = "30000";

/**
 * Team mode's queue on this machine (docs/team-capacity.md quotes it): jobs per minute with one and two
 * `promptstudio worker` processes on the tiny model, the database writes and transactions one job costs, what a web
 * instance's follower reads, and what idle workers cost. Needs a PostgreSQL server (TEST_POSTGRES_URL).
 */
export async function benchTeamQueue(): Promise<void> {
  const server = process.env.TEST_POSTGRES_URL;
  if (!server) {
    console.log("team: not run (set TEST_POSTGRES_URL=postgresql://user:pass@host/db, a role that may create databases)");
    return;
  }
  allowServerOnlyImports();
  for (const workers of [1, 2]) await measureThroughput(server, workers);
  await measureQueueOnly(server);
  for (const workers of [1, 2, 8]) await measureScaling(server, workers);
  await measureIdle(server);
}

async function measureThroughput(server: string, workerCount: number) {
  const { TeamRenderQueue } = await import("../lib/render/team-queue/team-queue.server");
  const { openTeamDb } = await import("../lib/render/team-queue/team-db.server");
  const database = createTeamDatabase(server);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "team-bench-"));
  try {
    const model = registerTinyModel(database.url, tmp);
    const userId = await insertUser(database.url, { email: "bench@team.test", maxWaitingJobs: 1000, imagesPerHour: 100_000 });
    const workers = await startWorkers(database.url, workerCount, tmp);
    process.env.DATABASE_URL = database.url;
    const team = await openTeamDb(database.url, 6);
    const counted = { queries: 0 };
    const query = team.pool.query.bind(team.pool);
    team.pool.query = ((...args: Parameters<typeof query>) => (counted.queries++, query(...args))) as typeof team.pool.query;
    const queue = new TeamRenderQueue({ db: async () => team, chooseBackend: async () => ({ kind: "onnx" }) });
    const user = { id: userId, role: "member" as const, maxWaitingJobs: 1000, imagesPerHour: 100_000 };
    const run = await submitAndWait(queue, JOBS, (i) => ({ ...REQUEST, seed: i, model }), user);
    await Promise.race([run.finished, new Promise((resolve) => setTimeout(resolve, 2000))]);
    const busyConnections = (await otherConnections(database.url)) - team.pool.totalCount;
    const { events: ends, seconds } = await run.finished;
    await stopWorkers(workers);
    await closeTeam(team);
    const failed = ends.filter((e) => e.type !== "done").length;
    const stats = await readStats(database.url);
    console.log(`team: ${workerCount} worker(s): ${JOBS} jobs (512×512, 20 steps, tiny model, previews on) in ${fmt(seconds, 1)} s = ${fmt((JOBS / seconds) * 60, 1)} jobs/min`
      + ` (${fmt(stats.renderSeconds, 2)} s rendering per job, first job started ${fmt(stats.firstWaitMs, 0)} ms after it was queued${failed ? `, ${failed} FAILED` : ""})`);
    console.log(`team:   per job: RenderJob ${fmt(stats.jobInserts / JOBS, 1)} insert + ${fmt(stats.jobUpdates / JOBS, 1)} updates, RenderJobImage ${fmt(stats.imageInserts / JOBS, 1)} insert`
      + ` (${fmt(stats.pngBytes / JOBS / 1024, 0)} KB), pg-boss ${fmt(stats.bossWrites / JOBS, 1)} row writes; ${fmt(stats.commits / JOBS, 1)} transactions in all`);
    console.log(`team:   the web side: ${fmt(counted.queries / seconds, 1)} statements/s outside submits while following ${JOBS} jobs (one poll every 300 ms for all of them);`
      + ` ${fmt(busyConnections / workerCount, 1)} database connections per busy worker`);
  } finally {
    await database.drop().catch(() => {});
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

type TeamDb = Awaited<ReturnType<typeof import("../lib/render/team-queue/team-db.server").openTeamDb>>;
type TeamQueue = InstanceType<typeof import("../lib/render/team-queue/team-queue.server").TeamRenderQueue>;
type InProcessBackend = Parameters<typeof import("../lib/render/team-queue/render-worker.server").startRenderWorker>[0]["backendFor"];
const BENCH_USER = { id: "bench", role: "member" as const, maxWaitingJobs: 10_000, imagesPerHour: 1_000_000 };

// A fresh team database with `workers` render workers in this process on `backend`, and a queue to submit to; stops
// and drops everything after `run`.
async function withInProcessWorkers(server: string, workers: Array<{ name: string; concurrency?: number }>, backend: InProcessBackend,
  run: (queue: TeamQueue) => Promise<void>) {
  const { TeamRenderQueue } = await import("../lib/render/team-queue/team-queue.server");
  const { openTeamDb } = await import("../lib/render/team-queue/team-db.server");
  const { startRenderWorker } = await import("../lib/render/team-queue/render-worker.server");
  const database = createTeamDatabase(server);
  try {
    process.env.DATABASE_URL = database.url;
    const slots = workers.reduce((n, w) => n + (w.concurrency ?? 1), 0);
    const team: TeamDb = await openTeamDb(database.url, 4 + 3 * slots);
    const started = workers.map((w) => startRenderWorker({ db: team, ...w, backendFor: backend, timeoutMs: 60_000, staleMs: 30_000 }));
    await run(new TeamRenderQueue({ db: async () => team, chooseBackend: async () => ({ kind: "onnx" }) }));
    await Promise.all(started.map((w) => w.stop(0)));
    await closeTeam(team);
  } finally {
    await database.drop().catch(() => {});
  }
}

// Submits `jobs` jobs one after another and waits for each to end: seconds to submit them all, seconds until the last
// ended, and how each ended.
async function submitAndWait(queue: TeamQueue, jobs: number, request: (i: number) => Record<string, unknown>, user: Parameters<TeamQueue["submit"]>[1]) {
  const started = performance.now();
  const ends: Array<Promise<RenderEvent>> = [];
  for (let i = 0; i < jobs; i++) {
    const { jobId } = await queue.submit(request(i), user);
    ends.push(new Promise((resolve) => queue.subscribe(jobId, (e) => (e.type === "done" || e.type === "error") && resolve(e))));
  }
  const submitted = (performance.now() - started) / 1000;
  return { submitted, finished: Promise.all(ends).then((events) => ({ events, seconds: (performance.now() - started) / 1000 })) };
}

async function closeTeam(team: TeamDb) {
  await team.boss.stop({ graceful: false, close: false });
  await team.pool.end();
}

// The queue's own ceiling: two workers in this process with a backend that renders nothing (one progress report and a
// 32 KB image per job), so only submitting, claiming, progress, storing and completing are measured.
async function measureQueueOnly(server: string) {
  const png = new Uint8Array(32 * 1024);
  png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const instant = { id: "onnx" as const, async render(request: { seed: number; steps: number }, hooks: { onProgress: (p: { step: number; steps: number; image: number; images: number; etaSeconds: null }) => void }) {
    hooks.onProgress({ step: 1, steps: request.steps, image: 1, images: 1, etaSeconds: null });
    return { seed: request.seed, images: [{ png, seed: request.seed, infotext: "x" }] };
  } };
  const workers = [1, 2].map((n) => ({ name: `instant-${n}`, concurrency: 2 }));
  await withInProcessWorkers(server, workers, () => instant, async (queue) => {
    const jobs = 200;
    const run = await submitAndWait(queue, jobs, (i) => ({ prompt: "x", steps: 1, seed: i }), BENCH_USER);
    const { seconds } = await run.finished;
    console.log(`team: the queue alone (2 in-process workers × 2 slots, nothing rendered, 32 KB image): ${jobs} jobs in ${fmt(seconds, 1)} s = ${fmt(jobs / seconds, 0)} jobs/s; submitting alone ${fmt(jobs / run.submitted, 0)} jobs/s`);
  });
}

// Workers that each stand for a device of their own (a backend that waits 500 ms with progress every 100 ms, as a
// remote GPU would): does throughput grow as workers × images per minute when the devices are not shared?
async function measureScaling(server: string, workerCount: number) {
  const png = new Uint8Array(32 * 1024);
  const remote = { id: "a1111" as const, async render(request: { seed: number; steps: number }, hooks: { onProgress: (p: { step: number; steps: number; image: number; images: number; etaSeconds: null; preview: Uint8Array }) => void }) {
    for (let step = 1; step <= 5; step++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      hooks.onProgress({ step, steps: 5, image: 1, images: 1, etaSeconds: null, preview: png.subarray(0, 4096) });
    }
    return { seed: request.seed, images: [{ png, seed: request.seed, infotext: "x" }] };
  } };
  const workers = Array.from({ length: workerCount }, (_, n) => ({ name: `device-${n + 1}` }));
  await withInProcessWorkers(server, workers, () => remote, async (queue) => {
    const jobs = 8 * workerCount;
    const { seconds } = await (await submitAndWait(queue, jobs, (i) => ({ prompt: "x", steps: 5, seed: i }), BENCH_USER)).finished;
    const ideal = workerCount * 120;
    console.log(`team: ${workerCount} worker(s), each its own 0.5 s device: ${jobs} jobs at ${fmt((jobs / seconds) * 60, 0)} jobs/min (${fmt(((jobs / seconds) * 60 / ideal) * 100, 0)}% of ${ideal}, workers × 120/min)`);
  });
}

async function measureIdle(server: string) {
  const database = createTeamDatabase(server);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "team-bench-idle-"));
  try {
    const workers = await startWorkers(database.url, 2, tmp);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const before = await commits(database.url);
    const seconds = 20;
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    const after = await commits(database.url);
    const connections = await otherConnections(database.url);
    await stopWorkers(workers);
    console.log(`team: idle: ${fmt((after - before - 1) / seconds / 2, 2)} transactions/s and ${fmt(connections / 2, 1)} connections per waiting worker (a pg-boss fetch every 2 s, a stale-job sweep every 10 s; LISTEN wakes it for new jobs)`);
  } finally {
    await database.drop().catch(() => {});
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

async function startWorkers(url: string, count: number, dir: string): Promise<WorkerProcess[]> {
  const workers = Array.from({ length: count }, (_, i) => startWorkerProcess(`bench-${i + 1}`, { DATABASE_URL: url, RENDER_WORKER_TIMEOUT_MS: STALE_MS }, dir));
  for (const w of workers) {
    for (let i = 0; !fs.readFileSync(w.logFile, "utf8").includes("taking render jobs"); i++) {
      if (i > 600 || w.child.exitCode !== null) {
        for (const other of workers) other.child.kill("SIGKILL");
        throw new Error(`${w.name} did not start: ${fs.readFileSync(w.logFile, "utf8")}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return workers;
}

async function stopWorkers(workers: WorkerProcess[]) {
  for (const w of workers) w.child.kill("SIGTERM");
  await Promise.all(workers.map((w) => w.exited));
}

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

const commitsOf = async (c: pg.Client) => Number((await c.query("SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()")).rows[0].xact_commit);
const commits = (url: string) => withClient(url, commitsOf);
// Connections to the database other than the one asking.
const otherConnections = (url: string) => withClient(url, async (c) => Number((await c.query(
  "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()")).rows[0].count));

// The statistics of the finished run (backends report theirs when they end, so the workers are stopped first).
async function readStats(url: string) {
  await new Promise((resolve) => setTimeout(resolve, 1500));
  return withClient(url, async (c) => {
    const tables = (await c.query(`SELECT schemaname, relname, n_tup_ins::int AS ins, n_tup_upd::int AS upd, n_tup_del::int AS del FROM pg_stat_user_tables`)).rows;
    const table = (name: string) => tables.find((t) => t.relname === name) ?? { ins: 0, upd: 0, del: 0 };
    const boss = tables.filter((t) => t.schemaname === "pgboss" && t.relname.startsWith("j")).reduce((n, t) => n + t.ins + t.upd + t.del, 0);
    const times = (await c.query(`SELECT avg(extract(epoch FROM "finishedAt" - "startedAt"))::float8 AS render, min(extract(epoch FROM "startedAt" - "createdAt"))::float8 * 1000 AS wait FROM "RenderJob"`)).rows[0];
    const png = (await c.query(`SELECT coalesce(sum(length(png)), 0)::float8 AS bytes FROM "RenderJobImage"`)).rows[0];
    return {
      jobInserts: table("RenderJob").ins, jobUpdates: table("RenderJob").upd, imageInserts: table("RenderJobImage").ins, bossWrites: boss,
      renderSeconds: times.render, firstWaitMs: times.wait, pngBytes: png.bytes,
      commits: await commitsOf(c),
    };
  });
}
