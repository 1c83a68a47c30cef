import { requireTeamAdmin } from "@/lib/auth/current-user.server";
import { updateUser } from "@/lib/auth/users.server";
import { jsonRoute } from "@/lib/http/json-route";
import { changeUserSchema } from "../schema";

export const runtime = "nodejs";

type Context = { params: Promise<{ id: string }> };

/** PATCH /api/admin/users/<id> {name?, role?, password?, disabled?, maxWaitingJobs?, imagesPerHour?} → the account (team admins). */
export const PATCH = jsonRoute(changeUserSchema, async (change, request, { params }: Context) => {
  await requireTeamAdmin(request);
  return updateUser((await params).id, change);
});
