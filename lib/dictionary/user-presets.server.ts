import "server-only";
import { getPrisma } from "../db/client.server";
import { AppError } from "../errors";
import type { NegativePreset } from "./negative-presets";

// Whose presets: a team-mode user's id, or undefined for the single-user default's shared list.
const mine = (owner: string | undefined) => (owner === undefined ? {} : { userId: owner });

/** The user's saved negative presets, oldest first. */
export async function listUserPresets(owner?: string): Promise<NegativePreset[]> {
  const rows = await getPrisma().userPreset.findMany({ where: mine(owner), orderBy: { id: "asc" } });
  return rows.map((r) => ({ id: `user-${r.id}`, name: r.name, nameZh: r.name, tags: JSON.parse(r.tags) as string[] }));
}

export async function saveUserPreset(name: string, tags: string[], owner?: string): Promise<NegativePreset> {
  const row = await getPrisma().userPreset.create({ data: { name, tags: JSON.stringify(tags), userId: owner ?? null } });
  return { id: `user-${row.id}`, name, nameZh: name, tags };
}

/** Deletes one of the user's presets (another member's answers "does not exist", as it does not for them). */
export async function deleteUserPreset(id: string, owner?: string): Promise<void> {
  const n = Number(id.replace(/^user-/, ""));
  const { count } = await getPrisma().userPreset.deleteMany({ where: { id: Number.isInteger(n) ? n : -1, ...mine(owner) } });
  if (count === 0) throw new AppError("not_found", "That preset does not exist.", "该预设不存在。");
}
