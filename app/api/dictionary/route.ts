import { loadExplicitRules } from "@/lib/dictionary/completion-data.server";
import { isExplicit } from "@/lib/dictionary/rules";
import { searchDictionary } from "@/lib/dictionary/search";
import { getDictionary } from "@/lib/dictionary/store.server";
import { jsonRoute } from "@/lib/http/json-route";
import { getContentSettings } from "@/lib/settings/content-settings.server";
import { searchQuerySchema } from "./schema";

/** GET /api/dictionary?q=&category=&limit= → {results} best first (explicit tags only when shown), plus the category sizes. */
export const GET = jsonRoute(searchQuerySchema, async ({ q, category, limit }) => {
  const [dict, { showExplicit }] = await Promise.all([getDictionary(), getContentSettings()]);
  const rules = loadExplicitRules();
  const hide = showExplicit ? undefined : (entry: { tag: string }) => isExplicit(rules, entry.tag);
  return { results: searchDictionary(dict, q, { category, limit, hide }), categories: Object.fromEntries(dict.categories) };
}, { from: "query" });
