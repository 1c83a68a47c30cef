import { requireUser } from "@/lib/auth/current-user.server";
import { setFavorite } from "@/lib/dictionary/store.server";
import { setUserFavorite } from "@/lib/dictionary/user-favorites.server";
import { jsonRoute } from "@/lib/http/json-route";
import { favoriteSchema } from "./schema";

/** POST /api/dictionary/favorites {tag, favorite} → {tag, favorite} (team mode: the user's own stars). */
export const POST = jsonRoute(favoriteSchema, async ({ tag, favorite }, request) => {
  const user = await requireUser(request);
  if (user) await setUserFavorite(user.id, tag, favorite);
  else await setFavorite(tag, favorite);
  return { tag, favorite };
});
