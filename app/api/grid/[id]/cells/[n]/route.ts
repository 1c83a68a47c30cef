import { currentUser } from "@/lib/auth/current-user.server";
import { AppError } from "@/lib/errors";
import { getGridRunner } from "@/lib/grid/grid-runner.server";
import { rawRoute } from "@/lib/http/json-route";

export const dynamic = "force-dynamic";

/** GET /api/grid/<id>/cells/<n> → cell n (from 0, row by row) as the PNG its backend made, with its own infotext. */
export const GET = rawRoute(async (request, { params }: { params: Promise<{ id: string; n: string }> }) => {
  const { id, n } = await params;
  if (!/^\d{1,3}$/.test(n)) throw new AppError("not_found", "This cell does not exist.", "这一格不存在。");
  const png = getGridRunner().cellImage(id, Number(n), await currentUser(request));
  return new Response(new Uint8Array(png), {
    headers: { "content-type": "image/png", "cache-control": "private, max-age=3600", "content-disposition": `inline; filename="grid-${id.slice(0, 8)}-${n}.png"` },
  });
});
