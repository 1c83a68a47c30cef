import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "@/tests/support/test-database";
import { writeTinyModel } from "../lib/render/backends/onnx/tiny-model/make-tiny-model";

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
