import { rawRoute } from "@/lib/http/json-route";
import { getRenderQueue } from "@/lib/render/queue.server";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** GET /api/render/<id> → {status, position, images}. */
export const GET = rawRoute(async (_, { params }: Context) => Response.json(getRenderQueue().status((await params).id)));

/** DELETE /api/render/<id> cancels a waiting or running render → {status}. */
export const DELETE = rawRoute(async (_, { params }: Context) => Response.json(getRenderQueue().cancel((await params).id)));
