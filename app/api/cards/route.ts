import { cardInputSchema } from "@/lib/cards/card";
import { createCard, listCards } from "@/lib/cards/cards.server";
import { jsonRoute } from "@/lib/http/json-route";
import { listCardsSchema } from "./schema";

/** POST /api/cards {title, prompt, negative, params, tags, image?, unlisted?} → the card (its share link is /c/<slug>). */
export const POST = jsonRoute(cardInputSchema, (input) => createCard(input));

/** GET /api/cards?q=&tag=&unlisted=1 → {cards} newest first. */
export const GET = jsonRoute(listCardsSchema, async ({ q, tag, unlisted }) => ({ cards: await listCards({ q, tag, includeUnlisted: unlisted === "1" }) }), { from: "query" });
