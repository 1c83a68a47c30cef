import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { unpackCompletionIndex } from "@/lib/dictionary/completion-index-wire";
import { useTestDatabase } from "@/tests/support/test-database";

useTestDatabase();
const { GET: search } = await import("./route");
const { POST: favorite } = await import("./favorites/route");
const { POST: translate } = await import("../translate/route");
const presets = await import("../presets/route");
const { GET: completions } = await import("./completions/route");
const content = await import("../settings/content/route");

const post = (body: unknown) => new Request("http://localhost/api", { method: "POST", body: JSON.stringify(body) });

describe("dictionary, translate and presets API", () => {
  it("searches with q, category and limit", async () => {
    const res = await search(new Request("http://localhost/api/dictionary?q=jinfa&limit=3"));
    const body = await res.json();
    expect(body.results[0]).toMatchObject({ tag: "blonde hair", zh: "金发", category: "appearance" });
    expect(body.results.length).toBeLessThanOrEqual(3);
    const bad = await search(new Request("http://localhost/api/dictionary?category=nope"));
    expect(bad.status).toBe(400);
  });

  it("answers a 10,000-character query and regex characters calmly", async () => {
    const res = await search(new Request(`http://localhost/api/dictionary?q=${encodeURIComponent("(*[".repeat(3000))}`));
    expect(res.status).toBe(200);
    expect((await res.json()).results).toEqual([]);
  });

  it("marks favourites, 404 for an unknown tag", async () => {
    expect((await favorite(post({ tag: "smile", favorite: true }))).status).toBe(200);
    expect((await favorite(post({ tag: "zzz-not-a-tag", favorite: true }))).status).toBe(404);
  });

  it("translates keeping syntax", async () => {
    const res = await translate(post({ text: "(金色长发:1.2), 白色连衣裙, 坐在咖啡馆, [微笑|大笑]", direction: "zh-en" }));
    expect((await res.json()).text).toBe("(blonde hair, long hair:1.2), white dress, sitting in cafe, [smile|laughing]");
  });

  it("lists, saves and deletes presets", async () => {
    const saved = await (await presets.POST(post({ name: "mine", tags: ["blurry", "text"] }))).json();
    const list = await (await presets.GET(new Request("http://localhost/api/presets"))).json();
    expect(list.builtin.length).toBeGreaterThanOrEqual(7);
    expect(list.user).toEqual([saved]);
    expect((await presets.DELETE(new Request(`http://localhost/api/presets?id=${saved.id}`, { method: "DELETE" }))).status).toBe(200);
    expect((await presets.DELETE(new Request(`http://localhost/api/presets?id=${saved.id}`, { method: "DELETE" }))).status).toBe(404);
  });

  it("serves the suggestion index with an ETag, and hides explicit tags until the user shows them", async () => {
    const first = await completions(new Request("http://localhost/api/dictionary/completions"));
    expect(first.headers.get("x-show-explicit")).toBe("0");
    const index = unpackCompletionIndex(zlib.gunzipSync(Buffer.from(await first.arrayBuffer())));
    expect(index.rows.length).toBeGreaterThan(80_000);
    expect(index.rows.find((r) => r.tag === "blonde hair")).toMatchObject({ zh: "金发", category: "appearance" });
    const etag = first.headers.get("etag")!;
    expect((await completions(new Request("http://localhost/api/dictionary/completions", { headers: { "if-none-match": etag } }))).status).toBe(304);

    expect((await (await search(new Request("http://localhost/api/dictionary?q=nude"))).json()).results.map((r: { tag: string }) => r.tag)).not.toContain("nude");
    const saved = await content.PUT(new Request("http://localhost/api/settings/content", { method: "PUT", body: JSON.stringify({ showExplicit: true }) }));
    expect(await saved.json()).toEqual({ showExplicit: true });
    expect((await (await search(new Request("http://localhost/api/dictionary?q=nude"))).json()).results.map((r: { tag: string }) => r.tag)).toContain("nude");
    const after = await completions(new Request("http://localhost/api/dictionary/completions", { headers: { "if-none-match": etag } }));
    expect(after.status).toBe(200);
    expect(after.headers.get("x-show-explicit")).toBe("1");
    await content.PUT(new Request("http://localhost/api/settings/content", { method: "PUT", body: JSON.stringify({ showExplicit: false }) }));
    expect((await content.PUT(new Request("http://localhost/api/settings/content", { method: "PUT", body: JSON.stringify({ showExplicit: "yes" }) }))).status).toBe(400);
  });
});
