import { getIronSession, unsealData, type SessionOptions } from "iron-session";
import { readCookie } from "../security/read-cookie";

/** What a signed-in browser's sealed cookie carries (the team-accounts work adds the user here). */
export interface SessionData {
  signedInAt?: number;
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

/** Whether the request carries an unexpired session sealed with this secret. */
export async function hasSession(request: Request, secret: string): Promise<boolean> {
  const seal = readCookie(request.headers.get("cookie"), SESSION_COOKIE);
  if (!seal) return false;
  try {
    const data = await unsealData<SessionData>(seal, { password: await sessionPassword(secret), ttl: TTL_SECONDS });
    return typeof data.signedInAt === "number";
  } catch {
    return false;
  }
}

/** Signs the browser in: sets the sealed session cookie on `response`. */
export async function startSession(request: Request, response: Response, secret: string, secure: boolean): Promise<void> {
  const session = await getIronSession<SessionData>(request, response, await sessionOptions(secret, secure));
  session.signedInAt = Date.now();
  await session.save();
}

/** Signs the browser out: clears the session cookie on `response`. */
export async function endSession(request: Request, response: Response, secret: string, secure: boolean): Promise<void> {
  const session = await getIronSession<SessionData>(request, response, await sessionOptions(secret, secure));
  session.destroy();
}
