import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { migrationsDrift } from "../../tests/support/migrations-drift";

describe("the SQLite migrations", () => {
  it("build exactly prisma/schema.prisma (scripts/new-migration.sh writes the missing one)", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "migrations-"));
    try {
      const drift = migrationsDrift("sqlite", `file:${path.join(dir, "shadow.db")}`);
      expect(drift.code, drift.sql).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
