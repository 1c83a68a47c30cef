import { toCardJson } from "@/lib/cards/card";
import { withCardInfotext } from "@/lib/cards/card-png.server";
import { getCard, getCardImage } from "@/lib/cards/cards.server";
import { renderCardImage } from "@/components/cards/render-card-image";
import { rawRoute } from "@/lib/http/json-route";
import { viewerOf } from "@/lib/auth/viewer.server";

export const runtime = "nodejs";

/** GET /api/cards/<slug>/export?format=json|png → the card as portable JSON, or as a PNG carrying A1111 "parameters". */
export const GET = rawRoute(async (request, { params }: { params: Promise<{ slug: string }> }) => {
  const viewer = await viewerOf(request);
  const card = await getCard((await params).slug, viewer);
  const name = card.title.replace(/[^\p{L}\p{N}_-]+/gu, "_").slice(0, 60) || "card";
  if (new URL(request.url).searchParams.get("format") === "png") {
    const png = withCardInfotext(await renderCardImage(card, await getCardImage(card.slug, viewer)), card);
    return new Response(new Uint8Array(png), { headers: { "content-type": "image/png", "content-disposition": `attachment; filename="${encodeURIComponent(name)}.png"` } });
  }
  return new Response(JSON.stringify(toCardJson(card), null, 2), {
    headers: { "content-type": "application/json; charset=utf-8", "content-disposition": `attachment; filename="${encodeURIComponent(name)}.json"` },
  });
});
