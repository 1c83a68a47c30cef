import "server-only";
import type { PrismaClient } from "../generated/client";
import type { TablePlan } from "./copy-plan";

/** Whom copied personal things belong to in the target (team mode's user id), or null to keep them ownerless. */
export type CopyOwner = string | null;

const { entries } = Object;

/**
 * The tables `db copy` moves, in dependency order, each with its natural key: settings by key or id, dictionary
 * entries by tag, styles by name, cards by slug (so share links keep working), history versions by time and text
 * (their line of descent carried by the parent's key), presets by name and tags, models by id.
 */
export function tablePlans(from: PrismaClient, to: PrismaClient, owner: CopyOwner): Array<TablePlan<any>> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const historyIds = new Map<number, number>();
  const plans: Array<TablePlan<any>> = []; // eslint-disable-line @typescript-eslint/no-explicit-any
  const add = <Row>(plan: TablePlan<Row>) => plans.push(plan);

  add({
    name: "settings",
    read: async () => [
      ...(await from.appState.findMany({ where: { key: { not: "dictionary-hash" } }, orderBy: { key: "asc" } })).map((r) => ({ kind: "state", key: r.key, value: r.value })),
      ...(await from.llmSettings.findMany()).map(({ updatedAt: _, ...r }) => ({ kind: "llm", ...r })),
      ...(await from.renderSettings.findMany()).map(({ updatedAt: _, ...r }) => ({ kind: "render", ...r })),
    ] as Array<Record<string, unknown> & { kind: string }>,
    write: async (row) => {
      const { kind, ...data } = row;
      if (kind === "state") {
        const same = await to.appState.findUnique({ where: { key: data.key as string } });
        if (same?.value === data.value) return false;
        await to.appState.upsert({ where: { key: data.key as string }, create: data as never, update: data as never });
      } else {
        const table = (kind === "llm" ? to.llmSettings : to.renderSettings) as unknown as { findUnique(a: unknown): Promise<Record<string, unknown> | null>; upsert(a: unknown): Promise<unknown> };
        const same = await table.findUnique({ where: { id: data.id } });
        if (same && Object.entries(data).every(([k, v]) => same[k] === v)) return false;
        await table.upsert({ where: { id: data.id }, create: data, update: data });
      }
      return true;
    },
    find: async ({ kind, ...data }) => {
      if (kind === "state") {
        const r = await to.appState.findUnique({ where: { key: data.key as string } });
        return r && { kind, key: r.key, value: r.value };
      }
      const r = await ((kind === "llm" ? to.llmSettings : to.renderSettings) as unknown as { findUnique(a: unknown): Promise<Record<string, unknown> | null> }).findUnique({ where: { id: data.id } });
      if (!r) return null;
      const { updatedAt: _, ...rest } = r;
      return { kind, ...rest };
    },
  });

  // Only what the user made or changed: built-in entries come from the dictionary files on every install.
  type Entry = { key: string; tag: string; zh: string; aliases: string; category: string; sub: string; pop: number; note: string | null; source: string; edited: boolean; favorite: boolean };
  const entryOf = (r: Entry & Record<string, unknown>): Entry => ({ key: r.key, tag: r.tag, zh: r.zh, aliases: r.aliases, category: r.category, sub: r.sub, pop: r.pop, note: r.note, source: r.source, edited: r.edited, favorite: r.favorite });
  add<Entry>({
    name: "dictionary edits and favourites",
    read: async () => (await from.tagEntry.findMany({ where: { OR: [{ source: "user" }, { edited: true }, { favorite: true }] }, orderBy: { key: "asc" } })).map(entryOf),
    write: async (row) => {
      const existing = await to.tagEntry.findUnique({ where: { key: row.key } });
      const starred = owner && row.favorite ? await to.favorite.findUnique({ where: { userId_key: { userId: owner, key: row.key } } }) : null;
      const content = row.source === "user" || row.edited;
      const sameContent = existing && entries(entryOf(existing)).every(([k, v]) => k === "favorite" || (row as Record<string, unknown>)[k] === v);
      let wrote = false;
      if (content && !sameContent) {
        const data = { ...row, favorite: owner ? (existing?.favorite ?? false) : row.favorite, ...(row.source === "user" ? { ownerId: owner } : {}) };
        await to.tagEntry.upsert({ where: { key: row.key }, create: data, update: data });
        wrote = true;
      }
      if (row.favorite && owner && !starred) {
        await to.favorite.create({ data: { userId: owner, key: row.key } });
        wrote = true;
      } else if (row.favorite && !owner && existing && !existing.favorite) {
        await to.tagEntry.update({ where: { key: row.key }, data: { favorite: true } });
        wrote = true;
      }
      return wrote;
    },
    find: async (row) => {
      const r = await to.tagEntry.findUnique({ where: { key: row.key } });
      if (!r) return null;
      const favorite = owner ? Boolean(await to.favorite.findUnique({ where: { userId_key: { userId: owner, key: row.key } } })) : r.favorite;
      // A star on a built-in entry the target has of its own: the star is what was copied.
      return row.source === "user" || row.edited ? { ...entryOf(r), favorite } : { ...row, favorite };
    },
  });

  type Style = { name: string; prompt: string; negative: string; createdAt: Date };
  add<Style>({
    name: "styles",
    read: async () => (await from.style.findMany({ orderBy: { name: "asc" } })).map((r) => ({ name: r.name, prompt: r.prompt, negative: r.negative, createdAt: r.createdAt })),
    write: async (row) => {
      const r = await to.style.findUnique({ where: { name: row.name } });
      if (r && r.prompt === row.prompt && r.negative === row.negative) return false;
      await to.style.upsert({ where: { name: row.name }, create: { ...row, ownerId: owner }, update: { prompt: row.prompt, negative: row.negative } });
      return true;
    },
    find: async (row) => {
      const r = await to.style.findUnique({ where: { name: row.name } });
      return r && { name: r.name, prompt: r.prompt, negative: r.negative, createdAt: row.createdAt };
    },
  });

  type Card = { slug: string; title: string; prompt: string; negative: string; params: string; tags: string; image: Uint8Array | null; unlisted: boolean; visibility: string; createdAt: Date };
  const cardOf = (r: Card & Record<string, unknown>): Card => ({ slug: r.slug, title: r.title, prompt: r.prompt, negative: r.negative, params: r.params, tags: r.tags,
    image: r.image ? new Uint8Array(r.image) : null, unlisted: r.unlisted, visibility: r.visibility, createdAt: r.createdAt });
  add<Card>({
    name: "cards",
    read: async () => (await from.card.findMany({ orderBy: { id: "asc" } })).map(cardOf),
    write: async (row) => {
      if (await to.card.findUnique({ where: { slug: row.slug }, select: { id: true } })) return false;
      await to.card.create({ data: { ...row, image: row.image ? Buffer.from(row.image) : null, ownerId: owner } });
      return true;
    },
    find: async (row) => {
      const r = await to.card.findUnique({ where: { slug: row.slug } });
      return r && cardOf(r);
    },
  });

  type Version = { id: number; prompt: string; negative: string; createdAt: Date; source: string; parentId: number | null; renders: Array<{ seed: bigint; infotext: string; url: string; createdAt: Date }> };
  const sameVersion = (row: Version) => ({ prompt: row.prompt, negative: row.negative, createdAt: row.createdAt, source: row.source, userId: owner });
  const canonicalVersion = (row: Version, parentKey: string | null) => ({ prompt: row.prompt, negative: row.negative, createdAt: row.createdAt, source: row.source, parent: parentKey,
    renders: row.renders.map((x) => ({ seed: x.seed, infotext: x.infotext, url: x.url, createdAt: x.createdAt })) });
  const versions = new Map<number, Version>();
  const keyOf = (id: number | null) => {
    const v = id === null ? undefined : versions.get(id);
    return v ? `${v.createdAt.toISOString()} ${v.prompt.slice(0, 200)}` : null;
  };
  add<Version>({
    name: "history",
    read: async () => {
      const rows = await from.historyEntry.findMany({ orderBy: { id: "asc" }, include: { renders: { orderBy: { id: "asc" } } } });
      for (const r of rows) versions.set(r.id, r);
      return rows;
    },
    write: async (row) => {
      const found = await to.historyEntry.findFirst({ where: sameVersion(row), select: { id: true } });
      if (found) {
        historyIds.set(row.id, found.id);
        return false;
      }
      const parentId = row.parentId === null ? null : (historyIds.get(row.parentId) ?? null);
      const created = await to.historyEntry.create({ data: { ...sameVersion(row), parentId,
        renders: { create: row.renders.map((x) => ({ seed: x.seed, infotext: x.infotext, url: x.url, createdAt: x.createdAt })) } } });
      historyIds.set(row.id, created.id);
      return true;
    },
    // Ids differ between databases: a version is compared by its text, time, parent's key and renders.
    canonical: (row) => canonicalVersion(row, keyOf(row.parentId)),
    find: async (row) => {
      const r = await to.historyEntry.findFirst({ where: sameVersion(row), include: { renders: { orderBy: { id: "asc" } }, parent: true } });
      if (!r) return null;
      return canonicalVersion(r, r.parent ? `${r.parent.createdAt.toISOString()} ${r.parent.prompt.slice(0, 200)}` : null);
    },
  });

  type Preset = { name: string; tags: string; createdAt: Date };
  add<Preset>({
    name: "negative presets",
    read: async () => (await from.userPreset.findMany({ orderBy: { id: "asc" } })).map((r) => ({ name: r.name, tags: r.tags, createdAt: r.createdAt })),
    write: async (row) => {
      if (await to.userPreset.findFirst({ where: { name: row.name, tags: row.tags, userId: owner } })) return false;
      await to.userPreset.create({ data: { ...row, userId: owner } });
      return true;
    },
    find: async (row) => {
      const r = await to.userPreset.findFirst({ where: { name: row.name, tags: row.tags, userId: owner } });
      return r && { name: r.name, tags: r.tags, createdAt: r.createdAt };
    },
  });

  type ModelRow = { id: string; name: string; path: string; kind: string; sizeBytes: bigint; sha256: string | null };
  add<ModelRow>({
    name: "models",
    read: async () => (await from.model.findMany({ orderBy: { id: "asc" } })).map(({ addedAt: _, ...r }) => r),
    write: async (row) => {
      if (await to.model.findFirst({ where: { OR: [{ id: row.id }, { path: row.path }] } })) return false;
      await to.model.create({ data: row });
      return true;
    },
    find: async (row) => {
      const r = await to.model.findFirst({ where: { OR: [{ id: row.id }, { path: row.path }] } });
      if (!r) return null;
      const { addedAt: _, ...rest } = r;
      return rest;
    },
  });

  return plans;
}
