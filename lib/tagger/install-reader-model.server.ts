import "server-only";
import path from "node:path";
import { registerModel, type ModelRecord } from "../models/model-registry.server";
import { folderSize } from "../models/read-model-folder.server";
import { loadClipEmbedder } from "./clip/clip-embedder.server";
import { closeTagger, openTagger } from "./open-tagger.server";
import type { ReaderKind } from "./reader-model.server";

/**
 * `models add` for a tagger or CLIP folder: loads it to check it (AppError invalid_input listing what is missing or
 * incompatible for a tagger; model_unavailable for a CLIP transformers.js cannot load) and registers it.
 */
export async function addReaderModelFolder(folder: string, kind: ReaderKind, options: { name?: string } = {}): Promise<ModelRecord> {
  const root = path.resolve(folder);
  if (kind === "tagger") await closeTagger(await openTagger(root, "invalid_input"));
  else await (await loadClipEmbedder(root)).dispose?.();
  const name = options.name ?? path.basename(root);
  return registerModel({ name, path: root, kind, sizeBytes: folderSize(root), sha256: null });
}
