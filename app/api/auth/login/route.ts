import { startSession } from "@/lib/auth/session";
import { verifyOperatorSecret } from "@/lib/auth/password.server";
import { verifyLogin } from "@/lib/auth/users.server";
import { AppError } from "@/lib/errors";
import { jsonRoute } from "@/lib/http/json-route";
import { getSecurityPolicy, servedOverHttps } from "@/lib/security/server-policy";
import { signInSchema } from "./schema";

export const runtime = "nodejs";

/**
 * POST /api/auth/login {secret} (a server shared by its access secret) or {email, password} (team mode) →
 * {signedIn: true} with the session cookie; 401 for a wrong secret or password (the same answer for an unknown email).
 */
export const POST = jsonRoute(signInSchema, async (body, request) => {
  const policy = getSecurityPolicy();
  if (policy.secret === null) throw new AppError("not_found", "Sign-in is off: this server has no access secret and serves this machine only.", "未启用登录：本服务器没有设置访问密钥，只供本机使用。");
  const response = Response.json({ signedIn: true });
  if (policy.team) {
    if (!("email" in body)) throw new AppError("invalid_input", "Sign in with your email and password.", "请用邮箱和密码登录。");
    const user = await verifyLogin(body.email, body.password);
    if (!user) throw new AppError("unauthorized", "Wrong email or password (or the account is disabled).", "邮箱或密码错误（或账号已停用）。");
    await startSession(request, response, policy.secret, servedOverHttps(request), user);
    return response;
  }
  if (!("secret" in body) || !(await verifyOperatorSecret(body.secret, policy.secret))) throw new AppError("unauthorized", "That is not the access secret.", "访问密钥不正确。");
  await startSession(request, response, policy.secret, servedOverHttps(request));
  return response;
});
