import { currentUser } from "@/lib/auth/current-user.server";
import { getGridRunner } from "@/lib/grid/grid-runner.server";
import { jsonRoute } from "@/lib/http/json-route";
import { gridBodySchema } from "./schema";

export const dynamic = "force-dynamic";

/**
 * POST /api/grid {base: render params (seed -1 picks one for every cell), x: axis, y?: axis, locale?} → the grid's
 * state {id, status, columns, rows, labels, cells, estimateSeconds}; follow it at /api/grid/<id>/events.
 * An axis is {kind: "weight", target, values} (0 removes the tag), {kind: "toggle", target}, or {kind: "sampler" |
 * "cfg" | "steps", values}; a target is {field: "prompt" | "negative", tag} (a chip) or {field, start, end} (a selection).
 */
export const POST = jsonRoute(gridBodySchema, async ({ locale, ...spec }, request) => getGridRunner().start(spec, locale, await currentUser(request)));
