import { describe, expect, it } from "vitest";
import { bindKeyOnSave, keyAddress, normalizeBaseUrl, sameAddress } from "./key-address";

const OPENAI = "https://api.openai.com/v1";
const saved = { baseUrl: "https://api.deepseek.com/v1", apiKey: "sk-deepseek-1234", apiKeyBaseUrl: "https://api.deepseek.com/v1" };

describe("the key follows its address", () => {
  it("compares base URLs as addresses", () => {
    expect(normalizeBaseUrl("HTTPS://API.OpenAI.com:443/v1/")).toBe(OPENAI);
    expect(sameAddress("http://127.0.0.1:11434/v1/", "http://127.0.0.1:11434/v1")).toBe(true);
    expect(sameAddress("http://127.0.0.1:11434/v1", "http://127.0.0.1:11435/v1")).toBe(false);
  });

  it("clears the saved key when the URL changes without a new key (the key-theft attack)", () => {
    expect(bindKeyOnSave(saved, { baseUrl: "http://attacker.example/v1" }, OPENAI)).toEqual({ baseUrl: "http://attacker.example/v1", apiKey: "", apiKeyBaseUrl: "" });
    expect(bindKeyOnSave(saved, { baseUrl: "" }, OPENAI)).toMatchObject({ apiKey: "" });
    // Legacy rows (no bound URL) are bound to their own URL.
    expect(bindKeyOnSave({ ...saved, apiKeyBaseUrl: "" }, { baseUrl: "http://attacker.example/v1" }, OPENAI)).toMatchObject({ apiKey: "" });
  });

  it("keeps the key when the URL stays (spelled the same or not), and binds a new key to the URL it came with", () => {
    expect(bindKeyOnSave(saved, { baseUrl: "https://API.deepseek.com/v1/" }, OPENAI)).toEqual({ baseUrl: "https://API.deepseek.com/v1/" });
    expect(bindKeyOnSave(saved, {}, OPENAI)).toEqual({});
    expect(bindKeyOnSave(saved, { baseUrl: "http://127.0.0.1:8080/v1", apiKey: "sk-new" }, OPENAI))
      .toEqual({ baseUrl: "http://127.0.0.1:8080/v1", apiKey: "sk-new", apiKeyBaseUrl: "http://127.0.0.1:8080/v1" });
    expect(bindKeyOnSave(null, { apiKey: "sk-only" }, OPENAI)).toEqual({ apiKey: "sk-only", apiKeyBaseUrl: OPENAI });
    expect(keyAddress({ baseUrl: "", apiKey: "k", apiKeyBaseUrl: "" }, OPENAI)).toBe(OPENAI);
  });
});
