import { parsePromptAttention } from "../prompt/attention";
import { parseSyntax } from "../prompt/syntax";
import { serializePrompt, type PromptNode } from "../prompt/syntax-tree";
import { lookupTag, type Dictionary, type IndexedEntry } from "./dictionary";

export type Direction = "zh-en" | "en-zh";

export interface TranslatedTag {
  source: string;
  target: string;
  known: boolean;
}

export interface Translation {
  text: string;
  tags: TranslatedTag[];
  /** Fragments with no entry, left as written (and marked) for the user or an LLM to resolve. */
  unknown: string[];
}

export const UNKNOWN_ZH = "未收录";

const NETWORK_MARK = "\uE000";
const NETWORK_END = "\uE001";
const HAN_RUN = /[\p{Script=Han}々〇]+/gu;
// Grammatical words that carry no tag of their own in a scene description.
const FILLERS = new Set(["的", "地", "得", "了", "着", "在", "和", "与", "及", "并", "上", "里", "中", "下", "是", "有", "很", "正在", "一个", "一只", "一位", "一名", "个", "只", "位", "非常", "一些"]);

/**
 * Translates a prompt between Chinese and English tags without touching its syntax: every bracket, weight, editing
 * step, separator and extra network stays where it was; only words change.
 * @example translatePrompt(dict, "(金色长发:1.2), 白色连衣裙", "zh-en").text // "(blonde long hair:1.2), white dress"
 */
export function translatePrompt(dict: Dictionary, text: string, direction: Direction): Translation {
  const result: Translation = { text: "", tags: [], unknown: [] };
  const translateText = direction === "zh-en" ? (t: string) => zhToEn(dict, t, result) : (t: string) => enToZh(dict, t, result);
  // Extra networks (<lora:name:0.8>) are names, not words: set aside so neither the parser nor translation splits them.
  const networks: string[] = [];
  const masked = text.replace(/<[^<>\n]+>/g, (m) => `${NETWORK_MARK}${networks.push(m) - 1}${NETWORK_END}`);
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

function zhToEn(dict: Dictionary, text: string, result: Translation): string {
  const separated = text.replace(/\s*[，、；]\s*/g, (m) => (m.includes("；") ? "; " : ", "));
  return separated.replace(HAN_RUN, (run, offset: number, whole: string) => {
    const english = translateRun(dict, run, result);
    const before = offset > 0 && /[\p{L}\p{N}]/u.test(whole[offset - 1]) ? " " : "";
    const after = /[\p{L}\p{N}]/u.test(whole[offset + run.length] ?? "") ? " " : "";
    return before + english + after;
  });
}

interface Piece {
  zh: string;
  candidates: IndexedEntry[];
}

// Longest-first matching against Chinese names and aliases; what matches nothing becomes an unknown fragment.
function translateRun(dict: Dictionary, run: string, result: Translation): string {
  const pieces: Piece[] = [];
  let unknown = "";
  const flushUnknown = () => {
    for (const word of segmentWords(unknown)) {
      if (FILLERS.has(word)) continue;
      pieces.push({ zh: word, candidates: [] });
    }
    unknown = "";
  };
  for (let i = 0; i < run.length; ) {
    let matched = false;
    for (let len = Math.min(dict.longestChinese, run.length - i); len >= 1; len--) {
      const key = run.slice(i, i + len);
      const candidates = dict.byChinese.get(key);
      if (candidates && !(len === 1 && FILLERS.has(key))) {
        flushUnknown();
        pieces.push({ zh: key, candidates });
        i += len;
        matched = true;
        break;
      }
    }
    if (!matched) unknown += run[i++];
  }
  flushUnknown();
  return joinPieces(pieces, result);
}

function joinPieces(pieces: Piece[], result: Translation): string {
  const chosen = pieces.map((p, i) => {
    if (p.candidates.length === 0) return null;
    const neighbours = [pieces[i - 1], pieces[i + 1]].filter((n): n is Piece => !!n?.candidates.length).map((n) => head(n.candidates[0].entry.tag));
    return p.candidates.find((c) => neighbours.includes(head(c.entry.tag))) ?? p.candidates[0];
  });
  const words: string[] = [];
  pieces.forEach((p, i) => {
    const entry = chosen[i];
    if (!entry) {
      result.tags.push({ source: p.zh, target: p.zh, known: false });
      result.unknown.push(p.zh);
      words.push(p.zh);
      return;
    }
    result.tags.push({ source: p.zh, target: entry.entry.tag, known: true });
    const next = chosen[i + 1];
    // "blonde hair" + "long hair" reads "blonde long hair": the shared head noun is said once.
    const sharesHead = next && entry.entry.tag.includes(" ") && head(next.entry.tag) === head(entry.entry.tag);
    words.push(sharesHead ? entry.entry.tag.slice(0, entry.entry.tag.lastIndexOf(" ")) + " " : entry.entry.tag + (i < pieces.length - 1 ? ", " : ""));
  });
  return words.join("").replace(/, $/, "");
}

const head = (tag: string) => tag.slice(tag.lastIndexOf(" ") + 1);

function segmentWords(text: string): string[] {
  if (!text) return [];
  const segmenter = new Intl.Segmenter("zh", { granularity: "word" });
  return [...segmenter.segment(text)].map((s) => s.segment).filter((s) => s.trim());
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
