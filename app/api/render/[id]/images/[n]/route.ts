import { currentUser } from "@/lib/auth/current-user.server";
import { AppError } from "@/lib/errors";
import { rawRoute } from "@/lib/http/json-route";
import { getRenderQueue } from "@/lib/render/queue.server";

export const dynamic = "force-dynamic";

/** GET /api/render/<id>/images/<n> → image n (from 0) of a finished render, a PNG with its generation data. */
export const GET = rawRoute(async (request, { params }: { params: Promise<{ id: string; n: string }> }) => {
  const { id, n } = await params;
  if (!/^\d{1,4}$/.test(n)) throw new AppError("not_found", "This image does not exist.", "该图片不存在。");
  const image = await getRenderQueue().image(id, Number(n), await currentUser(request));
  return new Response(new Uint8Array(image.png), {
    headers: { "content-type": "image/png", "cache-control": "private, max-age=3600", "content-disposition": `inline; filename="render-${image.seed}.png"` },
  });
});
