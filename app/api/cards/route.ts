import { cardInputSchema } from "@/lib/cards/card";
import { viewerOf } from "@/lib/auth/viewer.server";
import { createCard, listCards } from "@/lib/cards/cards.server";
import { jsonRoute } from "@/lib/http/json-route";
import { saveAsOwner } from "@/lib/cards/save-as-owner";
import { listCardsSchema } from "./schema";

/** POST /api/cards {title, prompt, negative, params, tags, image?, unlisted?, visibility?} → the card (its share link is /c/<slug>), owned by this browser (team mode: this user). */
export const POST = jsonRoute(cardInputSchema, (input, request) => saveAsOwner(request, (owner) => createCard(input, owner)));

/** GET /api/cards?q=&tag=&unlisted=1 → {cards} newest first; unlisted=1 adds this browser's own unlisted cards only. */
export const GET = jsonRoute(listCardsSchema, async ({ q, tag, unlisted }, request) =>
  ({ cards: await listCards({ q, tag, includeUnlisted: unlisted === "1", viewer: await viewerOf(request) }) }), { from: "query" });
