import "server-only";
import { ImageResponse } from "next/og";
import type { Card } from "@/lib/cards/card";
import { imageMimeType } from "@/lib/cards/preview-image";
import { CardImageLayout } from "./card-image-layout";

export const CARD_IMAGE_SIZE = { width: 1200, height: 630 };

/** Renders the card picture (PNG bytes) with its preview image, if any, inlined. */
export async function renderCardImage(card: Card, preview: Uint8Array | null): Promise<Uint8Array> {
  const mime = preview ? imageMimeType(preview) : null;
  const src = preview && mime && mime !== "image/webp" ? `data:${mime};base64,${Buffer.from(preview).toString("base64")}` : null;
  const response = new ImageResponse(<CardImageLayout card={card} preview={src} />, CARD_IMAGE_SIZE);
  return new Uint8Array(await response.arrayBuffer());
}
