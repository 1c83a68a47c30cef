import "server-only";
import { getPrisma } from "../db/client.server";
import { getEnv } from "../env";
import { resolveLlmConfig, type LlmConfig, type LlmSettingsView, type SavedLlmSettings } from "./llm-config";

const ID = 1;

/** What the settings page saved, or null when nothing was. */
export async function readSavedLlmSettings(): Promise<SavedLlmSettings | null> {
  const row = await getPrisma().llmSettings.findUnique({ where: { id: ID } });
  return row ? { baseUrl: row.baseUrl, model: row.model, apiKey: row.apiKey } : null;
}

/** Saves the fields given; an omitted apiKey keeps the saved one, an empty one clears it (the environment's applies). */
export async function saveLlmSettings(update: Partial<SavedLlmSettings>): Promise<void> {
  const data = Object.fromEntries(Object.entries(update).filter(([, v]) => v !== undefined).map(([k, v]) => [k, (v as string).trim()]));
  await getPrisma().llmSettings.upsert({ where: { id: ID }, create: { id: ID, ...data }, update: data });
}

/** The LLM to use (null: none configured) and the view of the settings the browser may see. */
export async function getLlmSettings(): Promise<{ config: LlmConfig | null; view: LlmSettingsView }> {
  return resolveLlmConfig(await readSavedLlmSettings(), getEnv());
}
