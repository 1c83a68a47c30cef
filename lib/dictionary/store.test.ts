import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../tests/support/test-database";

useTestDatabase();
const store = await import("./store.server");
const { getPrisma } = await import("../db/client.server");
const { searchDictionary } = await import("./search");

describe("the dictionary store", () => {
  beforeAll(async () => {
    await store.getDictionary();
  });

  it("loads every built-in entry into the database", async () => {
    expect(await getPrisma().tagEntry.count()).toBeGreaterThanOrEqual(5000);
  });

  it("keeps the user's entries, edits and favourites when the files are synced again", async () => {
    await store.saveUserEntry({ tag: "my oc", zh: "我的原创角色", aliases: [], category: "subject", sub: "character", pop: 3 });
    await store.saveUserEntry({ tag: "long hair", zh: "长头发（我的说法）", aliases: [], category: "appearance", sub: "hair length", pop: 5 });
    await store.setFavorite("smile", true);
    await getPrisma().appState.deleteMany({});
    await store.syncBuiltinEntries();
    const dict = await store.getDictionary();
    expect(dict.byTag.get("my oc")?.entry.zh).toBe("我的原创角色");
    expect(dict.byTag.get("long hair")?.entry.zh).toBe("长头发（我的说法）");
    expect(dict.byTag.get("smile")?.entry.favorite).toBe(true);
    expect(searchDictionary(dict, "我的原创")[0].tag).toBe("my oc");
  });

  it("says when a favourite's tag does not exist", async () => {
    await expect(store.setFavorite("no such tag at all", true)).rejects.toMatchObject({ code: "not_found" });
  });
});
