import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "@/tests/support/test-database";

// The whole path on the built-in pipeline: the tiny random-weight model, the queue, the SSE stream and the PNG.
useTestDatabase();
const tmp = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), prefix));
const { writeTinyModel } = await import("@/lib/render/backends/onnx/tiny-model/make-tiny-model");
const { addModelFolder } = await import("@/lib/render/backends/onnx/install-model.server");
const { createOnnxBackend } = await import("@/lib/render/backends/onnx/onnx-backend.server");
const { createBuiltinBackend, describeBuiltinModel } = await import("@/lib/render/backends/builtin.server");
const { RenderQueue, setRenderQueue } = await import("@/lib/render/queue.server");
const { POST } = await import("./route");
const { GET: EVENTS } = await import("./[id]/events/route");
const { GET: IMAGE } = await import("./[id]/images/[n]/route");

const onnx = createOnnxBackend({ outputDir: tmp("render-out-") });
beforeAll(async () => {
  const folder = path.join(tmp("render-model-"), "tiny-sd");
  writeTinyModel(folder);
  await addModelFolder(folder);
  setRenderQueue(new RenderQueue({ resolveBackend: async () => ({ backend: createBuiltinBackend(async () => ({ onnxBackend: onnx })), lane: "onnx" }) }));
});
afterAll(() => onnx.unload());

describe("rendering on the built-in pipeline", () => {
  it("finds the pipeline module and its default model", async () => {
    expect(await describeBuiltinModel()).toEqual({ available: true, model: "tiny-sd" });
  });

  it("streams progress with previews and serves the PNG with its infotext", async () => {
    const res = await POST(new Request("http://localhost/api/render", { method: "POST", body: JSON.stringify({ prompt: "a cat", steps: 3, seed: 1, width: 64, height: 64 }), headers: { "content-type": "application/json" } }));
    const { jobId } = await res.json();
    const stream = await EVENTS(new Request("http://localhost"), { params: Promise.resolve({ id: jobId }) });
    const events = (await stream.text()).trim().split("\n\n").map((block) => JSON.parse(block.split("\n")[1].slice(6)));
    const done = events.at(-1);
    expect(done).toMatchObject({ type: "done", seed: 1, images: [{ index: 0, seed: 1, url: `/api/render/${jobId}/images/0` }] });
    expect(done.images[0].infotext).toContain("Steps: 3, Sampler: Euler a, CFG scale: 7, Seed: 1, Size: 64x64");
    const image = await IMAGE(new Request("http://localhost"), { params: Promise.resolve({ id: jobId, n: "0" }) });
    expect(image.headers.get("content-type")).toBe("image/png");
    expect(new Uint8Array(await image.arrayBuffer()).subarray(1, 4)).toEqual(new TextEncoder().encode("PNG"));
  });
});
