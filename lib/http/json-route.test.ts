import { z } from "zod";
import { describe, expect, it } from "vitest";
import { endlessBody } from "@/tests/support/endless-body";
import { jsonRoute } from "./json-route";

const echo = jsonRoute(z.object({ text: z.string() }), ({ text }) => ({ text }));
const echoQuery = jsonRoute(z.object({ q: z.string() }), ({ q }) => ({ q }), { from: "query" });
const post = (body: string) => new Request("http://localhost/api", { method: "POST", body, headers: { "content-type": "application/json" } });

describe("jsonRoute", () => {
  it("answers normal input", async () => {
    expect(await (await echo(post('{"text":"a cat 🐱"}'))).json()).toEqual({ text: "a cat 🐱" });
  });

  it("answers a 200 MB chunked body with 413 after reading about 1 MB of it", async () => {
    const { request, seen } = endlessBody(200 * 1024 * 1024);
    const res = await echo(request);
    expect(res.status).toBe(413);
    expect((await res.json()).error).toMatchObject({ code: "payload_too_large", message: expect.stringContaining("1 MB"), messageZh: expect.stringContaining("1 MB") });
    expect(seen.pulled).toBeLessThan(1_200_000);
  });

  it("answers a lone surrogate with 400 and where it is", async () => {
    const res = await echo(post('{"text":"ab\\ud800c"}'));
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error.code).toBe("invalid_input");
    expect(error.message).toBe("Invalid request: text: broken character U+D800 (half of an emoji?) at character 3");
    expect(error.messageZh).toContain("第 3 个字符");
    expect(error.issues).toEqual([{ path: "text", message: "text: broken character U+D800 (half of an emoji?) at character 3" }]);
  });

  it("answers deeply nested JSON with 400, not a crash", async () => {
    const res = await echo(post("[".repeat(200_000) + "]".repeat(200_000)));
    expect(res.status).toBe(400);
    const q = await echoQuery(new Request("http://localhost/api?q=%ED%A0%80"));
    expect(q.status).toBe(200);
  });
});
