import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@/tests/support/test-database";

useTestDatabase();
const history = await import("./route");
const gloss = await import("../gloss/route");
const renders = await import("./[id]/renders/route");
const post = (body: unknown) => new Request("http://x", { method: "POST", body: JSON.stringify(body) });

describe("history and gloss API", () => {
  it("saves prompts once per change and finds them again", async () => {
    await history.POST(post({ prompt: "a cat", negative: "lowres" }));
    await history.POST(post({ prompt: "a cat", negative: "lowres" }));
    await history.POST(post({ prompt: "a dog" }));
    const all = (await (await history.GET(new Request("http://x/api/history"))).json()).items;
    expect(all.map((i: { prompt: string }) => i.prompt)).toEqual(["a dog", "a cat"]);
    const found = (await (await history.GET(new Request("http://x/api/history?q=cat"))).json()).items;
    expect(found).toHaveLength(1);
  });

  it("keeps versions in a line of descent, each with what saved it and the renders it made", async () => {
    const first = await (await history.POST(post({ prompt: "masterpiece, 1girl", source: "copy" }))).json();
    const second = await (await history.POST(post({ prompt: "masterpiece, 1girl, hat", parentId: first.id, source: "edit" }))).json();
    const again = await (await history.POST(post({ prompt: "masterpiece, 1girl, hat", parentId: second.id, source: "render" }))).json();
    expect(again.id).toBe(second.id);
    expect(second).toMatchObject({ parentId: first.id, source: "edit", renders: [] });
    const context = { params: Promise.resolve({ id: String(second.id) }) };
    const linked = await renders.POST(post({ renders: [{ seed: 4294967295, infotext: "a\nSteps: 20", url: "/api/render/job-1/images/0" }] }), context);
    expect((await linked.json()).renders).toMatchObject([{ seed: 4294967295, url: "/api/render/job-1/images/0" }]);
    const items = (await (await history.GET(new Request("http://x/api/history?q=masterpiece"))).json()).items;
    expect(items.map((i: { id: number; parentId: number | null; renders: unknown[] }) => [i.id, i.parentId, i.renders.length])).toEqual([[second.id, first.id, 1], [first.id, null, 0]]);
  });

  it("refuses renders of a version that does not exist, and a bad source", async () => {
    const missing = await renders.POST(post({ renders: [{ seed: 1 }] }), { params: Promise.resolve({ id: "999999" }) });
    expect(missing.status).toBe(404);
    expect((await history.POST(post({ prompt: "x", source: "magic" }))).status).toBe(400);
    const outside = await renders.POST(post({ renders: [{ seed: 1, url: "https://evil.example/x.png" }] }), { params: Promise.resolve({ id: "1" }) });
    expect(outside.status).toBe(400);
  });

  it("glosses chips, weight syntax ignored", async () => {
    const res = await gloss.POST(post({ tags: ["(blue eyes:1.2)", "blonde long hair", "<lora:x:1>", "qwxz"] }));
    expect((await res.json()).glosses).toEqual(["蓝眼睛", "金发、长发", "LoRA：x", null]);
  });
});
