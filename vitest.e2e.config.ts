import path from "node:path";
import { configDefaults, defineConfig } from "vitest/config";

// Browser flows against a running server (started by scripts/e2e.mjs, which passes E2E_BASE_URL).
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["tests/e2e/**/*.test.ts"],
    // team-mode.postgres.test.ts needs a PostgreSQL server (TEST_POSTGRES_URL; .ci/run starts one).
    exclude: [...configDefaults.exclude, ...(process.env.TEST_POSTGRES_URL ? [] : ["**/*.postgres.test.ts"])],
    environment: "node",
    pool: "forks",
    fileParallelism: false,
    testTimeout: 60000,
    // The first request of a fresh server loads the dictionary into its database: allow for it.
    expect: { poll: { timeout: 10000, interval: 50 } },
    hookTimeout: 60000,
  },
});
