import "server-only";
import { getPrisma } from "../db/client.server";

/** A saved prompt pair from the history. */
export interface HistoryItem {
  id: number;
  prompt: string;
  negative: string;
  createdAt: string;
}

const toItem = (r: { id: number; prompt: string; negative: string; createdAt: Date }): HistoryItem => ({ ...r, createdAt: r.createdAt.toISOString() });

/** Saves the prompts to history unless they equal the latest entry. */
export async function addHistory(prompt: string, negative: string): Promise<HistoryItem> {
  const prisma = getPrisma();
  const last = await prisma.historyEntry.findFirst({ orderBy: { id: "desc" } });
  if (last && last.prompt === prompt && last.negative === negative) return toItem(last);
  return toItem(await prisma.historyEntry.create({ data: { prompt, negative } }));
}

/** The newest entries, optionally those containing `q` in either prompt. */
export async function listHistory(q?: string, limit = 100): Promise<HistoryItem[]> {
  const rows = await getPrisma().historyEntry.findMany({
    where: q ? { OR: [{ prompt: { contains: q } }, { negative: { contains: q } }] } : {},
    orderBy: { id: "desc" },
    take: limit,
  });
  return rows.map(toItem);
}
