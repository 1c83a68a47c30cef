/** A known OpenAI-compatible service: where it answers and a model to start with. */
export interface LlmPreset {
  id: string;
  name: string;
  nameZh: string;
  baseUrl: string;
  model: string;
  /** Hosted services need an API key; local servers do not. */
  needsKey: boolean;
}

/** Base URLs of the services people use, hosted and local. */
export const LLM_PRESETS: LlmPreset[] = [
  { id: "openai", name: "OpenAI", nameZh: "OpenAI", baseUrl: "https://api.openai.com/v1", model: "gpt-4o-mini", needsKey: true },
  { id: "deepseek", name: "DeepSeek", nameZh: "DeepSeek 深度求索", baseUrl: "https://api.deepseek.com/v1", model: "deepseek-chat", needsKey: true },
  { id: "qwen", name: "Qwen (DashScope)", nameZh: "通义千问（百炼 DashScope）", baseUrl: "https://dashscope.aliyuncs.com/compatible-mode/v1", model: "qwen-plus", needsKey: true },
  { id: "moonshot", name: "Moonshot / Kimi", nameZh: "月之暗面 Kimi", baseUrl: "https://api.moonshot.cn/v1", model: "moonshot-v1-8k", needsKey: true },
  { id: "ollama", name: "Ollama (local)", nameZh: "Ollama（本地）", baseUrl: "http://127.0.0.1:11434/v1", model: "qwen2.5:7b", needsKey: false },
  { id: "lmstudio", name: "LM Studio (local)", nameZh: "LM Studio（本地）", baseUrl: "http://127.0.0.1:1234/v1", model: "qwen2.5-7b-instruct", needsKey: false },
  { id: "llamacpp", name: "llama.cpp server (local)", nameZh: "llama.cpp 服务（本地）", baseUrl: "http://127.0.0.1:8080/v1", model: "local-model", needsKey: false },
];

/** The default when only an API key is given. */
export const DEFAULT_BASE_URL = LLM_PRESETS[0].baseUrl;

/**
 * The preset a base URL belongs to (trailing slashes and localhost/127.0.0.1 forgiven).
 * @example findPreset("http://localhost:11434/v1/")?.id // "ollama"
 */
export function findPreset(baseUrl: string): LlmPreset | undefined {
  const norm = (url: string) => url.trim().replace(/\/+$/, "").replace("://localhost", "://127.0.0.1").toLowerCase();
  return LLM_PRESETS.find((p) => norm(p.baseUrl) === norm(baseUrl));
}
