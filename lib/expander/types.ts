import type { Category } from "../dictionary/categories";

/** What the expander is asked to do with the user's text. */
export const EXPAND_MODES = ["expand", "refine", "translate", "variants"] as const;
export type ExpandMode = (typeof EXPAND_MODES)[number];

/** The groups tags are shown and ordered in; "other" holds tags of a category the expander does not know. */
export type TagCategory = Exclude<Category, "emoji" | "negative"> | "other";

/** Prompt order: subject, appearance, clothing, pose, scene, lighting, camera, then quality and style. */
export const TAG_ORDER: readonly TagCategory[] = [
  "subject", "appearance", "clothing", "pose", "scene", "lighting", "camera", "color-effects", "quality", "style", "other",
];

/** One tag of an expansion: prompt text (canonical when the dictionary knows it), Chinese name, group, and whether the user's input lacked it. */
export interface ExpandedTag {
  tag: string;
  zh: string;
  category: TagCategory;
  added: boolean;
}

/** One style variant of a prompt (mode "variants"). */
export interface PromptVariant {
  style: string;
  zh: string;
  prompt: string;
}

/** A message for the user in both languages. */
export interface Notice {
  message: string;
  messageZh: string;
}

/** What an expansion returns, from the LLM or the offline expander. */
export interface ExpandResult {
  prompt: string;
  negative: string;
  tags: ExpandedTag[];
  source: "llm" | "offline";
  variants?: PromptVariant[];
  /** Fragments of the input nothing could read (offline: not in the dictionary). */
  unknown?: string[];
  /** Why this source answered and how to connect an LLM (offline), or that the reply was cut short. */
  notice?: Notice;
}

/** One request to expand. */
export interface ExpandRequest {
  text: string;
  mode: ExpandMode;
  /** Chooses among fitting details offline; the same seed gives the same result. */
  seed?: number;
}

/** One line of POST /api/expand's NDJSON stream. */
export type ExpandEvent =
  | { type: "start"; source: "llm" | "offline"; model?: string; notice?: Notice }
  | { type: "tag"; tag: ExpandedTag }
  | { type: "done"; result: ExpandResult }
  | { type: "error"; error: { code: string; message: string; messageZh: string }; partial?: ExpandResult };
