import { currentUser } from "@/lib/auth/current-user.server";
import { rawRoute } from "@/lib/http/json-route";
import { sseResponse } from "@/lib/http/sse-response";
import type { RenderEvent } from "@/lib/render/render-events";
import { isFinalRenderEvent } from "@/lib/render/render-events";
import { getRenderQueue } from "@/lib/render/queue.server";

export const dynamic = "force-dynamic";

/**
 * GET /api/render/<id>/events → text/event-stream: `queued` {position}, `progress` {step, steps, image, images,
 * etaSeconds, preview?}, then `done` {seed, images: [{index, seed, infotext, url}]} or `error` {error}; then it ends.
 * In team mode any web instance streams any job (to its owner and admins).
 */
export const GET = rawRoute(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const queue = getRenderQueue();
  const viewer = await currentUser(request);
  await queue.status(id, viewer);
  return sseResponse((send, end) => queue.subscribe(id, (event) => {
    send(event.type, withImageUrls(id, event));
    if (isFinalRenderEvent(event)) end();
  }, viewer), { signal: request.signal });
});

function withImageUrls(id: string, event: RenderEvent): RenderEvent {
  if (event.type !== "done") return event;
  return { ...event, images: event.images.map((image) => ({ ...image, url: `/api/render/${id}/images/${image.index}` })) };
}
