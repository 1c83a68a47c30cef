import { z } from "zod";
import { getDictionary } from "@/lib/dictionary/store.server";
import { glossTag } from "@/lib/dictionary/translate";
import { jsonRoute } from "@/lib/http/json-route";

/** POST /api/gloss {tags: [...]} → {glosses: [中文 | null, ...]} in the same order: the Chinese under each chip. */
export const POST = jsonRoute(z.object({ tags: z.array(z.string().max(2000)).max(1000) }), async ({ tags }) => {
  const dict = await getDictionary();
  return { glosses: tags.map((t) => glossTag(dict, t)) };
});
