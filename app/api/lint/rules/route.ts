import { z } from "zod";
import { jsonRoute } from "@/lib/http/json-route";
import { getLintData } from "@/lib/lint/load-lint-data.server";

/** GET /api/lint/rules → the prompt lint's data (conflict groups, aliases, subject and quality tags), for the editor. */
export const GET = jsonRoute(z.object({}), () => getLintData(), { from: "query" });
