import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { encodePngChunk, PNG_SIGNATURE } from "../lib/png/png-chunks";
import { writePngText } from "../lib/png/png-text";
import { cardCommands } from "./card-commands";

function pngWith(keyword: string, text: string): string {
  const ihdr = new Uint8Array(13);
  new DataView(ihdr.buffer).setUint32(0, 1);
  new DataView(ihdr.buffer).setUint32(4, 1);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const png = new Uint8Array(Buffer.concat([PNG_SIGNATURE, encodePngChunk("IHDR", ihdr), encodePngChunk("IDAT", new Uint8Array(zlib.deflateSync(Buffer.from([0, 1, 2, 3, 4])))), encodePngChunk("IEND", new Uint8Array())]));
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "pnginfo-")), "x.png");
  fs.writeFileSync(file, writePngText(png, [{ keyword, text }]));
  return file;
}

describe("CLI infotext and pnginfo", () => {
  it("infotext answers A1111's dict", () => {
    const out = cardCommands.infotext.run({ text: "a\nNegative prompt: b\nSteps: 20, Sampler: Euler a, Seed: 5" }) as { params: Record<string, unknown> };
    expect(out.params).toMatchObject({ Prompt: "a", "Negative prompt": "b", Steps: "20", Sampler: "Euler a", Seed: "5", "Clip skip": "1" });
  });

  it("pnginfo reads A1111, ComfyUI and NovelAI files", async () => {
    await expect(cardCommands.pnginfo.run({ file: pngWith("parameters", "cat\nSteps: 1, Seed: 2, Size: 8x8") })).resolves.toMatchObject({ source: "a1111", prompt: "cat" });
    const graph = { "1": { class_type: "KSampler", inputs: { positive: ["2", 0], negative: ["3", 0], steps: 9 } }, "2": { class_type: "CLIPTextEncode", inputs: { text: "p" } }, "3": { class_type: "CLIPTextEncode", inputs: { text: "n" } } };
    await expect(cardCommands.pnginfo.run({ file: pngWith("prompt", JSON.stringify(graph)) })).resolves.toMatchObject({ source: "comfyui", prompt: "p", negative: "n", params: { Steps: "9" } });
    await expect(cardCommands.pnginfo.run({ file: pngWith("Comment", JSON.stringify({ prompt: "x", uc: "y" })) })).resolves.toMatchObject({ source: "novelai", prompt: "x" });
  });

  it("says what is wrong with a missing or non-image file", async () => {
    await expect(cardCommands.pnginfo.run({ file: "/nonexistent.png" })).rejects.toThrow(/No such file/);
    const text = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "pnginfo-")), "a.txt");
    fs.writeFileSync(text, "hello");
    await expect(cardCommands.pnginfo.run({ file: text })).rejects.toThrow(/not a PNG, JPEG or WebP/);
  });

  it("refuses a directory or a device without reading it", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pnginfo-"));
    await expect(cardCommands.pnginfo.run({ file: dir })).rejects.toThrow(`${dir} is a folder, not an image file`);
    // /dev/zero never ends: reading it would fill memory.
    if (fs.existsSync("/dev/zero")) await expect(cardCommands.pnginfo.run({ file: "/dev/zero" })).rejects.toThrow(/is not a regular file/);
    const fifo = path.join(dir, "pipe.png");
    if (spawnSync("mkfifo", [fifo]).status === 0) await expect(cardCommands.pnginfo.run({ file: fifo })).rejects.toThrow(/is not a regular file/);
  });

  it("pnginfo FOLDER --jsonl answers one line per image in name order, errors included, without stopping", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pnginfo-"));
    fs.copyFileSync(pngWith("parameters", "a cat\nSteps: 1, Seed: 2, Size: 8x8"), path.join(dir, "b.png"));
    fs.writeFileSync(path.join(dir, "a.png"), "not a png");
    fs.writeFileSync(path.join(dir, "notes.txt"), "skipped");
    const lines: string[] = [];
    await cardCommands.pnginfo.runFiles!([dir, "/nonexistent.png"], (line) => lines.push(line));
    const out = lines.map((l) => JSON.parse(l));
    expect(out.map((o) => path.basename(o.file))).toEqual(["a.png", "b.png", "nonexistent.png"]);
    expect(out[0].error).toMatch(/not a PNG, JPEG or WebP/);
    expect(out[1]).toMatchObject({ source: "a1111", prompt: "a cat", params: { Steps: "1" } });
    expect(out[2].error).toMatch(/No such file/);
  });
});
