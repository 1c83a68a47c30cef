import { normalizeHost } from "./hosts";
import type { SecurityPolicy } from "./policy";

/**
 * The origin to build absolute links with (share links, og:image): the configured PUBLIC_URL, else the origin the
 * request was addressed to (its Host, which the request guard has already checked).
 * @example requestOrigin({ publicOrigin: null, https: false }, "127.0.0.1:4000") // "http://127.0.0.1:4000"
 */
export function requestOrigin(policy: Pick<SecurityPolicy, "publicOrigin" | "https">, host: string | null): string {
  if (policy.publicOrigin) return policy.publicOrigin;
  return `${policy.https ? "https" : "http"}://${normalizeHost(host) ?? "localhost"}`;
}
