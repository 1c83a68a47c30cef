import { headers } from "next/headers";
import { cache } from "react";
import { viewerOf } from "@/lib/auth/viewer.server";
import { getCard } from "@/lib/cards/cards.server";
import { AppError } from "@/lib/errors";

/** Who is looking at a share page (worked out once per request). */
export const pageViewer = cache(async () => viewerOf({ headers: await headers() }));

/** The card for a share page as the visitor may see it, or null when it does not exist for them (read once per request). */
export const loadCard = cache(async (slug: string) => {
  try {
    return await getCard(slug, await pageViewer());
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") return null;
    throw error;
  }
});
