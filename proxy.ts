import { NextResponse, type NextRequest } from "next/server";
import { API_CSP, newNonce, pageCsp } from "@/lib/security/csp";
import { guardRequest, type SessionCheck } from "@/lib/security/request-guard";
import { getSecurityPolicy } from "@/lib/security/server-policy";

/**
 * Runs before every route: the network boundary (lib/security/request-guard.ts: Host, cross-site requests, sign-in)
 * and each page's Content-Security-Policy with a fresh nonce, which Next puts on its own scripts.
 */
export async function proxy(request: NextRequest) {
  const policy = getSecurityPolicy();
  const verdict = await guardRequest(request, policy, policy.team ? checkTeamSession : null);
  if (verdict.action === "refuse") return verdict.response;
  // Behind a reverse proxy the request's own URL may name the inner address: PUBLIC_URL comes first.
  if (verdict.action === "sign-in") return NextResponse.redirect(new URL(verdict.location, policy.publicOrigin ?? request.url));
  if (request.nextUrl.pathname.startsWith("/api/")) {
    const response = NextResponse.next();
    response.headers.set("Content-Security-Policy", API_CSP);
    return response;
  }
  const nonce = newNonce();
  const csp = pageCsp(nonce, { dev: process.env.NODE_ENV === "development", https: policy.https });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

// Loaded in team mode only: the account check reads the database.
const checkTeamSession: SessionCheck = async (session) => (await import("@/lib/auth/current-user.server")).sessionStands(session);

// The large-upload routes (lib/security/upload-paths.ts) run the same checks themselves, so Next
// never buffers their bodies here; for the rest, next.config.ts keeps that buffer just over the 1 MB JSON limit.
export const config = {
  matcher: ["/((?!_next/static|_next/image|api/pnginfo$|api/tag-image$|api/render$).*)"],
};
