import { REPLY_CATEGORIES } from "./reply-schema";
import type { ExpandMode } from "./types";

/** One chat message in the OpenAI chat-completions shape. */
export interface ChatMessage {
  role: "system" | "user";
  content: string;
}

const ROLE = "You are an expert Stable Diffusion prompt writer and a creative illustrator.";
const TAGS = "Tags are English words or short phrases as Stable Diffusion and danbooru use them (lower case, e.g. \"1girl\", \"long hair\", \"sitting in cafe\"), never sentences. Give every tag its Simplified Chinese name.";
const ORDER = "Order the tags: subject, appearance (hair, eyes, expression), clothing, pose, scene and background details, lighting, camera and composition, quality and style.";
const SHAPE = `Answer with one JSON object and nothing else, no prose, no code fence: {"tags":[{"tag":"1girl","zh":"一个女孩","category":"subject"}],"negative":["lowres","bad anatomy"]}. Categories: ${REPLY_CATEGORIES.join(", ")}.`;

const INSTRUCTIONS: Record<ExpandMode, string> = {
  expand: [
    "Turn the user's short scene (Chinese or English) into a detailed illustration description as tags.",
    "Keep everything the user asked for and add at least 5 details they did not give, only those that fit the subject:",
    "for a person hair, eyes, expression, clothing, pose; for an animal fur and pose; never clothing for a landscape;",
    "then background details, lighting, camera, quality (masterpiece, best quality) and one style. 15 to 30 tags.",
    "Suggest a short negative prompt that fits.",
  ].join(" "),
  refine: [
    "The user gives an existing Stable Diffusion prompt. Keep every tag they wrote, with its weight syntax exactly as written",
    "(e.g. \"(blue eyes:1.2)\", \"[a:b:10]\", \"<lora:x:0.8>\"), translate any non-English fragment,",
    "add the details that are missing, and drop exact duplicates. Suggest a short negative prompt that fits.",
  ].join(" "),
  translate: [
    "Translate the user's text into English tags, one tag per fragment, adding nothing.",
    "Fragments that are already English tags stay as written, weights included. The negative list stays empty.",
  ].join(" "),
  variants: [
    "The user gives a prompt or a scene. List its content as tags (without style tags), then write 3 variants of the",
    "whole prompt in clearly different styles (for example anime illustration, photorealistic photograph, watercolor,",
    "oil painting, 3d render, chinese ink painting), each a complete comma-separated English prompt with fitting",
    "quality, lighting and style tags. Add \"variants\":[{\"style\":\"...\",\"zh\":\"...\",\"prompt\":\"...\"}] to the object.",
  ].join(" "),
};

/**
 * The chat messages for one request: a system prompt for the mode and the user's text as it was typed.
 * @example buildMessages("expand", "女孩坐在咖啡馆")[1] // { role: "user", content: "女孩坐在咖啡馆" }
 */
export function buildMessages(mode: ExpandMode, text: string): ChatMessage[] {
  return [
    { role: "system", content: [ROLE, INSTRUCTIONS[mode], TAGS, ORDER, SHAPE].join("\n\n") },
    { role: "user", content: text },
  ];
}
