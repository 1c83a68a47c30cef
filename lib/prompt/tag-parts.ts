import { parseAttentionRuns } from "./attention";
import { networkMultiplier, setNetworkMultiplier } from "./extra-networks";
import { getPromptSchedules } from "./schedules";
import { parseSyntax } from "./syntax";
import { serializePrompt, type PromptNode } from "./syntax-tree";

/** A comma-separated part of a prompt: `lead + body + trail` is its text between separators, `start..end` its range. */
export interface PromptPart {
  start: number;
  end: number;
  lead: string;
  body: string;
  trail: string;
}

interface Split {
  parts: PromptPart[];
  separators: string[];
}

/**
 * Splits a prompt at its top-level commas (ASCII or full-width); commas inside brackets stay in their part.
 * @example splitPromptParts("a, (b, c:1.2)").parts.map((p) => p.body) // ["a", "(b, c:1.2)"]
 */
export function splitPromptParts(text: string): Split {
  const parts: PromptPart[] = [];
  const separators: string[] = [];
  let depth = 0;
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const body = raw.trim();
    const leadLength = body ? raw.indexOf(body) : raw.length;
    parts.push({ start, end, lead: raw.slice(0, leadLength), body, trail: raw.slice(leadLength + body.length) });
  };
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit === 0x5c) i++;
    else if (unit === 0x28 || unit === 0x5b || unit === 0x7b || unit === 0x3c) depth++;
    else if ((unit === 0x29 || unit === 0x5d || unit === 0x7d || unit === 0x3e) && depth > 0) depth--;
    else if ((unit === 0x2c || unit === 0xff0c) && depth === 0) {
      push(i);
      separators.push(text[i]);
      start = i + 1;
    }
  }
  push(text.length);
  return { parts, separators };
}

function join({ parts, separators }: Split): string {
  return parts.map((p, i) => p.lead + p.body + p.trail + (separators[i] ?? "")).join("");
}

/** Indices (into `parts`) of the parts that hold a tag, i.e. the chips. */
export const tagIndices = (split: Split) => split.parts.flatMap((p, i) => (p.body ? [i] : []));

/** Moves tag `from` to position `to` (both counted over tags); every separator and space stays where it was. */
export function moveTag(text: string, from: number, to: number): string {
  const split = splitPromptParts(text);
  const slots = tagIndices(split);
  const bodies = slots.map((i) => split.parts[i].body);
  const [moved] = bodies.splice(from, 1);
  if (moved === undefined) return text;
  bodies.splice(Math.max(0, Math.min(to, bodies.length)), 0, moved);
  slots.forEach((slot, k) => (split.parts[slot] = { ...split.parts[slot], body: bodies[k] }));
  return join(split);
}

/** Replaces the text of tag `index`. */
export function replaceTag(text: string, index: number, body: string): string {
  const split = splitPromptParts(text);
  const slot = tagIndices(split)[index];
  if (slot === undefined) return text;
  split.parts[slot] = { ...split.parts[slot], body };
  return join(split);
}

/** Removes tag `index` with one neighbouring separator. */
export function removeTag(text: string, index: number): string {
  const split = splitPromptParts(text);
  const slot = tagIndices(split)[index];
  if (slot === undefined) return text;
  const { parts, separators } = split;
  if (slot < parts.length - 1) {
    const next = parts[slot + 1];
    parts.splice(slot, 2, { ...next, lead: slot === 0 ? parts[slot].lead : next.lead });
    separators.splice(slot, 1);
  } else if (slot > 0) {
    parts.splice(slot, 1);
    separators.splice(slot - 1, 1);
  } else parts[slot] = { ...parts[slot], body: "" };
  return join(split);
}

/** The text without the given tags (by their text), as it is copied and counted when they are switched off. */
export function withoutTags(text: string, disabled: ReadonlySet<string>): string {
  if (disabled.size === 0) return text;
  const split = splitPromptParts(text);
  const indices = tagIndices(split).map((slot, k) => [slot, k] as const).filter(([slot]) => disabled.has(split.parts[slot].body));
  let out = text;
  for (let i = indices.length - 1; i >= 0; i--) out = removeTag(out, indices[i][1]);
  return out;
}

export type TagKind = "tag" | "group" | "editing" | "alternation" | "network" | "keyword";

/** What a tag is, for its chip. */
export function tagKind(body: string): TagKind {
  if (/^<[^<>]+>$/.test(body)) return "network";
  if (/^(BREAK|AND)\b/.test(body)) return "keyword";
  const { tree } = parseSyntax(body);
  const has = (nodes: PromptNode[], kind: PromptNode["kind"]): boolean =>
    nodes.some((n) => n.kind === kind || (n.kind === "emphasis" && has(n.children, kind)));
  if (has(tree, "editing")) return "editing";
  if (has(tree, "alternation")) return "alternation";
  return body.includes(",") || body.includes("，") ? "group" : "tag";
}

const firstWeight = (text: string) => parseAttentionRuns(text).find((r) => r.text.trim() && r.weight !== -1)?.weight;

/**
 * The weight A1111 applies to a tag (to its first words): "((cat))" → 1.21; a network's multiplier, "<lora:x:0.8>" →
 * 0.8; alternation and editing are resolved first, as A1111 does before weighting, so "[smile|laugh]" → 1.
 */
export function tagWeight(body: string): number {
  const multiplier = networkMultiplier(body);
  if (multiplier !== null) return multiplier;
  if (!body.includes("[")) return firstWeight(body) ?? 1;
  for (const [, text] of getPromptSchedules(body, 20)) {
    const weight = firstWeight(text);
    if (weight !== undefined) return weight;
  }
  return 1;
}

/**
 * Rewrites a tag with an explicit weight: an outer `(x)`, `[x]` or `(x:w)` is replaced; weight 1 leaves it plain; a
 * network tag gets the multiplier itself. Weights below 0 become 0, except a network's (A1111 takes negative ones).
 * @example setTagWeight("((cat))", 1.3) // "(cat:1.3)"
 * @example setTagWeight("<lora:foo:0.8>", 0.9) // "<lora:foo:0.9>"
 */
export function setTagWeight(body: string, weight: number): string {
  const network = setNetworkMultiplier(body, weight);
  if (network !== null) return network;
  const inner = unwrapWeight(body);
  const w = Math.round(Math.max(0, weight) * 100) / 100;
  return w === 1 ? inner : `(${inner}:${w})`;
}

/**
 * A chip's ± (one `step` up or down) on the weight tagWeight reads. As A1111's Ctrl+↑/↓ does, a weight that comes from
 * `( )`/`[ ]` nesting is first read to the step (0.91 → 0.9) while an explicit `(x:w)` moves from w.
 * @example stepTagWeight("[cat]", -1) // "(cat:0.8)"
 * @example stepTagWeight("[smile|laugh]", 1) // "([smile|laugh]:1.1)"
 */
export function stepTagWeight(body: string, direction: 1 | -1, step = 0.1): string {
  const weight = tagWeight(body);
  const explicit = networkMultiplier(body) !== null || hasExplicitWeight(body);
  const from = explicit ? weight : Math.round(weight / step) * step;
  return setTagWeight(body, from + direction * step);
}

function hasExplicitWeight(body: string): boolean {
  const { tree } = parseSyntax(body);
  const node = tree.length === 1 ? tree[0] : null;
  return node?.kind === "emphasis" && node.weight !== null && isNumber(serializePrompt(node.weight));
}

const isNumber = (text: string) => /^\s*[+-]?[\d.]+\s*$/.test(text);

function unwrapWeight(body: string): string {
  let current = body;
  for (;;) {
    const { tree } = parseSyntax(current);
    const node = tree.length === 1 ? tree[0] : null;
    const numeric = node?.kind === "emphasis" && node.weight !== null && isNumber(serializePrompt(node.weight));
    if (!node || node.kind !== "emphasis" || (node.weight !== null && !numeric)) return current;
    current = serializePrompt(node.children);
  }
}
