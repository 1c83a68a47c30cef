import "server-only";
import { getPrisma } from "../db/client.server";

const KEY = "content-settings";

/** What the user chose to see: explicit tags stay hidden from search, suggestions and the expander unless shown. */
export interface ContentSettings {
  showExplicit: boolean;
}

/** The saved content settings (explicit tags hidden by default). */
export async function getContentSettings(): Promise<ContentSettings> {
  const row = await getPrisma().appState.findUnique({ where: { key: KEY } });
  try {
    const saved = row ? (JSON.parse(row.value) as Partial<ContentSettings>) : {};
    return { showExplicit: saved.showExplicit === true };
  } catch {
    return { showExplicit: false };
  }
}

/** Saves the content settings. */
export async function saveContentSettings(settings: ContentSettings): Promise<ContentSettings> {
  const value = JSON.stringify({ showExplicit: settings.showExplicit });
  await getPrisma().appState.upsert({ where: { key: KEY }, create: { key: KEY, value }, update: { value } });
  return settings;
}
