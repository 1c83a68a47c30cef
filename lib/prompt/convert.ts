import { parsePromptAttention, type AttentionPair } from "./attention";
import { splitComposablePrompt } from "./composable";
import { stripExtraNetworks } from "./extra-networks";
import { parseSyntax } from "./syntax";
import type { PromptNode } from "./syntax-tree";

export type PromptSyntax = "a1111" | "novelai" | "comfyui" | "midjourney";

/** Something the target syntax cannot express, and what the conversion did instead. */
export interface ConversionWarning {
  code: "editing_dropped" | "alternation_dropped" | "extra_network_dropped" | "break_dropped" | "and_dropped" | "weight_rounded" | "parameter_dropped";
  /** The source text concerned. */
  source: string;
}

export interface Conversion {
  text: string;
  /** Midjourney's `--no` list, as an A1111 negative prompt (or the reverse). */
  negative?: string;
  warnings: ConversionWarning[];
}

/**
 * Converts a prompt between A1111, NovelAI, ComfyUI and Midjourney syntax, saying what could not be carried over.
 * @example convertPrompt("(cat:1.1), [dog]", "a1111", "novelai").text // "{{cat}}, [[dog]]"
 */
export function convertPrompt(text: string, from: PromptSyntax, to: PromptSyntax, negative?: string): Conversion {
  if (from === to) return { text, negative, warnings: [] };
  const a1111 = from === "a1111" ? { text, negative, warnings: [] } : toA1111(text, from, negative);
  if (to === "a1111") return a1111;
  const out = fromA1111(a1111.text, to, a1111.negative);
  return { ...out, warnings: [...a1111.warnings, ...out.warnings] };
}

function toA1111(text: string, from: Exclude<PromptSyntax, "a1111">, negative?: string): Conversion {
  if (from === "comfyui") return { text: text.replace(/(?<!\\)[[\]]/g, (c) => "\\" + c), negative, warnings: [] };
  if (from === "novelai") return { text: weightsToA1111(parseNovelAI(text)), negative, warnings: [] };
  return parseMidjourney(text);
}

function fromA1111(text: string, to: Exclude<PromptSyntax, "a1111">, negative?: string): Conversion {
  const warnings: ConversionWarning[] = [];
  const plain = flattenForTarget(text, warnings);
  const pairs = parsePromptAttention(plain).filter(([t]) => t !== "");
  if (to === "midjourney") {
    const parts = pairs.map(([t, w]) => [t.replace(/^[\s,]+|[\s,]+$/g, ""), w] as const).filter(([t]) => t);
    const weighted = parts.some(([, w]) => w !== 1);
    const body = weighted ? parts.map(([t, w]) => `${t}::${round(w)}`).join(" ") : parts.map(([t]) => t).join(", ");
    const no = negative ? ` --no ${parsePromptAttention(flattenForTarget(negative, warnings)).map(([t]) => t).join("")}` : "";
    return { text: body + no, warnings };
  }
  if (to === "comfyui") {
    const out = pairs.map(([t, w]) => (w === 1 ? escapeComfy(t) : `(${escapeComfy(t)}:${round(w)})`)).join("");
    return { text: out, negative: negative && fromA1111(negative, "comfyui").text, warnings };
  }
  const out = pairs.map(([t, w]) => novelAIWeight(t, w, warnings)).join("");
  return { text: out, negative: negative && fromA1111(negative, "novelai").text, warnings };
}

/** Resolves what only A1111 has (editing, alternation, extra networks, BREAK, AND) to plain weighted text. */
function flattenForTarget(text: string, warnings: ConversionWarning[]): string {
  const stripped = stripExtraNetworks(text);
  for (const net of stripped.networks) warnings.push({ code: "extra_network_dropped", source: text.slice(net.start, net.end) });
  let out = renderFinal(parseSyntax(stripped.text).tree, warnings);
  const parts = splitComposablePrompt(out);
  if (parts.length > 1) {
    warnings.push({ code: "and_dropped", source: "AND" });
    out = parts.map((p) => p.text.trim()).join(", ");
  }
  out = out.replace(/\s*\bBREAK\b\s*/g, () => {
    warnings.push({ code: "break_dropped", source: "BREAK" });
    return ", ";
  });
  return out.replace(/\s*,(?:\s*,)+/g, ",").replace(/^[\s,]+|[\s,]+$/g, "");
}

function renderFinal(nodes: PromptNode[], warnings: ConversionWarning[]): string {
  return nodes.map((node): string => {
    switch (node.kind) {
      case "plain":
      case "stray":
        return node.text;
      case "emphasis": {
        const weight = node.weight ? ":" + renderFinal(node.weight, warnings) : "";
        return node.open + renderFinal(node.children, warnings) + weight + (node.open === "(" ? ")" : "]");
      }
      case "editing":
        return dropped("editing_dropped", node.to, warnings);
      case "alternation":
        return dropped("alternation_dropped", node.options[0], warnings);
    }
  }).join("");
}

// The kept branch is rendered once: rendering it again for the warning doubled the work at every nesting level.
function dropped(code: "editing_dropped" | "alternation_dropped", kept: PromptNode[], warnings: ConversionWarning[]): string {
  const warning: ConversionWarning = { code, source: "" };
  warnings.push(warning);
  warning.source = renderFinal(kept, warnings);
  return warning.source;
}

const round = (w: number) => Math.round(w * 100) / 100;
const escapeComfy = (t: string) => t.replace(/[()\\]/g, (c) => "\\" + c);
const escapeA1111 = (t: string) => t.replace(/[()[\]\\]/g, (c) => "\\" + c);

function novelAIWeight(text: string, weight: number, warnings: ConversionWarning[]): string {
  if (weight === 1) return text;
  if (weight <= 0) {
    warnings.push({ code: "weight_rounded", source: `${text}:${round(weight)}` });
    return text;
  }
  // Nesting beyond ±40 levels (×7 / ÷7) is never what anyone meant.
  const n = Math.max(-40, Math.min(40, Math.round(Math.log(weight) / Math.log(1.05))));
  if (Math.abs(1.05 ** n - weight) / weight > 0.02) warnings.push({ code: "weight_rounded", source: `${text}:${round(weight)}` });
  const [open, close] = n > 0 ? ["{", "}"] : ["[", "]"];
  return open.repeat(Math.abs(n)) + text + close.repeat(Math.abs(n));
}

/** NovelAI: `{x}` ×1.05, `[x]` ÷1.05, nested; everything else literal. */
export function parseNovelAI(text: string): AttentionPair[] {
  const pairs: AttentionPair[] = [];
  let depth = 0;
  let run = "";
  const flush = () => {
    if (run) pairs.push([run, 1.05 ** depth]);
    run = "";
  };
  for (const ch of text) {
    if (ch === "{" || ch === "}" || ch === "[" || ch === "]") {
      flush();
      depth += ch === "{" || ch === "]" ? 1 : -1;
    } else run += ch;
  }
  flush();
  return pairs;
}

function weightsToA1111(pairs: AttentionPair[]): string {
  return pairs.map(([t, w]) => (Math.abs(w - 1) < 1e-9 ? escapeA1111(t) : `(${escapeA1111(t)}:${round(w)})`)).join("");
}

/** Midjourney: `a::2 b::-0.5 --no c, d --ar 16:9`; parameters other than --no are reported and dropped. */
function parseMidjourney(text: string): Conversion {
  const warnings: ConversionWarning[] = [];
  const [body, ...params] = text.split(/\s--(?=[a-z])/i);
  let negative: string | undefined;
  for (const param of params) {
    if (/^no\s/i.test(param)) negative = param.slice(3).trim();
    else warnings.push({ code: "parameter_dropped", source: `--${param.trim()}` });
  }
  const pieces = body.split(/::(-?\d*\.?\d+)?/);
  const parts: string[] = [];
  for (let i = 0; i < pieces.length; i += 2) {
    const t = pieces[i]?.trim();
    if (!t) continue;
    const w = pieces[i + 1] === undefined ? 1 : Number(pieces[i + 1]);
    parts.push(w === 1 ? escapeA1111(t) : `(${escapeA1111(t)}:${w})`);
  }
  return { text: parts.join(", "), negative, warnings };
}
