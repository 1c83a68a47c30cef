import { useTestDatabase } from "@/tests/support/test-database";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startFakeHub } from "@/tests/support/fake-hub";
import { writeTinyModel } from "../lib/render/backends/onnx/tiny-model/make-tiny-model";
import { writeTinyTagger } from "../lib/tagger/tiny-tagger/make-tiny-tagger";
import { formatProgress, modelCommands } from "./model-commands";

useTestDatabase();
const { models } = modelCommands;
const tmp = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), prefix));
const run = (args: string[], flags: Record<string, string | true> = {}) => models.run(models.fromArgs(args, flags)) as Promise<Record<string, any>>;
const servers: Array<{ close: () => Promise<void> }> = [];
afterAll(() => Promise.all(servers.map((s) => s.close())));

describe("promptstudio models", () => {
  it("adds, lists and removes a local export", async () => {
    const folder = path.join(tmp("cli-models-"), "tiny-sd");
    writeTinyModel(folder);
    const { model } = await run(["add", folder]);
    expect(model).toMatchObject({ id: "tiny-sd", name: "tiny-sd", path: folder, kind: "custom" });
    expect(model.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect((await run(["list"])).models.map((m: { id: string }) => m.id)).toEqual(["tiny-sd"]);
    expect((await run(["remove", "tiny-sd"])).removed.id).toBe("tiny-sd");
    expect((await run(["list"])).models).toEqual([]);
  });

  it("refuses a folder that is not a usable export, saying why", async () => {
    const folder = tmp("cli-bad-");
    writeTinyModel(folder);
    fs.writeFileSync(path.join(folder, "vae_decoder/model.onnx"), "not onnx");
    await expect(run(["add", folder])).rejects.toMatchObject({ code: "invalid_input", message: expect.stringContaining("- vae_decoder/model.onnx could not be loaded") });
    await expect(run(["fetch"])).rejects.toThrow('expected "add", "list", "remove" or "pull"');
  });

  it("pulls from a hub endpoint and registers the model under the repository's name", async () => {
    const source = tmp("cli-hub-");
    writeTinyModel(source);
    const server = await startFakeHub({ repo: "someone/tiny-sd-onnx", folder: source });
    servers.push(server);
    const dir = tmp("cli-pulled-");
    const out = await run(["pull", "someone/tiny-sd-onnx"], { endpoint: server.endpoint, dir });
    expect(out.model).toMatchObject({ id: "tiny-sd-onnx", name: "someone/tiny-sd-onnx", path: path.join(dir, "someone--tiny-sd-onnx") });
    expect(out.files).toBe(8);
  });

  it("pulls a WD-style tagger and registers it as a tagger, leaving the PyTorch weights behind", async () => {
    const source = tmp("cli-hub-tagger-");
    writeTinyTagger(source);
    fs.writeFileSync(path.join(source, "model.safetensors"), "weights");
    fs.writeFileSync(path.join(source, "README.md"), "# tagger");
    const server = await startFakeHub({ repo: "SmilingWolf/wd-tiny-tagger-v3", folder: source });
    servers.push(server);
    const dir = tmp("cli-pulled-");
    const out = await run(["pull", "SmilingWolf/wd-tiny-tagger-v3"], { endpoint: server.endpoint, dir });
    expect(out.model).toMatchObject({ id: "wd-tiny-tagger-v3", kind: "tagger", sha256: null, path: path.join(dir, "SmilingWolf--wd-tiny-tagger-v3") });
    expect(out.files).toBe(2);
    expect(fs.readdirSync(out.model.path).sort()).toEqual(["model.onnx", "selected_tags.csv"]);
    // `models add` recognises a tagger folder too, and renders never pick it.
    const copy = path.join(tmp("cli-tagger-"), "copied-tagger");
    fs.cpSync(source, copy, { recursive: true });
    expect((await run(["add", copy])).model).toMatchObject({ id: "copied-tagger", kind: "tagger" });
    const { getDefaultModel } = await import("../lib/render/backends/onnx/resolve-model.server");
    expect((await getDefaultModel())?.kind ?? null).not.toBe("tagger");
  });

  it("draws a progress bar", () => {
    expect(formatProgress(512 * 1024, 1024 * 1024, "unet/model.onnx")).toBe("[###############...............]  50%  0.5/1.0 MB  unet/model.onnx");
    expect(formatProgress(0, 0, "x", 4)).toBe("[....]   0%  0.0/0.0 MB  x");
  });
});
