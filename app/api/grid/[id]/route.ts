import { currentUser } from "@/lib/auth/current-user.server";
import { getGridRunner } from "@/lib/grid/grid-runner.server";
import { rawRoute } from "@/lib/http/json-route";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** GET /api/grid/<id> → the grid's state. */
export const GET = rawRoute(async (request, { params }: Context) => Response.json(getGridRunner().state((await params).id, await currentUser(request))));

/** DELETE /api/grid/<id> cancels every cell not finished yet → the grid's state. */
export const DELETE = rawRoute(async (request, { params }: Context) => Response.json(getGridRunner().cancel((await params).id, await currentUser(request))));
