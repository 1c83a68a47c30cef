import { CARD_IMAGE_SIZE, renderCardImage } from "@/components/cards/render-card-image";
import { getCardImage } from "@/lib/cards/cards.server";
import { loadCard, pageViewer } from "./load-card";

export const size = CARD_IMAGE_SIZE;
export const contentType = "image/png";
export const alt = "Prompt Studio card";

/** The share page's Open Graph / Twitter image: title, prompt, parameters and the preview. */
export default async function OpenGraphImage({ params }: { params: Promise<{ slug: string }> }) {
  const card = await loadCard((await params).slug);
  if (!card) return new Response("Not found", { status: 404 });
  const viewer = await pageViewer();
  const png = await renderCardImage(card, await getCardImage(card.slug, viewer));
  // Shared caches may keep only what anyone with the link may see.
  const shared = !viewer.team || card.visibility === "link";
  return new Response(new Uint8Array(png), { headers: { "content-type": "image/png", "cache-control": `${shared ? "public" : "private"}, max-age=600` } });
}
