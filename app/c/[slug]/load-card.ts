import { headers } from "next/headers";
import { cache } from "react";
import { viewerOf } from "@/lib/auth/viewer.server";
import { getCard } from "@/lib/cards/cards.server";
import { AppError } from "@/lib/errors";

/** The card for a share page as the visitor may see it, or null when it does not exist for them (read once per request). */
export const loadCard = cache(async (slug: string) => {
  try {
    return await getCard(slug, await viewerOf({ headers: await headers() }));
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") return null;
    throw error;
  }
});
