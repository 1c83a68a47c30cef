import "server-only";
import { getPrisma } from "../db/client.server";
import { DEFAULT_RENDER_SETTINGS, RENDER_BACKEND_IDS, type RenderBackendId, type RenderSettings } from "./render-settings";

const ID = 1;

/** The saved render settings, or the defaults when nothing was saved. */
export async function getRenderSettings(): Promise<RenderSettings> {
  const row = await getPrisma().renderSettings.findUnique({ where: { id: ID } });
  if (!row) return { ...DEFAULT_RENDER_SETTINGS };
  const backend = (RENDER_BACKEND_IDS as readonly string[]).includes(row.backend) ? (row.backend as RenderBackendId) : DEFAULT_RENDER_SETTINGS.backend;
  return { backend, a1111Url: row.a1111Url, comfyUrl: row.comfyUrl };
}

/** Saves the fields given and answers the settings as they now are. */
export async function saveRenderSettings(update: Partial<RenderSettings>): Promise<RenderSettings> {
  const data = Object.fromEntries(Object.entries(update).filter(([, v]) => v !== undefined));
  await getPrisma().renderSettings.upsert({ where: { id: ID }, create: { id: ID, ...DEFAULT_RENDER_SETTINGS, ...data }, update: data });
  return getRenderSettings();
}
