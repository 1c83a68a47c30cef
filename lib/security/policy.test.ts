import { describe, expect, it } from "vitest";
import { securityPolicy } from "./policy";

const SECRET = "correct-horse-battery-staple";

describe("securityPolicy", () => {
  it("stays local with nothing set: loopback only, no sign-in", () => {
    expect(securityPolicy({})).toEqual({ publicOrigin: null, hosts: [], secret: null, https: false, team: false, problem: null });
    expect(securityPolicy({ HOST: "127.0.0.1" }).problem).toBeNull();
    expect(securityPolicy({ HOST: "::1", PUBLIC_URL: "http://localhost:3000" }).problem).toBeNull();
  });

  it("refuses to serve other machines without a secret, and says why", () => {
    for (const env of [{ HOST: "0.0.0.0" }, { HOST: "192.168.1.5" }, { HOST: "::" }, { PUBLIC_URL: "https://studio.example.com" }]) {
      const { problem } = securityPolicy(env);
      expect(problem?.message, JSON.stringify(env)).toMatch(/^Refusing to serve other machines .*PROMPT_STUDIO_SECRET/);
      expect(problem?.messageZh).toContain("PROMPT_STUDIO_SECRET");
    }
  });

  it("refuses a short secret, a bad PUBLIC_URL, and a wildcard HOST without PUBLIC_URL", () => {
    expect(securityPolicy({ HOST: "0.0.0.0", PROMPT_STUDIO_SECRET: "short" }).problem?.message).toMatch(/too short/);
    expect(securityPolicy({ PUBLIC_URL: "ftp://x.example" }).problem?.message).toMatch(/http:\/\/ or https:\/\//);
    expect(securityPolicy({ HOST: "0.0.0.0", PROMPT_STUDIO_SECRET: SECRET }).problem?.message).toMatch(/set PUBLIC_URL/);
  });

  it("answers the public URL's host (and a specific bind address) once a secret is set", () => {
    expect(securityPolicy({ HOST: "0.0.0.0", PUBLIC_URL: "https://Studio.Example.com/", PROMPT_STUDIO_SECRET: SECRET }))
      .toEqual({ publicOrigin: "https://studio.example.com", hosts: ["studio.example.com"], secret: SECRET, https: true, team: false, problem: null });
    expect(securityPolicy({ HOST: "192.168.1.5", PROMPT_STUDIO_SECRET: SECRET }).hosts).toEqual(["192.168.1.5"]);
  });
});

describe("securityPolicy: team mode", () => {
  const pg = "postgresql://app:app@db/app";
  it("is off by default, on PostgreSQL too", () => {
    expect(securityPolicy({ DATABASE_URL: "file:./data/app.db" }).team).toBe(false);
    expect(securityPolicy({ DATABASE_URL: pg })).toMatchObject({ team: false, problem: null });
  });

  it("needs a PostgreSQL database and the secret that seals the sessions", () => {
    expect(securityPolicy({ PROMPT_STUDIO_TEAM: true, DATABASE_URL: "file:./data/app.db", PROMPT_STUDIO_SECRET: "x".repeat(16) }).problem?.message).toMatch(/^Team mode .* needs a PostgreSQL database/);
    expect(securityPolicy({ PROMPT_STUDIO_TEAM: true, DATABASE_URL: pg }).problem?.message).toMatch(/^Team mode needs PROMPT_STUDIO_SECRET/);
    expect(securityPolicy({ PROMPT_STUDIO_TEAM: true, DATABASE_URL: pg, PROMPT_STUDIO_SECRET: "x".repeat(16) })).toMatchObject({ team: true, problem: null });
  });
});
