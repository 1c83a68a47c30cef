import { getDictionary } from "@/lib/dictionary/store.server";
import { translatePrompt } from "@/lib/dictionary/translate";
import { jsonRoute } from "@/lib/http/json-route";
import { translateSchema } from "./schema";

/** POST /api/translate {text, direction} → {text, tags: [{source, target, known}], unknown}. */
export const POST = jsonRoute(translateSchema, async ({ text, direction }) => translatePrompt(await getDictionary(), text, direction));
