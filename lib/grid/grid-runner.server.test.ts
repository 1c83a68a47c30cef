import { describe, expect, it } from "vitest";
import { makePng } from "@/tests/support/test-images";
import { RenderQueue } from "../render/queue.server";
import type { RenderBackend, RenderRequest } from "../render/render-types";
import type { GridImageInput } from "./compose-grid.server";
import { GridRunner } from "./grid-runner.server";
import type { GridSpec } from "./grid-spec";
import type { GridState } from "./grid-state";

/** A backend whose renders finish when the test says so (or fail when their signal aborts). */
function heldBackend() {
  const runs: Array<{ request: RenderRequest; finish: () => void }> = [];
  const backend: RenderBackend = {
    id: "onnx",
    render: (request, { onProgress, signal }) => new Promise((resolve, reject) => {
      const png = makePng(8, 8, [runs.length * 40, 0, 0], { parameters: `${request.prompt}\nSeed: ${request.seed}` });
      runs.push({ request, finish: () => resolve({ seed: request.seed, images: [{ png, seed: request.seed, infotext: `${request.prompt}\nSteps: ${request.steps}, Seed: ${request.seed}` }] }) });
      onProgress({ step: 1, steps: request.steps, image: 1, images: 1, etaSeconds: null });
      signal.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
    }),
  };
  return { backend, runs };
}

function setup(queueOptions: { maxWaiting?: number } = {}) {
  const { backend, runs } = heldBackend();
  const queue = new RenderQueue({ resolveBackend: async () => ({ backend, lane: "gpu" }), ...queueOptions });
  const composed: GridImageInput[] = [];
  const runner = new GridRunner({ queue: () => queue, compose: async (input) => (composed.push(input), makePng(4, 4, [0, 0, 0])), retryMs: 1 });
  // Resolves with the first state (heard through subscribe) that matches.
  const until = (id: string, ok: (s: GridState) => boolean) => new Promise<GridState>((resolve) => {
    const stop = runner.subscribe(id, (s) => {
      if (!ok(s)) return;
      resolve(s);
      queueMicrotask(() => stop());
    });
  });
  const rendering = (n: number) => new Promise<void>((resolve) => {
    const check = () => (runs.length >= n ? resolve() : setImmediate(check));
    check();
  });
  return { queue, runner, runs, composed, until, rendering };
}

const spec: GridSpec = {
  base: { prompt: "a cat, smile", negative: "", sampler: "Euler a", steps: 3, cfgScale: 7, seed: -1, width: 64, height: 64, noiseSource: "nv", model: null },
  x: { kind: "weight", target: { field: "prompt", tag: 1 }, values: [0, 0.7, 1, 1.3, 1.6] },
  y: null,
};

describe("GridRunner", () => {
  it("renders every cell through the queue, two at a time, with one shared seed, then composes the grid", async () => {
    const { runner, runs, composed, until, rendering } = setup();
    const started = await runner.start(spec, "en");
    expect(started).toMatchObject({ status: "running", columns: 5, rows: 1, xLabels: ["0 · removed", "0.7", "1.0", "1.3", "1.6"] });
    for (let i = 0; i < 5; i++) {
      await rendering(i + 1);
      const state = runner.state(started.id);
      // One cell renders, one waits in the queue's line; the rest wait in the grid.
      expect(state.cells.filter((c) => c.status === "queued" || c.status === "running").length).toBeLessThanOrEqual(2);
      expect(state.cells.slice(i + 2).every((c) => c.status === "waiting")).toBe(true);
      runs[i].finish();
    }
    const done = await until(started.id, (s) => s.status === "done");
    expect(runs.map((r) => r.request.prompt)).toEqual(["a cat", "a cat, (smile:0.7)", "a cat, smile", "a cat, (smile:1.3)", "a cat, (smile:1.6)"]);
    expect(new Set(runs.map((r) => r.request.seed)).size).toBe(1);
    expect(done.cells.every((c) => c.status === "done" && c.infotext?.includes(`Seed: ${runs[0].request.seed}`))).toBe(true);
    expect(done.infotext).toBe(`a cat\nSteps: 3, Seed: ${runs[0].request.seed}, Script: X/Y/Z plot, X Type: Tag weight, X Tag: smile, X Values: "0, 0.7, 1, 1.3, 1.6"`);
    expect(composed[0]).toMatchObject({ columns: 5, rows: 1, title: 'weight of "smile"', yLabels: [], infotext: done.infotext });
    expect(composed[0].cells.every((c) => c !== null)).toBe(true);
    expect(runner.cellImage(started.id, 3)).toBe(composed[0].cells[3]);
    expect(runner.gridImage(started.id).length).toBeGreaterThan(0);
  });

  it("cancels every pending cell at once", async () => {
    const { runner, runs, until, rendering, composed } = setup();
    const started = await runner.start(spec, "zh");
    await rendering(1);
    runs[0].finish();
    await until(started.id, (s) => s.cells[0].status === "done");
    await rendering(2);
    const ended = until(started.id, (s) => s.status === "cancelled");
    runner.cancel(started.id);
    const state = await ended;
    expect(state.cells.map((c) => c.status)).toEqual(["done", "cancelled", "cancelled", "cancelled", "cancelled"]);
    expect(runs).toHaveLength(2);
    expect(composed).toEqual([]);
    expect(() => runner.gridImage(started.id)).toThrow(/not ready/);
  });

  it("waits its turn when the queue's line is full instead of failing", async () => {
    const { queue, runner, runs, until, rendering } = setup({ maxWaiting: 1 });
    const other = await queue.submit({ prompt: "someone else's render", width: 64, height: 64 });
    const started = await runner.start({ ...spec, x: { kind: "toggle", target: { field: "prompt", tag: 1 } } }, "en");
    await rendering(1);
    runs[0].finish();
    await rendering(2);
    runs[1].finish();
    await rendering(3);
    runs[2].finish();
    const done = await until(started.id, (s) => s.status === "done");
    expect(queue.status(other.jobId).status).toBe("done");
    expect(done.cells.map((c) => c.status)).toEqual(["done", "done"]);
  });

  it("estimates from the backend's last measured render, or a default", async () => {
    const { queue, runner, runs, rendering } = setup();
    expect(await runner.estimate(spec, "en")).toEqual({ images: 5, columns: 5, rows: 1, seconds: Math.round(5 * 10 * (3 / 20) * (64 * 64) / (512 * 512)), measured: false });
    const { jobId } = await queue.submit({ prompt: "a", steps: 3, width: 64, height: 64 });
    await rendering(1);
    const finished = new Promise((resolve) => queue.subscribe(jobId, (e) => e.type === "done" && resolve(e)));
    runs[0].finish();
    await finished;
    expect(await runner.estimate(spec, "en")).toMatchObject({ images: 5, measured: true });
  });

  it("shows a member's grid to that member and admins only: to others it does not exist", async () => {
    const { runner } = setup();
    const user = (id: string, role: "admin" | "member" = "member") => ({ id, role, maxWaitingJobs: null, imagesPerHour: null });
    const started = await runner.start(spec, "en", user("ann"));
    expect(runner.state(started.id, user("ann")).id).toBe(started.id);
    expect(runner.state(started.id, user("boss", "admin")).id).toBe(started.id);
    for (const other of [user("bo"), null]) {
      expect(() => runner.state(started.id, other)).toThrow(expect.objectContaining({ code: "not_found" }));
      expect(() => runner.cancel(started.id, other)).toThrow(expect.objectContaining({ code: "not_found" }));
      expect(() => runner.subscribe(started.id, () => {}, other)).toThrow(expect.objectContaining({ code: "not_found" }));
      expect(() => runner.gridImage(started.id, other)).toThrow(expect.objectContaining({ code: "not_found" }));
      expect(() => runner.cellImage(started.id, 0, other)).toThrow(expect.objectContaining({ code: "not_found" }));
    }
    expect(runner.state(started.id).status).toBe("running");
    runner.cancel(started.id, user("ann"));
  });
});
