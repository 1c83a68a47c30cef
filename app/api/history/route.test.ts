import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@/tests/support/test-database";

useTestDatabase();
const history = await import("./route");
const gloss = await import("../gloss/route");
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

  it("glosses chips, weight syntax ignored", async () => {
    const res = await gloss.POST(post({ tags: ["(blue eyes:1.2)", "blonde long hair", "<lora:x:1>", "qwxz"] }));
    expect((await res.json()).glosses).toEqual(["蓝眼睛", "金发、长发", "LoRA：x", null]);
  });
});
