import { z } from "zod";
import { addHistory, listHistory } from "@/lib/history/history.server";
import { jsonRoute } from "@/lib/http/json-route";

/** POST /api/history {prompt, negative} → the saved entry (an unchanged pair is not saved twice). */
export const POST = jsonRoute(z.object({ prompt: z.string().max(100_000), negative: z.string().max(100_000).default("") }),
  ({ prompt, negative }) => addHistory(prompt, negative));

/** GET /api/history?q= → {items} newest first. */
export const GET = jsonRoute(z.object({ q: z.string().max(500).optional() }), async ({ q }) => ({ items: await listHistory(q) }), { from: "query" });
