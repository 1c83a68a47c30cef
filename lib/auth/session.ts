import { getIronSession, unsealData, type SessionOptions } from "iron-session";
import { readCookie } from "../security/read-cookie";

/** What a signed-in browser's sealed cookie carries: when, and in team mode which user at which session version. */
export interface SessionData {
  signedInAt?: number;
  userId?: string;
  /** The user's sessionVersion at sign-in: a password reset or disabling bumps it and so ends older sessions. */
  version?: number;
}

/** The session cookie's name. */
export const SESSION_COOKIE = "ps_session";
const TTL_SECONDS = 7 * 24 * 3600;
const passwords = new Map<string, Promise<string>>();

// iron-session wants a 32+ character password: a SHA-256 of the operator's secret (changing the secret signs everyone out).
function sessionPassword(secret: string): Promise<string> {
  let password = passwords.get(secret);
  if (!password) {
    password = crypto.subtle.digest("SHA-256", new TextEncoder().encode(`prompt-studio session v1\0${secret}`))
      .then((d) => Array.from(new Uint8Array(d), (b) => b.toString(16).padStart(2, "0")).join(""));
    passwords.set(secret, password);
  }
  return password;
}

/** iron-session's options: sealed (encrypted and signed) with a key from the secret; HttpOnly, SameSite=Lax, Secure under https. */
export async function sessionOptions(secret: string, secure: boolean): Promise<SessionOptions> {
  return { cookieName: SESSION_COOKIE, password: await sessionPassword(secret), ttl: TTL_SECONDS, cookieOptions: { httpOnly: true, sameSite: "lax", secure, path: "/" } };
}

/** The unexpired session the request carries, sealed with this secret; null when it has none (or a forged one). */
export async function readSession(request: Pick<Request, "headers">, secret: string): Promise<SessionData | null> {
  const seal = readCookie(request.headers.get("cookie"), SESSION_COOKIE);
  if (!seal) return null;
  try {
    const data = await unsealData<SessionData>(seal, { password: await sessionPassword(secret), ttl: TTL_SECONDS });
    return typeof data.signedInAt === "number" ? data : null;
  } catch {
    return null;
  }
}

/** Signs the browser in (as `user` in team mode): sets the sealed session cookie on `response`. */
export async function startSession(request: Request, response: Response, secret: string, secure: boolean, user?: { id: string; version: number }): Promise<void> {
  const session = await getIronSession<SessionData>(request, response, await sessionOptions(secret, secure));
  session.signedInAt = Date.now();
  if (user) Object.assign(session, { userId: user.id, version: user.version });
  await session.save();
}

/** Signs the browser out: clears the session cookie on `response`. */
export async function endSession(request: Request, response: Response, secret: string, secure: boolean): Promise<void> {
  const session = await getIronSession<SessionData>(request, response, await sessionOptions(secret, secure));
  session.destroy();
}
