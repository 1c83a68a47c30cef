import { parsePromptAttention } from "./attention";

/** One comma-separated part of a prompt: the text as written, its identity (words without weight syntax) and weight. */
export interface TagPart {
  text: string;
  key: string;
  weight: number;
}

/** Splits a prompt at top-level commas (commas inside brackets stay in their part). */
export function splitTopLevel(prompt: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (let i = 0; i < prompt.length; i++) {
    const ch = prompt[i];
    if (ch === "\\") {
      current += ch + (prompt[i + 1] ?? "");
      i++;
      continue;
    }
    if (ch === "(" || ch === "[" || ch === "{" || ch === "<") depth++;
    else if ((ch === ")" || ch === "]" || ch === "}" || ch === ">") && depth > 0) depth--;
    if ((ch === "," || ch === "，") && depth === 0) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

/**
 * The tags of a prompt with their identity and weight: `(worst quality:2)` and `Worst_Quality` are the same tag.
 * @example readTags("a, (b:1.2)") // [{text:"a", key:"a", weight:1}, {text:"(b:1.2)", key:"b", weight:1.2}]
 */
export function readTags(prompt: string): TagPart[] {
  return splitTopLevel(prompt)
    .map((raw) => raw.trim())
    .filter(Boolean)
    .map((text) => {
      const pairs = parsePromptAttention(text).filter(([t]) => t.trim());
      const key = pairs.map(([t]) => t).join("").toLowerCase().replace(/_/g, " ").replace(/\s+/g, " ").trim();
      const weight = pairs.length ? Math.max(...pairs.map(([, w]) => w)) : 1;
      return { text, key, weight };
    });
}
