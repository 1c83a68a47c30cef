import { z } from "zod";

export const contentSettingsSchema = z.strictObject({ showExplicit: z.boolean() });
