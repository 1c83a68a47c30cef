import { z } from "zod";
import { viewerOf } from "@/lib/auth/viewer.server";
import { jsonRoute } from "@/lib/http/json-route";
import { deleteStyle, listStyles, saveStyle, updateStyle } from "@/lib/styles/styles.server";
import { deleteStyleSchema, styleSchema, updateStyleSchema } from "./schema";

/** GET /api/styles → {styles} (team mode: each with mine and visibility). */
export const GET = jsonRoute(z.object({}), async (_, request) => ({ styles: await listStyles(await viewerOf(request)) }), { from: "query" });

/** POST /api/styles {name, prompt, negative, visibility?} → the saved style (team mode: 403 for another member's name). */
export const POST = jsonRoute(styleSchema, async (style, request) => saveStyle(style, await viewerOf(request)));

/** PATCH /api/styles {name, changes: {name?, prompt?, negative?, visibility?}} → the style as saved (rename, edit). */
export const PATCH = jsonRoute(updateStyleSchema, async ({ name, changes }, request) => updateStyle(name, changes, await viewerOf(request)));

/** DELETE /api/styles?name=… (team mode: its owner or an admin). */
export const DELETE = jsonRoute(deleteStyleSchema, async ({ name }, request) => {
  await deleteStyle(name, await viewerOf(request));
  return { deleted: name };
}, { from: "query" });
