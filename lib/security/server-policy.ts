import { getEnv } from "../env";
import { securityPolicy, type SecurityPolicy } from "./policy";

let cached: { env: ReturnType<typeof getEnv>; policy: SecurityPolicy } | null = null;

/** The policy of this server's environment, worked out once (again when the environment is read anew, as tests do). */
export function getSecurityPolicy(): SecurityPolicy {
  const env = getEnv();
  if (cached?.env !== env) cached = { env, policy: securityPolicy({ ...env, DATABASE_URL: env.databaseUrl }) };
  return cached.policy;
}

/** Whether cookies set in answer to this request get Secure: PUBLIC_URL is https, or the request itself came over https. */
export function servedOverHttps(request: Request): boolean {
  return getSecurityPolicy().https || new URL(request.url).protocol === "https:";
}
