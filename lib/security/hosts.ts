/**
 * Whether a host name reaches this machine only (localhost, 127.0.0.0/8, ::1), brackets and a trailing dot forgiven.
 * @example isLoopbackHostname("127.0.0.1") // true
 * @example isLoopbackHostname("[::1]") // true
 * @example isLoopbackHostname("192.168.1.5") // false
 */
export function isLoopbackHostname(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/^\[|\]$/g, "").replace(/\.$/, "");
  return h === "localhost" || h === "::1" || h === "0:0:0:0:0:0:0:1" || /^127(\.\d{1,3}){3}$/.test(h);
}

/**
 * A Host header (or URL host) in the form compared everywhere: lower case, IPv4 shorthand spelled out, default ports
 * dropped; null when it is not a plain host[:port].
 * @example normalizeHost("LOCALHOST:3000") // "localhost:3000"
 * @example normalizeHost("127.1:3000") // "127.0.0.1:3000"
 * @example normalizeHost("evil.com/x") // null
 */
export function normalizeHost(host: string | null | undefined): string | null {
  if (!host || !/^[A-Za-z0-9.\-_:[\]]+$/.test(host)) return null;
  try {
    return new URL(`http://${host}`).host;
  } catch {
    return null;
  }
}

/** The host name part of a normalized host ("[::1]:3000" → "[::1]"). */
export function hostnameOf(host: string): string {
  return new URL(`http://${host}`).hostname;
}
