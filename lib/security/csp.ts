/** A fresh nonce for one page view: 128 random bits in base64. */
export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

/**
 * A page's Content-Security-Policy: scripts and style elements only from this origin with this request's nonce (Next
 * puts it on its own bootstrap scripts), no plugins, no framing, forms and base URL to this origin only. Style
 * attributes stay allowed (React writes them; they cannot run code). Development adds what React's dev tools need.
 * @example pageCsp("abc").split("; ")[1] // "script-src 'self' 'nonce-abc' 'strict-dynamic'"
 */
export function pageCsp(nonce: string, options: { dev?: boolean; https?: boolean } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    options.dev ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    // The autocomplete index is built in a web worker served from this origin.
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** The policy of API answers: nothing in them may load or run anything, and nothing may frame them. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; sandbox";

/** Headers every answer carries (next.config.ts sets them on all paths). */
export const SECURITY_HEADERS: ReadonlyArray<{ key: string; value: string }> = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];
