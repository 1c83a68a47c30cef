import { z } from "zod";
import { promptTextSchema } from "@/lib/prompt/prompt-text-schema";

export const formatRequestSchema = z.object({ prompt: promptTextSchema });
