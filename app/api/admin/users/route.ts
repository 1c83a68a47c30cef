import { z } from "zod";
import { requireTeamAdmin } from "@/lib/auth/current-user.server";
import { addUser, listUsers } from "@/lib/auth/users.server";
import { jsonRoute } from "@/lib/http/json-route";
import { addUserSchema } from "./schema";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** GET /api/admin/users → {users: [{id, email, name, role, disabled, maxWaitingJobs, imagesPerHour, createdAt}]} (team admins). */
export const GET = jsonRoute(z.object({}), async (_, request) => {
  await requireTeamAdmin(request);
  return { users: await listUsers() };
}, { from: "query" });

/** POST /api/admin/users {email, name?, role?, password} → the new account; 409 when the email is taken. */
export const POST = jsonRoute(addUserSchema, async (input, request) => {
  await requireTeamAdmin(request);
  return addUser(input);
});
