import { z } from "zod";

export const signInSchema = z.object({
  secret: z.string().min(1, "enter the access secret").max(1000),
});
