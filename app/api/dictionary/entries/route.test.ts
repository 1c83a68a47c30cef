import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@/tests/support/test-database";

useTestDatabase();
const entries = await import("./route");
const { GET: search } = await import("../route");
const { getPrisma } = await import("@/lib/db/client.server");

const masterpieceZh = async () => {
  const { results } = await (await search(new Request("http://localhost/api/dictionary?q=masterpiece&limit=5"))).json();
  return results.find((r: { tag: string }) => r.tag === "masterpiece")?.zh as string;
};

describe("resetting a built-in dictionary entry", () => {
  it("puts masterpiece back after an edit renamed it to 垃圾, and lists edited entries", async () => {
    const shipped = await masterpieceZh();
    expect(shipped).toBeTruthy();
    // What the cross-site request did: a permanent user edit of a built-in entry.
    const edit = await entries.POST(new Request("http://localhost/api", { method: "POST", body: JSON.stringify({ tag: "masterpiece", zh: "垃圾", category: "quality", sub: "quality", pop: 5 }) }));
    expect(edit.status).toBe(200);
    expect(await masterpieceZh()).toBe("垃圾");
    expect(await (await entries.GET(new Request("http://localhost/api/dictionary/entries"))).json()).toEqual({ edited: ["masterpiece"] });

    const reset = await entries.DELETE(new Request("http://localhost/api/dictionary/entries?tag=masterpiece", { method: "DELETE" }));
    expect(reset.status).toBe(200);
    expect((await reset.json()).reset).toMatchObject({ tag: "masterpiece", zh: shipped });
    expect(await masterpieceZh()).toBe(shipped);
    expect(await (await entries.GET(new Request("http://localhost/api/dictionary/entries"))).json()).toEqual({ edited: [] });
    expect(await getPrisma().tagEntry.findUnique({ where: { key: "masterpiece" } })).toMatchObject({ source: "builtin", edited: false, zh: shipped });
  });

  it("answers 404 for a tag the files do not ship, and 400 without a tag", async () => {
    await entries.POST(new Request("http://localhost/api", { method: "POST", body: JSON.stringify({ tag: "my own oc", zh: "我的角色", category: "subject", sub: "character", pop: 3 }) }));
    const res = await entries.DELETE(new Request("http://localhost/api/dictionary/entries?tag=my%20own%20oc", { method: "DELETE" }));
    expect(res.status).toBe(404);
    expect((await res.json()).error.messageZh).toContain("不是内置词条");
    expect((await entries.DELETE(new Request("http://localhost/api/dictionary/entries", { method: "DELETE" }))).status).toBe(400);
  });
});
