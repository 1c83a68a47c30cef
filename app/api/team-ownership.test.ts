import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "@/tests/support/test-database";
import { asUser, signInAs, useTeamMode } from "@/tests/support/team-session";

// What belongs to one team member stays theirs: history, presets, stars; styles and dictionary entries change only by
// their owner or an admin.
useTestDatabase();
useTeamMode();
const { addUser } = await import("@/lib/auth/users.server");
const history = await import("./history/route");
const presets = await import("./presets/route");
const favorites = await import("./dictionary/favorites/route");
const dictionary = await import("./dictionary/route");
const entries = await import("./dictionary/entries/route");
const styles = await import("./styles/route");

const cookie = { ann: "", bo: "", boss: "" };
type Who = keyof typeof cookie;
beforeAll(async () => {
  for (const who of Object.keys(cookie) as Who[]) {
    await addUser({ email: `${who}@studio.example`, password: `${who}-password-123`, role: who === "boss" ? "admin" : "member" });
    cookie[who] = await signInAs(`${who}@studio.example`, `${who}-password-123`);
  }
}, 30_000);

const call = async (handler: (r: Request) => Promise<Response>, who: Who | null, path: string, method = "GET", body?: unknown) => {
  const res = await handler(asUser(who && cookie[who], path, { method, body }));
  return { status: res.status, body: await res.json() };
};

describe("team mode: each member's own", () => {
  it("keeps history per member, and refuses a signed-out request", async () => {
    await call(history.POST, "ann", "/api/history", "POST", { prompt: "ann's cat", negative: "" });
    await call(history.POST, "bo", "/api/history", "POST", { prompt: "bo's dog", negative: "" });
    expect((await call(history.GET, "ann", "/api/history")).body.items.map((i: { prompt: string }) => i.prompt)).toEqual(["ann's cat"]);
    expect((await call(history.GET, "bo", "/api/history?q=CAT")).body.items).toEqual([]);
    expect((await call(history.GET, null, "/api/history")).status).toBe(401);
  });

  it("keeps negative presets per member; another's cannot be deleted", async () => {
    const saved = await call(presets.POST, "ann", "/api/presets", "POST", { name: "mine", tags: ["lowres"] });
    expect((await call(presets.GET, "bo", "/api/presets")).body.user).toEqual([]);
    expect((await call(presets.DELETE, "bo", `/api/presets?id=${saved.body.id}`, "DELETE")).status).toBe(404);
    expect((await call(presets.GET, "ann", "/api/presets")).body.user.map((p: { name: string }) => p.name)).toEqual(["mine"]);
  });

  it("keeps stars per member, starred tags first in their search", async () => {
    await call(favorites.POST, "ann", "/api/dictionary/favorites", "POST", { tag: "long hair", favorite: true });
    const search = async (who: Who) => (await call(dictionary.GET, who, "/api/dictionary?q=hair&limit=50")).body.results as Array<{ tag: string; favorite: boolean }>;
    const anns = await search("ann");
    expect(anns[0]).toMatchObject({ tag: "long hair", favorite: true });
    expect((await search("bo")).some((r) => r.favorite)).toBe(false);
    // Autocomplete's worker asks for them too (the shared index carries nobody's stars).
    expect((await call(favorites.GET, "ann", "/api/dictionary/favorites")).body).toEqual({ tags: ["long hair"] });
    expect((await call(favorites.GET, "bo", "/api/dictionary/favorites")).body).toEqual({ tags: [] });
  });
});

describe("team mode: owned by one, changed by the owner or an admin", () => {
  it("lets a member change only their own styles; private ones stay hidden from others", async () => {
    expect((await call(styles.POST, "ann", "/api/styles", "POST", { name: "Ann's look", prompt: "{prompt}, film grain", visibility: "private" })).status).toBe(200);
    expect((await call(styles.GET, "bo", "/api/styles")).body.styles).toEqual([]);
    expect((await call(styles.POST, "ann", "/api/styles", "POST", { name: "Team look", prompt: "{prompt}, soft light" })).status).toBe(200);
    const seen = (await call(styles.GET, "bo", "/api/styles")).body.styles;
    expect(seen).toEqual([expect.objectContaining({ name: "Team look", mine: false, visibility: "team" })]);
    const refused = await call(styles.POST, "bo", "/api/styles", "POST", { name: "Team look", prompt: "overwritten" });
    expect(refused.status).toBe(403);
    expect((await call(styles.DELETE, "bo", "/api/styles?name=Team%20look", "DELETE")).status).toBe(403);
    expect((await call(styles.DELETE, "boss", "/api/styles?name=Team%20look", "DELETE")).status).toBe(200);
  });

  it("refuses a member's styles.csv import that would replace a built-in style; an admin's goes through", async () => {
    const { getPrisma } = await import("@/lib/db/client.server");
    const { importStyles } = await import("@/lib/styles/styles.server");
    await getPrisma().style.create({ data: { name: "Built-in look", prompt: "{prompt}, studio light", negative: "" } });
    const member = { id: (await getPrisma().user.findUniqueOrThrow({ where: { email: "bo@studio.example" } })).id, admin: false, team: true };
    await expect(importStyles([{ name: "Built-in look", prompt: "hijacked", negative: "" }], member)).rejects.toMatchObject({ code: "forbidden" });
    expect((await getPrisma().style.findUniqueOrThrow({ where: { name: "Built-in look" } })).prompt).toBe("{prompt}, studio light");
    expect(await importStyles([{ name: "Built-in look", prompt: "{prompt}, new light", negative: "" }], { ...member, admin: true })).toBe(1);
  });

  it("answers two adds of one email at once with one account and one conflict", async () => {
    const results = await Promise.allSettled([0, 1].map(() => addUser({ email: "twice@studio.example", password: "twice-password-123" })));
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "conflict" } });
  });

  it("lets a member add dictionary entries and change only those; built-ins are the admins'", async () => {
    const entry = { tag: "ann special", zh: "安的词", category: "style", sub: "misc", pop: 3 };
    const added = await call(entries.POST, "ann", "/api/dictionary/entries", "POST", entry);
    expect(added.status, JSON.stringify(added.body)).toBe(200);
    const other = await call(entries.POST, "bo", "/api/dictionary/entries", "POST", { ...entry, zh: "改掉" });
    expect(other.status, JSON.stringify(other.body)).toBe(403);
    expect((await call(entries.POST, "ann", "/api/dictionary/entries", "POST", { ...entry, zh: "安的新词" })).status).toBe(200);
    const builtin = { tag: "long hair", zh: "长长的头发", category: "appearance", sub: "hair", pop: 5 };
    expect((await call(entries.POST, "bo", "/api/dictionary/entries", "POST", builtin)).status).toBe(403);
    expect((await call(entries.POST, "boss", "/api/dictionary/entries", "POST", builtin)).status).toBe(200);
  });
});
