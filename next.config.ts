import type { NextConfig } from "next";
import { SECURITY_HEADERS } from "./lib/security/csp";

const nextConfig: NextConfig = {
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "onnxruntime-node", "@node-rs/argon2", "pg-boss"],
  poweredByHeader: false,
  // Next copies each body proxy.ts sees into memory: keep that copy just over the 1 MB JSON limit (a longer body is
  // then cut there and still refused with a 413). Large uploads skip the proxy (lib/security/guard-route.ts).
  experimental: { proxyClientMaxBodySize: 1024 * 1024 + 1 },
  // The Content-Security-Policy needs a nonce per page, so proxy.ts sets it; these headers are the same everywhere.
  async headers() {
    return [{ source: "/:path*", headers: [...SECURITY_HEADERS] }];
  },
};

export default nextConfig;
