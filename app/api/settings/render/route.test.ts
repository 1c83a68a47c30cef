import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RenderEvent } from "@/lib/render/render-events";
import { closedPort } from "@/tests/support/closed-port";
import { startFakeA1111, type FakeA1111 } from "@/tests/support/fake-a1111";
import { useTestDatabase } from "@/tests/support/test-database";

useTestDatabase();
const { GET, PUT } = await import("./route");
const { getRenderQueue } = await import("@/lib/render/queue.server");

const put = (body: unknown) => PUT(new Request("http://localhost/api/settings/render", { method: "PUT", body: JSON.stringify(body) }));

let fake: FakeA1111;
beforeAll(async () => {
  fake = await startFakeA1111({ stepMs: 5 });
});
afterAll(() => fake.close());

/** Submits to the app's own queue (backend from the settings) and waits for the last event. */
async function render(body: unknown): Promise<RenderEvent> {
  const queue = getRenderQueue();
  const { jobId } = await queue.submit(body);
  return new Promise((resolve) => queue.subscribe(jobId, (event) => (event.type === "done" || event.type === "error") && resolve(event)));
}

describe("/api/settings/render", () => {
  it("starts on the built-in backend with the usual local addresses", async () => {
    const view = await (await GET(new Request("http://localhost/api/settings/render"))).json();
    expect(view).toMatchObject({ backend: "onnx", a1111Url: "http://127.0.0.1:7860", comfyUrl: "http://127.0.0.1:8188" });
    expect(typeof view.builtin.available).toBe("boolean");
    if (!view.builtin.available) expect(view.builtin.messageZh).toContain("models pull");
  });

  it("saves the backend and the URLs (trailing slashes dropped) and rejects bad ones", async () => {
    const res = await put({ backend: "comfyui", comfyUrl: "http://192.168.1.5:8188/" });
    expect(await res.json()).toMatchObject({ backend: "comfyui", comfyUrl: "http://192.168.1.5:8188", a1111Url: "http://127.0.0.1:7860" });
    expect((await put({ backend: "midjourney" })).status).toBe(400);
    const bad = await put({ a1111Url: "ftp://example.com" });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toContain("a1111Url: must be an http:// or https:// URL");
  });

  it("makes the app's queue render on the chosen server, and keeps it working after an unreachable one", async () => {
    const dead = `http://127.0.0.1:${await closedPort()}`;
    await put({ backend: "a1111", a1111Url: dead });
    const failed = await render({ prompt: "a cat", steps: 2 });
    expect(failed).toMatchObject({ type: "error", error: { code: "model_unavailable", message: expect.stringContaining(`AUTOMATIC1111 server at ${dead}`) } });

    await put({ a1111Url: fake.url });
    const done = await render({ prompt: "a cat", steps: 2, seed: 5 });
    expect(done).toMatchObject({ type: "done", seed: 5, images: [{ index: 0, seed: 5 }] });
    expect(fake.requests.some((r) => r.path === "/sdapi/v1/txt2img")).toBe(true);
  });
});
