import "server-only";
import type { Card } from "@/lib/cards/card";
import { fitPreview } from "@/lib/cards/card-preview.server";
import { imageFontsFor } from "@/lib/fonts/cjk-font.server";
import { renderPng } from "../image-text/render-png";
import { CARD_PREVIEW_BOX, CardImageLayout, cardImageTexts } from "./card-image-layout";

export const CARD_IMAGE_SIZE = { width: 1200, height: 630 };

/**
 * Renders the card picture (PNG bytes) with its preview image, if any, at its own aspect ratio. Text in any language
 * the bundled Noto Sans SC holds is drawn; nothing is fetched at run time.
 */
export async function renderCardImage(card: Card, preview: Uint8Array | null): Promise<Uint8Array> {
  const fitted = await fitPreview(preview, CARD_PREVIEW_BOX);
  const { fonts, texts } = imageFontsFor(Object.values(cardImageTexts(card, fitted !== null)));
  const [title, prompt, negative, params] = texts;
  return renderPng(<CardImageLayout texts={{ title, prompt, negative, params }} preview={fitted} />, CARD_IMAGE_SIZE, fonts);
}
