import "server-only";
import { createHash, type Hash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { AppError } from "../errors";
import { isHubRepoId, selectHubFiles, type HubFile } from "./hub-files";
import type { RepoLayout } from "./repo-layout";

/** The public Hugging Face hub. */
export const DEFAULT_HUB_ENDPOINT = "https://huggingface.co";

/** Download progress of a pull, reported as bytes arrive. */
export interface PullProgress {
  file: string;
  /** Bytes of all selected files present so far (resumed and skipped ones count) and their total, when known. */
  bytes: number;
  totalBytes: number;
}

/** Where to pull from and to, and whom to tell about progress. */
export interface PullOptions {
  endpoint?: string;
  revision?: string;
  /** Where models live; the export goes to `<modelsDir>/<owner>--<name>` (default models/ in the working directory). */
  modelsDir?: string;
  onProgress?: (progress: PullProgress) => void;
  signal?: AbortSignal;
}

/**
 * Downloads the ONNX files of a public hub repository (a Stable Diffusion export, a WD-style tagger or a CLIP model):
 * the file list from `/api/models/<id>?blobs=true`, the bytes from `/<id>/resolve/<revision>/<path>` into
 * `<file>.part`, resumed with a Range request after an interruption, then checked (size, and sha256 for LFS files)
 * and renamed. Files already complete are kept.
 */
export async function pullModel(repoId: string, options: PullOptions = {}): Promise<{ folder: string; layout: RepoLayout; files: HubFile[]; downloadedBytes: number }> {
  if (!isHubRepoId(repoId)) throw new AppError("invalid_input", `"${repoId}" is not a hub repository id (owner/name).`, `"${repoId}" 不是模型库仓库 ID（owner/name）。`);
  const endpoint = (options.endpoint ?? DEFAULT_HUB_ENDPOINT).replace(/\/+$/, "");
  const revision = options.revision ?? "main";
  const apiPath = revision === "main" ? `/api/models/${repoId}` : `/api/models/${repoId}/revision/${encodeURIComponent(revision)}`;
  const listing = await request(`${endpoint}${apiPath}?blobs=true`, repoId, {}, options.signal);
  const { layout, files } = selectHubFiles(repoId, await listing.json());
  const folder = path.resolve(options.modelsDir ?? path.join(process.cwd(), "models"), repoId.replace("/", "--"));
  const totalBytes = files.reduce((n, f) => n + (f.size ?? 0), 0);
  let bytes = 0;
  let downloadedBytes = 0;
  for (const file of files) {
    const target = path.join(folder, ...file.path.split("/"));
    if (!target.startsWith(folder + path.sep)) throw new AppError("invalid_input", `Unsafe file name in the hub listing: ${file.path}`, `模型库文件列表中有不安全的文件名：${file.path}`);
    if (fs.existsSync(target) && (file.size === null || fs.statSync(target).size === file.size)) {
      bytes += fs.statSync(target).size;
      options.onProgress?.({ file: file.path, bytes, totalBytes });
      continue;
    }
    const url = `${endpoint}/${repoId}/resolve/${encodeURIComponent(revision)}/${file.path.split("/").map(encodeURIComponent).join("/")}`;
    const before = bytes;
    const received = await downloadFile(url, target, file, repoId, options.signal, (n) => options.onProgress?.({ file: file.path, bytes: before + n, totalBytes }));
    downloadedBytes += received.downloaded;
    bytes = before + received.size;
  }
  return { folder, layout, files, downloadedBytes };
}

async function downloadFile(url: string, target: string, file: HubFile, repoId: string, signal: AbortSignal | undefined, progress: (bytes: number) => void) {
  const part = `${target}.part`;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  let start = fs.existsSync(part) ? fs.statSync(part).size : 0;
  if (file.size !== null && start > file.size) start = 0;
  const response = await request(url, repoId, start > 0 ? { Range: `bytes=${start}-` } : {}, signal, start > 0);
  // 416: the part already holds every byte; 200 to a Range request: the server starts over.
  if (response.status === 416) start = file.size ?? start;
  else if (response.status !== 206) start = 0;
  const hash = createHash("sha256");
  if (start > 0) await hashPart(part, start, hash);
  let size = start;
  let downloaded = 0;
  if (response.status !== 416 && response.body) {
    const handle = await fs.promises.open(part, start > 0 ? "r+" : "w");
    try {
      await handle.truncate(start);
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        hash.update(chunk);
        await handle.write(chunk, 0, chunk.length, size);
        size += chunk.length;
        downloaded += chunk.length;
        progress(size);
      }
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new AppError(
        "model_unavailable",
        `The download of ${file.path} stopped after ${size} bytes (${(error as Error).message}); run the same command again to resume.`,
        `${file.path} 的下载在 ${size} 字节处中断（${(error as Error).message}）；再次运行同一命令即可续传。`,
      );
    } finally {
      await handle.close();
    }
  }
  verify(file, part, size, hash.digest("hex"));
  fs.renameSync(part, target);
  return { size, downloaded };
}

function verify(file: HubFile, part: string, size: number, sha256: string) {
  const wrongSize = file.size !== null && size !== file.size;
  const wrongHash = file.sha256 !== null && sha256 !== file.sha256;
  if (!wrongSize && !wrongHash) return;
  fs.rmSync(part, { force: true });
  const what = wrongSize ? `${size} bytes instead of ${file.size}` : `sha256 ${sha256} instead of ${file.sha256}`;
  const whatZh = wrongSize ? `${size} 字节，应为 ${file.size}` : `sha256 为 ${sha256}，应为 ${file.sha256}`;
  throw new AppError(
    "model_unavailable",
    `${file.path} arrived damaged (${what}); the partial file was removed, run the command again.`,
    `${file.path} 下载后校验失败（${whatZh}）；已删除不完整的文件，请重新运行命令。`,
  );
}

async function hashPart(part: string, length: number, hash: Hash) {
  for await (const chunk of fs.createReadStream(part, { start: 0, end: length - 1, highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
}

async function request(url: string, repoId: string, headers: Record<string, string>, signal: AbortSignal | undefined, allow416 = false): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, { headers, signal, redirect: "follow" });
  } catch (error) {
    if (signal?.aborted) throw error;
    const cause = (error as { cause?: Error }).cause?.message ?? (error as Error).message;
    throw new AppError("model_unavailable", `Could not reach ${new URL(url).origin} (${cause}).`, `无法连接 ${new URL(url).origin}（${cause}）。`);
  }
  if (response.ok || (allow416 && response.status === 416)) return response;
  await response.body?.cancel();
  if (response.status === 404) throw new AppError("not_found", `${repoId} was not found on the hub (${url}).`, `模型库中找不到 ${repoId}（${url}）。`);
  if (response.status === 401 || response.status === 403) {
    throw new AppError("model_unavailable", `${repoId} is private or gated: accept its licence on the hub and download it yourself, then use "models add".`, `${repoId} 是私有或需授权的仓库：请在模型库页面同意许可后自行下载，再用 "models add" 添加。`);
  }
  throw new AppError("model_unavailable", `The hub answered ${response.status} for ${url}.`, `模型库对 ${url} 返回了 ${response.status}。`);
}
