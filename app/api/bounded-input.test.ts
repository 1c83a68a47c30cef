import { describe, expect, it } from "vitest";
import { endlessBody } from "@/tests/support/endless-body";
import { useTestDatabase } from "@/tests/support/test-database";

type Handler = (request: Request, context?: unknown) => Promise<Response>;

// The resource attacks of issue 16, each sent as an attacker would and refused with a 400 or 413 that says why.
// (DELETE routes take their input from the query, where percent-decoding turns a lone surrogate into U+FFFD.)
useTestDatabase();
const analyze = await import("./prompt/analyze/route");
const convert = await import("./prompt/convert/route");
const format = await import("./prompt/format/route");
const translate = await import("./translate/route");
const pnginfo = await import("./pnginfo/route");
const writers: Array<[string, Handler, string, unknown?]> = [
  ["presets", (await import("./presets/route")).POST, "POST"],
  ["dictionary entries", (await import("./dictionary/entries/route")).POST, "POST"],
  ["favorites", (await import("./dictionary/favorites/route")).POST, "POST"],
  ["history", (await import("./history/route")).POST, "POST"],
  ["styles", (await import("./styles/route")).POST, "POST"],
  ["styles csv", (await import("./styles/csv/route")).POST, "POST"],
  ["cards", (await import("./cards/route")).POST, "POST"],
  ["card import", (await import("./cards/import/route")).POST, "POST"],
  ["card", (await import("./cards/[slug]/route")).PATCH as Handler, "PATCH", { params: Promise.resolve({ slug: "some-card" }) }],
  ["llm settings", (await import("./settings/llm/route")).PUT, "PUT"],
  ["render settings", (await import("./settings/render/route")).PUT, "PUT"],
  ["render", (await import("./render/route")).POST, "POST"],
  ["analyze", analyze.POST, "POST"], ["convert", convert.POST, "POST"], ["format", format.POST, "POST"], ["translate", translate.POST, "POST"],
];

const send = (handler: Handler, body: string, method = "POST", context?: unknown) =>
  handler(new Request("http://localhost/api", { method, body, headers: { "content-type": "application/json" } }), context);

describe("bounded work: prompt routes", () => {
  it("answers a 100 kB prompt with steps 1000 with a short 400 (it was ~100 MB after 14–18 s)", async () => {
    const started = Date.now();
    const res = await send(analyze.POST, JSON.stringify({ prompt: "[a|b] ".repeat(16_000), steps: 1000 }));
    const text = await res.text();
    expect(res.status).toBe(400);
    expect(text.length).toBeLessThan(2_000);
    expect(JSON.parse(text).error.issues.map((i: { path: string; message: string }) => `${i.path}: ${i.message}`)).toEqual([
      "prompt: longer than 20,000 characters", "steps: steps must be between 1 and 150"]);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it("keeps steps in A1111's range and refuses an analysis whose schedules would pass 500,000 characters", async () => {
    expect((await send(analyze.POST, JSON.stringify({ prompt: "a [b|c]", steps: 150 }))).status).toBe(200);
    expect((await send(analyze.POST, JSON.stringify({ prompt: "a [b|c]", steps: 151 }))).status).toBe(400);
    const big = await send(analyze.POST, JSON.stringify({ prompt: "[cat|dog] ".repeat(1_900), steps: 150 }));
    expect(big.status).toBe(400);
    expect((await big.json()).error).toMatchObject({ code: "invalid_input", message: expect.stringMatching(/^At 150 steps this prompt has 150 variants, [\d,]+ characters in all \(500,000 at most\)/) });
  });

  for (const depth of [2_000, 20_000]) {
    it(`answers ${depth} nested brackets with 400 and the position on analyze, convert, format and translate`, async () => {
      const prompt = "a, " + "(".repeat(depth) + "x" + ")".repeat(depth);
      for (const [handler, body] of [[analyze.POST, { prompt }], [convert.POST, { prompt, to: "novelai" }], [format.POST, { prompt }], [translate.POST, { text: prompt }]] as const) {
        const res = await send(handler as Handler, JSON.stringify(body));
        expect(res.status).toBe(400);
        const { error } = await res.json();
        if (depth < 6_000) expect(error.message).toContain("brackets nested more than 256 deep at character 260 (line 1, column 260)");
        else expect(error.message).toContain("longer than 20,000 characters");
      }
    });
  }

  it("still answers nesting within the limit, and converts nested alternation quickly", async () => {
    const prompt = "[".repeat(250) + "a|b" + "]".repeat(250);
    const started = Date.now();
    for (const handler of [analyze.POST, format.POST]) expect((await send(handler, JSON.stringify({ prompt }))).status).toBe(200);
    expect(await (await send(convert.POST, JSON.stringify({ prompt, to: "comfyui" }))).json()).toMatchObject({ text: "(a:0)" });
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe("bounded work: lone surrogates", () => {
  for (const [name, handler, method, context] of writers) {
    it(`${method} ${name}: 400 with the field and position, never 500`, async () => {
      const body = '{"name":"ok","prompt":"a cat, \\ud83d","text":"x","tag":"y","tags":["z"]}';
      const res = await send(handler, body, method, context);
      expect(res.status).toBe(400);
      const { error } = await res.json();
      expect(error.message).toBe("Invalid request: prompt: broken character U+D83D (half of an emoji?) at character 8");
      expect(error.messageZh).toBe("请求无效：prompt：第 8 个字符是残缺字符 U+D83D（半个表情符号？）");
    });
  }
});

describe("bounded work: request bodies", () => {
  it("answers a 200 MB chunked JSON body with 413 after reading about 1 MB (it used to read all of it)", async () => {
    const { request, seen } = endlessBody(200 * 1024 * 1024);
    const res = await analyze.POST(request);
    expect(res.status).toBe(413);
    expect((await res.json()).error).toEqual({ code: "payload_too_large", message: "The request is too large (1 MB at most).", messageZh: "请求内容过大（最多 1 MB）。" });
    expect(seen).toEqual({ pulled: expect.any(Number), cancelled: true });
    expect(seen.pulled).toBeLessThan(1_200_000);
  });

  it("answers 200 MB chunked uploads to PNG Info, multipart or raw, with 413 after reading about 50 MB", async () => {
    for (const type of ["multipart/form-data; boundary=x", "image/png"]) {
      const { request, seen } = endlessBody(200 * 1024 * 1024, { "content-type": type }, "http://localhost/api/pnginfo");
      const res = await pnginfo.POST(request);
      expect(res.status).toBe(413);
      expect((await res.json()).error).toMatchObject({ code: "payload_too_large", message: "The image is larger than 50 MB.", messageZh: "图片超过 50 MB。" });
      expect(seen.cancelled).toBe(true);
      expect(seen.pulled).toBeLessThan(51 * 1024 * 1024);
    }
  });
});
