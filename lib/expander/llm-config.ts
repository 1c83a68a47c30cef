import { keyAddress, sameAddress } from "./key-address";
import { DEFAULT_BASE_URL, findPreset } from "./presets";
import type { Notice } from "./types";

/** Everything one LLM call needs. */
export interface LlmConfig {
  baseURL: string;
  apiKey: string;
  model: string;
  timeoutMs: number;
}

/** What the settings page saved (empty strings: use the environment). */
export interface SavedLlmSettings {
  baseUrl: string;
  model: string;
  apiKey: string;
  /** The base URL the key was saved for (empty: rows saved before keys were bound, bound to their own URL). */
  apiKeyBaseUrl?: string;
}

/** The environment's defaults (lib/env.ts). */
export interface LlmEnv {
  OPENAI_API_KEY?: string;
  OPENAI_BASE_URL?: string;
  OPENAI_MODEL?: string;
  LLM_TIMEOUT_MS: number;
}

/** Where a setting's value comes from. */
export type SettingSource = "saved" | "env" | "preset" | "none";

/** The settings as the browser may see them: the key only masked. */
export interface LlmSettingsView {
  baseUrl: string;
  model: string;
  apiKeyMasked: string;
  sources: { baseUrl: SettingSource; model: SettingSource; apiKey: SettingSource };
  configured: boolean;
  timeoutMs: number;
  /** Why no LLM is used, when none is. */
  notice?: Notice;
}

/**
 * Shows the start and end of a key and hides the rest.
 * @example maskApiKey("sk-1234567890abcd") // "sk-…abcd"
 */
export function maskApiKey(key: string): string {
  if (!key) return "";
  return key.length >= 12 ? `${key.slice(0, 3)}…${key.slice(-4)}` : `…${key.slice(-2)}`;
}

const CONNECT_EN = "To use an LLM, open Settings and enter an OpenAI-compatible base URL, model and API key (OpenAI, DeepSeek, Qwen, Kimi, or a local Ollama, LM Studio or llama.cpp server), or set OPENAI_API_KEY and OPENAI_BASE_URL.";
const CONNECT_ZH = "要使用大模型，请在“设置”中填写兼容 OpenAI 的接口地址、模型和 API 密钥（OpenAI、DeepSeek、通义千问、Kimi，或本地的 Ollama、LM Studio、llama.cpp），或设置环境变量 OPENAI_API_KEY 和 OPENAI_BASE_URL。";

/** The note shown when the offline expander answered. */
export function offlineNotice(reason: "not-configured" | "needs-key" | "asked", service = ""): Notice {
  if (reason === "asked") return { message: "Offline expander (built on the tag dictionary).", messageZh: "离线扩写（基于标签词典）。" };
  if (reason === "needs-key") {
    return { message: `Offline expander: ${service} needs an API key. ${CONNECT_EN}`, messageZh: `这是离线扩写：${service} 需要 API 密钥。${CONNECT_ZH}` };
  }
  return { message: `Offline expander (built on the tag dictionary): no LLM is connected. ${CONNECT_EN}`, messageZh: `这是离线扩写（基于标签词典），尚未连接大模型。${CONNECT_ZH}` };
}

/**
 * Merges saved settings over the environment: a saved non-empty field wins. A key is used only at the address it was
 * given for (a saved key at the URL it was saved with, OPENAI_API_KEY at OPENAI_BASE_URL or OpenAI's), so changing the
 * URL never sends a key elsewhere. An LLM is configured with an API key, or with a base URL that needs none (a local
 * server); null config means the offline expander answers.
 */
export function resolveLlmConfig(saved: SavedLlmSettings | null, env: LlmEnv): { config: LlmConfig | null; view: LlmSettingsView } {
  const pick = (savedValue: string | undefined, envValue: string | undefined): [string, SettingSource] =>
    savedValue ? [savedValue, "saved"] : envValue ? [envValue, "env"] : ["", "none"];
  const [baseUrl, baseSource] = pick(saved?.baseUrl, env.OPENAI_BASE_URL);
  const envBase = env.OPENAI_BASE_URL || DEFAULT_BASE_URL;
  const address = baseUrl || DEFAULT_BASE_URL;
  const savedKey = saved?.apiKey && sameAddress(keyAddress({ apiKeyBaseUrl: "", ...saved }, envBase), address) ? saved.apiKey : undefined;
  const envKey = env.OPENAI_API_KEY && sameAddress(envBase, address) ? env.OPENAI_API_KEY : undefined;
  const [apiKey, keySource] = pick(savedKey, envKey);
  const preset = findPreset(baseUrl || DEFAULT_BASE_URL);
  let [model, modelSource] = pick(saved?.model, env.OPENAI_MODEL);
  if (!model && preset) [model, modelSource] = [preset.model, "preset"];
  const view: LlmSettingsView = {
    baseUrl, model, apiKeyMasked: maskApiKey(apiKey),
    sources: { baseUrl: baseSource, model: modelSource, apiKey: keySource },
    configured: false, timeoutMs: env.LLM_TIMEOUT_MS,
  };
  if (!baseUrl && !apiKey) return { config: null, view: { ...view, notice: offlineNotice("not-configured") } };
  if (!apiKey && preset?.needsKey) return { config: null, view: { ...view, notice: offlineNotice("needs-key", preset.name) } };
  const config = { baseURL: baseUrl || DEFAULT_BASE_URL, apiKey: apiKey || "not-needed", model: model || "gpt-4o-mini", timeoutMs: env.LLM_TIMEOUT_MS };
  return { config, view: { ...view, configured: true } };
}
