import { afterEach, describe, expect, it } from "vitest";
import { getBuiltinDictionary } from "../dictionary/builtin.server";
import { AppError } from "../errors";
import { pieces, startFakeOpenAI, type FakeReply } from "@/tests/support/fake-openai";
import { expandScene } from "./expand.server";
import type { LlmConfig } from "./llm-config";
import { requireLlm, retryAfterSeconds, streamChat } from "./llm.server";
import { buildMessages } from "./messages";
import { replySchema } from "./reply-schema";
import type { ExpandedTag, ExpandResult } from "./types";

const dict = getBuiltinDictionary();
const REPLY = JSON.stringify({
  tags: [
    { tag: "1girl", zh: "一个女孩", category: "subject" }, { tag: "long_hair", zh: "长发", category: "appearance" },
    { tag: "white dress", zh: "白色连衣裙", category: "clothing" }, { tag: "cafe", zh: "咖啡馆", category: "scene" },
    { tag: "cup of coffee", zh: "一杯咖啡", category: "scene" }, { tag: "warm lighting", zh: "暖光", category: "lighting" },
    { tag: "masterpiece", zh: "杰作", category: "quality" },
  ],
  negative: ["lowres", "bad hands"],
});

let server: Awaited<ReturnType<typeof startFakeOpenAI>> | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function serve(reply: FakeReply | ((n: number) => FakeReply), timeoutMs = 2000): Promise<LlmConfig> {
  let n = 0;
  server = await startFakeOpenAI(() => (typeof reply === "function" ? reply(n++) : reply));
  return { baseURL: server.baseURL, apiKey: "sk-test-key", model: "test-model", timeoutMs };
}

async function expand(config: LlmConfig, text = "女孩坐在咖啡馆", signal?: AbortSignal) {
  const streamed: ExpandedTag[] = [];
  try {
    const result = await expandScene({ text, mode: "expand" }, { dict, llm: config }, { onTag: (t) => streamed.push(t), signal });
    return { result, streamed, error: null };
  } catch (error) {
    return { result: null, streamed, error: error as AppError & { details?: { partial?: ExpandResult } } };
  }
}

describe("streamChat against a chat-completions server on 127.0.0.1", () => {
  it("streams a reply piece by piece, sending the schema, model and key", async () => {
    const config = await serve({ chunks: pieces(REPLY) });
    const seen: string[] = [];
    const reply = await streamChat(config, buildMessages("expand", "x"), replySchema("expand"), { onText: (t) => seen.push(t) });
    expect(reply).toEqual({ text: REPLY, finishReason: "stop", aborted: false });
    expect(seen.length).toBe(pieces(REPLY).length);
    const request = server!.requests[0];
    expect(request.body).toMatchObject({ model: "test-model", stream: true, response_format: { type: "json_schema" } });
    expect(request.authorization).toBe("Bearer sk-test-key");
  });

  it("reads a server that answers with one JSON completion instead of a stream", async () => {
    const config = await serve({ chunks: [REPLY], ignoreStream: true });
    expect((await streamChat(config, buildMessages("expand", "x"), replySchema("expand"))).text).toBe(REPLY);
  });

  it("falls back to JSON mode, then to plain text, for servers that reject response_format", async () => {
    const config = await serve({ chunks: [REPLY], rejectFormats: ["json_schema", "json_object"] });
    expect((await streamChat(config, buildMessages("expand", "x"), replySchema("expand"))).text).toBe(REPLY);
    expect(server!.requests.map((r) => r.body.response_format?.type ?? "none")).toEqual(["json_schema", "json_object", "none"]);
  });

  it("says llm_unavailable (503) with how to connect when no LLM is configured", () => {
    expect(() => requireLlm(null)).toThrow(AppError);
    try {
      requireLlm(null);
    } catch (error) {
      expect(error).toMatchObject({ code: "llm_unavailable", status: 503 });
      expect((error as AppError).message).toContain("OPENAI_API_KEY");
    }
  });

  it("reads retry-after headers", () => {
    expect(retryAfterSeconds(new Headers({ "retry-after": "17" }))).toBe(17);
    expect(retryAfterSeconds(new Headers({ "retry-after-ms": "1500" }))).toBe(2);
    expect(retryAfterSeconds(new Headers({ "retry-after": new Date(Date.now() + 30_000).toUTCString() }))).toBeGreaterThanOrEqual(29);
    expect(retryAfterSeconds(new Headers())).toBeNull();
  });
});

describe("expandScene with an LLM", () => {
  it("emits tags as they are parsed and returns canonical tags, prompt and negative", async () => {
    const { result, streamed } = await expand(await serve({ chunks: pieces(REPLY, 5), chunkDelayMs: 1 }));
    expect(result!.source).toBe("llm");
    expect(result!.prompt).toBe("1girl, long hair, white dress, cafe, cup of coffee, warm lighting, masterpiece");
    expect(result!.negative).toBe("lowres, bad hands");
    expect(streamed.map((t) => t.tag)).toEqual(["1girl", "long hair", "white dress", "cafe", "cup of coffee", "warm lighting", "masterpiece"]);
    expect(result!.tags.filter((t) => !t.added).map((t) => t.tag)).toEqual(["1girl", "cafe"]);
  });

  it("reads JSON wrapped in prose and a fence", async () => {
    const { result } = await expand(await serve({ chunks: pieces("Sure! Here you go:\n```json\n" + REPLY + "\n```\nEnjoy.") }));
    expect(result!.tags).toHaveLength(7);
  });

  it("keeps the tags of a truncated stream and says it was cut off", async () => {
    const { error, streamed } = await expand(await serve({ chunks: pieces(REPLY.slice(0, REPLY.indexOf("cup of coffee"))), truncate: true }));
    expect(error).toBeInstanceOf(AppError);
    expect(error!.code).toBe("llm_failed");
    expect(error!.message).toContain("cut off");
    expect(error!.details!.partial!.tags.map((t) => t.tag)).toEqual(["1girl", "long hair", "white dress", "cafe"]);
    expect(streamed).toHaveLength(4);
  });

  it("treats a reply that stops for length as cut off", async () => {
    const { error } = await expand(await serve({ chunks: [REPLY.slice(0, 200)], finishReason: "length" }));
    expect(error!.message).toContain("cut off");
  });

  it("maps 429 to busy with the retry-after seconds", async () => {
    const { error } = await expand(await serve({ status: 429, headers: { "retry-after": "12" }, message: "Rate limit reached" }));
    expect(error).toMatchObject({ code: "busy", status: 429 });
    expect(error!.message).toContain("Try again in 12 s");
    expect(error!.messageZh).toContain("12 秒后重试");
  });

  it("maps 401 to a rejected API key", async () => {
    const { error } = await expand(await serve({ status: 401, message: "Incorrect API key provided" }));
    expect(error).toMatchObject({ code: "llm_failed" });
    expect(error!.message).toContain("API key was rejected");
    expect(error!.messageZh).toContain("API 密钥");
  });

  it("maps 404 and 500", async () => {
    expect((await expand(await serve({ status: 404 }))).error!.message).toContain('model "test-model"');
    expect((await expand(await serve({ status: 500, message: "boom" }))).error!.message).toContain("HTTP 500");
  });

  it("times out a slow reply, and a stream that stalls, keeping what arrived", async () => {
    const slow = await expand(await serve({ chunks: [REPLY], delayMs: 1500 }, 200));
    expect(slow.error).toMatchObject({ code: "llm_failed" });
    expect(slow.error!.message).toContain("did not answer within 0.2 s");
    await server!.close();
    const stalled = await expand(await serve({ chunks: pieces(REPLY.slice(0, REPLY.indexOf("cafe") + 40), 400), stallMs: 1500 }, 300));
    expect(stalled.error!.message).toContain("did not answer");
    expect(stalled.error!.details!.partial!.tags.length).toBeGreaterThan(0);
  });

  it("fails clearly on an empty reply and on prose with no JSON", async () => {
    const empty = await expand(await serve({ chunks: [] }));
    expect(empty.error).toMatchObject({ code: "llm_failed" });
    expect(empty.error!.message).toContain("empty reply");
    await server!.close();
    const prose = await expand(await serve({ chunks: ["I'm sorry, I can only chat about cooking."] }));
    expect(prose.error!.message).toContain("not the JSON");
  });

  it("says when the server cannot be reached", async () => {
    const config = await serve({ chunks: [] });
    await server!.close();
    const { error } = await expand(config);
    expect(error!.message).toContain(`Cannot reach the LLM server at ${config.baseURL}`);
  });

  it("stops when asked, returning the tags so far", async () => {
    const stop = new AbortController();
    const config = await serve({ chunks: pieces(REPLY, 20), chunkDelayMs: 30 });
    const streamed: ExpandedTag[] = [];
    const result = await expandScene({ text: "女孩", mode: "expand" }, { dict, llm: config }, {
      signal: stop.signal,
      onTag: (t) => streamed.push(t) === 2 && stop.abort(),
    });
    expect(result.tags.length).toBeGreaterThanOrEqual(2);
    expect(result.tags.length).toBeLessThan(7);
  });

  it("answers offline with the notice when no LLM is configured", async () => {
    const notice = { message: "offline", messageZh: "离线" };
    const starts: unknown[] = [];
    const result = await expandScene({ text: "城市夜景", mode: "expand", seed: 1 }, { dict, llm: null, offlineNotice: notice }, { onStart: (e) => starts.push(e) });
    expect(result).toMatchObject({ source: "offline", notice });
    expect(starts).toEqual([{ type: "start", source: "offline", notice }]);
    const fallback = await expandScene({ text: "城市夜景", mode: "expand" }, { dict, llm: null });
    expect(fallback.notice?.message).toContain("no LLM is connected");
  });
});

describe("expandScene hides what the user did not ask for", () => {
  it("drops explicit tags the model adds (unless the user wrote them), but keeps them in the negative", async () => {
    const reply = JSON.stringify({ tags: [{ tag: "1girl", zh: "女孩", category: "subject" }, { tag: "nude", zh: "裸体", category: "appearance" }, { tag: "smile", zh: "微笑", category: "appearance" }], negative: ["nude", "lowres"] });
    const config = await serve({ chunks: [reply] });
    const hide = (tag: string) => tag === "nude";
    const result = await expandScene({ text: "女孩", mode: "expand" }, { dict, llm: config, hide });
    expect(result.tags.map((t) => t.tag)).toEqual(expect.arrayContaining(["1girl", "smile"]));
    expect(result.tags.map((t) => t.tag)).not.toContain("nude");
    expect(result.negative).toContain("nude");
  });
});

