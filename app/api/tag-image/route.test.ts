import { useTestDatabase } from "@/tests/support/test-database";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { makePng } from "@/tests/support/test-images";
import { addReaderModelFolder } from "@/lib/tagger/install-reader-model.server";
import { writeTinyTagger } from "@/lib/tagger/tiny-tagger/make-tiny-tagger";
import { MAX_TAG_IMAGE_BYTES } from "./schema";

useTestDatabase();
const { POST } = await import("./route");

const post = (fields: Record<string, string | Blob>) => {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  return POST(new Request("http://localhost/api/tag-image", { method: "POST", body: form, headers: { host: "localhost" } }));
};
const png = (rgb: [number, number, number]) => new Blob([Uint8Array.from(makePng(16, 16, rgb))], { type: "image/png" });

describe("POST /api/tag-image", () => {
  it("answers 503 with how to get a tagger when none is installed", async () => {
    const res = await post({ file: png([255, 255, 255]) });
    expect(res.status).toBe(503);
    expect((await res.json()).error).toMatchObject({ code: "model_unavailable", messageZh: expect.stringContaining("尚未安装图片打标模型") });
  });

  it("tags an uploaded image with the registered tagger, thresholds from the form", async () => {
    const folder = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "route-tagger-")), "tiny-tagger");
    writeTinyTagger(folder);
    const model = await addReaderModelFolder(folder, "tagger");
    const res = await post({ file: png([255, 255, 255]), threshold: "0.3", characterThreshold: "0.7" });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ mode: "tagger", model: model.id, hiddenExplicit: 1 });
    expect(body.tags.map((t: { tag: string }) => t.tag)).toEqual(["white background", "1girl", "saber \\(fate\\)", "solo", "^_^", "looking at viewer"]);
    expect(body.tags[1]).toEqual({ tag: "1girl", name: "1girl", zh: "一个女孩", score: expect.closeTo(0.8176, 3), kind: "general" });
    expect(body.ratings[0]).toEqual({ name: "general", zh: "全年龄", score: expect.closeTo(0.8808, 3) });
    const defaults = await (await post({ file: png([255, 255, 255]), threshold: "" })).json();
    expect(defaults.tags.map((t: { name: string }) => t.name)).toEqual(["white_background", "1girl", "solo", "^_^"]);
  });

  it("refuses what is not an upload, bad fields, empty and oversized files, and unknown models", async () => {
    const json = await POST(new Request("http://localhost/api/tag-image", { method: "POST", body: "{}", headers: { host: "localhost", "content-type": "application/json" } }));
    expect(json.status).toBe(403); // refused at the network boundary: this route only takes uploads
    expect((await post({ image: png([0, 0, 0]) })).status).toBe(400);
    const bad = await post({ file: png([0, 0, 0]), threshold: "2", mode: "ocr" });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toMatch(/^Invalid request: mode: .*; threshold: /);
    expect((await post({ file: new Blob([]) })).status).toBe(400);
    expect((await post({ file: new Blob([new Uint8Array(MAX_TAG_IMAGE_BYTES + 1)]) })).status).toBe(413);
    const unknown = await post({ file: png([0, 0, 0]), model: "/etc" });
    expect(unknown.status).toBe(404);
    expect((await post({ file: new Blob([new Uint8Array([1, 2, 3])]) })).status).toBe(400);
  });
});
