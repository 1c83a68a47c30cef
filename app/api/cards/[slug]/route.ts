import { z } from "zod";
import { deleteCard, getCard, updateCard } from "@/lib/cards/cards.server";
import { jsonRoute } from "@/lib/http/json-route";
import { updateCardSchema } from "../schema";

type Context = { params: Promise<{ slug: string }> };

/** GET /api/cards/<slug> → the card. */
export const GET = jsonRoute(z.object({}), async (_, __, { params }: Context) => getCard((await params).slug), { from: "query" });

/** PATCH /api/cards/<slug> {title?, tags?, unlisted?} → the card. */
export const PATCH = jsonRoute(updateCardSchema, async (changes, _, { params }: Context) => updateCard((await params).slug, changes));

/** DELETE /api/cards/<slug>: the share link answers 404 afterwards. */
export const DELETE = jsonRoute(z.object({}), async (_, __, { params }: Context) => {
  const { slug } = await params;
  await deleteCard(slug);
  return { deleted: slug };
}, { from: "query" });
