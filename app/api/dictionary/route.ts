import { searchDictionary } from "@/lib/dictionary/search";
import { getDictionary } from "@/lib/dictionary/store.server";
import { jsonRoute } from "@/lib/http/json-route";
import { searchQuerySchema } from "./schema";

/** GET /api/dictionary?q=&category=&limit= → {results} best first, plus the category sizes. */
export const GET = jsonRoute(searchQuerySchema, async ({ q, category, limit }) => {
  const dict = await getDictionary();
  return { results: searchDictionary(dict, q, { category, limit }), categories: Object.fromEntries(dict.categories) };
}, { from: "query" });
