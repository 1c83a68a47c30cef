import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "@/tests/support/test-database";
import { asUser, signInAs, useTeamMode } from "@/tests/support/team-session";

useTestDatabase();
useTeamMode();
const { addUser } = await import("@/lib/auth/users.server");
const users = await import("./route");
const user = await import("./[id]/route");
const { guardRequest } = await import("@/lib/security/request-guard");
const { securityPolicy } = await import("@/lib/security/policy");
// The server's own policy on a PostgreSQL URL (this file may run on the SQLite test database, where team mode would refuse to start).
const TEAM = securityPolicy({ PROMPT_STUDIO_TEAM: true, DATABASE_URL: "postgresql://db/team", PROMPT_STUDIO_SECRET: process.env.PROMPT_STUDIO_SECRET });
const settings = await import("@/app/api/settings/render/route");

const ADMIN = { email: "ann@studio.example", password: "ann-password-123" };
const MEMBER = { email: "bo@studio.example", password: "bo-password-456" };
let admin = "";
let member = "";
let memberId = "";

beforeAll(async () => {
  await addUser({ ...ADMIN, role: "admin" });
  memberId = (await addUser({ ...MEMBER, role: "member" })).id;
  admin = await signInAs(ADMIN.email, ADMIN.password);
  member = await signInAs(MEMBER.email, MEMBER.password);
});

describe("team sign-in", () => {
  it("answers a wrong password and an unknown email alike, with no cookie", async () => {
    const { POST } = await import("@/app/api/auth/login/route");
    for (const body of [{ email: ADMIN.email, password: "wrong-password-1" }, { email: "nobody@studio.example", password: "wrong-password-1" }]) {
      const res = await POST(asUser(null, "/api/auth/login", { method: "POST", body }));
      expect(res.status).toBe(401);
      expect(res.headers.get("set-cookie")).toBeNull();
      expect((await res.json()).error.messageZh).toBe("邮箱或密码错误（或账号已停用）。");
    }
  });

  it("lets a user's session through the network boundary while the account stands, and nothing without a user", async () => {
    const { sessionStands } = await import("@/lib/auth/current-user.server");
    expect((await guardRequest(asUser(member, "/api/cards"), TEAM, sessionStands)).action).toBe("pass");
    expect((await guardRequest(asUser(null, "/api/cards"), TEAM, sessionStands)).action).toBe("refuse");
    expect((await guardRequest(asUser(null, "/c/abc123"), TEAM, sessionStands)).action).toBe("pass");
  });
});

describe("/api/admin/users", () => {
  it("lists accounts for admins only: 403 for a member, 401 signed out", async () => {
    const res = await users.GET(asUser(admin, "/api/admin/users"));
    expect((await res.json()).users.map((u: { email: string }) => u.email)).toEqual([ADMIN.email, MEMBER.email]);
    expect((await users.GET(asUser(member, "/api/admin/users"))).status).toBe(403);
    expect((await users.GET(asUser(null, "/api/admin/users"))).status).toBe(401);
  });

  it("adds a member; a taken email is a 409", async () => {
    const res = await users.POST(asUser(admin, "/api/admin/users", { method: "POST", body: { email: "Cy@Studio.Example", password: "cy-password-789" } }));
    expect(await res.json()).toMatchObject({ email: "cy@studio.example", role: "member" });
    expect((await users.POST(asUser(admin, "/api/admin/users", { method: "POST", body: { email: "cy@studio.example", password: "cy-password-789" } }))).status).toBe(409);
  });

  it("resets a password: the member's old session stops working and the new password signs in", async () => {
    const context = { params: Promise.resolve({ id: memberId }) };
    const res = await user.PATCH(asUser(admin, `/api/admin/users/${memberId}`, { method: "PATCH", body: { password: "bo-new-password-1" } }), context);
    expect(res.status).toBe(200);
    expect((await users.GET(asUser(member, "/api/admin/users"))).status).toBe(401);
    await expect(signInAs(MEMBER.email, MEMBER.password)).rejects.toThrow(/401/);
    member = await signInAs(MEMBER.email, "bo-new-password-1");
    expect((await users.GET(asUser(member, "/api/admin/users"))).status).toBe(403);
  });

  it("keeps team settings to admins", async () => {
    const put = (cookie: string) => settings.PUT(asUser(cookie, "/api/settings/render", { method: "PUT", body: { backend: "onnx" } }));
    expect((await put(member)).status).toBe(403);
    expect((await put(admin)).status).toBe(200);
  });
});

// Last, so the accounts the tests above list stay as they expect.
describe("the network boundary in team mode", () => {
  it("refuses a disabled account's session on routes that never read the user too", async () => {
    const { sessionStands } = await import("@/lib/auth/current-user.server");
    const { updateUser } = await import("@/lib/auth/users.server");
    const dee = await addUser({ email: "dee@studio.example", password: "dee-password-789" });
    const cookie = await signInAs("dee@studio.example", "dee-password-789");
    expect((await guardRequest(asUser(cookie, "/api/expand"), TEAM, sessionStands)).action).toBe("pass");
    await updateUser(dee.id, { disabled: true });
    const refused = await guardRequest(asUser(cookie, "/api/expand"), TEAM, sessionStands);
    expect(refused.action === "refuse" && refused.response.status).toBe(401);
  });
});
