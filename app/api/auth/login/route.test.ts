import { describe, expect, it } from "vitest";

const SECRET = "correct-horse-battery-staple";
process.env.PROMPT_STUDIO_SECRET = SECRET;
const { POST: login } = await import("./route");
const { POST: logout } = await import("../logout/route");
const { guardRequest } = await import("@/lib/security/request-guard");
const { getSecurityPolicy } = await import("@/lib/security/server-policy");

const signIn = (secret: string, url = "http://127.0.0.1:3000/api/auth/login") =>
  login(new Request(url, { method: "POST", body: JSON.stringify({ secret }), headers: { "content-type": "application/json" } }));
const page = (cookie?: string) => new Request("http://127.0.0.1:3000/api/cards", { headers: { host: "127.0.0.1:3000", ...(cookie ? { cookie } : {}) } });

describe("signing in with the operator's secret", () => {
  it("refuses a wrong secret with a bilingual 401 and no cookie", async () => {
    const res = await signIn("guess-guess-guess-guess");
    expect(res.status).toBe(401);
    expect(res.headers.get("set-cookie")).toBeNull();
    expect((await res.json()).error).toMatchObject({ code: "unauthorized", messageZh: "访问密钥不正确。" });
  });

  it("sets an HttpOnly, SameSite=Lax session cookie (Secure under https) that opens every route", async () => {
    expect((await guardRequest(page(), getSecurityPolicy())).action).toBe("refuse");
    const res = await signIn(SECRET);
    expect(res.status).toBe(200);
    const set = res.headers.get("set-cookie")!;
    expect(set).toMatch(/^ps_session=[^;]+; .*HttpOnly/i);
    expect(set).toMatch(/SameSite=Lax/i);
    expect(set).not.toMatch(/Secure/i);
    expect((await guardRequest(page(set.split(";")[0]), getSecurityPolicy())).action).toBe("pass");
    expect((await signIn(SECRET, "https://studio.example.com/api/auth/login")).headers.get("set-cookie")).toMatch(/; Secure/i);
  });

  it("signs out by clearing the cookie", async () => {
    const res = await logout(new Request("http://127.0.0.1:3000/api/auth/logout", { method: "POST", body: "{}" }));
    expect(res.headers.get("set-cookie")).toMatch(/^ps_session=; .*Max-Age=0/i);
  });
});
