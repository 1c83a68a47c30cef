import "server-only";
import path from "node:path";
import { sha256File } from "../../../models/file-hash.server";
import { registerModel, type ModelRecord } from "../../../models/model-registry.server";
import { closeModel, openModel } from "./open-model.server";

/**
 * `models add`: opens every part of the folder to check it (AppError invalid_input listing what is missing or
 * incompatible), hashes the UNet once for the infotext's "Model hash", and registers the folder.
 */
export async function addModelFolder(folder: string, options: { name?: string } = {}): Promise<ModelRecord> {
  const name = options.name ?? path.basename(path.resolve(folder));
  const loaded = await openModel(folder, { code: "invalid_input", names: [name] });
  await closeModel(loaded);
  const sha256 = await sha256File(loaded.model.files.unet!);
  return registerModel({ name, path: loaded.model.folder, kind: loaded.kind, sizeBytes: loaded.model.sizeBytes, sha256 });
}
