import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pieces, startFakeOpenAI, type FakeReply } from "@/tests/support/fake-openai";
import { useTestDatabase } from "@/tests/support/test-database";

useTestDatabase();
process.env.LLM_TIMEOUT_MS = "400";
const { POST: expand } = await import("./route");
const settings = await import("../settings/llm/route");

const REPLY = JSON.stringify({
  tags: [{ tag: "cat", zh: "猫", category: "subject" }, { tag: "windowsill", zh: "窗台", category: "scene" }, { tag: "orange_fur", zh: "橘色毛发", category: "appearance" }, { tag: "sunlight", zh: "阳光", category: "lighting" }],
  negative: ["lowres"],
});
let nextReply: FakeReply = { chunks: pieces(REPLY) };
let server: Awaited<ReturnType<typeof startFakeOpenAI>>;
beforeAll(async () => {
  server = await startFakeOpenAI(() => nextReply);
});
afterAll(() => server.close());

const json = (method: string, body: unknown) => new Request("http://localhost/api", { method, body: JSON.stringify(body) });

async function events(body: unknown): Promise<Array<Record<string, any>>> {
  const res = await expand(json("POST", body));
  expect(res.headers.get("content-type")).toContain("application/x-ndjson");
  return (await res.text()).trim().split("\n").map((line) => JSON.parse(line));
}

describe("POST /api/expand", () => {
  it("falls back to the offline expander when no LLM is configured, saying how to connect one", async () => {
    const lines = await events({ text: "一只猫在窗台上", seed: 1 });
    expect(lines[0]).toMatchObject({ type: "start", source: "offline" });
    expect(lines[0].notice.message).toContain("no LLM is connected");
    expect(lines[0].notice.messageZh).toContain("设置");
    const done = lines.at(-1)!;
    expect(done.type).toBe("done");
    expect(done.result.source).toBe("offline");
    expect(lines.filter((l) => l.type === "tag")).toHaveLength(done.result.tags.length);
    expect(done.result.tags.filter((t: { added: boolean }) => t.added).length).toBeGreaterThanOrEqual(5);
  });

  it("answers 400 for a bad body, before any streaming", async () => {
    const res = await expand(json("POST", { text: "", mode: "poem" }));
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe("invalid_input");
  });

  describe("with an LLM saved in settings", () => {
    beforeAll(async () => {
      const res = await settings.PUT(json("PUT", { baseUrl: server.baseURL, model: "fake-model", apiKey: "sk-route-test-key-9876" }));
      expect(res.status).toBe(200);
    });

    it("shows the saved settings with the key masked", async () => {
      const view = await (await settings.GET(new Request("http://localhost/api/settings/llm"))).json();
      expect(view).toMatchObject({ baseUrl: server.baseURL, model: "fake-model", apiKeyMasked: "sk-…9876", configured: true, timeoutMs: 400 });
      expect(JSON.stringify(view)).not.toContain("sk-route-test-key-9876");
      const bad = await settings.PUT(json("PUT", { baseUrl: "ftp://nope" }));
      expect(bad.status).toBe(400);
    });

    it("streams tag events, then the result", async () => {
      nextReply = { chunks: pieces(REPLY, 9) };
      const lines = await events({ text: "一只猫在窗台上", mode: "expand" });
      expect(lines[0]).toEqual({ type: "start", source: "llm", model: "fake-model" });
      expect(lines.filter((l) => l.type === "tag").map((l) => l.tag.tag)).toEqual(["cat", "windowsill", "orange fur", "sunlight"]);
      expect(lines.at(-1)).toMatchObject({ type: "done", result: { source: "llm", prompt: "cat, orange fur, windowsill, sunlight", negative: "lowres" } });
      const sent = server.requests.at(-1)!;
      expect(sent.authorization).toBe("Bearer sk-route-test-key-9876");
      expect(sent.body.messages[1]).toEqual({ role: "user", content: "一只猫在窗台上" });
    });

    it("uses the offline expander when asked, even with an LLM", async () => {
      const lines = await events({ text: "城市夜景", offline: true });
      expect(lines.at(-1)!.result.source).toBe("offline");
    });

    it("ends with an error event that keeps the partial tags of a truncated reply", async () => {
      nextReply = { chunks: pieces(REPLY.slice(0, REPLY.indexOf("orange"))), truncate: true };
      const lines = await events({ text: "一只猫在窗台上" });
      const last = lines.at(-1)!;
      expect(last.type).toBe("error");
      expect(last.error.code).toBe("llm_failed");
      expect(last.error.messageZh).toContain("截断");
      expect(last.partial.tags.map((t: { tag: string }) => t.tag)).toEqual(["cat", "windowsill"]);
    });

    it("says busy with the retry-after seconds on 429, and names a slow reply", async () => {
      nextReply = { status: 429, headers: { "retry-after": "30" } };
      const busy = (await events({ text: "cat" })).at(-1)!;
      expect(busy.error).toMatchObject({ code: "busy" });
      expect(busy.error.message).toContain("30 s");
      nextReply = { chunks: [REPLY], delayMs: 1500 };
      const slow = (await events({ text: "cat" })).at(-1)!;
      expect(slow.error.code).toBe("llm_failed");
      expect(slow.error.message).toContain("did not answer within");
    });

    it("explains an invalid reply and a rejected key", async () => {
      nextReply = { chunks: ["Here are some ideas: a cat, a window."] };
      expect((await events({ text: "cat" })).at(-1)!.error.message).toContain("not the JSON");
      nextReply = { status: 401 };
      expect((await events({ text: "cat" })).at(-1)!.error.message).toContain("API key was rejected");
    });

    it("clears the saved key with an empty one, going back offline", async () => {
      await settings.PUT(json("PUT", { baseUrl: "https://api.openai.com/v1", apiKey: "" }));
      const view = await (await settings.GET(new Request("http://localhost/api/settings/llm"))).json();
      expect(view).toMatchObject({ configured: false, apiKeyMasked: "" });
      expect((await events({ text: "cat" }))[0].source).toBe("offline");
    });
  });
});
