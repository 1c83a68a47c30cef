import { createSqliteTestDatabase, testingOnPostgres, useTestDatabase } from "@/tests/support/test-database";
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { writeTinyModel } from "../lib/render/backends/onnx/tiny-model/make-tiny-model";
import { outputFile } from "./queue-render";
import { renderCommands } from "./render-commands";

const databaseFile = useTestDatabase();
const { render } = renderCommands;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cli-render-"));
const model = path.join(dir, "tiny-sd");
writeTinyModel(model);

describe("promptstudio render", () => {
  it("reads the A1111-style flags and -o", () => {
    const input = render.fromArgs(["-o", "out.png"], { prompt: "a cat", sampler: "Euler", steps: "4", cfg: "5", seed: "3", size: "64x96", "batch-size": "2" });
    expect(input).toMatchObject({ prompt: "a cat", sampler: "Euler", steps: "4", cfg: "5", seed: "3", size: "64x96", batchSize: "2", out: "out.png" });
  });

  it("renders into -o files (one per image) and reports seeds and infotext", async () => {
    const out = path.join(dir, "out.png");
    const input = render.fromArgs(["-o", out], { prompt: "a cat", steps: "3", seed: "5", size: "64x64", model, "batch-size": "2", outputs: path.join(dir, "outputs") });
    const result = (await render.run(input)) as { seed: number; images: Array<{ seed: number; file: string; infotext: string }> };
    expect(result.seed).toBe(5);
    expect(result.images.map((i) => [i.seed, path.basename(i.file)])).toEqual([[5, "out-1.png"], [6, "out-2.png"]]);
    expect(fs.readFileSync(result.images[1].file).subarray(1, 4).toString()).toBe("PNG");
    expect(fs.readdirSync(path.join(dir, "outputs"), { recursive: true }).filter((f) => String(f).endsWith(".png"))).toHaveLength(2);
    expect(result.images[0].infotext).toMatch(/^a cat\nSteps: 3, Sampler: Euler a, CFG scale: 7, Seed: 5, Size: 64x64, Model hash: [0-9a-f]{10}, Model: tiny-sd$/);
  });

  it("rejects bad sizes and values with clear messages", async () => {
    await expect(render.run({ prompt: "a", size: "big", model, outputs: dir })).rejects.toThrow('size must look like 512x512, got "big"');
    await expect(render.run({ prompt: "a", size: "500x512", model, outputs: dir })).rejects.toThrow("width must be a multiple of 8");
    await expect(render.run({ prompt: "a", steps: "0", size: "64x64", model, outputs: dir })).rejects.toThrow("steps must be between 1 and 150");
  });

  it("runs from the command line with a progress bar on stderr and exits", async () => {
    const bin = path.join(process.cwd(), "bin", "promptstudio.mjs");
    const out = path.join(dir, "cli.png");
    // On PostgreSQL there is no database file to sit beside: renders go where OUTPUTS_DIR says.
    const beside = testingOnPostgres() ? path.join(dir, "team-outputs") : path.join(path.dirname(databaseFile), "outputs");
    const env = { ...process.env, DATABASE_URL: process.env.DATABASE_URL, ...(testingOnPostgres() ? { OUTPUTS_DIR: beside } : {}) };
    const args = [bin, "render", "--prompt", "a cat", "--steps", "4", "--seed", "1", "--size", "64x64", "--model", model, "--source", "cpu", "-o", out, "--json"];
    const { stdout, stderr } = await promisify(execFile)(process.execPath, args, { env, cwd: dir });
    expect(JSON.parse(stdout).images[0].infotext).toContain("Seed: 1, Size: 64x64");
    expect(stderr).toContain("step 4/4, batch 1/1");
    expect(fs.existsSync(out)).toBe(true);
    // Its copy goes beside the database (as the server's renders do), not into the working directory.
    expect(fs.readdirSync(beside, { recursive: true }).some((f) => String(f).endsWith("-1.png"))).toBe(true);
    expect(fs.existsSync(path.join(dir, "data"))).toBe(false);
  });
});

describe("promptstudio render --queue", () => {
  it("names the files of a run: a folder, a pattern, or the -o name with the seed added", () => {
    const one = { images: 1, perJob: 1 };
    const three = { images: 3, perJob: 1 };
    expect(outputFile(`${dir}/`, { job: "j", n: 1, seed: 5 }, three)).toBe(path.join(dir, "render-5.png"));
    expect(outputFile(dir, { job: "j", n: 1, seed: 5 }, three)).toBe(path.join(dir, "render-5.png"));
    expect(outputFile("shots/{n}-{job}-{seed}.png", { job: "ab", n: 2, seed: 6 }, three)).toBe("shots/2-ab-6.png");
    expect(outputFile("cat.png", { job: "j", n: 1, seed: 5 }, one)).toBe("cat.png");
    expect(outputFile("out/cat.png", { job: "j", n: 2, seed: 6 }, three)).toBe(path.join("out", "cat-6.png"));
    expect(outputFile("cat", { job: "j", n: 2, seed: 6 }, { images: 4, perJob: 2 })).toBe("cat-2-6.png");
  });

  it("says it needs team mode's database on the single-user default", async () => {
    const own = process.env.DATABASE_URL;
    process.env.DATABASE_URL = `file:${createSqliteTestDatabase()}`; // the single-user default, whichever pass this is
    try {
      await expect(render.run({ ...render.fromArgs([], { prompt: "a cat", queue: true, jobs: "2" }), model })).rejects.toThrow(
        "render --queue: this needs team mode: set DATABASE_URL=postgresql://… to the team's database",
      );
    } finally {
      process.env.DATABASE_URL = own;
    }
  });

});
