import { describe, expect, it } from "vitest";
import { RenderQueue, setRenderQueue } from "@/lib/render/queue.server";
import type { RenderBackend, RenderRequest } from "@/lib/render/render-types";
import { makePng } from "@/tests/support/test-images";
import { POST } from "./route";
import { DELETE, GET as STATUS } from "./[id]/route";
import { GET as EVENTS } from "./[id]/events/route";
import { GET as IMAGE } from "./[id]/images/[n]/route";

const received: RenderRequest[] = [];
let hold: Promise<void> = Promise.resolve();
const png = makePng(4, 4, [9, 9, 9], { parameters: "a cat\nSteps: 3, Seed: 77" });
const fake: RenderBackend = {
  id: "onnx",
  async render(request, { onProgress, signal }) {
    received.push(request);
    await new Promise((resolve) => setTimeout(resolve, 20));
    for (let step = 1; step <= request.steps; step++) onProgress({ step, steps: request.steps, image: 1, images: 1, etaSeconds: request.steps - step, preview: png });
    await Promise.race([hold, new Promise((_, reject) => signal.addEventListener("abort", () => reject(signal.reason)))]);
    return { seed: 77, images: [{ png, seed: 77, infotext: "a cat\nSteps: 3, Seed: 77" }] };
  },
};
setRenderQueue(new RenderQueue({ resolveBackend: async () => ({ backend: fake, lane: "test" }), maxWaiting: 2 }));

const post = (body: unknown) => POST(new Request("http://localhost/api/render", { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } }));
const ctx = <P>(params: P) => ({ params: Promise.resolve(params) });

/** The server-sent events of a job, parsed, up to the end of the stream. */
async function readEvents(jobId: string) {
  const res = await EVENTS(new Request(`http://localhost/api/render/${jobId}/events`), ctx({ id: jobId }));
  expect(res.headers.get("content-type")).toContain("text/event-stream");
  const text = await res.text();
  return text.trim().split("\n\n").map((block) => {
    const [event, data] = block.split("\n");
    return { event: event.replace("event: ", ""), data: JSON.parse(data.replace("data: ", "")) };
  });
}

describe("/api/render", () => {
  it("queues a render, streams queued/progress/done events and serves the PNGs", async () => {
    const res = await post({ prompt: "a cat", steps: 3, sampler: "DPM++ 2M Karras" });
    expect(res.status).toBe(200);
    const { jobId, position } = await res.json();
    expect(position).toBe(0);
    const events = await readEvents(jobId);
    expect(events.map((e) => e.event)).toEqual(["queued", "progress", "progress", "progress", "done"]);
    expect(events[1].data).toMatchObject({ type: "progress", step: 1, steps: 3, etaSeconds: 2, preview: expect.stringMatching(/^data:image\/png;base64,/) });
    expect(events[4].data).toEqual({ type: "done", seed: 77, images: [{ index: 0, seed: 77, infotext: "a cat\nSteps: 3, Seed: 77", url: `/api/render/${jobId}/images/0` }] });
    expect(received.at(-1)).toMatchObject({ prompt: "a cat", sampler: "DPM++ 2M Karras", steps: 3, cfgScale: 7, seed: -1, width: 512 });

    const image = await IMAGE(new Request("http://localhost"), ctx({ id: jobId, n: "0" }));
    expect(image.headers.get("content-type")).toBe("image/png");
    expect(new Uint8Array(await image.arrayBuffer())).toEqual(png);
    expect((await IMAGE(new Request("http://localhost"), ctx({ id: jobId, n: "1" }))).status).toBe(404);
    expect(await (await STATUS(new Request("http://localhost"), ctx({ id: jobId }))).json()).toEqual({ status: "done", position: null, images: 1 });
  });

  it("decodes the img2img image from base64 (or a data: URL)", async () => {
    const image = makePng(3, 3, [255, 0, 0]);
    const base64 = Buffer.from(image).toString("base64");
    const { jobId } = await (await post({ prompt: "a dog", steps: 1, img2img: { image: `data:image/png;base64,${base64}`, resizeMode: "resize-and-fill", denoisingStrength: 0.4 } })).json();
    await readEvents(jobId);
    expect(received.at(-1)!.img2img).toEqual({ image: new Uint8Array(image), resizeMode: "resize-and-fill", denoisingStrength: 0.4 });
  });

  it("answers 400 with every problem for bad input", async () => {
    const res = await post({ prompt: "x", steps: 0, width: 513, cfgScale: -1, sampler: "Heun", img2img: { image: "aGVsbG8=" } });
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error.code).toBe("invalid_input");
    expect(error.issues.map((i: { path: string }) => i.path)).toEqual(["sampler", "steps", "cfgScale", "width", "img2img.image"]);
    expect(error.message).toContain("steps must be between 1 and 150");
    expect(error.message).toContain("the img2img image is not a PNG, JPEG or WebP image");
  });

  it("cancels a running render and says busy when the line is full", async () => {
    let release!: () => void;
    hold = new Promise((resolve) => (release = resolve));
    const running = (await (await post({ prompt: "slow", steps: 1 })).json()).jobId;
    await (await post({ prompt: "next", steps: 1 })).json();
    await (await post({ prompt: "next", steps: 1 })).json();
    const busy = await post({ prompt: "one too many", steps: 1 });
    expect(busy.status).toBe(429);
    expect((await busy.json()).error.message).toMatch(/^Busy, position 3/);

    const cancel = await DELETE(new Request("http://localhost", { method: "DELETE" }), ctx({ id: running }));
    expect(await cancel.json()).toEqual({ status: "cancelled" });
    const events = await readEvents(running);
    expect(events.at(-1)).toEqual({ event: "error", data: { type: "error", error: { code: "cancelled", message: "The render was cancelled.", messageZh: "渲染已取消。" } } });
    release();
    hold = Promise.resolve();
  });

  it("answers 404 for a job it does not know", async () => {
    const res = await EVENTS(new Request("http://localhost"), ctx({ id: "nope" }));
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe("not_found");
    expect((await DELETE(new Request("http://localhost"), ctx({ id: "nope" }))).status).toBe(404);
  });
});
