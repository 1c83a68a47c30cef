import { useTestDatabase } from "@/tests/support/test-database";
import { describe, expect, it } from "vitest";
import { findModel, listModels, modelIdFrom, registerModel, removeModel, saveModelHash } from "./model-registry.server";

useTestDatabase();
const entry = (name: string, path: string) => ({ name, path, kind: "sd1" as const, sizeBytes: 5 * 2 ** 30, sha256: null });

describe("model registry", () => {
  it("makes command-line ids from names", () => {
    expect(["stabilityai/sd-turbo", "My Model (v2)", "/models/x/", "中文", "第二个 模型!", "★★"].map(modelIdFrom))
      .toEqual(["sd-turbo", "my-model-v2", "x", "中文", "第二个-模型", "model"]);
  });

  it("registers, finds by id or folder, lists newest first, keeps sizes above 2 GB, and removes", async () => {
    const a = await registerModel(entry("runwayml/stable-diffusion-v1-5", "/models/a"));
    await new Promise((resolve) => setTimeout(resolve, 5)); // a later addedAt
    const b = await registerModel(entry("stable-diffusion-v1-5", "/models/b"));
    expect([a.id, b.id]).toEqual(["stable-diffusion-v1-5", "stable-diffusion-v1-5-2"]);
    expect(a.sizeBytes).toBe(5 * 2 ** 30);
    expect((await findModel("/models/b"))?.id).toBe(b.id);
    expect((await registerModel({ ...entry("renamed", "/models/a"), kind: "sd2" })).id).toBe(a.id); // same folder: updated
    await saveModelHash(a.id, "ab".repeat(32));
    expect(await findModel(a.id)).toMatchObject({ name: "renamed", kind: "sd2", sha256: "ab".repeat(32) });
    expect((await listModels()).map((m) => m.id)).toEqual([b.id, a.id]);
    expect((await removeModel(a.id)).path).toBe("/models/a");
    await expect(removeModel(a.id)).rejects.toMatchObject({ code: "not_found", message: `No model is registered as "${a.id}" (see: promptstudio models list).` });
    expect(await findModel("nothing")).toBeNull();
  });

  it("keeps display names in any language, with ids that stay unique", async () => {
    const a = await registerModel(entry("第二个模型", "/models/zh-a"));
    const b = await registerModel(entry("第二个模型", "/models/zh-b"));
    const c = await registerModel(entry("★", "/models/star"));
    expect([a.id, b.id, c.id]).toEqual(["第二个模型", "第二个模型-2", "model"]);
    expect([a.name, b.name]).toEqual(["第二个模型", "第二个模型"]);
    expect((await findModel("第二个模型-2"))?.path).toBe("/models/zh-b");
  });
});
