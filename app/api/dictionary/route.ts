import { loadExplicitRules } from "@/lib/dictionary/completion-data.server";
import { isExplicit } from "@/lib/dictionary/rules";
import { searchDictionary } from "@/lib/dictionary/search";
import { getDictionary } from "@/lib/dictionary/store.server";
import { userFavorites, withFavorites } from "@/lib/dictionary/user-favorites.server";
import { requireUser } from "@/lib/auth/current-user.server";
import { jsonRoute } from "@/lib/http/json-route";
import { getContentSettings } from "@/lib/settings/content-settings.server";
import { searchQuerySchema } from "./schema";

/** GET /api/dictionary?q=&category=&limit= → {results} best first (explicit tags only when shown; team mode: the user's stars), plus the category sizes. */
export const GET = jsonRoute(searchQuerySchema, async ({ q, category, limit }, request) => {
  const [dict, { showExplicit }, user] = await Promise.all([getDictionary(), getContentSettings(), requireUser(request)]);
  const rules = loadExplicitRules();
  const hide = showExplicit ? undefined : (entry: { tag: string }) => isExplicit(rules, entry.tag);
  const results = searchDictionary(dict, q, { category, limit, hide });
  // Team mode: the shared entries carry no stars; each member's own come from their favourites.
  return { results: user ? withFavorites(results, await userFavorites(user.id)) : results, categories: Object.fromEntries(dict.categories) };
}, { from: "query" });
