import { convertPrompt } from "../../prompt/convert";
import { editBetween, type LintFinding } from "../lint-issue";
import type { LintTag } from "../lint-tags";

const MJ_PARAM = /(?:^|\s)--(?:ar|aspect|v|version|no|q|quality|s|stylize|chaos|c|seed|style|niji|tile|iw|weird|w|stop|r|repeat|p|cref|sref|cw|sw|hd|raw)(?=\s|$)/gi;
const MJ_WEIGHT = /::(?:-?\d*\.?\d+)?/g;
const A1111_BRACKETS = /(?<!\\)[()[\]]/;

/**
 * Midjourney syntax in an A1111 prompt (`--ar 2:3`, `a::2 b`), read as plain words. The fix converts the prompt
 * (lib/prompt/convert) when it has no A1111 brackets to lose; otherwise it removes the parameters.
 * @example findMidjourney("a cat --ar 2:3")[0].fix // { from: 5, to: 14, insert: "" }
 */
export function findMidjourney(text: string): LintFinding[] {
  const params = [...text.matchAll(MJ_PARAM)].map((m) => m.index + m[0].indexOf("--"));
  const weights = [...text.matchAll(MJ_WEIGHT)].map((m) => [m.index, m.index + m[0].length]);
  if (params.length === 0 && weights.length === 0) return [];
  const from = Math.min(params[0] ?? Infinity, weights[0]?.[0] ?? Infinity);
  const to = params.length ? text.trimEnd().length : weights[weights.length - 1][1];
  const no = /(?:^|\s)--no\s+(.*?)(?=\s--|$)/is.exec(text)?.[1]?.trim() ?? "";
  const shown = text.slice(from, to).trim();
  const what = shown.length > 40 ? shown.slice(0, 39) + "…" : shown;
  let after: string | null = null;
  if (!A1111_BRACKETS.test(text)) after = convertPrompt(text, "midjourney", "a1111").text;
  else if (params.length && !weights.length) after = text.slice(0, params[0]).replace(/[\s,]+$/, "");
  return [{ code: "midjourney_syntax", from, to, detail: { what, no, action: after === null ? "" : weights.length ? "convert" : "remove" },
    fix: after === null ? undefined : editBetween(text, after) }];
}

/**
 * NovelAI's `{emphasis}` (×1.05 a brace), plain text in A1111: each outermost `{…}` is converted to an A1111
 * weight. Braces holding `|` (the Dynamic Prompts extension) and `{prompt}` (styles) are left alone.
 * @example findNovelAI("{{cat}}")[0].fix // { from: 0, to: 7, insert: "(cat:1.1)" }
 */
export function findNovelAI(text: string): LintFinding[] {
  const found: LintFinding[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\\") i++;
    else if (ch === "{" && depth++ === 0) start = i;
    else if (ch === "}" && depth > 0 && --depth === 0) {
      const source = text.slice(start, i + 1);
      if (source.includes("|") || source === "{prompt}" || !source.slice(1, -1).trim()) continue;
      const converted = convertPrompt(source, "novelai", "a1111").text;
      found.push({ code: "novelai_syntax", from: start, to: i + 1, detail: { text: source, converted }, fix: { from: start, to: i + 1, insert: converted } });
    }
  }
  return found;
}

const FULL_WIDTH: Record<string, string> = { "（": "(", "）": ")", "：": ":", "［": "[", "］": "]", "｛": "{", "｝": "}" };
const FULL_WIDTH_CHARS = /[（）：［］｛｝]/g;

/**
 * Full-width brackets and colons (（cat：1.2）), which A1111 reads as text: one issue per tag, fixed to ASCII.
 * @example findFullWidth("（cat：1.2）", tags)[0].fix // { from: 0, to: 9, insert: "(cat:1.2)" }
 */
export function findFullWidth(text: string, tags: LintTag[]): LintFinding[] {
  if (!/[（）：［］｛｝]/.test(text)) return [];
  return tags.flatMap((tag) => {
    const chars = tag.body.match(FULL_WIDTH_CHARS);
    if (!chars) return [];
    const insert = tag.body.replace(FULL_WIDTH_CHARS, (c) => FULL_WIDTH[c]);
    return [{ code: "fullwidth_punctuation" as const, from: tag.start, to: tag.end, detail: { tag: tag.body, chars: [...new Set(chars)].join(" ") },
      fix: { from: tag.start, to: tag.end, insert } }];
  });
}
