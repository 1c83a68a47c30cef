import { z } from "zod";
import { AppError } from "../errors";
import { closestRepoLayout, detectRepoLayout, REPO_LAYOUTS, type RepoLayout } from "./repo-layout";

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

const MISSING = {
  diffusers: (repoId: string, missing: string[]) => [
    `${repoId} has no ONNX export in the Optimum/diffusers layout (missing ${missing.join(", ")}). Try an "-onnx" repository or --revision onnx.`,
    `${repoId} 不是 Optimum/diffusers 布局的 ONNX 导出（缺少 ${missing.join("、")}）。请换用 "-onnx" 仓库或加 --revision onnx。`,
  ],
  tagger: (repoId: string, missing: string[]) => [
    `${repoId} is not a complete WD-style tagger (missing ${missing.join(", ")}).`,
    `${repoId} 不是完整的 WD 式打标模型（缺少 ${missing.join("、")}）。`,
  ],
  clip: (repoId: string, missing: string[]) => [
    `${repoId} is not a complete CLIP model in the transformers.js layout (missing ${missing.join(", ")}).`,
    `${repoId} 不是完整的 transformers.js 布局 CLIP 模型（缺少 ${missing.join("、")}）。`,
  ],
} satisfies Record<RepoLayout, (repoId: string, missing: string[]) => [string, string]>;

/**
 * The files to download from a hub model listing, with sizes and LFS hashes, and the layout they are in: a Stable
 * Diffusion ONNX export (parts and configs), a WD-style tagger (model.onnx, selected_tags.csv) or a transformers.js CLIP.
 * Throws AppError("invalid_input") when the listing is not one or the repository holds none of these layouts.
 * @example selectHubFiles("o/n", { siblings: [{ rfilename: "model.onnx", size: 3 }, { rfilename: "selected_tags.csv", size: 9 }] })
 * // { layout: "tagger", files: [{ path: "model.onnx", size: 3, sha256: null }, { path: "selected_tags.csv", size: 9, sha256: null }] }
 */
export function selectHubFiles(repoId: string, listing: unknown): { layout: RepoLayout; files: HubFile[] } {
  const parsed = modelInfoSchema.safeParse(listing);
  if (!parsed.success) {
    throw new AppError("invalid_input", `The hub's file list for ${repoId} could not be read.`, `无法读取 ${repoId} 在模型库中的文件列表。`);
  }
  const paths = parsed.data.siblings.map((s) => s.rfilename);
  const layout = detectRepoLayout(paths);
  if (!layout) {
    const closest = closestRepoLayout(paths);
    const missing = REPO_LAYOUTS[closest].required.filter((r) => !paths.includes(r));
    const [en, zh] = MISSING[closest](repoId, missing);
    throw new AppError("invalid_input", en, zh);
  }
  const files = parsed.data.siblings
    .filter((s) => REPO_LAYOUTS[layout].wanted.test(s.rfilename) && !s.rfilename.endsWith(".md"))
    .map((s) => ({ path: s.rfilename, size: s.lfs?.size ?? s.size ?? null, sha256: s.lfs?.sha256 ?? null }));
  return { layout, files };
}

/** Whether `id` looks like a hub repository id ("owner/name"). */
export const isHubRepoId = (id: string) => /^[\w.-]+\/[\w.-]+$/.test(id) && !id.includes("..");
