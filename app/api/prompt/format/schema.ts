import { z } from "zod";

export const formatRequestSchema = z.object({ prompt: z.string().max(100_000) });
