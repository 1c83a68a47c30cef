import { getCardImage } from "@/lib/cards/cards.server";
import { imageMimeType } from "@/lib/cards/preview-image";
import { AppError } from "@/lib/errors";
import { rawRoute } from "@/lib/http/json-route";
import { viewerOf } from "@/lib/auth/viewer.server";

/** GET /api/cards/<slug>/image → the card's preview image. */
export const GET = rawRoute(async (request, { params }: { params: Promise<{ slug: string }> }) => {
  const viewer = await viewerOf(request);
  const image = await getCardImage((await params).slug, viewer);
  if (!image) throw new AppError("not_found", "This card has no preview image.", "这张卡片没有预览图。");
  return new Response(new Uint8Array(image), { headers: { "content-type": imageMimeType(image) ?? "application/octet-stream", "cache-control": viewer.team ? "private, max-age=3600" : "public, max-age=3600" } });
});
