import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@/tests/support/test-database";

useTestDatabase();
const { resolveModel } = await import("./resolve-model.server");
const { registerModel } = await import("../../../models/model-registry.server");

describe("resolveModel for web requests: registered ids only", () => {
  it("gives the same unknown-model answer for any path, whether or not it exists (no probing the disk)", async () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), "probe-"));
    fs.mkdirSync(path.join(home, ".ssh"));
    fs.writeFileSync(path.join(home, ".ssh", "id_ed25519"), "secret");
    const registered = await registerModel({ name: "tiny-sd", path: path.join(home, "tiny-sd"), kind: "sd1", sizeBytes: 1, sha256: null });
    expect((await resolveModel(registered.id, { folders: false })).folder).toBe(registered.path);

    const probes = [path.join(home, ".ssh"), path.join(home, ".ssh", "id_ed25519"), path.join(home, "nothing-here"), "..", "/", registered.path];
    const answers = await Promise.all(probes.map((p) => resolveModel(p, { folders: false }).then(() => "resolved", (e: Error & { code?: string }) => `${e.code}: ${e.message}`)));
    expect(new Set(answers)).toEqual(new Set(["not_found: Unknown model: name a registered model by its id (see: promptstudio models list)."]));
  });

  it("still takes a folder on the command line", async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "cli-model-"));
    expect((await resolveModel(folder)).folder).toBe(folder);
  });
});
