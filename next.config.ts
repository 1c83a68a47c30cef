import type { NextConfig } from "next";
import { MAX_JSON_BODY_BYTES } from "./lib/http/read-body";
import { SECURITY_HEADERS } from "./lib/security/csp";

const nextConfig: NextConfig = {
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "onnxruntime-node", "@node-rs/argon2", "pg-boss"],
  poweredByHeader: false,
  // Next copies each body proxy.ts sees into memory, up to this size. The body gate in front of Next (scripts/serve.mjs)
  // already refuses a body past the JSON limit, so the copy is never cut short. Large uploads skip the proxy.
  experimental: { proxyClientMaxBodySize: MAX_JSON_BODY_BYTES + 1 },
  // The Content-Security-Policy needs a nonce per page, so proxy.ts sets it; these headers are the same everywhere.
  async headers() {
    return [{ source: "/:path*", headers: [...SECURITY_HEADERS] }];
  },
};

export default nextConfig;
