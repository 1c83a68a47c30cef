import { requireUser } from "@/lib/auth/current-user.server";
import { setFavorite } from "@/lib/dictionary/store.server";
import { setUserFavorite, userFavorites } from "@/lib/dictionary/user-favorites.server";
import { z } from "zod";
import { jsonRoute } from "@/lib/http/json-route";
import { favoriteSchema } from "./schema";

/** POST /api/dictionary/favorites {tag, favorite} → {tag, favorite} (team mode: the user's own stars). */
export const POST = jsonRoute(favoriteSchema, async ({ tag, favorite }, request) => {
  const user = await requireUser(request);
  if (user) await setUserFavorite(user.id, tag, favorite);
  else await setFavorite(tag, favorite);
  return { tag, favorite };
});

/**
 * GET /api/dictionary/favorites → {tags}: team mode, the member's starred tags (for autocomplete, whose shared index
 * carries no one's stars); the single-user default's stars are in the dictionary itself, so [] there.
 */
export const GET = jsonRoute(z.object({}), async (_, request) => {
  const user = await requireUser(request);
  return { tags: user ? [...(await userFavorites(user.id))].sort() : [] };
}, { from: "query" });
