import { z } from "zod";
import { AppError } from "../errors";

/** A file of a hub repository: its path, its size and, for LFS files, its sha256. */
export interface HubFile {
  path: string;
  size: number | null;
  sha256: string | null;
}

// The hub's /api/models/<id>?blobs=true answer, the part we read (camelCased by hand: only `lfs` is nested).
const modelInfoSchema = z.object({
  siblings: z.array(
    z.object({
      rfilename: z.string(),
      size: z.number().int().nonnegative().optional(),
      lfs: z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/), size: z.number().int().nonnegative().optional() }).nullish(),
    }),
  ),
});

// What an ONNX Stable Diffusion export needs; safety checker, feature extractor, READMEs and PyTorch weights stay behind.
const WANTED = /^(model_index\.json|taesd_decoder\.onnx|(text_encoder|unet|vae_decoder|vae_encoder|scheduler|tokenizer|taesd)\/[^/]+)$/;
const REQUIRED = ["text_encoder/model.onnx", "unet/model.onnx", "vae_decoder/model.onnx"];

/**
 * The files to download from a hub model listing: the ONNX export's parts and configs, with sizes and LFS hashes.
 * Throws AppError("invalid_input") when the listing is not one or the repository holds no ONNX export in that layout.
 * @example selectHubFiles({ siblings: [{ rfilename: "unet/model.onnx", size: 3, lfs: { sha256: "ab…", size: 3 } }, …] })
 * // [{ path: "unet/model.onnx", size: 3, sha256: "ab…" }, …]
 */
export function selectHubFiles(repoId: string, listing: unknown): HubFile[] {
  const parsed = modelInfoSchema.safeParse(listing);
  if (!parsed.success) {
    throw new AppError("invalid_input", `The hub's file list for ${repoId} could not be read.`, `无法读取 ${repoId} 在模型库中的文件列表。`);
  }
  const files = parsed.data.siblings
    .filter((s) => WANTED.test(s.rfilename) && !s.rfilename.endsWith(".md"))
    .map((s) => ({ path: s.rfilename, size: s.lfs?.size ?? s.size ?? null, sha256: s.lfs?.sha256 ?? null }));
  const missing = REQUIRED.filter((r) => !files.some((f) => f.path === r));
  if (missing.length > 0) {
    throw new AppError(
      "invalid_input",
      `${repoId} has no ONNX export in the Optimum/diffusers layout (missing ${missing.join(", ")}). Try an "-onnx" repository or --revision onnx.`,
      `${repoId} 不是 Optimum/diffusers 布局的 ONNX 导出（缺少 ${missing.join("、")}）。请换用 "-onnx" 仓库或加 --revision onnx。`,
    );
  }
  return files;
}

/** Whether `id` looks like a hub repository id ("owner/name"). */
export const isHubRepoId = (id: string) => /^[\w.-]+\/[\w.-]+$/.test(id) && !id.includes("..");
