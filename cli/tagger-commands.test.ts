import { useTestDatabase } from "@/tests/support/test-database";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { makePng } from "@/tests/support/test-images";
import { writeTinyTagger } from "../lib/tagger/tiny-tagger/make-tiny-tagger";
import { modelCommands } from "./model-commands";
import { taggerCommands } from "./tagger-commands";

useTestDatabase();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "cli-tag-image-"));
const command = taggerCommands["tag-image"];
const run = (args: string[], flags: Record<string, string | true> = {}) => command.run(command.fromArgs(args, flags)) as Promise<Record<string, any>>;

describe("promptstudio tag-image", () => {
  it("answers {tags: [{tag, zh, score}], model} with the registered tagger, --threshold for general tags", async () => {
    const folder = path.join(tmp, "tiny-tagger");
    writeTinyTagger(folder);
    await modelCommands.models.run({ action: "add", target: folder });
    const image = path.join(tmp, "white.png");
    fs.writeFileSync(image, makePng(20, 10, [255, 255, 255]));
    const out = await run([image]);
    expect(out.model).toBe("tiny-tagger");
    expect(out.tags).toEqual([
      { tag: "white background", zh: "白色背景", score: expect.closeTo(0.9526, 2) },
      { tag: "1girl", zh: "一个女孩", score: 0.8176 },
      { tag: "solo", zh: "单人", score: 0.5 },
      { tag: "^_^", zh: expect.any(String), score: 0.4013 },
    ]);
    expect(out.ratings[0]).toEqual({ name: "general", zh: "全年龄", score: 0.8808 });
    expect(out.hiddenExplicit).toBe(1);
    const lower = await run([image], { threshold: "0.3", "character-threshold": "0.7", model: folder });
    expect(lower.tags.map((t: { tag: string }) => t.tag)).toEqual(["white background", "1girl", "saber \\(fate\\)", "solo", "^_^", "looking at viewer"]);
  });

  it("says what is wrong with its arguments", async () => {
    await expect(run([path.join(tmp, "missing.png")])).rejects.toThrow("no such file");
    fs.writeFileSync(path.join(tmp, "x.png"), makePng(4, 4, [0, 0, 0]));
    await expect(run([path.join(tmp, "x.png")], { threshold: "2" })).rejects.toThrow('"threshold" must be between 0 and 1');
    await expect(run([path.join(tmp, "x.png")], { mode: "ocr" })).rejects.toThrow('"mode" must be "tagger" or "clip"');
    await expect(run([path.join(tmp, "x.png")], { mode: "clip" })).rejects.toMatchObject({ code: "model_unavailable" });
  });
});
