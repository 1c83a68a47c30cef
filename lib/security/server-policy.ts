import { getEnv } from "../env";
import { securityPolicy, type SecurityPolicy } from "./policy";

let cached: SecurityPolicy | null = null;

/** The policy of this server's environment, worked out once. */
export function getSecurityPolicy(): SecurityPolicy {
  cached ??= securityPolicy(getEnv());
  return cached;
}

/** Whether cookies set in answer to this request get Secure: PUBLIC_URL is https, or the request itself came over https. */
export function servedOverHttps(request: Request): boolean {
  return getSecurityPolicy().https || new URL(request.url).protocol === "https:";
}
