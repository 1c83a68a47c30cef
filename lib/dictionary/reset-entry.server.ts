import "server-only";
import { getPrisma } from "../db/client.server";
import { AppError } from "../errors";
import { normalizeTag, type DictionaryEntry } from "./entry";
import { loadBuiltinEntries } from "./load.server";
import { setFavorite } from "./store.server";

/** Tags of built-in entries the user has edited, each of which can be reset to its shipped value. */
export async function listEditedBuiltinTags(): Promise<string[]> {
  const rows = await getPrisma().tagEntry.findMany({ where: { source: "builtin", edited: true }, select: { tag: true }, orderBy: { key: "asc" } });
  return rows.map((r) => r.tag);
}

/**
 * Puts a built-in entry back to its value in dictionaries/*.jsonl: the user's edit is dropped (so syncing updates it
 * again), the favourite mark kept. AppError not_found for a tag the files do not ship.
 */
export async function resetBuiltinEntry(tag: string): Promise<DictionaryEntry> {
  const key = normalizeTag(tag);
  const shipped = loadBuiltinEntries().find((e) => normalizeTag(e.tag) === key);
  if (!shipped) {
    throw new AppError("not_found", `"${tag}" is not a built-in dictionary entry, so there is no shipped value to reset it to.`, `“${tag}”不是内置词条，没有可恢复的内置值。`);
  }
  const prisma = getPrisma();
  const row = await prisma.tagEntry.findUnique({ where: { key }, select: { favorite: true } });
  const data = {
    tag: shipped.tag, zh: shipped.zh, aliases: JSON.stringify(shipped.aliases), category: shipped.category, sub: shipped.sub, pop: shipped.pop,
    note: shipped.note ?? null, source: "builtin", edited: false,
  };
  await prisma.tagEntry.upsert({ where: { key }, create: { key, ...data }, update: data });
  // Writing the favourite mark again is how the store drops its cached dictionary, so the next read shows the reset.
  await setFavorite(shipped.tag, row?.favorite ?? false);
  return shipped;
}
