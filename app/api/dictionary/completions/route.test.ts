import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { completeTag } from "@/lib/dictionary/complete";
import { unpackCompletionIndex } from "@/lib/dictionary/completion-index-wire";
import { useTestDatabase } from "@/tests/support/test-database";

useTestDatabase();
const { GET } = await import("./route");
const get = (query: string, headers: Record<string, string> = {}) => GET(new Request(`http://localhost/api/dictionary/completions${query}`, { headers }));

describe("GET /api/dictionary/completions", () => {
  it("sends the prebuilt index as a gzip file, revalidated by ETag", async () => {
    const res = await get("?format=index");
    expect(res.headers.get("content-type")).toBe("application/gzip");
    expect(res.headers.get("x-show-explicit")).toBe("0");
    const index = unpackCompletionIndex(zlib.gunzipSync(Buffer.from(await res.arrayBuffer())));
    expect(index.rows.length).toBeGreaterThan(80_000);
    expect(completeTag(index, "blon")[0]).toMatchObject({ tag: "blonde hair", zh: "金发", category: "appearance" });
    expect(completeTag(index, "smw")[0].tag).toBe("twintails");
    expect((await get("?format=index", { "if-none-match": res.headers.get("etag")! })).status).toBe(304);
  });

  it("answers the index without a format too, and refuses a format it does not know (the JSON rows are gone)", async () => {
    expect((await get("")).headers.get("content-type")).toBe("application/gzip");
    for (const format of ["csv", "rows"]) expect((await get(`?format=${format}`)).status).toBe(400);
  });
});
