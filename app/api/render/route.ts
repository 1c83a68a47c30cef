import { guarded } from "@/lib/security/guard-route";
import { jsonRoute } from "@/lib/http/json-route";
import { getRenderQueue } from "@/lib/render/queue.server";
import { MAX_RENDER_BODY_BYTES, renderBodySchema } from "./schema";

export const dynamic = "force-dynamic";

/**
 * POST /api/render {prompt, negative?, sampler?, steps?, cfgScale?, seed?, subseed?, subseedStrength?, width?, height?,
 * batchCount?, batchSize?, noiseSource?, model?, img2img?: {image (base64), resizeMode?, denoisingStrength?}}
 * → {jobId, position}; 429 "busy, position N" when the line is full. Follow it at /api/render/<jobId>/events.
 */
export const POST = guarded(jsonRoute(renderBodySchema, (request) => getRenderQueue().submit(request), { maxBytes: MAX_RENDER_BODY_BYTES }));
