import { getGridRunner } from "@/lib/grid/grid-runner.server";
import { jsonRoute } from "@/lib/http/json-route";
import { gridBodySchema } from "../schema";

export const dynamic = "force-dynamic";

/** POST /api/grid/estimate (the body of POST /api/grid) → {images, columns, rows, seconds, measured}; starts nothing. */
export const POST = jsonRoute(gridBodySchema, ({ locale, ...spec }) => getGridRunner().estimate(spec, locale));
