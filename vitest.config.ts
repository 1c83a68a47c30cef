import path from "node:path";
import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname), "server-only": path.resolve(import.meta.dirname, "tests/support/server-only.ts") } },
  test: {
    include: ["lib/**/*.test.ts", "app/**/*.test.ts", "scripts/**/*.test.ts", "tests/unit/**/*.test.ts", "cli/**/*.test.ts"],
    // *.postgres.test.ts need a PostgreSQL server: only `npm test`'s PostgreSQL pass (TEST_POSTGRES_URL set) runs them.
    exclude: [...configDefaults.exclude, ...(process.env.TEST_POSTGRES_URL ? [] : ["**/*.postgres.test.ts"])],
    environment: "node",
    pool: "forks",
    testTimeout: 20000,
  },
});
