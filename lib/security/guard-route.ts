import { API_CSP } from "./csp";
import { guardRequest } from "./request-guard";
import { getSecurityPolicy } from "./server-policy";

/**
 * The network boundary for the routes that take large uploads (PNG Info, tagging, img2img renders). proxy.ts skips
 * them, because Next copies every body the proxy sees into memory (up to `proxyClientMaxBodySize`, then silently cut
 * short); so the same checks run here, before the route reads its body, which it counts as it arrives.
 */
export function guarded<C>(handler: (request: Request, context: C) => Promise<Response>) {
  return async (request: Request, context?: C): Promise<Response> => {
    // The guard reads only the method, URL and headers: it gets a copy without the body, which stays unread for the
    // route. Next always sends Host; a request built without one (tests, scripts) is checked by its URL's host.
    const policy = getSecurityPolicy();
    const check = policy.team ? (await import("../auth/current-user.server")).sessionStands : null;
    const verdict = await guardRequest(new Request(request.url, { method: request.method, headers: withHost(request) }), policy, check);
    if (verdict.action === "refuse") return verdict.response;
    const response = await handler(request, context as C);
    response.headers.set("Content-Security-Policy", API_CSP);
    return response;
  };
}

function withHost(request: Request): Headers {
  const headers = new Headers(request.headers);
  if (!headers.has("host")) headers.set("host", new URL(request.url).host);
  return headers;
}
