import { z } from "zod";
import { RENDER_BACKEND_IDS } from "@/lib/render/render-settings";

const serverUrl = z.string().trim().max(500).refine((v) => /^https?:\/\/\S+$/i.test(v) && URL.canParse(v), "must be an http:// or https:// URL")
  .transform((v) => v.replace(/\/+$/, ""));

export const renderSettingsSchema = z.object({
  backend: z.enum(RENDER_BACKEND_IDS, { error: `backend must be one of: ${RENDER_BACKEND_IDS.join(", ")}` }).optional(),
  a1111Url: serverUrl.optional(),
  comfyUrl: serverUrl.optional(),
});
