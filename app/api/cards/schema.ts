import { z } from "zod";

export const listCardsSchema = z.object({
  q: z.string().max(500).optional(),
  tag: z.string().max(40).optional(),
  unlisted: z.enum(["1", "0"]).optional(),
});

export const updateCardSchema = z.object({
  title: z.string().trim().min(1).max(200).optional(),
  tags: z.array(z.string().trim().min(1).max(40)).max(20).optional(),
  unlisted: z.boolean().optional(),
  visibility: z.enum(["link", "team", "private"]).optional(),
});
