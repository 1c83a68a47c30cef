import { describe, expect, it } from "vitest";
import { POST as analyze } from "./analyze/route";
import { POST as convert } from "./convert/route";
import { POST as format } from "./format/route";

const post = (body: unknown) =>
  new Request("http://localhost/api", { method: "POST", body: typeof body === "string" ? body : JSON.stringify(body), headers: { "content-type": "application/json" } });

describe("prompt API", () => {
  it("analyzes a prompt: count, chunks, weights, diagnostics in both languages", async () => {
    const res = await analyze(post({ prompt: "a (cat:1.2), (unclosed" }));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.tokenCount).toBe(5);
    expect(body.maxTokens).toBe(75);
    expect(body.chunks[0].ids).toHaveLength(77);
    expect(body.attention[1]).toEqual(["cat", 1.2]);
    expect(body.diagnostics[0]).toMatchObject({ code: "unclosed_bracket", column: 14 });
    expect(body.diagnostics[0].messageZh).toContain("没有闭合");
  });

  it("answers bad input with 400 and what is wrong", async () => {
    for (const body of ["{not json", { prompt: 5 }, {}, { prompt: "x", steps: 0 }]) {
      const res = await analyze(post(body));
      expect(res.status).toBe(400);
      const { error } = await res.json();
      expect(error.code).toBe("invalid_input");
      expect(error.message).toMatch(/Invalid request|not valid JSON/);
    }
    const res = await analyze(post({ prompt: "x".repeat(100_001) }));
    expect((await res.json()).error.message).toContain("prompt");
  });

  it("converts and formats", async () => {
    expect(await (await convert(post({ prompt: "(cat:1.1)", to: "novelai" }))).json()).toEqual({ text: "{{cat}}", warnings: [] });
    expect((await convert(post({ prompt: "x", to: "dalle" }))).status).toBe(400);
    expect(await (await format(post({ prompt: "a ,b" }))).json()).toEqual({ prompt: "a, b" });
  });
});
