import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pieces, startFakeOpenAI } from "@/tests/support/fake-openai";
import { useTestDatabase } from "@/tests/support/test-database";

useTestDatabase();
const ENV_KEY = "sk-env-secret-key-5678";
const SAVED_KEY = "sk-saved-secret-key-1234";
process.env.OPENAI_API_KEY = ENV_KEY;
process.env.LLM_TIMEOUT_MS = "2000";
const settings = await import("./route");
const { POST: expand } = await import("../../expand/route");

const REPLY = JSON.stringify({ tags: [{ tag: "cat", zh: "猫", category: "subject" }], negative: [] });
let provider: Awaited<ReturnType<typeof startFakeOpenAI>>;
let attacker: Awaited<ReturnType<typeof startFakeOpenAI>>;
beforeAll(async () => {
  provider = await startFakeOpenAI(() => ({ chunks: pieces(REPLY) }));
  attacker = await startFakeOpenAI(() => ({ chunks: pieces(REPLY) }));
});
afterAll(async () => {
  await provider.close();
  await attacker.close();
});

const put = (body: unknown) => settings.PUT(new Request("http://localhost/api/settings/llm", { method: "PUT", body: JSON.stringify(body) }));
const view = async () => (await settings.GET(new Request("http://localhost/api/settings/llm"))).json();
const expandText = async () => (await expand(new Request("http://localhost/api/expand", { method: "POST", body: JSON.stringify({ text: "x" }) }))).text();

describe("the key follows its address", () => {
  it("refuses the two-request key theft: a new base URL without a key clears the saved key", async () => {
    expect((await put({ baseUrl: provider.baseURL, model: "m", apiKey: SAVED_KEY })).status).toBe(200);
    await expandText();
    expect(provider.requests.at(-1)?.authorization).toBe(`Bearer ${SAVED_KEY}`);

    // The attack: PUT the attacker's URL, keep the key (none given), then expand.
    const changed = await (await put({ baseUrl: attacker.baseURL })).json();
    expect(changed).toMatchObject({ baseUrl: attacker.baseURL, apiKeyMasked: "", sources: { apiKey: "none" } });
    const answer = await expandText();
    expect(attacker.requests.length).toBeGreaterThan(0);
    for (const r of attacker.requests) {
      expect(r.authorization).not.toContain(SAVED_KEY);
      expect(r.authorization).not.toContain(ENV_KEY);
    }
    // Going back does not bring the key back: it was cleared, not hidden.
    expect(await (await put({ baseUrl: provider.baseURL })).json()).toMatchObject({ apiKeyMasked: "" });
    for (const text of [answer, JSON.stringify(await view())]) {
      expect(text).not.toContain(SAVED_KEY);
      expect(text).not.toContain(ENV_KEY);
    }
  });

  it("keeps a key across edits that leave the address alone, and binds a re-entered key to the new address", async () => {
    await put({ baseUrl: provider.baseURL, apiKey: SAVED_KEY });
    expect(await (await put({ baseUrl: `${provider.baseURL}/`, model: "other" })).json()).toMatchObject({ apiKeyMasked: "sk-…1234", model: "other" });
    await put({ baseUrl: attacker.baseURL, apiKey: "sk-meant-for-this-one-0000" });
    expect(await view()).toMatchObject({ baseUrl: attacker.baseURL, apiKeyMasked: "sk-…0000", sources: { apiKey: "saved" } });
  });

  it("sends OPENAI_API_KEY only to OPENAI_BASE_URL (OpenAI's by default), never to a saved URL", async () => {
    await put({ baseUrl: "", apiKey: "" });
    expect(await view()).toMatchObject({ baseUrl: "", apiKeyMasked: "sk-…5678", sources: { apiKey: "env" } });
    await put({ baseUrl: attacker.baseURL });
    expect(await view()).toMatchObject({ apiKeyMasked: "", sources: { apiKey: "none" } });
    const before = attacker.requests.length;
    await expandText();
    expect(attacker.requests.slice(before).map((r) => r.authorization)).not.toContain(`Bearer ${ENV_KEY}`);
  });
});
