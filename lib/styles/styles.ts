import { AppError } from "../errors";
import { formatCsv, parseCsv } from "./csv";

/** An A1111 style: `{prompt}` in its prompt marks where the user's prompt goes; otherwise it is appended. */
export interface PromptStyle {
  name: string;
  prompt: string;
  negative: string;
}

const MAX_STYLES = 5000;

/**
 * Reads A1111's styles.csv (name, prompt, negative_prompt; the old name, text layout too). Rows without a name and
 * "#" comment rows are skipped.
 */
export function parseStylesCsv(text: string): PromptStyle[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  const col = (name: string) => header.findIndex((h) => h.trim().toLowerCase() === name);
  const name = col("name");
  const prompt = col("prompt") !== -1 ? col("prompt") : col("text");
  const negative = col("negative_prompt");
  if (name === -1 || prompt === -1) {
    throw new AppError("invalid_input", 'styles.csv needs a header row with "name" and "prompt" columns.', 'styles.csv 需要包含 "name" 和 "prompt" 列的表头。');
  }
  if (rows.length > MAX_STYLES) throw new AppError("invalid_input", `Too many styles (${rows.length}; at most ${MAX_STYLES}).`, `样式太多（${rows.length} 个，最多 ${MAX_STYLES} 个）。`);
  return rows
    .filter((r) => (r[name] ?? "").trim() !== "" && !r[name].startsWith("#"))
    .map((r) => ({ name: r[name], prompt: r[prompt] ?? "", negative: negative === -1 ? "" : (r[negative] ?? "") }));
}

/** Writes styles as A1111's styles.csv. */
export function formatStylesCsv(styles: PromptStyle[]): string {
  return "\ufeff" + formatCsv([["name", "prompt", "negative_prompt"], ...styles.map((s) => [s.name, s.prompt, s.negative])]);
}

/**
 * A1111's merge_prompts: the style's `{prompt}` is replaced by the prompt, or the style is appended after ", ".
 * @example applyStyleText("masterpiece, {prompt}, 8k", "a cat") // "masterpiece, a cat, 8k"
 */
export function applyStyleText(styleText: string, prompt: string): string {
  if (styleText.includes("{prompt}")) return styleText.replaceAll("{prompt}", prompt);
  return [prompt.trim(), styleText.trim()].filter(Boolean).join(", ");
}

/** A1111's extract_style_text_from_prompt: the prompt with the style taken out, or null if the style is not there. */
export function removeStyleText(styleText: string, prompt: string): string | null {
  const p = prompt.trim();
  const s = styleText.trim();
  if (s.includes("{prompt}")) {
    const at = s.indexOf("{prompt}");
    const left = s.slice(0, at);
    const right = s.slice(at + "{prompt}".length);
    if (p.startsWith(left) && p.endsWith(right) && p.length >= left.length + right.length) return p.slice(left.length, p.length - right.length);
    return null;
  }
  if (!p.endsWith(s)) return null;
  const rest = p.slice(0, p.length - s.length);
  return rest.endsWith(", ") ? rest.slice(0, -2) : rest;
}

/** Applies a style to both prompts. */
export function applyStyle(style: PromptStyle, prompt: string, negative: string): { prompt: string; negative: string } {
  return { prompt: applyStyleText(style.prompt, prompt), negative: applyStyleText(style.negative, negative) };
}

/** Takes a style out of both prompts again; null when either no longer contains it. */
export function removeStyle(style: PromptStyle, prompt: string, negative: string): { prompt: string; negative: string } | null {
  const p = style.prompt ? removeStyleText(style.prompt, prompt) : prompt;
  const n = style.negative ? removeStyleText(style.negative, negative) : negative;
  return p === null || n === null ? null : { prompt: p, negative: n };
}

/**
 * Whether the prompts carry a style, read from the text as A1111 does (its text can be taken out again), so the state
 * follows every edit; a style with no text of its own is never "applied".
 * @example isStyleApplied({ name: "s", prompt: "{prompt}, film grain", negative: "" }, "a cat, film grain", "") // true
 */
export function isStyleApplied(style: PromptStyle, prompt: string, negative: string): boolean {
  const hasText = (text: string) => text.replaceAll("{prompt}", "").trim() !== "";
  if (!hasText(style.prompt) && !hasText(style.negative)) return false;
  return removeStyle(style, prompt, negative) !== null;
}
