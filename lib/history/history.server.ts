import "server-only";
import { containsText, getPrisma } from "../db/client.server";
import { AppError } from "../errors";
import type { HistoryItem, VersionSource } from "./version";

export type { HistoryItem, VersionRender, VersionSource } from "./version";

type Row = {
  id: number; prompt: string; negative: string; createdAt: Date; parentId: number | null; source: string;
  renders?: Array<{ id: number; seed: bigint; infotext: string; url: string }>;
};

const toItem = (r: Row): HistoryItem => ({
  id: r.id, prompt: r.prompt, negative: r.negative, createdAt: r.createdAt.toISOString(), parentId: r.parentId,
  source: r.source as VersionSource, renders: (r.renders ?? []).map((x) => ({ id: x.id, seed: Number(x.seed), infotext: x.infotext, url: x.url })),
});

const withRenders = { renders: { orderBy: { id: "asc" as const }, take: 24 } };

/** Whose history: a team-mode user's id, or undefined for the single-user default's one shared history. */
export type HistoryOwner = string | undefined;
const mine = (owner: HistoryOwner) => (owner === undefined ? {} : { userId: owner });

/**
 * Saves the prompts as a version made from `parentId` (the version the editor's text descends from). Nothing is
 * saved when they equal that version, or, without a parent, the latest one: that version is answered instead.
 */
export async function addHistory(prompt: string, negative: string, options: { parentId?: number; source?: VersionSource; owner?: HistoryOwner } = {}): Promise<HistoryItem> {
  const prisma = getPrisma();
  const owner = mine(options.owner);
  const parent = options.parentId === undefined ? null : await prisma.historyEntry.findFirst({ where: { id: options.parentId, ...owner }, include: withRenders });
  const same = parent ?? (options.parentId === undefined ? await prisma.historyEntry.findFirst({ where: owner, orderBy: { id: "desc" }, include: withRenders }) : null);
  if (same && same.prompt === prompt && same.negative === negative) return toItem(same);
  const data = { prompt, negative, parentId: parent?.id ?? null, source: options.source ?? "save", userId: options.owner ?? null };
  return toItem(await prisma.historyEntry.create({ data, include: withRenders }));
}

/** The newest versions, optionally those containing `q` in either prompt, each with its renders. */
export async function listHistory(q?: string, limit = 100, owner?: HistoryOwner): Promise<HistoryItem[]> {
  const rows = await getPrisma().historyEntry.findMany({
    where: { ...mine(owner), ...(q ? { OR: [{ prompt: containsText(q) }, { negative: containsText(q) }] } : {}) },
    orderBy: { id: "desc" },
    take: limit,
    include: withRenders,
  });
  return rows.map(toItem);
}

/** Links images a version rendered to it; answers the version with its renders. */
export async function addRenders(versionId: number, renders: Array<{ seed: number; infotext: string; url: string }>, owner?: HistoryOwner): Promise<HistoryItem> {
  const prisma = getPrisma();
  if (!(await prisma.historyEntry.findFirst({ where: { id: versionId, ...mine(owner) }, select: { id: true } }))) {
    throw new AppError("not_found", `History version #${versionId} does not exist.`, `历史版本 #${versionId} 不存在。`);
  }
  await prisma.historyRender.createMany({ data: renders.map((r) => ({ versionId, seed: BigInt(r.seed), infotext: r.infotext, url: r.url })) });
  return toItem((await prisma.historyEntry.findUnique({ where: { id: versionId }, include: withRenders }))!);
}
