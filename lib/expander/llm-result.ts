import type { Dictionary } from "../dictionary/dictionary";
import { normalizeTag } from "../dictionary/entry";
import { formatPrompt } from "../prompt/format";
import { canonicalizeTag, sortTags, type CanonicalTag } from "./canonical";
import type { ParsedReply, RawTag } from "./parse-reply";
import { recognizeInput } from "./recognize";
import type { ExpandedTag, ExpandResult } from "./types";

/** What the user typed, in the forms a tag is compared against to tell whether the model added it. */
export interface InputContext {
  keys: Set<string>;
  text: string;
  words: string;
  /** Tags the model may not add (explicit ones unless the user shows them); what the user wrote is kept. */
  hide?: (tag: string) => boolean;
}

const HAN = /\p{Script=Han}/u;

/** The input's tags and concepts (via the dictionary), its text and its words. */
export function readInputContext(dict: Dictionary, text: string, hide?: (tag: string) => boolean): InputContext {
  const input = recognizeInput(dict, text);
  const keys = new Set([...input.concepts.map((c) => normalizeTag(c.tag)), ...input.tags.map((t) => normalizeTag(t.tag))]);
  return { keys, text, words: ` ${normalizeTag(text).replace(/[^\p{L}\p{N}]+/gu, " ")} `, hide };
}

/**
 * Turns the model's tags into canonical, deduplicated ones; `seen` carries the keys already taken so a stream can be
 * fed its growing tag list again and again and only new tags come back.
 */
export function collectTags(dict: Dictionary, raws: RawTag[], context: InputContext, seen = new Set<string>()): { tags: ExpandedTag[]; unknown: string[] } {
  const tags: ExpandedTag[] = [];
  const unknown: string[] = [];
  for (const raw of raws) {
    const found = canonicalizeTag(dict, raw);
    unknown.push(...found.unknown);
    for (const t of found.tags) {
      if (seen.has(t.key)) continue;
      const added = !inInput(t, context);
      if (added && context.hide?.(t.tag)) continue;
      seen.add(t.key);
      tags.push({ tag: t.tag, zh: t.zh, category: t.category, added });
    }
  }
  return { tags, unknown };
}

function inInput(tag: CanonicalTag, context: InputContext): boolean {
  return context.keys.has(tag.key) || (HAN.test(tag.zh) && context.text.includes(tag.zh)) || context.words.includes(` ${tag.key} `);
}

/**
 * The finished result of a reply (or of the part that arrived): tags in prompt order, the prompt and negative through
 * the formatter, variants each formatted.
 */
export function buildLlmResult(dict: Dictionary, reply: ParsedReply, context: InputContext): ExpandResult {
  const { tags, unknown } = collectTags(dict, reply.tags, context);
  const sorted = sortTags(tags);
  // Negative prompts name what to avoid ("nsfw, nude"): nothing is hidden there.
  const negative = collectTags(dict, reply.negative.map((tag) => ({ tag, category: "negative" })), { ...context, hide: undefined }).tags;
  const result: ExpandResult = {
    prompt: formatPrompt(sorted.map((t) => t.tag).join(", ")),
    negative: formatPrompt(negative.map((t) => t.tag).join(", ")),
    tags: sorted,
    source: "llm",
  };
  if (reply.variants.length) result.variants = reply.variants.map((v) => ({ style: v.style, zh: v.zh ?? v.style, prompt: formatPrompt(v.prompt) }));
  if (unknown.length) result.unknown = [...new Set(unknown)];
  return result;
}
