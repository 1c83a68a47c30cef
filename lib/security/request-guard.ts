import { readSession } from "../auth/session";
import { hostnameOf, isLoopbackHostname, normalizeHost } from "./hosts";
import type { Bilingual, SecurityPolicy } from "./policy";

/**
 * Team mode's account check of a session (the server's: a database read): whether its user is still active at the
 * session's version, so a reset password or a disabled account ends every session at once.
 */
export type SessionCheck = (session: { userId: string; version: number }) => Promise<boolean>;

/** What to do with a request: refuse it with this answer, send the browser to sign in, or let it through. */
export type GuardVerdict = { action: "refuse"; response: Response } | { action: "sign-in"; location: string } | { action: "pass" };

/** Reachable without a session when a secret is set: the sign-in page and its API. */
const PUBLIC_PATHS = new Set(["/login", "/api/auth/login", "/icon.svg", "/favicon.ico"]);
/**
 * In team mode, also a card's share page, its preview image and its social image: a card shared by public link opens
 * for anyone with the link (the page itself checks the card's visibility and answers 404 otherwise).
 */
const SHARED_CARD = /^\/(c\/[A-Za-z0-9_-]{1,64}(\/opengraph-image[^/]*)?|api\/cards\/[A-Za-z0-9_-]{1,64}\/image)$/;
/** Routes that take a file; every other state-changing request must be JSON. */
const UPLOAD_TYPES: Record<string, string[]> = {
  "/api/pnginfo": ["multipart/form-data", "application/octet-stream", "image/png", "image/jpeg", "image/webp"],
  "/api/tag-image": ["multipart/form-data"],
};
const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * The network boundary, checked before any route runs: the Host must be one the server answers to (loopback names,
 * PUBLIC_URL's host, a specific HOST), state-changing requests must be JSON (or a file upload where a route takes
 * one) from the server's own origin, and with a secret set every page and API needs a signed-in session (in team mode,
 * a user's: the routes then check who may do what).
 */
export async function guardRequest(request: Request, policy: SecurityPolicy, checkSession: SessionCheck | null = null): Promise<GuardVerdict> {
  const url = new URL(request.url);
  const api = url.pathname.startsWith("/api/");
  const refuse = (status: number, code: string, text: Bilingual): GuardVerdict => ({ action: "refuse", response: refusal(status, code, text, api) });
  if (policy.problem) return refuse(503, "misconfigured", policy.problem);
  const host = normalizeHost(request.headers.get("host"));
  if (!host || !answersTo(hostnameOf(host), policy)) return refuse(403, "forbidden_host", texts.host(request.headers.get("host") ?? ""));
  if (STATE_CHANGING.has(request.method)) {
    const problem = crossSiteProblem(request, url.pathname, host, policy);
    if (problem) return refuse(403, "forbidden_cross_site", problem);
  }
  const open = PUBLIC_PATHS.has(url.pathname) || (policy.team && request.method === "GET" && SHARED_CARD.test(url.pathname));
  if (policy.secret === null || open) return { action: "pass" };
  const session = await readSession(request, policy.secret);
  let signedIn = session !== null;
  // In team mode a session is a user's, and counts while that account stands (without a check: never, failing closed).
  if (session !== null && policy.team) {
    try {
      signedIn = typeof session.userId === "string" && checkSession !== null && (await checkSession({ userId: session.userId, version: session.version ?? 0 }));
    } catch {
      return refuse(503, "unavailable", texts.accountsUnreachable);
    }
  }
  if (signedIn) return { action: "pass" };
  if (api) return refuse(401, "unauthorized", session === null ? texts.signIn : texts.sessionEnded);
  return { action: "sign-in", location: `/login?next=${encodeURIComponent(url.pathname + url.search)}` };
}

function answersTo(hostname: string, policy: SecurityPolicy): boolean {
  return isLoopbackHostname(hostname) || policy.hosts.includes(hostname);
}

// A page on another site can send simple requests (form posts, text/plain fetches) with the user's cookies; a non-JSON
// type, a foreign Origin or a cross-site Sec-Fetch-Site gives them away. Non-browser clients send neither header.
function crossSiteProblem(request: Request, path: string, host: string, policy: SecurityPolicy): Bilingual | null {
  const type = (request.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  const accepted = UPLOAD_TYPES[path] ?? ["application/json"];
  if (!(request.method === "DELETE" && type === "") && !accepted.includes(type)) return texts.contentType(type, accepted);
  const origin = request.headers.get("origin");
  if (origin !== null) {
    const own = [policy.publicOrigin, `http://${host}`, `https://${host}`];
    return own.includes(origin.toLowerCase()) ? null : texts.origin(origin);
  }
  const site = request.headers.get("sec-fetch-site");
  return site === null || site === "same-origin" || site === "none" ? null : texts.origin(site);
}

function refusal(status: number, code: string, text: Bilingual, api: boolean): Response {
  const headers = { "x-content-type-options": "nosniff", "cache-control": "no-store" };
  if (api) return Response.json({ error: { code, ...text } }, { status, headers });
  return new Response(`${text.message}\n\n${text.messageZh}\n`, { status, headers: { ...headers, "content-type": "text/plain; charset=utf-8" } });
}

const texts = {
  host: (host: string): Bilingual => ({
    message: `This server does not answer to the host "${host.slice(0, 100)}". Open it at its own address (set PUBLIC_URL to the address people use).`,
    messageZh: `本服务器不响应主机名“${host.slice(0, 100)}”。请通过它自己的地址访问（把 PUBLIC_URL 设为大家使用的地址）。`,
  }),
  contentType: (type: string, accepted: string[]): Bilingual => ({
    message: `Refused: this request must be sent as ${accepted.join(" or ")}, not ${type || "without a content type"}. Requests from other sites are not accepted.`,
    messageZh: `已拒绝：此请求必须以 ${accepted.join(" 或 ")} 发送，而不是 ${type || "不带内容类型"}。不接受来自其他网站的请求。`,
  }),
  origin: (origin: string): Bilingual => ({
    message: `Refused: the request came from another site (${origin.slice(0, 100)}). Use Prompt Studio from its own page.`,
    messageZh: `已拒绝：请求来自其他网站（${origin.slice(0, 100)}）。请在 Prompt Studio 自己的页面中操作。`,
  }),
  signIn: {
    message: "Sign in first (open /login).",
    messageZh: "请先登录（打开 /login）。",
  } satisfies Bilingual,
  sessionEnded: {
    message: "Your session has ended (your password was reset or your account disabled): sign in again at /login.",
    messageZh: "你的登录已失效（密码被重置或账号被停用）：请在 /login 重新登录。",
  } satisfies Bilingual,
  accountsUnreachable: {
    message: "The accounts database is not answering, so nobody can be signed in right now. Try again shortly.",
    messageZh: "账号数据库没有响应，暂时无法确认登录。请稍后重试。",
  } satisfies Bilingual,
};
