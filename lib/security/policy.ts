import { hostnameOf, isLoopbackHostname, normalizeHost } from "./hosts";

/** A message in both UI languages. */
export interface Bilingual {
  message: string;
  messageZh: string;
}

/** Who the server answers to, derived once from the environment. */
export interface SecurityPolicy {
  /** The configured public origin ("https://studio.example.com"), or null: the request's own loopback origin. */
  publicOrigin: string | null;
  /** Host names answered besides loopback names, whatever the port (lower case; IPv6 in brackets). */
  hosts: string[];
  /** The operator's access secret: set, every page and API needs a signed-in session. */
  secret: string | null;
  /** Served over https (cookies get Secure). */
  https: boolean;
  /** Team mode (PROMPT_STUDIO_TEAM=1 on a PostgreSQL database): everyone signs in with an account; the secret seals their sessions. */
  team: boolean;
  /** Set when the configuration is unsafe or invalid: the server refuses to start, and answers 503 if started anyway. */
  problem: Bilingual | null;
}

/** The settings the policy is made of (lib/env.ts parses them). */
export interface SecurityEnv {
  HOST?: string;
  PUBLIC_URL?: string;
  PROMPT_STUDIO_SECRET?: string;
  /** Team mode needs a postgresql:// URL. */
  DATABASE_URL?: string;
  PROMPT_STUDIO_TEAM?: boolean;
}

export const MIN_SECRET_LENGTH = 16;
const WILDCARDS = new Set(["0.0.0.0", "::", "[::]", "*"]);

/**
 * Works out whom the server answers to. Serving others (a HOST or PUBLIC_URL that is not loopback) needs a secret of
 * 16 characters or more; a wildcard HOST also needs PUBLIC_URL, so that the server knows which Host header is its own.
 * @example securityPolicy({ HOST: "0.0.0.0" }).problem?.message // "Refusing to serve other machines (HOST=0.0.0.0) without an access secret: …"
 */
export function securityPolicy(env: SecurityEnv): SecurityPolicy {
  const secret = env.PROMPT_STUDIO_SECRET ?? null;
  const publicUrl = env.PUBLIC_URL ? safeUrl(env.PUBLIC_URL) : null;
  const bindHost = env.HOST?.trim() || null;
  const team = env.PROMPT_STUDIO_TEAM === true;
  const policy: SecurityPolicy = { publicOrigin: publicUrl?.origin ?? null, hosts: [], secret, https: publicUrl?.protocol === "https:", team, problem: null };
  if (env.PUBLIC_URL && !publicUrl) return { ...policy, problem: problems.badPublicUrl(env.PUBLIC_URL) };
  if (publicUrl) policy.hosts.push(publicUrl.hostname);
  const wildcard = bindHost !== null && WILDCARDS.has(bindHost);
  const bindName = bindHost && !wildcard ? normalizeHost(bindHost.includes(":") && !bindHost.startsWith("[") ? `[${bindHost}]` : bindHost) : null;
  if (bindName && !isLoopbackHostname(hostnameOf(bindName))) policy.hosts.push(hostnameOf(bindName));
  if (secret !== null && secret.length < MIN_SECRET_LENGTH) return { ...policy, problem: problems.shortSecret() };
  const exposedBy = wildcard || (bindName && !isLoopbackHostname(hostnameOf(bindName))) ? `HOST=${bindHost}`
    : publicUrl && !isLoopbackHostname(publicUrl.hostname) ? `PUBLIC_URL=${publicUrl.origin}` : null;
  if (team && !/^postgres(ql)?:\/\//i.test(env.DATABASE_URL ?? "")) return { ...policy, problem: problems.teamNeedsPostgres() };
  if (team && secret === null) return { ...policy, problem: problems.teamNeedsSecret() };
  if (exposedBy && secret === null) return { ...policy, problem: problems.noSecret(exposedBy) };
  if (wildcard && !publicUrl) return { ...policy, problem: problems.wildcardNeedsUrl(bindHost) };
  return policy;
}

function safeUrl(value: string): URL | null {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}

const problems = {
  badPublicUrl: (v: string): Bilingual => ({
    message: `PUBLIC_URL must be an http:// or https:// address, not "${v}".`,
    messageZh: `PUBLIC_URL 必须是 http:// 或 https:// 地址，而不是“${v}”。`,
  }),
  shortSecret: (): Bilingual => ({
    message: `PROMPT_STUDIO_SECRET is too short: use ${MIN_SECRET_LENGTH} characters or more (e.g. from \`openssl rand -base64 24\`).`,
    messageZh: `PROMPT_STUDIO_SECRET 太短：至少需要 ${MIN_SECRET_LENGTH} 个字符（例如用 \`openssl rand -base64 24\` 生成）。`,
  }),
  noSecret: (by: string): Bilingual => ({
    message: `Refusing to serve other machines (${by}) without an access secret: set PROMPT_STUDIO_SECRET (${MIN_SECRET_LENGTH}+ characters) so that everyone must sign in, or leave HOST unset to stay on this machine.`,
    messageZh: `拒绝在没有访问密钥的情况下向其他机器提供服务（${by}）：请设置 PROMPT_STUDIO_SECRET（至少 ${MIN_SECRET_LENGTH} 个字符），所有人都需登录；或不设置 HOST，只在本机使用。`,
  }),
  teamNeedsPostgres: (): Bilingual => ({
    message: "Team mode (PROMPT_STUDIO_TEAM=1) needs a PostgreSQL database that every web instance and worker shares: set DATABASE_URL=postgresql://user:password@host/database.",
    messageZh: "团队模式（PROMPT_STUDIO_TEAM=1）需要一个所有 Web 实例和渲染进程共用的 PostgreSQL 数据库：请设置 DATABASE_URL=postgresql://用户:密码@主机/数据库。",
  }),
  teamNeedsSecret: (): Bilingual => ({
    message: `Team mode needs PROMPT_STUDIO_SECRET (${MIN_SECRET_LENGTH}+ characters, the same on every web instance): it seals the users' sessions.`,
    messageZh: `团队模式需要设置 PROMPT_STUDIO_SECRET（至少 ${MIN_SECRET_LENGTH} 个字符，每个 Web 实例相同）：用户的登录会话由它加密签名。`,
  }),
  wildcardNeedsUrl: (host: string): Bilingual => ({
    message: `HOST=${host} listens on every address: set PUBLIC_URL to the address people open (e.g. https://studio.example.com or http://192.168.1.5:3000), so the server knows which Host is its own.`,
    messageZh: `HOST=${host} 会监听所有地址：请把 PUBLIC_URL 设为大家访问的地址（如 https://studio.example.com 或 http://192.168.1.5:3000），服务器才知道哪个 Host 是自己的。`,
  }),
};
