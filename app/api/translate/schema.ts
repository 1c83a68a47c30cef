import { z } from "zod";

export const translateSchema = z.object({
  text: z.string().max(100_000),
  direction: z.enum(["zh-en", "en-zh"]).default("zh-en"),
});
