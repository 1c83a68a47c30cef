import { z } from "zod";

/** The operator's access secret (single-user server shared by secret) or, in team mode, an account's email and password. */
export const signInSchema = z.union([
  z.object({ secret: z.string().min(1, "enter the access secret").max(1000) }),
  z.object({ email: z.string().min(1, "enter your email").max(320), password: z.string().min(1, "enter your password").max(1000) }),
]);
