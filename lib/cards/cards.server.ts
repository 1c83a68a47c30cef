import "server-only";
import { getPrisma } from "../db/client.server";
import { AppError } from "../errors";
import { newSlug, type Card, type CardInput } from "./card";
import { decodePreviewImage } from "./preview-image";

type Row = Awaited<ReturnType<ReturnType<typeof getPrisma>["card"]["findUnique"]>> & object;

const notFound = () => new AppError("not_found", "This card does not exist or was deleted.", "这张卡片不存在或已被删除。");
const notYours = () => new AppError("forbidden", "Only the browser that saved this card can change or delete it.", "只有保存这张卡片的浏览器才能修改或删除它。");

// Cards saved before owners existed (ownerId null) stay editable by whoever can use the app, as they were.
const ownedBy = (row: { ownerId: string | null }, viewer: string | null) => row.ownerId === null || row.ownerId === viewer;

function toCard(row: Row, viewer: string | null): Card {
  return {
    slug: row.slug, title: row.title, prompt: row.prompt, negative: row.negative,
    params: JSON.parse(row.params) as Card["params"], tags: JSON.parse(row.tags) as string[],
    hasImage: row.image !== null, unlisted: row.unlisted, mine: ownedBy(row, viewer), createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString(),
  };
}

/** Saves a new card owned by `ownerId` (the preview image is checked first: nothing is saved if it is not a valid image). */
export async function createCard(input: CardInput, ownerId: string): Promise<Card> {
  const image = input.image ? decodePreviewImage(input.image) : null;
  const row = await getPrisma().card.create({
    data: {
      slug: newSlug(), title: input.title, prompt: input.prompt, negative: input.negative, params: JSON.stringify(input.params),
      tags: JSON.stringify(input.tags), unlisted: input.unlisted, image: image ? Buffer.from(image) : null, ownerId,
    },
  });
  return toCard(row, ownerId);
}

/** A card by its slug, as the browser `viewer` (its owner id, or null) sees it. */
export async function getCard(slug: string, viewer: string | null = null): Promise<Card> {
  const row = await getPrisma().card.findUnique({ where: { slug } });
  if (!row) throw notFound();
  return toCard(row, viewer);
}

/** The card's preview image bytes, or null. */
export async function getCardImage(slug: string): Promise<Uint8Array | null> {
  const row = await getPrisma().card.findUnique({ where: { slug }, select: { image: true } });
  if (!row) throw notFound();
  return row.image ? new Uint8Array(row.image) : null;
}

/** Cards for the gallery, newest first, filtered by text and tag; unlisted ones only when asked, and only the viewer's own. */
export async function listCards(options: { q?: string; tag?: string; includeUnlisted?: boolean; viewer?: string | null } = {}): Promise<Card[]> {
  const viewer = options.viewer ?? null;
  const rows = await getPrisma().card.findMany({
    where: {
      ...(options.includeUnlisted && viewer ? { OR: [{ unlisted: false }, { ownerId: viewer }] } : { unlisted: false }),
      ...(options.q ? { AND: [{ OR: [{ title: { contains: options.q } }, { prompt: { contains: options.q } }, { negative: { contains: options.q } }] }] } : {}),
    },
    orderBy: { createdAt: "desc" },
    take: 500,
  });
  const cards = rows.map((row) => toCard(row, viewer));
  return options.tag ? cards.filter((c) => c.tags.includes(options.tag!)) : cards;
}

/** Changes a card's title, labels or listing; only its owner may (AppError forbidden otherwise). */
export async function updateCard(slug: string, changes: Partial<Pick<CardInput, "title" | "tags" | "unlisted">>, viewer: string | null): Promise<Card> {
  await requireOwner(slug, viewer);
  const { count } = await getPrisma().card.updateMany({
    where: { slug },
    data: { ...(changes.title !== undefined ? { title: changes.title } : {}), ...(changes.tags ? { tags: JSON.stringify(changes.tags) } : {}),
      ...(changes.unlisted !== undefined ? { unlisted: changes.unlisted } : {}) },
  });
  if (count === 0) throw notFound();
  return getCard(slug, viewer);
}

/** Deletes a card (its owner only); its link answers 404 from then on. */
export async function deleteCard(slug: string, viewer: string | null): Promise<void> {
  await requireOwner(slug, viewer);
  const { count } = await getPrisma().card.deleteMany({ where: { slug } });
  if (count === 0) throw notFound();
}

async function requireOwner(slug: string, viewer: string | null): Promise<void> {
  const row = await getPrisma().card.findUnique({ where: { slug }, select: { ownerId: true } });
  if (!row) throw notFound();
  if (!ownedBy(row, viewer)) throw notYours();
}
