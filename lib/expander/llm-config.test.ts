import { describe, expect, it } from "vitest";
import { maskApiKey, resolveLlmConfig } from "./llm-config";
import { findPreset, LLM_PRESETS } from "./presets";

const env = { LLM_TIMEOUT_MS: 60_000 };

describe("resolveLlmConfig", () => {
  it("is offline, with a notice on how to connect, when nothing is set", () => {
    const { config, view } = resolveLlmConfig(null, env);
    expect(config).toBeNull();
    expect(view.configured).toBe(false);
    expect(view.notice?.message).toContain("OPENAI_API_KEY");
    expect(view.notice?.messageZh).toContain("设置");
  });

  it("uses the environment, with OpenAI's base URL for a key alone", () => {
    const { config, view } = resolveLlmConfig(null, { ...env, OPENAI_API_KEY: "sk-envkey-000000001234" });
    expect(config).toEqual({ baseURL: "https://api.openai.com/v1", apiKey: "sk-envkey-000000001234", model: "gpt-4o-mini", timeoutMs: 60_000 });
    expect(view).toMatchObject({ apiKeyMasked: "sk-…1234", sources: { apiKey: "env", baseUrl: "none", model: "preset" }, configured: true });
  });

  it("lets saved fields win over the environment, field by field", () => {
    const saved = { baseUrl: "https://api.deepseek.com/v1", model: "", apiKey: "sk-saved-0000000000abcd" };
    const { config, view } = resolveLlmConfig(saved, { ...env, OPENAI_API_KEY: "sk-env", OPENAI_MODEL: "env-model" });
    expect(config).toMatchObject({ baseURL: "https://api.deepseek.com/v1", apiKey: "sk-saved-0000000000abcd", model: "env-model" });
    expect(view.sources).toEqual({ baseUrl: "saved", model: "env", apiKey: "saved" });
    expect(JSON.stringify(view)).not.toContain("sk-saved-0000000000abcd");
  });

  it("needs no key for a local server, but does for a hosted preset", () => {
    expect(resolveLlmConfig({ baseUrl: "http://localhost:11434/v1", model: "", apiKey: "" }, env).config).toMatchObject({ model: "qwen2.5:7b", apiKey: "not-needed" });
    const hosted = resolveLlmConfig({ baseUrl: "https://api.moonshot.cn/v1", model: "", apiKey: "" }, env);
    expect(hosted.config).toBeNull();
    expect(hosted.view.notice?.message).toContain("Moonshot / Kimi needs an API key");
  });
});

describe("maskApiKey and presets", () => {
  it("masks keys", () => {
    expect(maskApiKey("sk-1234567890abcd")).toBe("sk-…abcd");
    expect(maskApiKey("short")).toBe("…rt");
    expect(maskApiKey("")).toBe("");
  });

  it("has the hosted and local services, found by base URL", () => {
    expect(LLM_PRESETS.map((p) => p.id)).toEqual(["openai", "deepseek", "qwen", "moonshot", "ollama", "lmstudio", "llamacpp"]);
    expect(findPreset("http://127.0.0.1:1234/v1/")?.id).toBe("lmstudio");
    expect(findPreset("https://dashscope.aliyuncs.com/compatible-mode/v1")?.id).toBe("qwen");
    expect(findPreset("http://example.com/v1")).toBeUndefined();
  });
});
