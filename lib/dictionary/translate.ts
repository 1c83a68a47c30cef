import { parsePromptAttention } from "../prompt/attention";
import { parseSyntax } from "../prompt/syntax";
import { serializePrompt, type PromptNode } from "../prompt/syntax-tree";
import { lookupTag, type Dictionary } from "./dictionary";
import { normalizeChinesePunctuation } from "./zh/normalize";
import type { ReadTag } from "./zh/read-pieces";
import { translatePhrase, wordSources, type ZhResources } from "./zh/translate-zh";
import type { WordSources } from "./zh/segment";

export type Direction = "zh-en" | "en-zh";

export interface TranslatedTag {
  source: string;
  target: string;
  known: boolean;
  /** zh → en: where the reading came from (dictionary, grammar rule, general lexicon, LLM) or "unknown". */
  from?: ReadTag["from"];
}

export interface Translation {
  text: string;
  tags: TranslatedTag[];
  /** Fragments with no entry, left as their own comma-separated tags (and marked) for the user or an LLM to resolve. */
  unknown: string[];
}

export const UNKNOWN_ZH = "未收录";

const NETWORK_MARK = "\uE000";
const NETWORK_END = "\uE001";
const EMPTY = "\uE002";
const HAN = /\p{Script=Han}/u;
/** One masked extra network, captured (a phrase split at it keeps it). */
const NETWORK = new RegExp(`(${NETWORK_MARK}\\d+${NETWORK_END})`);

/**
 * Translates a prompt between Chinese and English tags without touching its syntax: every bracket, weight, editing
 * step, separator and extra network stays where it was; only words change. Chinese input is normalised first
 * (traditional → simplified, full-width brackets and colons → ASCII, so weights work in A1111).
 * @example translatePrompt(dict, "（金色长发：1.2），白色连衣裙", "zh-en").text // "(blonde hair, long hair:1.2), white dress"
 */
export function translatePrompt(dict: Dictionary, text: string, direction: Direction, resources: ZhResources = dict.zh ?? {}): Translation {
  const result: Translation = { text: "", tags: [], unknown: [] };
  const sources = wordSources(dict, resources.lexicon);
  const translateText = direction === "zh-en" ? (t: string) => zhToEn(dict, sources, t, result, resources) : (t: string) => enToZh(dict, t, result);
  const input = direction === "zh-en" && HAN.test(text) ? normalizeChinesePunctuation(text) : text;
  // Extra networks (<lora:name:0.8>) are names, not words: set aside so neither the parser nor translation splits them.
  const networks: string[] = [];
  const masked = input.replace(/<[^<>\n]+>/g, (m) => `${NETWORK_MARK}${networks.push(m) - 1}${NETWORK_END}`);
  const translated = serializePrompt(mapPlain(parseSyntax(masked).tree, translateText));
  result.text = translated.replace(new RegExp(`${NETWORK_MARK}(\\d+)${NETWORK_END}`, "g"), (_, i: string) => networks[Number(i)]);
  result.unknown = [...new Set(result.unknown)];
  return result;
}

function mapPlain(nodes: PromptNode[], fn: (text: string) => string): PromptNode[] {
  return nodes.map((node): PromptNode => {
    switch (node.kind) {
      case "plain":
        return { ...node, text: fn(node.text) };
      case "emphasis":
        return { ...node, children: mapPlain(node.children, fn) };
      case "editing":
        return { ...node, from: node.from && mapPlain(node.from, fn), to: mapPlain(node.to, fn) };
      case "alternation":
        return { ...node, options: node.options.map((o) => mapPlain(o, fn)) };
      default:
        return node;
    }
  });
}

// Phrase by phrase (between commas and line breaks), so separators and the spacing around them stay as written; an
// extra network inside a phrase (女孩<lora:x:1>) splits it, and the words on either side are translated on their own.
function zhToEn(dict: Dictionary, sources: WordSources, text: string, result: Translation, resources: ZhResources): string {
  if (!HAN.test(text)) return text;
  const translate = (phrase: string) => zhPhraseToEn(dict, sources, phrase, result, resources);
  // A phrase that was all grammar (张着) leaves nothing; its separator goes with it (not when it holds a network).
  const beside = (part: string) => {
    const english = translate(part);
    return english === EMPTY ? /^\s*/.exec(part)![0] : english;
  };
  return text.replace(/[^,\n]+/g, (phrase) => (phrase.includes(NETWORK_MARK) ? phrase.split(NETWORK).map((part, k) => (k % 2 ? part : beside(part))).join("") : translate(phrase)))
    .replace(new RegExp(`\\s*,\\s*${EMPTY}|${EMPTY}\\s*,\\s*|${EMPTY}`, "g"), "");
}

// One phrase's words as tags (EMPTY when it was all grammar), with the spacing around it kept.
function zhPhraseToEn(dict: Dictionary, sources: WordSources, phrase: string, result: Translation, resources: ZhResources): string {
  if (!HAN.test(phrase)) return phrase;
  const lead = /^\s*/.exec(phrase)![0];
  const trail = /\s*$/.exec(phrase)![0];
  const tags = translatePhrase(dict, sources, phrase.trim(), resources);
  for (const tag of tags) {
    if (tag.from === "written") continue;
    result.tags.push(tag);
    if (!tag.known) result.unknown.push(tag.source);
  }
  const english = tags.map((t) => t.target).filter(Boolean).join(", ");
  return english ? lead + english + trail : EMPTY;
}

function enToZh(dict: Dictionary, text: string, result: Translation): string {
  return text.replace(/[^,，\n]+/g, (part) => {
    const tag = part.trim();
    if (!tag || tag.includes(NETWORK_MARK) || tag === "BREAK" || tag === "AND" || !/[\p{L}\p{N}]/u.test(tag)) return part;
    const zh = lookupTag(dict, tag)?.entry.zh ?? glossCompound(dict, tag);
    result.tags.push({ source: tag, target: zh ?? UNKNOWN_ZH, known: zh !== null });
    if (zh === null) {
      result.unknown.push(tag);
      return part;
    }
    return part.replace(tag, zh);
  });
}

/**
 * The Chinese name of one tag as written in a prompt (weight syntax ignored), or null when unknown.
 * @example glossTag(dict, "(blue eyes:1.2)") // "蓝眼睛"
 */
export function glossTag(dict: Dictionary, body: string): string | null {
  const network = /^<(\w+):([^:>]+)[^>]*>$/.exec(body.trim());
  if (network) return `${network[1] === "lora" ? "LoRA" : network[1]}：${network[2]}`;
  const { tree } = parseSyntax(body.trim());
  const only = tree.length === 1 ? tree[0] : null;
  // Alternation and editing read best option by option: [微笑|大笑], [白天→夜晚].
  if (only?.kind === "alternation") return `[${only.options.map((o) => glossTag(dict, serializePrompt(o)) ?? UNKNOWN_ZH).join("|")}]`;
  if (only?.kind === "editing") {
    const part = (nodes: typeof only.to) => (nodes.length ? (glossTag(dict, serializePrompt(nodes)) ?? UNKNOWN_ZH) : "∅");
    return `[${part(only.from ?? [])}→${part(only.to)}]`;
  }
  const words = parsePromptAttention(body).map(([t]) => t).join("").trim();
  if (!words || !/[\p{L}\p{N}]/u.test(words)) return null;
  if (/\p{Script=Han}/u.test(words)) return words;
  // A weighted group of several tags, (blonde hair, long hair:1.2), reads tag by tag.
  if (words.includes(",")) {
    const parts = words.split(",").map((w) => w.trim()).filter(Boolean).map((w) => lookupTag(dict, w)?.entry.zh ?? glossCompound(dict, w));
    return parts.every((p) => p !== null) ? parts.join("、") : null;
  }
  return lookupTag(dict, words)?.entry.zh ?? glossCompound(dict, words);
}

/**
 * Glosses a tag the dictionary lacks as a whole from known phrases, longest first, letting modifiers borrow the
 * head noun: "blonde long hair" → 金发、长发 (blonde hair + long hair). Null unless every word is covered.
 */
function glossCompound(dict: Dictionary, tag: string): string | null {
  const words = tag.replace(/\\(.)/g, "$1").trim().split(/\s+/);
  if (words.length < 2) return null;
  const headNoun = words[words.length - 1];
  const names: string[] = [];
  for (let i = 0; i < words.length; ) {
    let found: { zh: string; next: number } | null = null;
    for (let j = words.length; j > i && !found; j--) {
      const phrase = words.slice(i, j).join(" ");
      const entry = lookupTag(dict, phrase) ?? (j < words.length ? lookupTag(dict, `${phrase} ${headNoun}`) : undefined);
      if (entry) found = { zh: entry.entry.zh, next: j };
    }
    if (!found) return null;
    if (names.at(-1) !== found.zh) names.push(found.zh);
    i = found.next;
  }
  return names.join("、");
}
