import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closedPort } from "@/tests/support/closed-port";
import { startFakeOpenAI } from "@/tests/support/fake-openai";
import { useTestDatabase } from "@/tests/support/test-database";

useTestDatabase();
delete process.env.OPENAI_API_KEY;
delete process.env.OPENAI_BASE_URL;
process.env.LLM_TIMEOUT_MS = "2000";
const settings = await import("../route");
const { POST: test } = await import("./route");

const KEY = "sk-right-key-for-the-test-1234";
let fake: Awaited<ReturnType<typeof startFakeOpenAI>>;
beforeAll(async () => {
  fake = await startFakeOpenAI((request) => {
    if (request.authorization !== `Bearer ${KEY}`) return { status: 401, message: `Incorrect API key ${request.authorization}` };
    if (request.body.model !== "m") return { status: 404, message: "no such model" };
    return { chunks: ["ok"] };
  });
});
afterAll(() => fake.close());

const put = (body: unknown) => settings.PUT(new Request("http://x/api/settings/llm", { method: "PUT", body: JSON.stringify(body) }));
const check = async () => {
  const response = await test(new Request("http://x/api/settings/llm/test", { method: "POST", body: "{}" }));
  return { status: response.status, body: await response.json() };
};

describe("POST /api/settings/llm/test", () => {
  it("says no LLM is configured (503) before anything is saved", async () => {
    expect(await check()).toMatchObject({ status: 503, body: { error: { code: "llm_unavailable" } } });
  });

  it("reports a rejected key (401) without echoing it, a missing model (404) and success with one minimal call", async () => {
    await put({ baseUrl: fake.baseURL, model: "m", apiKey: "sk-wrong-key-for-the-test-0000" });
    const rejected = await check();
    expect(rejected).toMatchObject({ status: 502, body: { error: { code: "llm_failed" } } });
    expect(rejected.body.error.message).toContain("(401)");
    expect(rejected.body.error.messageZh).toContain("401");
    expect(JSON.stringify(rejected.body)).not.toContain("sk-wrong");

    await put({ apiKey: KEY, model: "nope" });
    expect((await check()).body.error.messageZh).toContain("找不到模型“nope”");

    await put({ model: "m" });
    const ok = await check();
    expect(ok).toMatchObject({ status: 200, body: { model: "m", baseUrl: fake.baseURL } });
    expect(typeof ok.body.ms).toBe("number");
    expect(fake.requests.at(-1)?.body).toMatchObject({ model: "m", max_tokens: 1 });
    expect(fake.requests.at(-1)?.body.stream).toBeUndefined();
    expect(JSON.stringify(ok.body)).not.toContain(KEY);
  });

  it("reports an unreachable server", async () => {
    await put({ baseUrl: `http://127.0.0.1:${await closedPort()}/v1` });
    const { status, body } = await check();
    expect(status).toBe(502);
    expect(body.error.message).toMatch(/Cannot reach the LLM server/);
  });
});
