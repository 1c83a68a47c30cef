import "server-only";
import OpenAI from "openai";
import type { ChatCompletion, ChatCompletionChunk, ChatCompletionCreateParamsStreaming } from "openai/resources/chat/completions";
import { Stream } from "openai/streaming";
import { AppError } from "../errors";
import { isHttpUrl } from "../security/outbound-url";
import { offlineNotice, type LlmConfig } from "./llm-config";
import type { ChatMessage } from "./messages";
import type { Notice } from "./types";

/** How a call can be stopped and watched. */
export interface ChatOptions {
  /** The user's Stop: ends the call and returns what arrived (not an error). */
  signal?: AbortSignal;
  /** Called with the whole text so far as each piece arrives. */
  onText?: (textSoFar: string) => void;
}

/** The model's reply. */
export interface ChatReply {
  text: string;
  /** "stop" when the model finished, "length" when it ran out of tokens, null when the stream just ended. */
  finishReason: string | null;
  aborted: boolean;
}

type ResponseFormat = ChatCompletionCreateParamsStreaming["response_format"];

/** The LLM to call, or AppError llm_unavailable (503) saying how to connect one; callers answer offline instead. */
export function requireLlm(config: LlmConfig | null, notice: Notice = offlineNotice("not-configured")): LlmConfig {
  if (!config) throw new AppError("llm_unavailable", notice.message, notice.messageZh);
  return config;
}

/**
 * Streams one chat completion. Asks for the JSON schema first; a server that rejects it (400/422) is asked again in
 * JSON mode, then with no response format at all. A server that ignores `stream` and answers with one JSON completion
 * is read too. The timeout counts from the request and restarts with each piece, so a slow but steady model is not cut
 * off while a stalled one is. Failures become AppErrors with messages in English and Chinese.
 */
export async function streamChat(config: LlmConfig, messages: ChatMessage[], schema: { name: string; strict: true; schema: Record<string, unknown> }, options: ChatOptions = {}): Promise<ChatReply> {
  if (!isHttpUrl(config.baseURL)) throw new AppError("llm_failed", "The LLM base URL must start with http:// or https://.", "大模型接口地址必须以 http:// 或 https:// 开头。");
  const client = new OpenAI({ baseURL: config.baseURL, apiKey: config.apiKey, maxRetries: 0, timeout: config.timeoutMs });
  const formats: ResponseFormat[] = [{ type: "json_schema", json_schema: schema }, { type: "json_object" }, undefined];
  for (let i = 0; ; i++) {
    try {
      return await streamOnce(client, config, messages, formats[i], options);
    } catch (error) {
      const rejected = error instanceof OpenAI.APIError && (error.status === 400 || error.status === 422);
      if (rejected && i < formats.length - 1) continue;
      throw toLlmError(error, config);
    }
  }
}

/** What a connection test found: the model answered, in this many milliseconds. */
export interface LlmCheck {
  model: string;
  baseUrl: string;
  ms: number;
}

/**
 * Tests the connection with the smallest call there is: one non-streamed completion of a one-word message, capped at
 * one token (asked again without the cap if the server rejects it, as some newer models do). Failures are the same
 * AppErrors a real call gives (401, unreachable, unknown model…), in English and Chinese.
 */
export async function checkLlmConnection(config: LlmConfig): Promise<LlmCheck> {
  if (!isHttpUrl(config.baseURL)) throw new AppError("llm_failed", "The LLM base URL must start with http:// or https://.", "大模型接口地址必须以 http:// 或 https:// 开头。");
  const client = new OpenAI({ baseURL: config.baseURL, apiKey: config.apiKey, maxRetries: 0, timeout: config.timeoutMs });
  const started = Date.now();
  const ask = (cap: boolean) => client.chat.completions.create({ model: config.model, messages: [{ role: "user", content: "ping" }], ...(cap ? { max_tokens: 1 } : {}) });
  try {
    await ask(true).catch((error) => {
      if (error instanceof OpenAI.APIError && (error.status === 400 || error.status === 422)) return ask(false);
      throw error;
    });
  } catch (error) {
    throw toLlmError(error, config);
  }
  return { model: config.model, baseUrl: config.baseURL, ms: Date.now() - started };
}

async function streamOnce(client: OpenAI, config: LlmConfig, messages: ChatMessage[], format: ResponseFormat, options: ChatOptions): Promise<ChatReply> {
  const controller = new AbortController();
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => ((timedOut = true), controller.abort()), config.timeoutMs);
  };
  const stop = () => controller.abort();
  options.signal?.addEventListener("abort", stop);
  let text = "";
  let finishReason: string | null = null;
  const take = (piece: string | null | undefined, finish: string | null | undefined) => {
    if (piece) {
      text += piece;
      options.onText?.(text);
    }
    if (finish) finishReason = finish;
  };
  try {
    arm();
    const body = { model: config.model, messages, stream: true as const, ...(format ? { response_format: format } : {}) };
    const response = await client.chat.completions.create(body, { signal: controller.signal }).asResponse();
    if ((response.headers.get("content-type") ?? "").includes("text/event-stream")) {
      for await (const chunk of Stream.fromSSEResponse<ChatCompletionChunk>(response, controller)) {
        arm();
        take(chunk.choices?.[0]?.delta?.content, chunk.choices?.[0]?.finish_reason);
      }
    } else {
      const completion = (await response.json()) as ChatCompletion;
      take(completion.choices?.[0]?.message?.content, completion.choices?.[0]?.finish_reason);
    }
  } catch (error) {
    if (!timedOut && !options.signal?.aborted) throw error;
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener("abort", stop);
  }
  // An aborted stream ends quietly, so the reason is read from the flags.
  if (timedOut) throw timeoutError(config);
  return { text, finishReason, aborted: options.signal?.aborted ?? false };
}

const seconds = (ms: number) => Math.max(1, Math.round(ms / 1000));

function timeoutError(config: LlmConfig): AppError {
  const s = config.timeoutMs < 1000 ? `${config.timeoutMs / 1000}` : `${seconds(config.timeoutMs)}`;
  return new AppError("llm_failed", `The LLM did not answer within ${s} s. Try again, or use a faster model.`, `大模型在 ${s} 秒内没有回应。请重试，或换一个更快的模型。`);
}

/** Seconds to wait from a 429's retry-after-ms or retry-after (seconds or an HTTP date) header. */
export function retryAfterSeconds(headers: Headers | undefined): number | null {
  const ms = Number(headers?.get("retry-after-ms") ?? Number.NaN);
  if (Number.isFinite(ms) && ms >= 0) return Math.ceil(ms / 1000);
  const value = headers?.get("retry-after");
  if (!value) return null;
  const s = Number(value);
  if (Number.isFinite(s) && s >= 0) return Math.ceil(s);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/** Maps what the openai SDK throws to the AppError the user sees; anything unexpected is returned as is. */
export function toLlmError(error: unknown, config: LlmConfig): unknown {
  if (error instanceof AppError) return error;
  if (error instanceof OpenAI.APIConnectionTimeoutError) return timeoutError(config);
  if (error instanceof OpenAI.APIConnectionError) {
    return new AppError("llm_failed", `Cannot reach the LLM server at ${config.baseURL}. Is it running, and is the address right?`, `无法连接大模型服务 ${config.baseURL}，请确认服务已启动、地址正确。`);
  }
  if (error instanceof SyntaxError) return new AppError("llm_failed", "The LLM server sent a malformed stream.", "大模型服务返回的数据流格式有误。");
  if (!(error instanceof OpenAI.APIError)) return error;
  const detail = serverMessage(error, config);
  const { status } = error;
  if (status === 401) return new AppError("llm_failed", "The API key was rejected (401). Check it in Settings.", "大模型服务拒绝了 API 密钥（401），请在“设置”中检查密钥。");
  if (status === 403) return new AppError("llm_failed", `The LLM server refused access (403)${detail}.`, `大模型服务拒绝访问（403）${detail}。`);
  if (status === 404) return new AppError("llm_failed", `The LLM server does not know the model "${config.model}", or the base URL ${config.baseURL} is wrong (404).`, `大模型服务找不到模型“${config.model}”，或接口地址 ${config.baseURL} 有误（404）。`);
  if (status === 429) {
    const wait = retryAfterSeconds(error.headers);
    return new AppError("busy",
      `The LLM server is busy or your quota is used up (429). ${wait === null ? "Try again later." : `Try again in ${wait} s.`}`,
      `大模型服务繁忙或额度已用完（429）。${wait === null ? "请稍后重试。" : `请 ${wait} 秒后重试。`}`, { retryAfter: wait });
  }
  if (status !== undefined && status >= 500) return new AppError("llm_failed", `The LLM server failed (HTTP ${status})${detail}. Try again later.`, `大模型服务出错（HTTP ${status}）${detail}，请稍后重试。`);
  if (status !== undefined) return new AppError("llm_failed", `The LLM server rejected the request (HTTP ${status})${detail}.`, `大模型服务拒绝了请求（HTTP ${status}）${detail}。`);
  return new AppError("llm_failed", `The LLM server reported an error${detail}.`, `大模型服务报告了错误${detail}。`);
}

// Only the parsed `error.message` of an OpenAI-style body, never the raw body: shortened, control characters dropped,
// and the key itself blanked out should the server echo it.
function serverMessage(error: InstanceType<typeof OpenAI.APIError>, config: LlmConfig): string {
  const raw = (error.error as { message?: unknown } | undefined)?.message;
  if (typeof raw !== "string") return "";
  const key = config.apiKey.length >= 4 ? config.apiKey : null;
  const text = (key ? raw.split(key).join("[key]") : raw).replace(/[\u0000-\u001f\u007f]+/g, " ").trim();
  return text ? `: ${text.length > 200 ? `${text.slice(0, 200)}…` : text}` : "";
}
