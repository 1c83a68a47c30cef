import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@/tests/support/test-database";
import { encodePngChunk, PNG_SIGNATURE } from "@/lib/png/png-chunks";
import { readPngText, writePngText } from "@/lib/png/png-text";
import { inflateZlib } from "@/lib/png/inflate.server";

useTestDatabase();
const cards = await import("./route");
const card = await import("./[slug]/route");
const cardImage = await import("./[slug]/image/route");
const cardExport = await import("./[slug]/export/route");
const cardImport = await import("./import/route");
const pnginfo = await import("../pnginfo/route");
const styles = await import("../styles/route");
const stylesCsv = await import("../styles/csv/route");
const infotext = await import("../infotext/route");

const json = (body: unknown, method = "POST", cookie?: string) =>
  new Request("http://localhost/api", { method, body: JSON.stringify(body), headers: cookie ? { cookie } : {} });
const asBrowser = (cookie: string | undefined, url = "http://x", method = "GET") => new Request(url, { method, headers: cookie ? { cookie } : {} });
const ownerOf = (res: Response) => res.headers.get("set-cookie")?.split(";")[0];
const ctx = (slug: string) => ({ params: Promise.resolve({ slug }) });

function tinyPng(): Uint8Array {
  const ihdr = new Uint8Array(13);
  new DataView(ihdr.buffer).setUint32(0, 1);
  new DataView(ihdr.buffer).setUint32(4, 1);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const idat = zlib.deflateSync(Buffer.from([0, 255, 0, 0, 255]));
  return new Uint8Array(Buffer.concat([PNG_SIGNATURE, encodePngChunk("IHDR", ihdr), encodePngChunk("IDAT", new Uint8Array(idat)), encodePngChunk("IEND", new Uint8Array())]));
}

const TUTORIAL = "masterpiece, 1girl\nNegative prompt: lowres\nSteps: 30, Sampler: DPM++ 2M Karras, CFG scale: 6, Seed: 1015468391, Size: 500x500, Model hash: d7465e52e1, Model: ghostmix_v12, Version: v1.2.1";

describe("cards API", () => {
  it("saves, shows, lists, unlists and deletes a card; a deleted card answers 404", async () => {
    const png = Buffer.from(tinyPng()).toString("base64");
    const res = await cards.POST(json({ title: "Cafe girl <script>", prompt: "1girl, (smile:1.2)", negative: "lowres", params: { Steps: "20", Seed: "7" }, tags: ["portrait"], image: png }));
    expect(res.status).toBe(200);
    const saved = await res.json();
    const owner = ownerOf(res);
    expect(owner).toMatch(/^ps_owner=[\w-]{22}$/);
    expect(res.headers.get("set-cookie")).toMatch(/HttpOnly; SameSite=Lax$/);
    expect(saved.slug).toMatch(/^[0-9a-zA-Z]{10}$/);
    expect(saved.hasImage).toBe(true);
    expect((await (await card.GET(new Request("http://x"), ctx(saved.slug))).json()).title).toBe("Cafe girl <script>");
    expect((await cardImage.GET(new Request("http://x"), ctx(saved.slug))).headers.get("content-type")).toBe("image/png");
    const list = await (await cards.GET(new Request("http://x/api/cards?tag=portrait"))).json();
    expect(list.cards.map((c: { slug: string }) => c.slug)).toContain(saved.slug);
    expect((await card.PATCH(json({ unlisted: true }, "PATCH", owner), ctx(saved.slug))).status).toBe(200);
    expect((await (await cards.GET(new Request("http://x/api/cards"))).json()).cards).toEqual([]);
    expect((await card.DELETE(asBrowser(owner, "http://x", "DELETE"), ctx(saved.slug))).status).toBe(200);
    expect((await card.GET(new Request("http://x"), ctx(saved.slug))).status).toBe(404);
  });

  it("lists unlisted cards only to the browser that saved them; others cannot edit or delete any card", async () => {
    const res = await cards.POST(json({ title: "Private draft", prompt: "secret prompt", unlisted: true }));
    const owner = ownerOf(res)!;
    const { slug } = await res.json();
    // The attack: GET /api/cards?unlisted=1 from anyone else listed every unlisted card.
    const stranger = "ps_owner=AAAAAAAAAAAAAAAAAAAAAA";
    for (const cookie of [undefined, stranger]) {
      const listed = await (await cards.GET(asBrowser(cookie, "http://x/api/cards?unlisted=1"))).json();
      expect(listed.cards.map((c: { slug: string }) => c.slug)).not.toContain(slug);
    }
    const mine = await (await cards.GET(asBrowser(owner, "http://x/api/cards?unlisted=1"))).json();
    expect(mine.cards).toMatchObject([{ slug, mine: true }]);
    // The attack: anyone could rename, relist or delete any card.
    for (const cookie of [undefined, stranger]) {
      const patch = await card.PATCH(json({ title: "pwned", unlisted: false }, "PATCH", cookie), ctx(slug));
      expect(patch.status).toBe(403);
      expect((await patch.json()).error).toMatchObject({ code: "forbidden", messageZh: expect.stringContaining("只有保存") });
      expect((await card.DELETE(asBrowser(cookie, "http://x", "DELETE"), ctx(slug))).status).toBe(403);
    }
    expect(await (await card.GET(asBrowser(stranger), ctx(slug))).json()).toMatchObject({ title: "Private draft", unlisted: true, mine: false });
    // A second card from the same browser keeps its owner id (no new cookie).
    expect(ownerOf(await cards.POST(json({ title: "Second", prompt: "x" }, "POST", owner)))).toBeUndefined();
    expect((await card.DELETE(asBrowser(owner, "http://x", "DELETE"), ctx(slug))).status).toBe(200);
  });

  it("refuses a card whose image is not an image, and saves nothing", async () => {
    const res = await cards.POST(json({ title: "bad", prompt: "x", image: Buffer.from("not an image at all").toString("base64") }));
    expect(res.status).toBe(400);
    expect((await (await cards.GET(new Request("http://x/api/cards?q=bad&unlisted=1"))).json()).cards).toEqual([]);
  });

  it("exports JSON that imports back, and a PNG that carries A1111 parameters", async () => {
    const saved = await (await cards.POST(json({ title: "Export me", prompt: "a cat, (smile:1.1)", negative: "lowres", params: { Steps: "20", Sampler: "Euler a", "Size-1": "512", "Size-2": "768" } }))).json();
    const exported = await (await cardExport.GET(new Request("http://x?format=json"), ctx(saved.slug))).json();
    expect(exported).toMatchObject({ format: "prompt-studio-card", version: 1, prompt: "a cat, (smile:1.1)" });
    const imported = await (await cardImport.POST(json(exported))).json();
    expect(imported).toMatchObject({ title: "Export me", prompt: "a cat, (smile:1.1)", negative: "lowres" });
    expect((await cardImport.POST(json({ format: "something else" }))).status).toBe(400);

    const png = new Uint8Array(await (await cardExport.GET(new Request("http://x?format=png"), ctx(saved.slug))).arrayBuffer());
    const text = readPngText(png, { inflate: inflateZlib });
    expect(text.parameters).toBe("a cat, (smile:1.1)\nNegative prompt: lowres\nSteps: 20, Sampler: Euler a, Size: 512x768");
  });
});

describe("PNG info API", () => {
  it("reads A1111 parameters out of an uploaded PNG", async () => {
    const png = writePngText(tinyPng(), [{ keyword: "parameters", text: TUTORIAL }]);
    const res = await pnginfo.POST(new Request("http://localhost/api/pnginfo", { method: "POST", body: new Uint8Array(png), headers: { "content-type": "image/png" } }));
    expect(await res.json()).toMatchObject({ source: "a1111", prompt: "masterpiece, 1girl", negative: "lowres", params: { Seed: "1015468391", "Size-1": "500" } });
  });

  it("answers bad uploads clearly", async () => {
    const notImage = await pnginfo.POST(new Request("http://localhost/api/pnginfo", { method: "POST", body: "hello", headers: { "content-type": "application/octet-stream" } }));
    expect(notImage.status).toBe(400);
    expect((await notImage.json()).error.messageZh).toBeTruthy();
    const huge = await pnginfo.POST(new Request("http://localhost/api/pnginfo", { method: "POST", body: "x", headers: { "content-length": String(60 * 1024 * 1024), "content-type": "image/png" } }));
    expect(huge.status).toBe(413);
    const noData = await pnginfo.POST(new Request("http://localhost/api/pnginfo", { method: "POST", body: new Uint8Array(tinyPng()), headers: { "content-type": "image/png" } }));
    expect((await noData.json()).error.message).toMatch(/No generation data/);
  });

  it("parses pasted generation text", async () => {
    expect(await (await infotext.POST(json({ text: TUTORIAL }))).json()).toMatchObject({ source: "a1111", params: { Model: "ghostmix_v12" } });
  });
});

describe("styles API", () => {
  it("imports styles.csv all-or-nothing, lists, exports and deletes", async () => {
    expect((await stylesCsv.POST(json({ csv: 'name,prompt,negative_prompt\nok,a,b\nbroken,"never closed\n' }))).status).toBe(400);
    expect((await (await styles.GET(new Request("http://x"))).json()).styles).toEqual([]);
    const res = await stylesCsv.POST(json({ csv: 'name,prompt,negative_prompt\nCinematic,"cinematic still, {prompt}",cartoon\n' }));
    expect(await res.json()).toEqual({ imported: 1 });
    await styles.POST(json({ name: "Mine", prompt: "masterpiece", negative: "" }));
    const csv = await (await stylesCsv.GET(new Request("http://x"))).text();
    expect(csv).toContain('Cinematic,"cinematic still, {prompt}",cartoon');
    expect((await styles.DELETE(new Request("http://x?name=Mine", { method: "DELETE" }))).status).toBe(200);
    expect((await styles.DELETE(new Request("http://x?name=Mine", { method: "DELETE" }))).status).toBe(404);
  });
});
