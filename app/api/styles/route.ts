import { jsonRoute } from "@/lib/http/json-route";
import { deleteStyle, listStyles, saveStyle } from "@/lib/styles/styles.server";
import { z } from "zod";
import { deleteStyleSchema, styleSchema } from "./schema";

/** GET /api/styles → {styles}. */
export const GET = jsonRoute(z.object({}), async () => ({ styles: await listStyles() }), { from: "query" });

/** POST /api/styles {name, prompt, negative} → the saved style. */
export const POST = jsonRoute(styleSchema, (style) => saveStyle(style));

/** DELETE /api/styles?name=… */
export const DELETE = jsonRoute(deleteStyleSchema, async ({ name }) => {
  await deleteStyle(name);
  return { deleted: name };
}, { from: "query" });
