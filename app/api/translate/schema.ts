import { z } from "zod";
import { promptTextSchema } from "@/lib/prompt/prompt-text-schema";

export const translateSchema = z.object({
  text: promptTextSchema,
  direction: z.enum(["zh-en", "en-zh"]).default("zh-en"),
});
