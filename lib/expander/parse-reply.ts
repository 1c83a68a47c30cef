import { parsePartialJson } from "./partial-json";

/** A tag as the model wrote it, before canonicalisation. */
export interface RawTag {
  tag: string;
  zh?: string;
  category?: string;
}

/** A style variant as the model wrote it. */
export interface RawVariant {
  style: string;
  zh?: string;
  prompt: string;
}

/** What could be read from a reply so far. */
export interface ParsedReply {
  tags: RawTag[];
  negative: string[];
  variants: RawVariant[];
  /** A JSON reply was found (possibly unfinished). */
  found: boolean;
  /** The JSON value is closed: nothing was cut off. */
  complete: boolean;
}

const MAX_STARTS = 20;
const REPLY_KEYS = ["tags", "groups", "negative", "variants", "prompt"];

/**
 * Reads the model's reply, however it came: bare JSON, JSON in a ```json fence or surrounded by prose, with a
 * reasoning <think> block before it, or cut off mid-stream (finished tags are kept, the one being written is not).
 * @example parseReply('Sure! {"tags":[{"tag":"cat","zh":"猫","category":"subject"}],"negative":"lowres"}').tags[0].tag // "cat"
 */
export function parseReply(reply: string): ParsedReply {
  const text = reply.replace(/<think>[\s\S]*?(<\/think>|$)/g, "");
  const fence = /```[a-zA-Z]*\s*\n?/.exec(text);
  const from = fence ? fence.index + fence[0].length : 0;
  let starts = 0;
  for (let i = from; i < text.length && starts < MAX_STARTS; i++) {
    if (text[i] !== "{" && text[i] !== "[") continue;
    starts++;
    const parsed = parsePartialJson(text, i);
    if (!parsed || parsed.value === undefined) continue;
    const reply = readReply(parsed.value, parsed.incomplete);
    if (reply) return { ...reply, found: true, complete: parsed.complete };
  }
  return { tags: [], negative: [], variants: [], found: false, complete: false };
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

// Accepts {tags}, {groups: [{category, tags}]}, {<category>: [tags]} and a bare array of tags.
function readReply(value: unknown, incomplete: WeakSet<object>): Omit<ParsedReply, "found" | "complete"> | null {
  if (Array.isArray(value)) return { tags: readTags(value, undefined, incomplete), negative: [], variants: [] };
  if (!isObject(value)) return null;
  const keys = Object.keys(value);
  const byCategory = keys.filter((k) => !REPLY_KEYS.includes(k) && Array.isArray(value[k]));
  if (!keys.some((k) => REPLY_KEYS.includes(k)) && byCategory.length === 0) return null;
  const tags = Array.isArray(value.tags) ? readTags(value.tags, undefined, incomplete) : [];
  if (Array.isArray(value.groups)) {
    for (const group of value.groups) {
      if (isObject(group) && Array.isArray(group.tags)) tags.push(...readTags(group.tags, str(group.category) ?? str(group.name), incomplete));
    }
  }
  if (!("tags" in value) && !("groups" in value)) for (const k of byCategory) tags.push(...readTags(value[k] as unknown[], k, incomplete));
  // A model that ignored the shape and wrote {"prompt": "a, b, c"}: its tags are still there.
  if (tags.length === 0 && typeof value.prompt === "string") tags.push(...value.prompt.split(",").filter((t) => t.trim()).map((tag) => ({ tag: tag.trim() })));
  return { tags, negative: readNegative(value.negative, incomplete), variants: readVariants(value.variants, incomplete) };
}

function readTags(items: unknown[], category: string | undefined, incomplete: WeakSet<object>): RawTag[] {
  const out: RawTag[] = [];
  for (const item of items) {
    if (typeof item === "string") out.push({ tag: item, ...(category ? { category } : {}) });
    else if (isObject(item) && !incomplete.has(item)) {
      const tag = str(item.tag) ?? str(item.en) ?? str(item.english) ?? str(item.name);
      if (!tag) continue;
      const zh = str(item.zh) ?? str(item.chinese);
      const cat = str(item.category) ?? category;
      out.push({ tag, ...(zh ? { zh } : {}), ...(cat ? { category: cat } : {}) });
    }
  }
  return out;
}

function readNegative(value: unknown, incomplete: WeakSet<object>): string[] {
  if (typeof value === "string") return [value];
  if (!Array.isArray(value)) return [];
  return value.flatMap((v) => (typeof v === "string" ? [v] : isObject(v) && !incomplete.has(v) && str(v.tag) ? [str(v.tag)!] : []));
}

function readVariants(value: unknown, incomplete: WeakSet<object>): RawVariant[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((v) => {
    if (!isObject(v) || incomplete.has(v)) return [];
    const prompt = str(v.prompt);
    if (!prompt) return [];
    const zh = str(v.zh);
    return [{ style: str(v.style) ?? str(v.name) ?? "", ...(zh ? { zh } : {}), prompt }];
  });
}

const str = (v: unknown): string | undefined => (typeof v === "string" && v.trim() ? v.trim() : undefined);
