import { setFavorite } from "@/lib/dictionary/store.server";
import { jsonRoute } from "@/lib/http/json-route";
import { favoriteSchema } from "./schema";

/** POST /api/dictionary/favorites {tag, favorite} → {tag, favorite}. */
export const POST = jsonRoute(favoriteSchema, async ({ tag, favorite }) => {
  await setFavorite(tag, favorite);
  return { tag, favorite };
});
