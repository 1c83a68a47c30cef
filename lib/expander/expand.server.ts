import "server-only";
import type { Dictionary } from "../dictionary/dictionary";
import { AppError } from "../errors";
import type { LlmConfig } from "./llm-config";
import { buildLlmResult, collectTags, readInputContext } from "./llm-result";
import { requireLlm, streamChat } from "./llm.server";
import { buildMessages } from "./messages";
import { expandOffline } from "./offline";
import { parseReply, type ParsedReply } from "./parse-reply";
import { replySchema } from "./reply-schema";
import type { ExpandedTag, ExpandEvent, ExpandRequest, ExpandResult, Notice } from "./types";

/** Where an expansion runs: the dictionary, and the LLM (null: none configured, so offline, with the notice saying why). */
export interface ExpandContext {
  dict: Dictionary;
  llm: LlmConfig | null;
  offlineNotice?: Notice;
  /** Tags the LLM may not add (explicit ones unless the user shows them). */
  hide?: (tag: string) => boolean;
}

/** Hooks for streaming: the start, each tag as it is read, and the user's Stop. */
export interface ExpandHandlers {
  signal?: AbortSignal;
  onStart?: (event: Extract<ExpandEvent, { type: "start" }>) => void;
  onTag?: (tag: ExpandedTag) => void;
}

const EMPTY: ParsedReply = { tags: [], negative: [], variants: [], found: false, complete: false };

/**
 * Expands a scene (or refines, translates, varies a prompt) with the configured LLM, streaming tags as the reply is
 * read; with no LLM the offline expander answers, with a notice on how to connect one. A failed call throws an
 * AppError whose details carry `partial`: the result built from the tags that did arrive. Stop returns that result.
 */
export async function expandScene(request: ExpandRequest, context: ExpandContext, handlers: ExpandHandlers = {}): Promise<ExpandResult> {
  const { dict } = context;
  let llm: LlmConfig;
  try {
    llm = requireLlm(context.llm, context.offlineNotice);
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== "llm_unavailable") throw error;
    return answerOffline(dict, request, { message: error.message, messageZh: error.messageZh }, handlers);
  }
  handlers.onStart?.({ type: "start", source: "llm", model: llm.model });
  const input = readInputContext(dict, request.text, context.hide);
  const seen = new Set<string>();
  let parsed = EMPTY;
  const onText = (text: string) => {
    parsed = parseReply(text);
    collectTags(dict, parsed.tags, input, seen).tags.forEach((t) => handlers.onTag?.(t));
  };
  const partial = () => buildLlmResult(dict, parsed, input);
  let reply;
  try {
    reply = await streamChat(llm, buildMessages(request.mode, request.text), replySchema(request.mode), { signal: handlers.signal, onText });
  } catch (error) {
    throw error instanceof AppError ? withPartial(error, partial()) : error;
  }
  if (reply.aborted) return partial();
  parsed = parseReply(reply.text);
  const result = partial();
  if (!reply.text.trim()) throw new AppError("llm_failed", "The LLM returned an empty reply. Try again or choose another model.", "大模型返回了空回复。请重试或换一个模型。");
  if (!parsed.found) {
    throw withPartial(new AppError("llm_failed", "The LLM's reply was not the JSON that was asked for. Try again or choose another model.", "大模型的回复不是所要求的 JSON 格式。请重试或换一个模型。"), result);
  }
  if (!parsed.complete || reply.finishReason === "length") {
    throw withPartial(new AppError("llm_failed", "The LLM's reply was cut off; the tags that arrived are kept.", "大模型的回复被截断了，已收到的标签已保留。"), result);
  }
  if (result.tags.length === 0 && !result.variants) throw withPartial(new AppError("llm_failed", "The LLM's reply had no tags.", "大模型的回复中没有标签。"), result);
  return result;
}

function answerOffline(dict: Dictionary, request: ExpandRequest, notice: Notice, handlers: ExpandHandlers): ExpandResult {
  const result = { ...expandOffline(dict, request.text, { mode: request.mode, seed: request.seed }), notice };
  handlers.onStart?.({ type: "start", source: "offline", notice });
  result.tags.forEach((t) => handlers.onTag?.(t));
  return result;
}

function withPartial(error: AppError, partial: ExpandResult): AppError {
  const details = typeof error.details === "object" && error.details !== null ? error.details : {};
  return new AppError(error.code, error.message, error.messageZh, { ...details, partial });
}
