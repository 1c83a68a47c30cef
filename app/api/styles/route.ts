import { jsonRoute } from "@/lib/http/json-route";
import { deleteStyle, listStyles, saveStyle, updateStyle } from "@/lib/styles/styles.server";
import { z } from "zod";
import { deleteStyleSchema, styleSchema, updateStyleSchema } from "./schema";

/** GET /api/styles → {styles}. */
export const GET = jsonRoute(z.object({}), async () => ({ styles: await listStyles() }), { from: "query" });

/** POST /api/styles {name, prompt, negative} → the saved style. */
export const POST = jsonRoute(styleSchema, (style) => saveStyle(style));

/** PATCH /api/styles {name, changes: {name?, prompt?, negative?}} → the style as saved (rename, edit). */
export const PATCH = jsonRoute(updateStyleSchema, ({ name, changes }) => updateStyle(name, changes));

/** DELETE /api/styles?name=… */
export const DELETE = jsonRoute(deleteStyleSchema, async ({ name }) => {
  await deleteStyle(name);
  return { deleted: name };
}, { from: "query" });
