import "server-only";
import { getPrisma } from "../db/client.server";
import { AppError } from "../errors";
import type { NegativePreset } from "./negative-presets";

/** The user's saved negative presets, oldest first. */
export async function listUserPresets(): Promise<NegativePreset[]> {
  const rows = await getPrisma().userPreset.findMany({ orderBy: { id: "asc" } });
  return rows.map((r) => ({ id: `user-${r.id}`, name: r.name, nameZh: r.name, tags: JSON.parse(r.tags) as string[] }));
}

export async function saveUserPreset(name: string, tags: string[]): Promise<NegativePreset> {
  const row = await getPrisma().userPreset.create({ data: { name, tags: JSON.stringify(tags) } });
  return { id: `user-${row.id}`, name, nameZh: name, tags };
}

export async function deleteUserPreset(id: string): Promise<void> {
  const n = Number(id.replace(/^user-/, ""));
  const { count } = await getPrisma().userPreset.deleteMany({ where: { id: Number.isInteger(n) ? n : -1 } });
  if (count === 0) throw new AppError("not_found", "That preset does not exist.", "该预设不存在。");
}
