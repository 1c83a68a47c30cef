import { parsePromptAttention } from "./attention";
import { splitPromptParts } from "./tag-parts";

/** One comma-separated part of a prompt: the text as written, its identity (words without weight syntax) and weight. */
export interface TagPart {
  text: string;
  key: string;
  weight: number;
}

/** Splits a prompt at top-level commas (commas inside brackets stay in their part). */
export function splitTopLevel(prompt: string): string[] {
  return splitPromptParts(prompt).parts.map((p) => p.lead + p.body + p.trail);
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
