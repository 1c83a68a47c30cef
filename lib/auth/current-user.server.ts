import "server-only";
import { getSecurityPolicy } from "../security/server-policy";
import { AppError } from "../errors";
import type { SessionCheck } from "../security/request-guard";
import { readSession } from "./session";
import { userForSession, type UserSummary } from "./users.server";

/** The signed-in team member a request comes from. */
export type SessionUser = Pick<UserSummary, "id" | "email" | "name" | "role" | "maxWaitingJobs" | "imagesPerHour">;

/**
 * The user a request is signed in as: null outside team mode (the single-user default has no accounts) or without a
 * valid session. Reads the account each time, so a reset password or a disabled account takes effect at once.
 */
export async function currentUser(request: Pick<Request, "headers">): Promise<SessionUser | null> {
  const policy = getSecurityPolicy();
  if (!policy.team || policy.secret === null) return null;
  const session = await readSession(request, policy.secret);
  if (!session?.userId) return null;
  const user = await userForSession(session.userId, session.version ?? 0);
  return user && { id: user.id, email: user.email, name: user.name, role: user.role, maxWaitingJobs: user.maxWaitingJobs, imagesPerHour: user.imagesPerHour };
}

/** The request guard's check in team mode: the session's account is still active at the session's version. */
export const sessionStands: SessionCheck = async ({ userId, version }) => (await userForSession(userId, version)) !== null;

/** Team mode is on (a PostgreSQL database): accounts, owners and the shared queue. */
export const teamMode = (): boolean => getSecurityPolicy().team;

/** The signed-in user, or a 401 in team mode; null in the single-user default (where the machine's one user may do all). */
export async function requireUser(request: Request): Promise<SessionUser | null> {
  if (!teamMode()) return null;
  const user = await currentUser(request);
  if (!user) throw new AppError("unauthorized", "Sign in first (open /login).", "请先登录（打开 /login）。");
  return user;
}

/** In team mode, only admins pass (403 for members, 401 when signed out); in the single-user default everyone does. */
export async function requireAdmin(request: Request): Promise<SessionUser | null> {
  const user = await requireUser(request);
  if (user && user.role !== "admin") throw new AppError("forbidden", "Only a team admin may do this.", "只有团队管理员可以执行此操作。");
  return user;
}

/** A team admin (401/403 otherwise); outside team mode the user pages do not exist (404). */
export async function requireTeamAdmin(request: Request): Promise<SessionUser> {
  if (!teamMode()) throw new AppError("not_found", "Accounts exist in team mode only (PROMPT_STUDIO_TEAM=1 on PostgreSQL).", "账号只在团队模式下存在（在 PostgreSQL 上设置 PROMPT_STUDIO_TEAM=1）。");
  const user = await requireAdmin(request);
  return user!;
}
