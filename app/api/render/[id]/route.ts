import { currentUser } from "@/lib/auth/current-user.server";
import { rawRoute } from "@/lib/http/json-route";
import { getRenderQueue } from "@/lib/render/queue.server";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** GET /api/render/<id> → {status, position, images} (in team mode: the owner's and admins' only, 404 otherwise). */
export const GET = rawRoute(async (request, { params }: Context) => Response.json(await getRenderQueue().status((await params).id, await currentUser(request))));

/** DELETE /api/render/<id> cancels a waiting or running render → {status}. */
export const DELETE = rawRoute(async (request, { params }: Context) => Response.json(await getRenderQueue().cancel((await params).id, await currentUser(request))));
