import { cache } from "react";
import { getCard } from "@/lib/cards/cards.server";
import { AppError } from "@/lib/errors";

/** The card for a share page, or null when it does not exist (read once per request). */
export const loadCard = cache(async (slug: string) => {
  try {
    return await getCard(slug);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") return null;
    throw error;
  }
});
