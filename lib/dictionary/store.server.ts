import "server-only";
import crypto from "node:crypto";
import { getPrisma } from "../db/client.server";
import { AppError } from "../errors";
import { ANONYMOUS, mayChange, type Viewer } from "../auth/viewer";
import { buildDictionary } from "./builtin.server";
import type { Dictionary } from "./dictionary";
import { normalizeTag, type Category, type DictionaryEntry } from "./entry";
import { loadBuiltinEntries } from "./load.server";

let current: Promise<Dictionary> | null = null;

/** The app's dictionary: built-in entries synced into the database, plus the user's own, edits and favourites. */
export function getDictionary(): Promise<Dictionary> {
  current ??= syncBuiltinEntries().then(readDictionary);
  current.catch(() => (current = null));
  return current;
}

/**
 * Brings the database's built-in entries up to date with dictionaries/*.jsonl (skipped when the files are unchanged).
 * Entries the user added or edited are left alone; favourites survive.
 */
export async function syncBuiltinEntries(): Promise<void> {
  const entries = loadBuiltinEntries();
  const hash = crypto.createHash("sha1").update(JSON.stringify(entries)).digest("hex");
  const prisma = getPrisma();
  const state = await prisma.appState.findUnique({ where: { key: "dictionary-hash" } });
  if (state?.value === hash) return;

  const existing = await prisma.tagEntry.findMany({ select: { key: true, source: true, edited: true, favorite: true } });
  const kept = new Set(existing.filter((e) => e.source === "user" || e.edited).map((e) => e.key));
  const favourites = new Set(existing.filter((e) => e.favorite).map((e) => e.key));
  const rows = entries.filter((e) => !kept.has(normalizeTag(e.tag))).map((e) => ({ ...toRow(e), favorite: favourites.has(normalizeTag(e.tag)) }));
  await prisma.$transaction([
    prisma.tagEntry.deleteMany({ where: { source: "builtin", edited: false } }),
    prisma.tagEntry.createMany({ data: rows }),
    prisma.appState.upsert({ where: { key: "dictionary-hash" }, create: { key: "dictionary-hash", value: hash }, update: { value: hash } }),
  ]);
}

async function readDictionary(): Promise<Dictionary> {
  const rows = await getPrisma().tagEntry.findMany({ orderBy: { id: "asc" } });
  return buildDictionary(rows.map((r) => ({
    tag: r.tag, zh: r.zh, aliases: JSON.parse(r.aliases) as string[], category: r.category as Category, sub: r.sub, pop: r.pop,
    ...(r.note ? { note: r.note } : {}), source: r.source === "user" || r.edited ? "user" : "builtin", favorite: r.favorite,
  })));
}

function toRow(e: DictionaryEntry) {
  return { key: normalizeTag(e.tag), tag: e.tag, zh: e.zh, aliases: JSON.stringify(e.aliases), category: e.category, sub: e.sub, pop: e.pop, note: e.note ?? null };
}

/** Marks or unmarks a favourite. */
export async function setFavorite(tag: string, favorite: boolean): Promise<void> {
  const { count } = await getPrisma().tagEntry.updateMany({ where: { key: normalizeTag(tag) }, data: { favorite } });
  if (count === 0) throw new AppError("not_found", `No dictionary entry "${tag}".`, `词典中没有“${tag}”。`);
  current = null;
}

/**
 * Adds the user's own entry, or records their edit of a built-in one (which syncing then leaves alone). In team mode
 * (`viewer.team`) the dictionary is shared: a member adds entries of their own and changes only those; the built-in
 * entries and other members' are changed by admins.
 */
export async function saveUserEntry(entry: DictionaryEntry, viewer: Viewer = ANONYMOUS): Promise<void> {
  const prisma = getPrisma();
  const key = normalizeTag(entry.tag);
  const existing = await prisma.tagEntry.findUnique({ where: { key } });
  if (existing && viewer.team && !mayChange(viewer, existing.source === "user" ? existing.ownerId : null)) {
    throw new AppError("forbidden", `"${existing.tag}" is ${existing.source === "user" ? "another member's entry" : "a built-in entry"}: only a team admin can change it.`,
      `“${existing.tag}”是${existing.source === "user" ? "其他成员的词条" : "内置词条"}：只有团队管理员可以修改。`);
  }
  const row = toRow(entry);
  if (existing) await prisma.tagEntry.update({ where: { key }, data: { ...row, edited: existing.source === "builtin" } });
  else await prisma.tagEntry.create({ data: { ...row, source: "user", ownerId: viewer.team ? viewer.id : null } });
  current = null;
}
