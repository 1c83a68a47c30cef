import "server-only";
import { getPrisma } from "../db/client.server";
import { AppError } from "../errors";
import { normalizeTag } from "./entry";
import { getDictionary } from "./store.server";

/** A team member's starred tags (normalized keys); the single-user default keeps its stars on the entries themselves. */
export async function userFavorites(userId: string): Promise<Set<string>> {
  const rows = await getPrisma().favorite.findMany({ where: { userId }, select: { key: true } });
  return new Set(rows.map((r) => r.key));
}

/** Stars or unstars a dictionary tag for one team member. */
export async function setUserFavorite(userId: string, tag: string, favorite: boolean): Promise<void> {
  const key = normalizeTag(tag);
  const prisma = getPrisma();
  await getDictionary(); // the built-in entries are in the database once the dictionary has been read
  if (!(await prisma.tagEntry.findUnique({ where: { key }, select: { key: true } }))) throw new AppError("not_found", `No dictionary entry "${tag}".`, `词典中没有“${tag}”。`);
  if (favorite) await prisma.favorite.upsert({ where: { userId_key: { userId, key } }, create: { userId, key }, update: {} });
  else await prisma.favorite.deleteMany({ where: { userId, key } });
}

/** Search results with the member's own stars: starred first (in the order they had), then the rest. */
export function withFavorites<T extends { tag: string; favorite?: boolean }>(results: T[], starred: Set<string>): T[] {
  const marked = results.map((r) => ({ ...r, favorite: starred.has(normalizeTag(r.tag)) }));
  return [...marked.filter((r) => r.favorite), ...marked.filter((r) => !r.favorite)];
}
