import { z } from "zod";

const paramValue = z.union([z.string().max(5000), z.number(), z.boolean()]);

/** What a user saves as a card. `image` is an optional preview as base64 (PNG, JPEG or WebP). */
export const cardInputSchema = z.object({
  title: z.string().trim().min(1, "a card needs a title").max(200),
  prompt: z.string().max(20_000),
  negative: z.string().max(20_000).default(""),
  params: z.record(z.string().max(100), paramValue).default({}),
  tags: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
  image: z.string().max(14_000_000, "the preview image is larger than 10 MB").optional(),
  unlisted: z.boolean().default(false),
  /** Team mode: who may open it (default "team"); the single-user default shares by link. */
  visibility: z.enum(["link", "team", "private"]).optional(),
});

export type CardInput = z.infer<typeof cardInputSchema>;

/** A saved card as the app shows it (the image is served separately). */
export interface Card {
  slug: string;
  title: string;
  prompt: string;
  negative: string;
  params: Record<string, string | number | boolean>;
  tags: string[];
  hasImage: boolean;
  unlisted: boolean;
  /** Who may open it: anyone with the link, signed-in team members, or its owner and admins. */
  visibility: "link" | "team" | "private";
  /** Whether the one asking may edit or delete it (the browser or user that saved it, or a team admin). */
  mine: boolean;
  createdAt: string;
  updatedAt: string;
}

/** The portable JSON form of a card (export and import). */
export const cardJsonSchema = z.object({
  format: z.literal("prompt-studio-card"),
  version: z.literal(1),
  title: cardInputSchema.shape.title,
  prompt: cardInputSchema.shape.prompt,
  negative: cardInputSchema.shape.negative,
  params: cardInputSchema.shape.params,
  tags: cardInputSchema.shape.tags,
});

export type CardJson = z.infer<typeof cardJsonSchema>;

/** A card's export JSON. */
export function toCardJson(card: Card): CardJson {
  return { format: "prompt-studio-card", version: 1, title: card.title, prompt: card.prompt, negative: card.negative, params: card.params, tags: card.tags };
}

const SLUG_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** A random 10-character public id (about 59 bits). */
export function newSlug(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(10));
  return Array.from(bytes, (b) => SLUG_ALPHABET[b % 62]).join("");
}

/** Generation parameters in A1111's order for the infotext line ("Size" joined back from Size-1/Size-2). */
export function infotextParams(params: Card["params"]): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  const order = ["Steps", "Sampler", "Schedule type", "CFG scale", "Seed", "Size", "Model hash", "Model", "Denoising strength", "Clip skip"];
  const size = params["Size-1"] !== undefined && params["Size-2"] !== undefined ? `${params["Size-1"]}x${params["Size-2"]}` : params.Size;
  const all: Record<string, string | number | boolean> = { ...params, ...(size !== undefined ? { Size: size } : {}) };
  delete all["Size-1"];
  delete all["Size-2"];
  for (const key of order) if (all[key] !== undefined && all[key] !== "") out[key] = all[key];
  for (const [key, value] of Object.entries(all)) if (!(key in out) && value !== "") out[key] = value;
  return out;
}
