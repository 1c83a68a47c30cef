import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { POSTGRES_SCHEMA, postgresSchemaFrom, SQLITE_SCHEMA } from "./postgres-schema.mjs";

describe("the PostgreSQL schema", () => {
  it("is the SQLite schema with another provider and client folder (run `npm run db:schema` after editing it)", () => {
    expect(fs.readFileSync(POSTGRES_SCHEMA, "utf8")).toBe(postgresSchemaFrom(fs.readFileSync(SQLITE_SCHEMA, "utf8")));
  });

  it("changes nothing but the provider and the client's folder", () => {
    const sqlite = fs.readFileSync(SQLITE_SCHEMA, "utf8").split("\n");
    const postgres = postgresSchemaFrom(fs.readFileSync(SQLITE_SCHEMA, "utf8")).split("\n").slice(1);
    const changed = postgres.filter((line, i) => line !== sqlite[i]);
    expect(changed.map((l) => l.trim())).toEqual(['output       = "../../lib/db/generated-pg"', 'provider = "postgresql"']);
  });
});
