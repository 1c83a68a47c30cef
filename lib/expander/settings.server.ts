import "server-only";
import { getPrisma } from "../db/client.server";
import { getEnv } from "../env";
import { bindKeyOnSave } from "./key-address";
import { resolveLlmConfig, type LlmConfig, type LlmSettingsView, type SavedLlmSettings } from "./llm-config";
import { DEFAULT_BASE_URL } from "./presets";

const ID = 1;

/** What the settings page saved, or null when nothing was. */
export async function readSavedLlmSettings(): Promise<SavedLlmSettings | null> {
  const row = await getPrisma().llmSettings.findUnique({ where: { id: ID } });
  return row ? { baseUrl: row.baseUrl, model: row.model, apiKey: row.apiKey, apiKeyBaseUrl: row.apiKeyBaseUrl } : null;
}

/**
 * Saves the fields given; an omitted apiKey keeps the saved one while the base URL stays the same (a new URL without a
 * new key clears it: the key follows its address), an empty one clears it.
 */
export async function saveLlmSettings(update: Partial<Pick<SavedLlmSettings, "baseUrl" | "model" | "apiKey">>): Promise<void> {
  const trimmed = Object.fromEntries(Object.entries(update).filter(([, v]) => v !== undefined).map(([k, v]) => [k, (v as string).trim()])) as typeof update;
  const prisma = getPrisma();
  const row = await prisma.llmSettings.findUnique({ where: { id: ID } });
  const data = { ...(trimmed.model !== undefined ? { model: trimmed.model } : {}), ...bindKeyOnSave(row, trimmed, getEnv().OPENAI_BASE_URL || DEFAULT_BASE_URL) };
  try {
    await prisma.llmSettings.upsert({ where: { id: ID }, create: { id: ID, ...data }, update: data });
  } catch (error) {
    // Prisma's errors can quote the call's arguments, the key among them: only the error code goes on to the log.
    throw new Error(`The LLM settings could not be saved (${(error as { code?: unknown }).code ?? "database error"}).`);
  }
}

/** The LLM to use (null: none configured) and the view of the settings the browser may see. */
export async function getLlmSettings(): Promise<{ config: LlmConfig | null; view: LlmSettingsView }> {
  return resolveLlmConfig(await readSavedLlmSettings(), getEnv());
}
