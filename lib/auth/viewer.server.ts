import "server-only";
import { readOwnerId } from "../cards/card-owner";
import { currentUser, teamMode } from "./current-user.server";
import type { Viewer } from "./viewer";

/**
 * Who a request comes from: in team mode the signed-in user (id null when signed out: a shared link's visitor);
 * otherwise the browser's owner id. Route handlers and pages (pass `{ headers: await headers() }`) use the same.
 */
export async function viewerOf(request: Pick<Request, "headers">): Promise<Viewer> {
  if (!teamMode()) return { id: readOwnerId(request), admin: false, team: false };
  const user = await currentUser(request);
  return { id: user?.id ?? null, admin: user?.role === "admin", team: true };
}
