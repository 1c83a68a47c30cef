import "server-only";
import { getPrisma } from "../db/client.server";
import { AppError } from "../errors";
import { hashPassword, verifyPassword } from "./password.server";
import { checkEmail, checkPassword, type Role } from "./user-rules";

/** A team member as the app shows them (never the password hash). */
export interface UserSummary {
  id: string;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  maxWaitingJobs: number | null;
  imagesPerHour: number | null;
  createdAt: string;
}

type Row = { id: string; email: string; name: string; role: string; disabled: boolean; maxWaitingJobs: number | null; imagesPerHour: number | null; createdAt: Date };

const toSummary = (row: Row): UserSummary => ({
  id: row.id, email: row.email, name: row.name, role: row.role === "admin" ? "admin" : "member", disabled: row.disabled,
  maxWaitingJobs: row.maxWaitingJobs, imagesPerHour: row.imagesPerHour, createdAt: row.createdAt.toISOString(),
});

const notFound = () => new AppError("not_found", "No such user.", "没有这个用户。");

/** Adds an account; throws AppError("conflict") when the email is taken. */
export async function addUser(input: { email: string; password: string; name?: string; role?: Role }): Promise<UserSummary> {
  const email = checkEmail(input.email);
  checkPassword(input.password);
  const prisma = getPrisma();
  const taken = () => new AppError("conflict", `${email} already has an account.`, `${email} 已有账号。`);
  if (await prisma.user.findUnique({ where: { email } })) throw taken();
  const data = { id: crypto.randomUUID(), email, name: (input.name ?? "").trim().slice(0, 100), role: input.role ?? "member", passwordHash: await hashPassword(input.password) };
  // Two adds of one email at once: the unique index refuses the second, which gets the same answer.
  const row = await prisma.user.create({ data }).catch((error: unknown) => {
    throw (error as { code?: string }).code === "P2002" ? taken() : error;
  });
  return toSummary(row);
}

/** Every account, admins first, then by email. */
export async function listUsers(): Promise<UserSummary[]> {
  const rows = await getPrisma().user.findMany({ orderBy: [{ role: "asc" }, { email: "asc" }] });
  return rows.map(toSummary);
}

/** How many accounts exist (the first one made in the web page or CLI must be an admin). */
export function countUsers(): Promise<number> {
  return getPrisma().user.count();
}

/** The account a sign-in names, if the password matches and it is not disabled; null otherwise (same answer for both). */
export async function verifyLogin(emailInput: string, password: string): Promise<{ id: string; version: number } | null> {
  const email = emailInput.trim().toLowerCase();
  const row = await getPrisma().user.findUnique({ where: { email } });
  // A missing account still costs one hash check, so timing does not tell which emails exist.
  const ok = await verifyPassword(row?.passwordHash ?? DUMMY_HASH, password);
  return row && ok && !row.disabled ? { id: row.id, version: row.sessionVersion } : null;
}
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$2Rb5E5m1fY8sXzVwV0aN9nq9Tg8C0u7uWlq2XnH4jv4";

/** A signed-in user's account at the session's version; null when it is gone, disabled or the session is older. */
export async function userForSession(id: string, version: number): Promise<UserSummary | null> {
  const row = await getPrisma().user.findUnique({ where: { id } });
  return row && !row.disabled && row.sessionVersion === version ? toSummary(row) : null;
}

/** What an admin may change about an account; a new password or disabling signs the user out everywhere. */
export interface UserChange {
  name?: string;
  role?: Role;
  password?: string;
  disabled?: boolean;
  maxWaitingJobs?: number | null;
  imagesPerHour?: number | null;
}

/** Changes an account (by id or email). Refuses to leave the team without an active admin. */
export async function updateUser(idOrEmail: string, change: UserChange): Promise<UserSummary> {
  const prisma = getPrisma();
  const row = await prisma.user.findFirst({ where: { OR: [{ id: idOrEmail }, { email: idOrEmail.trim().toLowerCase() }] } });
  if (!row) throw notFound();
  if (change.password !== undefined) checkPassword(change.password);
  const losesAdmin = row.role === "admin" && !row.disabled && (change.role === "member" || change.disabled === true);
  if (losesAdmin && (await prisma.user.count({ where: { role: "admin", disabled: false } })) <= 1) {
    throw new AppError("conflict", "This is the last active admin: make another admin first.", "这是最后一个有效的管理员：请先设置另一个管理员。");
  }
  const signOut = change.password !== undefined || change.disabled === true;
  const updated = await prisma.user.update({
    where: { id: row.id },
    data: {
      ...(change.name !== undefined ? { name: change.name.trim().slice(0, 100) } : {}),
      ...(change.role !== undefined ? { role: change.role } : {}),
      ...(change.disabled !== undefined ? { disabled: change.disabled } : {}),
      ...(change.maxWaitingJobs !== undefined ? { maxWaitingJobs: change.maxWaitingJobs } : {}),
      ...(change.imagesPerHour !== undefined ? { imagesPerHour: change.imagesPerHour } : {}),
      ...(change.password !== undefined ? { passwordHash: await hashPassword(change.password) } : {}),
      ...(signOut ? { sessionVersion: { increment: 1 } } : {}),
    },
  });
  return toSummary(updated);
}
