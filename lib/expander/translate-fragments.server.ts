import "server-only";
import type { Translation } from "../dictionary/translate";
import type { LlmConfig } from "./llm-config";
import { streamChat } from "./llm.server";
import { buildMessages } from "./messages";
import { parseReply } from "./parse-reply";
import { replySchema } from "./reply-schema";

const MAX_FRAGMENTS = 40;
// What a tag from the LLM may look like before it reaches a prompt: English words and the punctuation tags use.
const PLAIN_TAG = /^[a-z0-9][a-z0-9 '&+.!?:-]{0,58}[a-z0-9)!?]?$/i;

/**
 * Sends the fragments the dictionary could not read to the LLM (translate mode, one fragment per line) and puts its
 * tags in their place; each resolved tag is marked `from: "llm"`. A reply that is not a plain English tag is dropped,
 * so nothing odd reaches the prompt; fragments left unresolved stay unknown.
 */
export async function resolveUnknownWithLlm(translation: Translation, llm: LlmConfig, signal?: AbortSignal): Promise<Translation> {
  const fragments = translation.unknown.slice(0, MAX_FRAGMENTS);
  if (fragments.length === 0) return translation;
  const reply = await streamChat(llm, buildMessages("translate", fragments.join("\n")), replySchema("translate"), { signal });
  const tags = parseReply(reply.text).tags;
  const english = new Map<string, string>();
  fragments.forEach((fragment, i) => {
    const byName = tags.find((t) => t.zh?.trim() === fragment);
    const candidate = (byName ?? (tags.length === fragments.length ? tags[i] : undefined))?.tag?.trim().toLowerCase().replace(/_/g, " ");
    if (candidate && PLAIN_TAG.test(candidate)) english.set(fragment, candidate);
  });
  if (english.size === 0) return translation;
  let text = translation.text;
  for (const [fragment, tag] of english) text = text.split(fragment).join(tag);
  return {
    text,
    tags: translation.tags.map((t) => (!t.known && english.has(t.source) ? { ...t, target: english.get(t.source)!, known: true, from: "llm" as const } : t)),
    unknown: translation.unknown.filter((u) => !english.has(u)),
  };
}
