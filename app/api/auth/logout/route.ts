import { z } from "zod";
import { endSession } from "@/lib/auth/session";
import { jsonRoute } from "@/lib/http/json-route";
import { getSecurityPolicy, servedOverHttps } from "@/lib/security/server-policy";

/** POST /api/auth/logout {} → {signedIn: false}, the session cookie cleared. */
export const POST = jsonRoute(z.object({}), async (_, request) => {
  const policy = getSecurityPolicy();
  const response = Response.json({ signedIn: false });
  if (policy.secret !== null) await endSession(request, response, policy.secret, servedOverHttps(request));
  return response;
});
