import { requireUser } from "@/lib/auth/current-user.server";
import { AppError } from "@/lib/errors";
import { addRenders } from "@/lib/history/history.server";
import { jsonRoute } from "@/lib/http/json-route";
import { addRendersSchema, versionIdSchema } from "../../schema";

type Context = { params: Promise<{ id: string }> };

/** POST /api/history/<id>/renders {renders: [{seed, infotext, url}]} → the version with its renders. */
export const POST = jsonRoute(addRendersSchema, async ({ renders }, request, { params }: Context) => {
  const id = versionIdSchema.safeParse((await params).id);
  if (!id.success) throw new AppError("not_found", "This history version does not exist.", "该历史版本不存在。");
  return addRenders(id.data, renders, (await requireUser(request))?.id);
});
