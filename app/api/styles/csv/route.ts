import { jsonRoute, rawRoute } from "@/lib/http/json-route";
import { formatStylesCsv, parseStylesCsv } from "@/lib/styles/styles";
import { importStyles, listStyles } from "@/lib/styles/styles.server";
import { importStylesSchema } from "../schema";

/** GET /api/styles/csv → A1111's styles.csv of every saved style. */
export const GET = rawRoute(async () =>
  new Response(formatStylesCsv(await listStyles()), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": 'attachment; filename="styles.csv"' },
  }));

/** POST /api/styles/csv {csv} → {imported}: all styles of an A1111 styles.csv, or none if it is malformed. */
export const POST = jsonRoute(importStylesSchema, async ({ csv }) => ({ imported: await importStyles(parseStylesCsv(csv)) }));
