import { startSession } from "@/lib/auth/session";
import { verifyOperatorSecret } from "@/lib/auth/password.server";
import { AppError } from "@/lib/errors";
import { jsonRoute } from "@/lib/http/json-route";
import { getSecurityPolicy, servedOverHttps } from "@/lib/security/server-policy";
import { signInSchema } from "./schema";

export const runtime = "nodejs";

/** POST /api/auth/login {secret} → {signedIn: true} with the session cookie; 401 for a wrong secret. */
export const POST = jsonRoute(signInSchema, async ({ secret }, request) => {
  const policy = getSecurityPolicy();
  if (policy.secret === null) throw new AppError("not_found", "Sign-in is off: this server has no access secret and serves this machine only.", "未启用登录：本服务器没有设置访问密钥，只供本机使用。");
  if (!(await verifyOperatorSecret(secret, policy.secret))) throw new AppError("unauthorized", "That is not the access secret.", "访问密钥不正确。");
  const response = Response.json({ signedIn: true });
  await startSession(request, response, policy.secret, servedOverHttps(request));
  return response;
});
