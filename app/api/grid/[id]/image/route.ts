import { currentUser } from "@/lib/auth/current-user.server";
import { getGridRunner } from "@/lib/grid/grid-runner.server";
import { rawRoute } from "@/lib/http/json-route";

export const dynamic = "force-dynamic";

/** GET /api/grid/<id>/image → the labelled grid PNG, its infotext describing the grid. */
export const GET = rawRoute(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const png = getGridRunner().gridImage(id, await currentUser(request));
  return new Response(new Uint8Array(png), {
    headers: { "content-type": "image/png", "cache-control": "private, max-age=3600", "content-disposition": `inline; filename="grid-${id.slice(0, 8)}.png"` },
  });
});
