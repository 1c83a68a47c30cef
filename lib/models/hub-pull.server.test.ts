import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startFakeHub } from "@/tests/support/fake-hub";
import { writeTinyModel } from "../render/backends/onnx/tiny-model/make-tiny-model";
import { AppError } from "../errors";
import { selectHubFiles } from "./hub-files";
import { pullModel, type PullProgress } from "./hub-pull.server";

const tmp = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), prefix));
const source = tmp("hub-source-");
writeTinyModel(source);
const servers: Array<{ close: () => Promise<void> }> = [];
afterAll(() => Promise.all(servers.map((s) => s.close())));

async function hub(options: Omit<Parameters<typeof startFakeHub>[0], "repo" | "folder"> = {}) {
  const server = await startFakeHub({ repo: "test/tiny-sd", folder: source, ...options });
  servers.push(server);
  return server;
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const same = (a: string, b: string, file: string) => fs.readFileSync(path.join(a, file)).equals(fs.readFileSync(path.join(b, file)));

describe("pullModel", () => {
  it("downloads the export into models/<owner>--<name>, following redirects, with progress", async () => {
    const server = await hub({ redirect: true });
    const modelsDir = tmp("models-");
    const progress: PullProgress[] = [];
    const pulled = await pullModel("test/tiny-sd", { endpoint: server.endpoint, modelsDir, onProgress: (p) => progress.push(p) });
    expect(pulled.folder).toBe(path.join(modelsDir, "test--tiny-sd"));
    expect(pulled.files.map((f) => f.path)).toContain("unet/model.onnx");
    for (const file of pulled.files) expect(same(source, pulled.folder, file.path)).toBe(true);
    expect(fs.readdirSync(pulled.folder, { recursive: true }).some((f) => String(f).endsWith(".part"))).toBe(false);
    const total = progress[0].totalBytes;
    expect(progress.at(-1)!.bytes).toBe(total);
    expect(progress.every((p, i) => i === 0 || p.bytes >= progress[i - 1].bytes)).toBe(true);
    expect(pulled.downloadedBytes).toBe(total);
    expect(server.requests[0].url).toBe("/api/models/test/tiny-sd?blobs=true");

    const again = await pullModel("test/tiny-sd", { endpoint: server.endpoint, modelsDir });
    expect(again.downloadedBytes).toBe(0); // complete files are kept
  });

  it("resumes an interrupted download with a Range request into the .part file", async () => {
    const server = await hub({ dropAfter: { path: "text_encoder/model.onnx", bytes: 20_000 } });
    const modelsDir = tmp("models-");
    const error = await failure(pullModel("test/tiny-sd", { endpoint: server.endpoint, modelsDir }));
    expect(error.code).toBe("model_unavailable");
    expect(error.message).toMatch(/^The download of text_encoder\/model\.onnx stopped after 20000 bytes .*run the same command again to resume\.$/);
    const part = path.join(modelsDir, "test--tiny-sd", "text_encoder", "model.onnx.part");
    expect(fs.statSync(part).size).toBe(20_000);

    const pulled = await pullModel("test/tiny-sd", { endpoint: server.endpoint, modelsDir });
    const resumed = server.requests.filter((r) => r.url.endsWith("/text_encoder/model.onnx"));
    expect(resumed.map((r) => r.range)).toEqual([undefined, "bytes=20000-"]);
    expect(same(source, pulled.folder, "text_encoder/model.onnx")).toBe(true);
    expect(fs.existsSync(part)).toBe(false);
    expect(pulled.downloadedBytes).toBe(fs.statSync(path.join(source, "text_encoder/model.onnx")).size - 20_000 + fs.statSync(path.join(source, "unet/model.onnx")).size + fs.statSync(path.join(source, "vae_decoder/model.onnx")).size + fs.statSync(path.join(source, "vae_encoder/model.onnx")).size);
  });

  it("rejects a file whose sha256 does not match, removing the partial file", async () => {
    const server = await hub({ corrupt: "unet/model.onnx" });
    const modelsDir = tmp("models-");
    const error = await failure(pullModel("test/tiny-sd", { endpoint: server.endpoint, modelsDir }));
    expect(error.code).toBe("model_unavailable");
    expect(error.message).toMatch(/^unet\/model\.onnx arrived damaged \(sha256 [0-9a-f]{64} instead of [0-9a-f]{64}\); the partial file was removed/);
    expect(error.messageZh).toContain("校验失败");
    expect(fs.existsSync(path.join(modelsDir, "test--tiny-sd", "unet", "model.onnx.part"))).toBe(false);
    expect(fs.existsSync(path.join(modelsDir, "test--tiny-sd", "unet", "model.onnx"))).toBe(false);
  });

  it("says clearly when the repository, the endpoint or the export is wrong", async () => {
    const server = await hub();
    expect((await failure(pullModel("test/missing", { endpoint: server.endpoint, modelsDir: tmp("m-") }))).code).toBe("not_found");
    expect((await failure(pullModel("../etc", { endpoint: server.endpoint }))).code).toBe("invalid_input");
    const closed = await hub();
    await closed.close();
    const unreachable = await failure(pullModel("test/tiny-sd", { endpoint: closed.endpoint, modelsDir: tmp("m-") }));
    expect(unreachable.message).toMatch(/^Could not reach http:\/\/127\.0\.0\.1:\d+ /);
    expect(() => selectHubFiles("a/b", { siblings: [{ rfilename: "model.safetensors", size: 1 }] })).toThrow(/a\/b has no ONNX export in the Optimum\/diffusers layout \(missing text_encoder\/model\.onnx, unet\/model\.onnx, vae_decoder\/model\.onnx\)/);
    expect(() => selectHubFiles("a/b", { error: "x" })).toThrow("The hub's file list for a/b could not be read.");
  });
});
