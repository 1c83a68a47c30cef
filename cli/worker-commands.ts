import os from "node:os";
import { getPrisma, onPostgres } from "../lib/db/client.server";
import { createOnnxBackend } from "../lib/render/backends/onnx/onnx-backend.server";
import type { Device } from "../lib/render/backends/onnx/onnx-session.server";
import { getEnv } from "../lib/env";
import { backendFor } from "../lib/render/select-backend.server";
import { startRenderWorker } from "../lib/render/team-queue/render-worker.server";
import type { JobOutcome } from "../lib/render/team-queue/run-job.server";
import { closeTeamDb, getTeamDb } from "../lib/render/team-queue/team-db.server";
import { optionalNumber, UsageError, type Command } from "./command";

/** The message of the commands that need team mode's database. */
export const NEEDS_TEAM_DATABASE = "this needs team mode: set DATABASE_URL=postgresql://… to the team's database (see the README, \"Team mode\")";

/** Resolves on the first SIGINT or SIGTERM; a second one ends the process at once. */
function untilSignalled(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    let seen = false;
    const on = (signal: NodeJS.Signals) => {
      if (seen) process.exit(130);
      seen = true;
      resolve(signal);
    };
    process.on("SIGINT", on);
    process.on("SIGTERM", on);
  });
}

export const workerCommands: Record<string, Command> = {
  worker: {
    summary: "team mode: render jobs from the team's queue on this machine (built-in pipeline, or the A1111/ComfyUI URL of the job) until stopped",
    usage: "worker [--name NAME] [--concurrency 1] [--device cpu|cuda] [--grace 30]   (DATABASE_URL=postgresql://…; Ctrl+C or SIGTERM finishes the jobs in hand, a second one stops at once)",
    fromArgs: (_positional, flags) => ({ name: flags.name, concurrency: flags.concurrency, device: flags.device, grace: flags.grace }),
    run: async (input) => {
      if (!onPostgres()) throw new UsageError(`the worker: ${NEEDS_TEAM_DATABASE}`);
      const name = input.name === undefined ? `${os.hostname()}-${process.pid}` : String(input.name);
      if (!/^[\w.@:-]{1,100}$/.test(name)) throw new UsageError("--name: letters, digits and . _ - @ : only (100 at most)");
      const concurrency = optionalNumber(input, "concurrency", 1);
      if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) throw new UsageError("--concurrency must be a whole number from 1 to 64");
      const device = String(input.device ?? "cpu");
      if (device !== "cpu" && device !== "cuda") throw new UsageError('--device must be "cpu" or "cuda"');
      const graceMs = optionalNumber(input, "grace", 30) * 1000;
      const env = getEnv();
      const onnx = createOnnxBackend({ device: device as Device, outputDir: null, modelFolders: false });
      const db = await getTeamDb({ maxConnections: concurrency + 4 });
      const counts: Record<JobOutcome, number> = { done: 0, failed: 0, lost: 0, released: 0, skipped: 0 };
      const log = (line: string) => process.stderr.write(`[worker ${name}] ${line}\n`);
      const worker = startRenderWorker({
        db, name, concurrency, timeoutMs: env.RENDER_TIMEOUT_MS, staleMs: env.RENDER_WORKER_TIMEOUT_MS,
        backendFor: (choice) => backendFor(choice, onnx),
        onJob: (jobId, outcome) => {
          counts[outcome] += 1;
          log(`job ${jobId}: ${outcome}`);
        },
      });
      log(`taking render jobs (${concurrency} at a time, ${device}); Ctrl+C stops`);
      const signal = await untilSignalled();
      log(`${signal}: finishing the jobs in hand (up to ${graceMs / 1000} s), then stopping`);
      await worker.stop(graceMs);
      await closeTeamDb();
      await onnx.unload();
      await getPrisma().$disconnect();
      return { worker: name, jobs: counts };
    },
  },
};
