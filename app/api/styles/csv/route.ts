import { viewerOf } from "@/lib/auth/viewer.server";
import { jsonRoute, rawRoute } from "@/lib/http/json-route";
import { formatStylesCsv, parseStylesCsv } from "@/lib/styles/styles";
import { importStyles, listStyles } from "@/lib/styles/styles.server";
import { importStylesSchema } from "../schema";

/** GET /api/styles/csv → A1111's styles.csv of every style the asker sees. */
export const GET = rawRoute(async (request) =>
  new Response(formatStylesCsv(await listStyles(await viewerOf(request))), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": 'attachment; filename="styles.csv"' },
  }));

/** POST /api/styles/csv {csv} → {imported}: all styles of an A1111 styles.csv, or none if it is malformed (or names another member's style). */
export const POST = jsonRoute(importStylesSchema, async ({ csv }, request) => ({ imported: await importStyles(parseStylesCsv(csv), await viewerOf(request)) }));
