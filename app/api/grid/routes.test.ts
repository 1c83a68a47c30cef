import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { inflateZlib } from "@/lib/png/inflate.server";
import { readPngText } from "@/lib/png/png-text";
import { RenderQueue, setRenderQueue } from "@/lib/render/queue.server";
import type { RenderBackend } from "@/lib/render/render-types";
import { makePng } from "@/tests/support/test-images";
import { GET as CELL } from "./[id]/cells/[n]/route";
import { GET as EVENTS } from "./[id]/events/route";
import { GET as IMAGE } from "./[id]/image/route";
import { DELETE } from "./[id]/route";
import { POST as ESTIMATE } from "./estimate/route";
import { POST } from "./route";

// A backend that renders at once: a solid image whose colour follows the prompt, carrying its own infotext.
const backend: RenderBackend = {
  id: "onnx",
  render: async (request) => {
    const infotext = `${request.prompt}\nSteps: ${request.steps}, Sampler: ${request.sampler}, Seed: ${request.seed}, Size: ${request.width}x${request.height}`;
    return { seed: request.seed, images: [{ png: makePng(request.width, request.height, [request.prompt.length * 9, 80, 160], { parameters: infotext }), seed: request.seed, infotext }] };
  },
};
beforeAll(() => setRenderQueue(new RenderQueue({ resolveBackend: async () => ({ backend, lane: "onnx" }) })));

const post = (route: (r: Request) => Promise<Response>, body: unknown) =>
  route(new Request("http://localhost/api/grid", { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } }));
const id = (value: string) => ({ params: Promise.resolve({ id: value }) });
const body = {
  base: { prompt: "a cat, smile", steps: 3, seed: 7, width: 64, height: 64 },
  x: { kind: "weight", target: { field: "prompt", tag: 1 }, values: [0, 1, 1.5] },
  y: { kind: "cfg", values: [5, 9] },
  locale: "zh",
};

describe("the grid routes", () => {
  it("estimate a grid, run it, stream its states and serve the grid and each cell", async () => {
    expect(await (await post(ESTIMATE, body)).json()).toMatchObject({ images: 6, columns: 3, rows: 2, measured: false });
    const started = await (await post(POST, body)).json();
    expect(started).toMatchObject({ status: "running", xLabels: ["0 · 去掉", "1.0", "1.5"], yLabels: ["CFG 5", "CFG 9"], yTitle: "CFG" });

    const text = await (await EVENTS(new Request("http://localhost"), id(started.id))).text();
    const states = text.trim().split("\n\n").map((block) => JSON.parse(block.split("\n")[1].slice(6)));
    expect(states.at(-1)).toMatchObject({ status: "done", infotext: expect.stringContaining('Script: X/Y/Z plot, X Type: Tag weight, X Tag: smile, X Values: "0, 1, 1.5", Y Type: CFG Scale, Y Values: "5, 9"') });

    const grid = new Uint8Array(await (await IMAGE(new Request("http://localhost"), id(started.id))).arrayBuffer());
    expect(readPngText(grid, { inflate: inflateZlib }).parameters).toBe(states.at(-1).infotext);
    expect((await sharp(grid).metadata()).width).toBe(128 + 3 * 128 + 2 * 4);

    const cell = await CELL(new Request("http://localhost"), { params: Promise.resolve({ id: started.id, n: "4" }) });
    expect(readPngText(new Uint8Array(await cell.arrayBuffer()), { inflate: inflateZlib }).parameters).toBe("a cat, smile\nSteps: 3, Sampler: Euler a, Seed: 7, Size: 64x64");
    expect((await DELETE(new Request("http://localhost"), id(started.id))).status).toBe(200);
  });

  it("refuses bad axes and unknown grids", async () => {
    const bad = await post(POST, { ...body, x: { kind: "weight", target: { field: "prompt", tag: 1 }, values: [] } });
    expect(bad.status).toBe(400);
    expect((await post(POST, { ...body, x: { kind: "weight", target: { field: "prompt", tag: 8 }, values: [1] } })).status).toBe(400);
    expect((await IMAGE(new Request("http://localhost"), id("nope"))).status).toBe(404);
  });
});
