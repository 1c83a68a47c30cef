import "server-only";
import path from "node:path";
import { closeModel, openModel, type LoadedModel } from "./open-model.server";
import type { Device } from "./onnx-session.server";

let current: { key: string; loading: Promise<LoadedModel> } | null = null;

/**
 * The loaded model for `folder`, opened on first use. One model stays loaded at a time: asking for another closes
 * the previous one's sessions first, so memory stays bounded by the largest model.
 */
export async function useModel(folder: string, device: Device, names: string[] = []): Promise<LoadedModel> {
  const key = `${path.resolve(folder)}\0${device}`;
  if (current?.key === key) {
    try {
      return await current.loading;
    } catch {
      current = null; // a failed load is retried on the next request (the files may have been fixed)
    }
  }
  await unloadModel();
  const loading = openModel(folder, { device, names });
  current = { key, loading };
  try {
    return await loading;
  } catch (error) {
    if (current?.loading === loading) current = null;
    throw error;
  }
}

/** Closes the loaded model, if any. */
export async function unloadModel(): Promise<void> {
  const previous = current;
  current = null;
  if (!previous) return;
  const loaded = await previous.loading.catch(() => null);
  if (loaded) await closeModel(loaded);
}
