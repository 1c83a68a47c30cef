import type { ExpandMode } from "./types";

/** The categories the model is asked to file tags under, in prompt order. */
export const REPLY_CATEGORIES = ["subject", "appearance", "clothing", "pose", "scene", "lighting", "camera", "color-effects", "quality", "style"] as const;

const tagSchema = {
  type: "object",
  properties: {
    tag: { type: "string", description: "English Stable Diffusion tag, lower case, no weight" },
    zh: { type: "string", description: "Simplified Chinese name" },
    category: { type: "string", enum: [...REPLY_CATEGORIES] },
  },
  required: ["tag", "zh", "category"],
  additionalProperties: false,
};

const variantSchema = {
  type: "object",
  properties: {
    style: { type: "string", description: "Style name in English" },
    zh: { type: "string", description: "Style name in Simplified Chinese" },
    prompt: { type: "string", description: "The whole English prompt in this style, comma-separated" },
  },
  required: ["style", "zh", "prompt"],
  additionalProperties: false,
};

/**
 * The JSON schema of the structured reply (OpenAI `response_format: json_schema`, strict): tags with their Chinese
 * name and category, a suggested negative prompt, and for mode "variants" three styled prompts.
 * @example replySchema("expand").schema.required // ["tags", "negative"]
 */
export function replySchema(mode: ExpandMode): { name: string; strict: true; schema: Record<string, unknown> } {
  const properties: Record<string, unknown> = {
    tags: { type: "array", items: tagSchema },
    negative: { type: "array", items: { type: "string" }, description: "Suggested negative prompt tags" },
  };
  if (mode === "variants") properties.variants = { type: "array", items: variantSchema, minItems: 3, maxItems: 3 };
  return {
    name: "prompt_tags",
    strict: true,
    schema: { type: "object", properties, required: Object.keys(properties), additionalProperties: false },
  };
}
