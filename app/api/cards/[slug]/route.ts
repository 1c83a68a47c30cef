import { z } from "zod";
import { viewerOf } from "@/lib/auth/viewer.server";
import { deleteCard, getCard, updateCard } from "@/lib/cards/cards.server";
import { jsonRoute } from "@/lib/http/json-route";
import { updateCardSchema } from "../schema";

type Context = { params: Promise<{ slug: string }> };

/** GET /api/cards/<slug> → the card. */
export const GET = jsonRoute(z.object({}), async (_, request, { params }: Context) => getCard((await params).slug, await viewerOf(request)), { from: "query" });

/** PATCH /api/cards/<slug> {title?, tags?, unlisted?, visibility?} → the card; 403 unless this browser (team mode: this user or an admin) saved it. */
export const PATCH = jsonRoute(updateCardSchema, async (changes, request, { params }: Context) => updateCard((await params).slug, changes, await viewerOf(request)));

/** DELETE /api/cards/<slug>: the share link answers 404 afterwards; 403 unless this browser (team mode: this user or an admin) saved it. */
export const DELETE = jsonRoute(z.object({}), async (_, request, { params }: Context) => {
  const { slug } = await params;
  await deleteCard(slug, await viewerOf(request));
  return { deleted: slug };
}, { from: "query" });
