import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "@/tests/support/test-database";
import { AppError } from "../lib/errors";
import { writeTinyModel } from "../lib/render/backends/onnx/tiny-model/make-tiny-model";
import type { RenderEvent } from "../lib/render/render-events";
import type { RenderJobQueue } from "../lib/render/render-job-queue";
import type { RenderRequest } from "../lib/render/render-types";
import { renderThroughQueue } from "./queue-render";

// `render --queue` against a worker on PostgreSQL: runs in `npm test`'s PostgreSQL pass (TEST_POSTGRES_URL).
useTestDatabase();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cli-render-queue-"));
const model = path.join(dir, "tiny-sd");
writeTinyModel(model);

describe("promptstudio render --queue", () => {
  it("submits N jobs with seeds seed, seed+1, … and prints one line per finished job, PNGs written with their infotext", async () => {
    const { addModelFolder } = await import("../lib/render/backends/onnx/install-model.server");
    const { createOnnxBackend } = await import("../lib/render/backends/onnx/onnx-backend.server");
    const { backendFor } = await import("../lib/render/select-backend.server");
    const { startRenderWorker } = await import("../lib/render/team-queue/render-worker.server");
    const { getTeamDb, closeTeamDb } = await import("../lib/render/team-queue/team-db.server");
    const { readPngText } = await import("../lib/png/png-text");
    const { inflateZlib } = await import("../lib/png/inflate.server");
    const registered = await addModelFolder(model);
    const onnx = createOnnxBackend({ outputDir: null, modelFolders: false });
    const worker = startRenderWorker({ db: await getTeamDb(), name: "cli-test-worker", backendFor: (choice) => backendFor(choice, onnx), timeoutMs: 60_000, staleMs: 30_000, pollMs: 100 });
    afterAll(async () => {
      await worker.stop(0);
      await closeTeamDb();
      await onnx.unload();
    });
    const out = path.join(dir, "queued");
    const args = [path.join(process.cwd(), "bin", "promptstudio.mjs"), "render", "--queue", "--jobs", "3", "--prompt", "a cat", "--steps", "2", "--seed", "10",
      "--size", "64x64", "--model", registered.id, "-o", `${out}/`, "--json"];
    const { stdout } = await promisify(execFile)(process.execPath, args, { env: { ...process.env }, cwd: dir });
    const lines = stdout.trim().split("\n").map((line) => JSON.parse(line) as { job: string; worker: string; seed: number; file: string });
    expect(lines.map((l) => l.seed).sort()).toEqual([10, 11, 12]);
    for (const line of lines) {
      expect(line).toMatchObject({ job: expect.stringMatching(/^[0-9a-f-]{36}$/), worker: "cli-test-worker", file: path.join(out, `render-${line.seed}.png`) });
      const text = readPngText(new Uint8Array(fs.readFileSync(line.file)), { inflate: inflateZlib });
      expect(text.parameters).toContain(`Seed: ${line.seed}, Size: 64x64`);
    }
  }, 60_000);
});

describe("render --queue when a job goes wrong", () => {
  // A queue that finishes each job at once and refuses the submit numbered `refuseAt` as over the hourly limit.
  function fakeQueue(refuseAt: number, failImageOf: number | null = null) {
    let submitted = 0;
    const png = Uint8Array.of(137, 80, 78, 71);
    return {
      submit: async () => {
        if (++submitted === refuseAt) throw new AppError("rate_limited", "Over the hourly limit.", "超过每小时上限。");
        return { jobId: `job-${submitted}`, position: 1 };
      },
      subscribe: (jobId: string, listener: (event: RenderEvent) => void) => {
        const seed = Number(jobId.slice(4));
        setTimeout(() => listener({ type: "done", seed, images: [{ index: 0, seed, infotext: "x", url: "" }] } as unknown as RenderEvent), 20);
        return () => {};
      },
      status: async () => ({ status: "done", worker: "w" }),
      image: async (jobId: string) => {
        if (Number(jobId.slice(4)) === failImageOf) throw new Error("disk full");
        return { png, seed: Number(jobId.slice(4)), infotext: "x" };
      },
      cancel: async () => ({ status: "done" }),
      lastTiming: async () => null,
    } as unknown as RenderJobQueue;
  }
  const request = { prompt: "a cat", steps: 1, seed: 1, width: 64, height: 64 } as RenderRequest;

  it("writes the images of the jobs already queued before it reports a refused submit", async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "queue-refused-"));
    const lines: string[] = [];
    await expect(renderThroughQueue({ request, jobs: 5, out: `${out}/`, queue: fakeQueue(3), write: (l) => lines.push(l) })).rejects.toMatchObject({ code: "rate_limited" });
    expect(lines).toHaveLength(2);
    expect(fs.readdirSync(out).sort()).toEqual(["render-1.png", "render-2.png"]);
  });

  it("ends with a job's error when its image cannot be written, after the others (no unhandled rejection)", async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "queue-failed-"));
    await expect(renderThroughQueue({ request, jobs: 3, out: `${out}/`, queue: fakeQueue(0, 1), write: () => {} })).rejects.toThrow("disk full");
    expect(fs.readdirSync(out)).not.toContain("render-1.png");
  });

  it("writes into the outputs folder beside the database without -o", async () => {
    const outputs = fs.mkdtempSync(path.join(os.tmpdir(), "queue-outputs-"));
    process.env.OUTPUTS_DIR = outputs;
    try {
      const lines: string[] = [];
      await renderThroughQueue({ request, jobs: 1, queue: fakeQueue(0), write: (l) => lines.push(l) });
      expect(JSON.parse(lines[0]).file).toBe(path.join(outputs, "render-1.png"));
      expect(fs.existsSync(path.join(outputs, "render-1.png"))).toBe(true);
    } finally {
      delete process.env.OUTPUTS_DIR;
    }
  });
});
