import { currentUser } from "@/lib/auth/current-user.server";
import { guarded } from "@/lib/security/guard-route";
import { jsonRoute } from "@/lib/http/json-route";
import { getRenderQueue } from "@/lib/render/queue.server";
import { MAX_RENDER_BODY_BYTES, renderBodySchema } from "./schema";

export const dynamic = "force-dynamic";

/**
 * POST /api/render {prompt, negative?, sampler?, steps?, cfgScale?, seed?, subseed?, subseedStrength?, width?, height?,
 * batchCount?, batchSize?, noiseSource?, model?, img2img?: {image (base64), resizeMode?, denoisingStrength?}}
 * → {jobId, position}; 429 "busy, position N" when the line is full (in team mode: the user's waiting jobs), or
 * "rate_limited" past the user's images per hour. Follow it at /api/render/<jobId>/events.
 */
export const POST = guarded(jsonRoute(renderBodySchema, async (body, request) => getRenderQueue().submit(body, await currentUser(request)), { maxBytes: MAX_RENDER_BODY_BYTES }));
