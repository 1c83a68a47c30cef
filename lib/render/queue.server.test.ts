import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { makePng } from "@/tests/support/test-images";
import { RenderQueue } from "./queue.server";
import type { RenderEvent } from "./render-events";
import type { RenderBackend, RenderProgress, RenderRequest, RenderResult } from "./render-types";

/** A backend whose renders wait until the test lets them finish, fail, or see their signal. */
function controlledBackend() {
  const runs: Array<{ request: RenderRequest; signal: AbortSignal; progress: (p: RenderProgress) => void; finish: (r?: Partial<RenderResult>) => void; fail: (e: unknown) => void }> = [];
  const backend: RenderBackend = {
    id: "onnx",
    render: (request, { onProgress, signal }) => new Promise((resolve, reject) => {
      const png = makePng(2, 2, [1, 2, 3]);
      runs.push({
        request, signal, progress: onProgress, fail: reject,
        finish: (r) => resolve({ seed: 11, images: [{ png, seed: 11, infotext: "a cat\nSeed: 11" }, { png, seed: 12, infotext: "a cat\nSeed: 12" }], ...r }),
      });
      signal.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
    }),
  };
  return { backend, runs };
}

function follow(queue: RenderQueue, jobId: string) {
  const events: RenderEvent[] = [];
  queue.subscribe(jobId, (e) => events.push(e));
  return events;
}
const settle = () => new Promise((r) => setTimeout(r, 5));
const cat = { prompt: "a cat" };

describe("RenderQueue", () => {
  it("runs one render at a time per lane, tells followers their place, progress with previews and the result", async () => {
    const { backend, runs } = controlledBackend();
    const queue = new RenderQueue({ resolveBackend: async () => ({ backend, lane: "gpu" }) });
    const first = await queue.submit(cat);
    const second = await queue.submit({ ...cat, seed: 5 });
    expect([first.position, second.position]).toEqual([0, 1]);
    const events = follow(queue, second.jobId);
    await settle();
    expect(runs).toHaveLength(1);
    expect(queue.status(second.jobId)).toEqual({ status: "queued", position: 1, images: 0 });
    runs[0].finish();
    await settle();
    expect(runs).toHaveLength(2);
    expect(runs[1].request.seed).toBe(5);
    runs[1].progress({ step: 5, steps: 20, image: 1, images: 1, etaSeconds: null, preview: makePng(1, 1, [0, 0, 0]) });
    runs[1].progress({ step: 6, steps: 20, image: 1, images: 1, etaSeconds: 3 });
    runs[1].finish();
    await settle();
    expect(events.map((e) => e.type)).toEqual(["queued", "queued", "progress", "progress", "done"]);
    expect(events[1]).toEqual({ type: "queued", position: 0 });
    expect(events[2]).toMatchObject({ step: 5, steps: 20, preview: expect.stringMatching(/^data:image\/png;base64,iVBOR/) });
    expect((events[2] as { etaSeconds: number }).etaSeconds).toBeGreaterThanOrEqual(0);
    expect(events[3]).toMatchObject({ etaSeconds: 3 });
    expect(events[4]).toEqual({ type: "done", seed: 11, images: [{ index: 0, seed: 11, infotext: "a cat\nSeed: 11" }, { index: 1, seed: 12, infotext: "a cat\nSeed: 12" }] });
    expect(queue.image(second.jobId, 1).seed).toBe(12);
    expect(() => queue.image(second.jobId, 2)).toThrow(AppError);
    const late: RenderEvent[] = [];
    queue.subscribe(second.jobId, (e) => late.push(e));
    expect(late).toEqual([events[4]]);
  });

  it("runs different lanes side by side", async () => {
    const { backend, runs } = controlledBackend();
    let lane = 0;
    const queue = new RenderQueue({ resolveBackend: async () => ({ backend, lane: `server ${lane++}` }) });
    await queue.submit(cat);
    await queue.submit(cat);
    await settle();
    expect(runs).toHaveLength(2);
  });

  it("answers busy with the place the render would have had, in both languages", async () => {
    const { backend } = controlledBackend();
    const queue = new RenderQueue({ resolveBackend: async () => ({ backend, lane: "gpu" }), maxWaiting: 2 });
    for (let i = 0; i < 3; i++) await queue.submit(cat);
    const error = await queue.submit(cat).catch((e: AppError) => e);
    expect(error).toMatchObject({ code: "busy", status: 429 });
    expect((error as AppError).message).toBe("Busy, position 3: 2 renders are already waiting. Try again when one finishes.");
    expect((error as AppError).messageZh).toContain("繁忙，排队位置 3");
  });

  it("keeps one line per server however its URL is spelled: one render at a time, 8 waiting, then busy", async () => {
    const { backend, runs } = controlledBackend();
    const spellings = ["http://localhost:7860", "http://127.1:7860/", "http://127.0.0.1:7860/?x=1", "http://[::1]:7860", "http://LOCALHOST:7860#a"];
    let n = 0;
    const queue = new RenderQueue({ resolveBackend: async () => ({ backend, lane: `a1111 ${spellings[n++ % spellings.length]}` }) });
    const positions = [];
    for (let i = 0; i < 9; i++) positions.push((await queue.submit(cat)).position);
    expect(positions).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    await expect(queue.submit(cat)).rejects.toMatchObject({ code: "busy", message: expect.stringContaining("8 renders are already waiting") });
    await settle();
    expect(runs).toHaveLength(1);
  });

  it("bounds the lanes too, and forgets a lane once it is idle", async () => {
    const { backend, runs } = controlledBackend();
    let port = 9000;
    const queue = new RenderQueue({ resolveBackend: async () => ({ backend, lane: `a1111 http://10.0.0.1:${port++}` }), maxLanes: 2, maxWaiting: 1 });
    await queue.submit(cat);
    await queue.submit(cat);
    await expect(queue.submit(cat)).rejects.toMatchObject({ code: "busy", messageZh: expect.stringContaining("繁忙") });
    runs[0].finish();
    await settle();
    expect((await queue.submit(cat)).position).toBe(0);
  });

  it("rejects bad requests before they reach a backend", async () => {
    const { backend, runs } = controlledBackend();
    const queue = new RenderQueue({ resolveBackend: async () => ({ backend, lane: "gpu" }) });
    await expect(queue.submit({ ...cat, steps: 0, width: 500 })).rejects.toMatchObject({ code: "invalid_input", message: expect.stringContaining("width must be a multiple of 8") });
    expect(runs).toHaveLength(0);
  });

  it("cancels a waiting render (the ones behind move up) and a running one (its signal aborts, the lane moves on)", async () => {
    const { backend, runs } = controlledBackend();
    const queue = new RenderQueue({ resolveBackend: async () => ({ backend, lane: "gpu" }) });
    const a = await queue.submit(cat);
    const b = await queue.submit(cat);
    const c = await queue.submit(cat);
    const cEvents = follow(queue, c.jobId);
    expect(queue.cancel(b.jobId)).toEqual({ status: "cancelled" });
    expect(cEvents.at(-1)).toEqual({ type: "queued", position: 1 });
    const aEvents = follow(queue, a.jobId);
    await settle();
    expect(queue.cancel(a.jobId)).toEqual({ status: "cancelled" });
    expect(runs[0].signal.aborted).toBe(true);
    expect(aEvents.at(-1)).toEqual({ type: "error", error: { code: "cancelled", message: "The render was cancelled.", messageZh: "渲染已取消。" } });
    await settle();
    expect(runs).toHaveLength(2);
    expect(queue.cancel(a.jobId)).toEqual({ status: "cancelled" });
    expect(() => queue.cancel("no-such-job")).toThrow(expect.objectContaining({ code: "not_found" }));
  });

  it("moves on after a grace period when a cancelled backend ignores its signal", async () => {
    let calls = 0;
    const stubborn: RenderBackend = { id: "a1111", render: () => (calls++, new Promise(() => {})) };
    const queue = new RenderQueue({ resolveBackend: async () => ({ backend: stubborn, lane: "x" }), cancelGraceMs: 20 });
    const a = await queue.submit(cat);
    await queue.submit(cat);
    await settle();
    queue.cancel(a.jobId);
    await settle();
    expect(calls).toBe(1);
    await new Promise((r) => setTimeout(r, 40));
    expect(calls).toBe(2);
  });

  it("keeps working after renders that fail, with the backend's message or a generic one", async () => {
    const { backend, runs } = controlledBackend();
    const queue = new RenderQueue({ resolveBackend: async () => ({ backend, lane: "gpu" }) });
    const a = await queue.submit(cat);
    const b = await queue.submit(cat);
    const c = await queue.submit(cat);
    const [aEvents, bEvents, cEvents] = [follow(queue, a.jobId), follow(queue, b.jobId), follow(queue, c.jobId)];
    await settle();
    runs[0].fail(new AppError("render_failed", "The server fell over.", "服务器出错。"));
    await settle();
    const log = console.error;
    console.error = () => {};
    runs[1].fail(new TypeError("undefined is not a function"));
    await settle();
    console.error = log;
    runs[2].finish();
    await settle();
    expect(aEvents.at(-1)).toEqual({ type: "error", error: { code: "render_failed", message: "The server fell over.", messageZh: "服务器出错。" } });
    expect(bEvents.at(-1)).toMatchObject({ type: "error", error: { code: "internal" } });
    expect(cEvents.at(-1)).toMatchObject({ type: "done" });
    expect(queue.status(b.jobId).status).toBe("failed");
  });

  it("survives a backend that throws synchronously and a follower that throws", async () => {
    const broken: RenderBackend = { id: "onnx", render: () => { throw new AppError("model_unavailable", "No model.", "没有模型。"); } };
    const queue = new RenderQueue({ resolveBackend: async () => ({ backend: broken, lane: "x" }) });
    const log = console.error;
    console.error = () => {};
    const a = await queue.submit(cat);
    queue.subscribe(a.jobId, () => { throw new Error("listener bug"); });
    await settle();
    console.error = log;
    expect(queue.status(a.jobId).status).toBe("failed");
  });

  it("forgets the oldest finished renders beyond the limits", async () => {
    const { backend, runs } = controlledBackend();
    const queue = new RenderQueue({ resolveBackend: async () => ({ backend, lane: "gpu" }), keepJobs: 2 });
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      ids.push((await queue.submit(cat)).jobId);
      await settle();
      runs[i].finish();
      await settle();
    }
    expect(() => queue.status(ids[0])).toThrow(expect.objectContaining({ code: "not_found" }));
    expect(queue.status(ids[2]).status).toBe("done");
    const aged = new RenderQueue({ resolveBackend: async () => ({ backend, lane: "gpu" }), keepMs: 0 });
    const job = await aged.submit(cat);
    await settle();
    runs[3].finish();
    await settle();
    expect(() => aged.image(job.jobId, 0)).toThrow(expect.objectContaining({ code: "not_found" }));
  });
});
