import { z } from "zod";
import { RENDER_LIMITS } from "@/lib/render/render-limits";
import { imageBytesSchema, img2imgShape, renderParamsShape } from "@/lib/render/render-request-schema";

const MAX_BASE64_CHARS = Math.ceil(RENDER_LIMITS.maxImageBytes / 3) * 4 + 200;

/** The largest POST /api/render body: a 20 MB image in base64 and the rest. */
export const MAX_RENDER_BODY_BYTES = MAX_BASE64_CHARS + 200_000;

// The img2img image travels as base64 (a data: URL is fine too).
const base64ImageSchema = z.string()
  .max(MAX_BASE64_CHARS, `the img2img image is larger than ${RENDER_LIMITS.maxImageBytes / 1024 / 1024} MB`)
  .transform((text) => text.replace(/^data:[^,]*,/, ""))
  .refine((text) => /^[A-Za-z0-9+/=\s]*$/.test(text), "the img2img image is not valid base64")
  .transform((text) => new Uint8Array(Buffer.from(text, "base64")))
  .pipe(imageBytesSchema);

/** POST /api/render's body: a render request with the img2img image in base64. */
export const renderBodySchema = z.object({ ...renderParamsShape, img2img: z.object(img2imgShape(base64ImageSchema)).optional() });
