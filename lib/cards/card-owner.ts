import { readCookie } from "../security/read-cookie";

/** The cookie that names the browser a card was saved from (until team accounts replace it with users). */
export const OWNER_COOKIE = "ps_owner";
const TEN_YEARS = 10 * 365 * 24 * 3600;

/** The browser's owner id from the request's cookies, or null when it has none (or a malformed one). */
export function readOwnerId(request: Pick<Request, "headers">): string | null {
  const id = readCookie(request.headers.get("cookie"), OWNER_COOKIE);
  return id && /^[A-Za-z0-9_-]{22,64}$/.test(id) ? id : null;
}

/** A new random owner id: 128 bits, base64url. */
export function newOwnerId(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16)))).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/**
 * The Set-Cookie value giving a browser its owner id: HttpOnly (scripts cannot read it), SameSite=Lax, Secure under https.
 * @example ownerCookie("abc", false) // "ps_owner=abc; Path=/; Max-Age=315360000; HttpOnly; SameSite=Lax"
 */
export function ownerCookie(id: string, secure: boolean): string {
  return `${OWNER_COOKIE}=${id}; Path=/; Max-Age=${TEN_YEARS}; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`;
}
