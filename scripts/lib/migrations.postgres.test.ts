import { describe, expect, it } from "vitest";
import { migrationsDrift } from "../../tests/support/migrations-drift";

// The PostgreSQL pass only (TEST_POSTGRES_URL): Prisma replays the migrations in a shadow database on that server.
describe("the PostgreSQL migrations", () => {
  it("build exactly prisma/postgres/schema.prisma, as `npm start` and `npm run db:migrate` deploy them", () => {
    const drift = migrationsDrift("postgres", process.env.TEST_POSTGRES_URL!);
    expect(drift.code, drift.sql).toBe(0);
  }, 60_000);
});
