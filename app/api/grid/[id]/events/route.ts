import { currentUser } from "@/lib/auth/current-user.server";
import { getGridRunner } from "@/lib/grid/grid-runner.server";
import { isFinalGridState } from "@/lib/grid/grid-state";
import { rawRoute } from "@/lib/http/json-route";
import { sseResponse } from "@/lib/http/sse-response";

export const dynamic = "force-dynamic";

/** GET /api/grid/<id>/events → text/event-stream of `state` events (the whole grid state on every change) until it ends. */
export const GET = rawRoute(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const runner = getGridRunner();
  const viewer = await currentUser(request);
  runner.state(id, viewer);
  return sseResponse((send, end) => runner.subscribe(id, (state) => {
    send("state", state);
    if (isFinalGridState(state)) end();
  }, viewer), { signal: request.signal });
});
