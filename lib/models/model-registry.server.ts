import "server-only";
import path from "node:path";
import { getPrisma } from "../db/client.server";
import { AppError } from "../errors";
import type { ModelKind } from "./model-config";

/** A registered model: a folder holding an ONNX export (or a tagger, or a CLIP model), with its kind, size and UNet hash. */
export interface ModelRecord {
  id: string;
  name: string;
  path: string;
  kind: ModelKind;
  sizeBytes: number;
  /** sha256 of unet/model.onnx (A1111's "Model hash" is its first 10 hex digits). */
  sha256: string | null;
  addedAt: string;
}

type Row = { id: string; name: string; path: string; kind: string; sizeBytes: bigint; sha256: string | null; addedAt: Date };
const toRecord = (r: Row): ModelRecord => ({ ...r, kind: r.kind as ModelKind, sizeBytes: Number(r.sizeBytes), addedAt: r.addedAt.toISOString() });

/**
 * A command-line friendly id from a name in any language: letters and digits of every script kept (lower case), runs
 * of anything else as "-"; "model" only when nothing is left.
 * @example modelIdFrom("stabilityai/sd-turbo") // "sd-turbo"; modelIdFrom("第二个模型") // "第二个模型"
 */
export function modelIdFrom(name: string): string {
  const last = name.split(/[\\/]/).filter(Boolean).pop() ?? "";
  return last.normalize("NFC").toLowerCase().replace(/[^\p{L}\p{M}\p{N}._-]+/gu, "-").replace(/^[-.]+|-+$/g, "") || "model";
}

/** Registers a model folder (or updates the entry already registered for that folder) and returns its record. */
export async function registerModel(entry: Omit<ModelRecord, "id" | "addedAt">): Promise<ModelRecord> {
  const prisma = getPrisma();
  const folder = path.resolve(entry.path);
  const data = { name: entry.name, kind: entry.kind, sizeBytes: BigInt(entry.sizeBytes), sha256: entry.sha256 };
  const existing = await prisma.model.findUnique({ where: { path: folder } });
  if (existing) return toRecord(await prisma.model.update({ where: { id: existing.id }, data }));
  const base = modelIdFrom(entry.name);
  let id = base;
  for (let n = 2; await prisma.model.findUnique({ where: { id } }); n++) id = `${base}-${n}`;
  return toRecord(await prisma.model.create({ data: { ...data, id, path: folder } }));
}

/** Every registered model (or only those of the given kinds), newest first. */
export async function listModels(kinds?: readonly ModelKind[]): Promise<ModelRecord[]> {
  const where = kinds ? { kind: { in: [...kinds] } } : undefined;
  return (await getPrisma().model.findMany({ where, orderBy: [{ addedAt: "desc" }, { id: "asc" }] })).map(toRecord);
}

/** The model registered under this id, or null (never a path). */
export async function findModelById(id: string): Promise<ModelRecord | null> {
  const row = await getPrisma().model.findUnique({ where: { id } });
  return row ? toRecord(row) : null;
}

/** The model registered under `idOrPath` (an id, or the folder it was added from), or null. */
export async function findModel(idOrPath: string): Promise<ModelRecord | null> {
  const prisma = getPrisma();
  const row = (await prisma.model.findUnique({ where: { id: idOrPath } })) ?? (await prisma.model.findUnique({ where: { path: path.resolve(idOrPath) } }));
  return row ? toRecord(row) : null;
}

/** Forgets a registered model (its files stay where they are); not_found if there is none with that id. */
export async function removeModel(id: string): Promise<ModelRecord> {
  const found = await findModel(id);
  if (!found) throw new AppError("not_found", `No model is registered as "${id}" (see: promptstudio models list).`, `没有注册为 "${id}" 的模型（见 promptstudio models list）。`);
  await getPrisma().model.delete({ where: { id: found.id } });
  return found;
}

/** Records the UNet hash of a model once it has been computed. */
export async function saveModelHash(id: string, sha256: string): Promise<void> {
  await getPrisma().model.update({ where: { id }, data: { sha256 } });
}
