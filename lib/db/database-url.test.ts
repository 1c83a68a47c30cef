import { describe, expect, it } from "vitest";
import { databaseKind, postgresPoolConfig, redactUrl } from "./database-url";

describe("databaseKind", () => {
  it("tells SQLite files from PostgreSQL servers", () => {
    expect(databaseKind("file:./data/app.db")).toBe("sqlite");
    expect(databaseKind("postgresql://app:app@127.0.0.1/app")).toBe("postgres");
    expect(databaseKind("postgres://db/app")).toBe("postgres");
  });

  it("refuses other schemes without echoing the password", () => {
    expect(() => databaseKind("mysql://root:hunter2@db/app")).toThrow(/file: \(SQLite\) or postgresql:\/\//);
    expect(() => databaseKind("mysql://root:hunter2@db/app")).not.toThrow(/hunter2/);
  });
});

describe("postgresPoolConfig", () => {
  it("reads discrete, decoded fields", () => {
    expect(postgresPoolConfig("postgresql://app:p%40ss@db.local:5433/studio")).toMatchObject({ host: "db.local", port: 5433, user: "app", password: "p@ss", database: "studio", ssl: undefined, max: 10 });
  });

  it("turns TLS on for sslmode=require and reads connection_limit", () => {
    expect(postgresPoolConfig("postgresql://a:b@h/d?sslmode=require&connection_limit=3")).toMatchObject({ ssl: { rejectUnauthorized: false }, max: 3 });
  });
});

describe("redactUrl", () => {
  it("hides a password and leaves the rest to read", () => {
    expect(redactUrl("postgresql://app:s3cret@db:5433/studio")).toBe("postgresql://app:…@db:5433/studio");
    expect(redactUrl("postgresql://app:p%40ss@db/studio?sslmode=require")).toBe("postgresql://app:…@db/studio?sslmode=require");
    expect(redactUrl("postgresql://db/studio")).toBe("postgresql://db/studio");
    expect(redactUrl("file:./data/app.db")).toBe("file:./data/app.db");
  });
});
