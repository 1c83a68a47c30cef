import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "@/tests/support/test-database";
import { asUser, signInAs, useTeamMode } from "@/tests/support/team-session";

useTestDatabase();
useTeamMode();
const { addUser } = await import("@/lib/auth/users.server");
const cards = await import("./route");
const card = await import("./[slug]/route");
const image = await import("./[slug]/image/route");

const people = { ann: "ann@studio.example", bo: "bo@studio.example", boss: "boss@studio.example" };
const cookie: Record<keyof typeof people, string> = { ann: "", bo: "", boss: "" };
const PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

beforeAll(async () => {
  for (const [who, email] of Object.entries(people) as Array<[keyof typeof people, string]>) {
    await addUser({ email, password: `${who}-password-123`, role: who === "boss" ? "admin" : "member" });
    cookie[who] = await signInAs(email, `${who}-password-123`);
  }
});

const save = async (who: keyof typeof people, title: string, visibility?: string) => {
  const res = await cards.POST(asUser(cookie[who], "/api/cards", { method: "POST", body: { title, prompt: "1girl", image: PNG, ...(visibility ? { visibility } : {}) } }));
  expect(res.status).toBe(200);
  expect(res.headers.get("set-cookie")).toBeNull(); // team mode owns cards by user, not by a browser cookie
  return (await res.json()) as { slug: string; visibility: string; mine: boolean };
};
const context = (slug: string) => ({ params: Promise.resolve({ slug }) });
const get = (who: keyof typeof people | null, slug: string) => card.GET(asUser(who && cookie[who], `/api/cards/${slug}`), context(slug));
const remove = (who: keyof typeof people, slug: string) => card.DELETE(asUser(cookie[who], `/api/cards/${slug}`, { method: "DELETE" }), context(slug));

describe("cards in team mode", () => {
  it("are the team's by default; a member cannot delete another member's card, its owner and an admin can", async () => {
    const mine = await save("ann", "Ann's team card");
    expect(mine).toMatchObject({ visibility: "team", mine: true });
    expect(await (await get("bo", mine.slug)).json()).toMatchObject({ title: "Ann's team card", mine: false });
    const refused = await remove("bo", mine.slug);
    expect(refused.status).toBe(403);
    expect((await refused.json()).error.messageZh).toBe("只有卡片的主人或团队管理员才能修改或删除它。");
    expect((await get("ann", mine.slug)).status).toBe(200);
    expect((await remove("boss", mine.slug)).status).toBe(200);
    expect((await get("ann", mine.slug)).status).toBe(404);
    const other = await save("bo", "Bo's card");
    expect((await remove("bo", other.slug)).status).toBe(200);
  });

  it("hides a private card from other members (404, as if it did not exist) and from the gallery", async () => {
    const secret = await save("ann", "Ann's private card", "private");
    expect((await get("bo", secret.slug)).status).toBe(404);
    expect((await get("boss", secret.slug)).status).toBe(200);
    const list = async (who: keyof typeof people) => ((await (await cards.GET(asUser(cookie[who], "/api/cards"))).json()) as { cards: Array<{ slug: string }> }).cards.map((c) => c.slug);
    expect(await list("bo")).not.toContain(secret.slug);
    expect(await list("ann")).toContain(secret.slug);
  });

  it("opens a public-link card and its image to a visitor who is not signed in, and nothing else", async () => {
    const shared = await save("ann", "Shared by link", "link");
    const team = await save("ann", "Team only");
    expect((await get(null, shared.slug)).status).toBe(200);
    expect((await image.GET(asUser(null, `/api/cards/${shared.slug}/image`), context(shared.slug))).status).toBe(200);
    expect((await get(null, team.slug)).status).toBe(404);
    expect((await image.GET(asUser(null, `/api/cards/${team.slug}/image`), context(team.slug))).status).toBe(404);
  });
});
