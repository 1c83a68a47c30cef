import { describe, expect, it } from "vitest";
import { sealData } from "iron-session";
import { sessionOptions, startSession } from "../auth/session";
import { securityPolicy } from "./policy";
import { guardRequest, type SessionCheck } from "./request-guard";

const LOCAL = securityPolicy({});
const SECRET = "correct-horse-battery-staple";
const EXPOSED = securityPolicy({ HOST: "0.0.0.0", PUBLIC_URL: "https://studio.example.com", PROMPT_STUDIO_SECRET: SECRET });

function req(path: string, init: { method?: string; host?: string; headers?: Record<string, string>; body?: string } = {}) {
  const headers = new Headers({ host: init.host ?? "127.0.0.1:3000", ...init.headers });
  return new Request(`http://127.0.0.1:3000${path}`, { method: init.method ?? "GET", headers, body: init.body });
}
const json = { "content-type": "application/json" };
const same = { ...json, origin: "http://127.0.0.1:3000", "sec-fetch-site": "same-origin" };

async function refusal(request: Request, policy = LOCAL, check: SessionCheck | null = null) {
  const verdict = await guardRequest(request, policy, check);
  if (verdict.action !== "refuse") return verdict.action;
  return { status: verdict.response.status, body: await verdict.response.text() };
}

describe("guardRequest: the Host header (DNS rebinding)", () => {
  it("answers loopback names on any port", async () => {
    for (const host of ["127.0.0.1:3000", "localhost:3000", "[::1]:3000", "localhost"]) expect((await guardRequest(req("/", { host }), LOCAL)).action, host).toBe("pass");
  });

  it("refuses a forged or rebound Host with a bilingual 403", async () => {
    for (const host of ["attacker.example:3000", "127.0.0.1.nip.io:3000", "192.168.1.5:3000", "evil.com/x", ""]) {
      const r = await refusal(req("/api/settings/llm", { host }));
      expect(r, host).toMatchObject({ status: 403 });
      expect(JSON.parse((r as { body: string }).body).error).toMatchObject({ code: "forbidden_host", message: expect.stringContaining("does not answer"), messageZh: expect.stringContaining("不响应") });
    }
  });

  it("answers PUBLIC_URL's host once exposed", async () => {
    const cookie = await sessionCookie();
    expect((await guardRequest(req("/", { host: "studio.example.com", headers: { cookie } }), EXPOSED)).action).toBe("pass");
    expect(await refusal(req("/", { host: "other.example.com", headers: { cookie } }), EXPOSED)).toMatchObject({ status: 403 });
  });
});

describe("guardRequest: requests from other sites", () => {
  it("lets the app's own JSON requests and non-browser clients through", async () => {
    expect((await guardRequest(req("/api/dictionary/entries", { method: "POST", headers: same, body: "{}" }), LOCAL)).action).toBe("pass");
    expect((await guardRequest(req("/api/dictionary/entries", { method: "POST", headers: json, body: "{}" }), LOCAL)).action).toBe("pass");
    expect((await guardRequest(req("/api/cards/abc", { method: "DELETE", headers: { origin: "http://127.0.0.1:3000" } }), LOCAL)).action).toBe("pass");
  });

  it("refuses a cross-site text/plain POST (the one that renamed masterpiece to 垃圾)", async () => {
    const attack = req("/api/dictionary/entries", { method: "POST", headers: { "content-type": "text/plain", origin: "https://evil.example", "sec-fetch-site": "cross-site" }, body: JSON.stringify({ tag: "masterpiece", zh: "垃圾" }) });
    const r = await refusal(attack);
    expect(r).toMatchObject({ status: 403 });
    expect(JSON.parse((r as { body: string }).body).error).toMatchObject({ code: "forbidden_cross_site", messageZh: expect.stringContaining("已拒绝") });
    // Even same-origin, a form-encodable type is not accepted.
    expect(await refusal(req("/api/cards", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "a=1" }))).toMatchObject({ status: 403 });
  });

  it("refuses JSON from a foreign Origin, a null Origin, another local port and cross-site fetch metadata", async () => {
    const cases = [
      { ...json, origin: "https://evil.example" }, { ...json, origin: "null" }, { ...json, origin: "http://127.0.0.1:5173" },
      { ...json, "sec-fetch-site": "cross-site" }, { ...json, "sec-fetch-site": "same-site" },
    ];
    for (const headers of cases) expect(await refusal(req("/api/settings/llm", { method: "PUT", headers, body: "{}" })), JSON.stringify(headers)).toMatchObject({ status: 403 });
    expect(await refusal(req("/api/cards/abc", { method: "DELETE", headers: { origin: "https://evil.example" } }))).toMatchObject({ status: 403 });
  });

  it("takes files only where a route takes them", async () => {
    const form = { "content-type": "multipart/form-data; boundary=x", origin: "http://127.0.0.1:3000" };
    expect((await guardRequest(req("/api/pnginfo", { method: "POST", headers: form, body: "--x--" }), LOCAL)).action).toBe("pass");
    expect((await guardRequest(req("/api/pnginfo", { method: "POST", headers: { "content-type": "application/octet-stream" }, body: "x" }), LOCAL)).action).toBe("pass");
    expect(await refusal(req("/api/cards/import", { method: "POST", headers: form, body: "--x--" }))).toMatchObject({ status: 403 });
    expect(await refusal(req("/api/pnginfo", { method: "POST", headers: { ...form, origin: "https://evil.example" }, body: "--x--" }))).toMatchObject({ status: 403 });
  });

  it("accepts the public origin behind a reverse proxy that does not forward Host", async () => {
    const cookie = await sessionCookie();
    const headers = { ...json, cookie, origin: "https://studio.example.com" };
    expect((await guardRequest(req("/api/cards", { method: "POST", headers, body: "{}" }), EXPOSED)).action).toBe("pass");
  });
});

describe("guardRequest: sign-in when a secret is set", () => {
  it("sends pages to /login and answers the API 401 without a session", async () => {
    expect(await guardRequest(req("/cards?q=1", { host: "studio.example.com" }), EXPOSED)).toEqual({ action: "sign-in", location: "/login?next=%2Fcards%3Fq%3D1" });
    const r = await refusal(req("/api/cards?unlisted=1", { host: "studio.example.com" }), EXPOSED);
    expect(r).toMatchObject({ status: 401 });
    expect((await guardRequest(req("/login", { host: "studio.example.com" }), EXPOSED)).action).toBe("pass");
  });

  it("refuses a forged, foreign or tampered session cookie", async () => {
    const other = await sealData({ signedInAt: Date.now() }, { password: "x".repeat(32) });
    const tampered = (await sessionCookie()).replace(/.$/, (c) => (c === "A" ? "B" : "A"));
    for (const cookie of ["ps_session=forged", `ps_session=${other}`, tampered]) {
      expect(await refusal(req("/api/cards", { host: "studio.example.com", headers: { cookie } }), EXPOSED), cookie).toMatchObject({ status: 401 });
    }
  });

  it("answers 503 with the reason when the configuration is unsafe", async () => {
    const r = await refusal(req("/"), securityPolicy({ HOST: "0.0.0.0" }));
    expect(r).toMatchObject({ status: 503, body: expect.stringContaining("PROMPT_STUDIO_SECRET") });
  });
});

async function sessionCookie(): Promise<string> {
  const response = new Response(null);
  await startSession(new Request("https://studio.example.com/api/auth/login"), response, SECRET, true);
  const set = response.headers.get("set-cookie") ?? "";
  expect(set).toMatch(/HttpOnly/i);
  expect(set).toMatch(/SameSite=Lax/i);
  expect(set).toMatch(/Secure/i);
  expect((await sessionOptions(SECRET, true)).cookieName).toBe("ps_session");
  return set.split(";")[0];
}

describe("guardRequest: team mode's sessions", () => {
  const TEAM = securityPolicy({ PROMPT_STUDIO_TEAM: true, DATABASE_URL: "postgresql://db/team", PROMPT_STUDIO_SECRET: SECRET });
  async function userCookie(user?: { id: string; version: number }): Promise<string> {
    const response = new Response(null);
    await startSession(new Request("http://127.0.0.1:3000/api/auth/login"), response, SECRET, false, user);
    return (response.headers.get("set-cookie") ?? "").split(";")[0];
  }
  const active = new Map([["u1", 2]]);
  const check = async ({ userId, version }: { userId: string; version: number }) => active.get(userId) === version;

  it("lets a user's session through while the account stands, at its version", async () => {
    const cookie = await userCookie({ id: "u1", version: 2 });
    expect((await guardRequest(req("/api/expand", { headers: { cookie } }), TEAM, check)).action).toBe("pass");
  });

  it("ends a session whose password was reset or account disabled, on every route, with a bilingual 401", async () => {
    for (const cookie of [await userCookie({ id: "u1", version: 1 }), await userCookie({ id: "gone", version: 0 })]) {
      const r = await refusal(req("/api/expand", { headers: { cookie } }), TEAM, check);
      expect(r).toMatchObject({ status: 401 });
      expect(JSON.parse((r as { body: string }).body).error).toMatchObject({ code: "unauthorized", message: expect.stringContaining("session has ended"), messageZh: expect.stringContaining("登录已失效") });
      expect((await guardRequest(req("/gallery", { headers: { cookie } }), TEAM, check)).action).toBe("sign-in");
    }
  });

  it("fails closed: a session without a user, or no check to run, is refused; a check that throws answers 503", async () => {
    const plain = await userCookie();
    expect(await refusal(req("/api/expand", { headers: { cookie: plain } }), TEAM, check)).toMatchObject({ status: 401 });
    const cookie = await userCookie({ id: "u1", version: 2 });
    expect(await refusal(req("/api/expand", { headers: { cookie } }), TEAM, null)).toMatchObject({ status: 401 });
    const down = async () => { throw new Error("connection refused"); };
    expect(await refusal(req("/api/expand", { headers: { cookie } }), TEAM, down)).toMatchObject({ status: 503, body: expect.stringContaining("数据库") });
  });
});
