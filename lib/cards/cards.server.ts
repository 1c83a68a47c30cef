import "server-only";
import { getPrisma } from "../db/client.server";
import { AppError } from "../errors";
import { ANONYMOUS, mayChange, maySee, type Viewer, type Visibility } from "../auth/viewer";
import { newSlug, type Card, type CardInput } from "./card";
import { decodePreviewImage } from "./preview-image";

type Row = Awaited<ReturnType<ReturnType<typeof getPrisma>["card"]["findUnique"]>> & object;

const notFound = () => new AppError("not_found", "This card does not exist or was deleted.", "这张卡片不存在或已被删除。");
const notYours = (viewer: Viewer) => viewer.team
  ? new AppError("forbidden", "Only the card's owner or a team admin can change or delete it.", "只有卡片的主人或团队管理员才能修改或删除它。")
  : new AppError("forbidden", "Only the browser that saved this card can change or delete it.", "只有保存这张卡片的浏览器才能修改或删除它。");

function toCard(row: Row, viewer: Viewer): Card {
  return {
    slug: row.slug, title: row.title, prompt: row.prompt, negative: row.negative,
    params: JSON.parse(row.params) as Card["params"], tags: JSON.parse(row.tags) as string[],
    hasImage: row.image !== null, unlisted: row.unlisted, visibility: row.visibility as Visibility, mine: mayChange(viewer, row.ownerId),
    createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString(),
  };
}

/** Saves a new card owned by the viewer (the preview image is checked first: nothing is saved if it is not a valid image). */
export async function createCard(input: CardInput, viewer: Viewer): Promise<Card> {
  const image = input.image ? decodePreviewImage(input.image) : null;
  const row = await getPrisma().card.create({
    data: {
      slug: newSlug(), title: input.title, prompt: input.prompt, negative: input.negative, params: JSON.stringify(input.params),
      tags: JSON.stringify(input.tags), unlisted: input.unlisted, image: image ? Buffer.from(image) : null, ownerId: viewer.id,
      visibility: input.visibility ?? (viewer.team ? "team" : "link"),
    },
  });
  return toCard(row, viewer);
}

/** A card by its slug, as `viewer` sees it; one they may not see answers "not found", as if it did not exist. */
export async function getCard(slug: string, viewer: Viewer = ANONYMOUS): Promise<Card> {
  const row = await getPrisma().card.findUnique({ where: { slug } });
  if (!row || !maySee(viewer, row)) throw notFound();
  return toCard(row, viewer);
}

/** The card's preview image bytes, or null (not found for a viewer who may not see the card). */
export async function getCardImage(slug: string, viewer: Viewer = ANONYMOUS): Promise<Uint8Array | null> {
  const row = await getPrisma().card.findUnique({ where: { slug }, select: { image: true, ownerId: true, visibility: true } });
  if (!row || !maySee(viewer, row)) throw notFound();
  return row.image ? new Uint8Array(row.image) : null;
}

/**
 * Cards for the gallery, newest first, filtered by text and tag; unlisted ones only when asked, and only the viewer's
 * own. In team mode a member sees the team's listed cards (link or team) and their own.
 */
export async function listCards(options: { q?: string; tag?: string; includeUnlisted?: boolean; viewer?: Viewer } = {}): Promise<Card[]> {
  const viewer = options.viewer ?? ANONYMOUS;
  const listed = viewer.team ? { unlisted: false, visibility: { in: ["link", "team"] } } : { unlisted: false };
  const own = viewer.id ? [{ ownerId: viewer.id, ...(options.includeUnlisted ? {} : { unlisted: false }) }] : [];
  const rows = await getPrisma().card.findMany({
    where: {
      OR: [listed, ...own],
      ...(options.q ? { AND: [{ OR: [{ title: { contains: options.q } }, { prompt: { contains: options.q } }, { negative: { contains: options.q } }] }] } : {}),
    },
    orderBy: { createdAt: "desc" },
    take: 500,
  });
  const cards = rows.map((row) => toCard(row, viewer));
  return options.tag ? cards.filter((c) => c.tags.includes(options.tag!)) : cards;
}

/** Changes a card's title, labels, listing or visibility; only its owner (or a team admin) may (AppError forbidden otherwise). */
export async function updateCard(slug: string, changes: Partial<Pick<CardInput, "title" | "tags" | "unlisted" | "visibility">>, viewer: Viewer): Promise<Card> {
  await requireOwner(slug, viewer);
  const { count } = await getPrisma().card.updateMany({
    where: { slug },
    data: { ...(changes.title !== undefined ? { title: changes.title } : {}), ...(changes.tags ? { tags: JSON.stringify(changes.tags) } : {}),
      ...(changes.unlisted !== undefined ? { unlisted: changes.unlisted } : {}), ...(changes.visibility !== undefined ? { visibility: changes.visibility } : {}) },
  });
  if (count === 0) throw notFound();
  return getCard(slug, viewer);
}

/** Deletes a card (its owner or a team admin only); its link answers 404 from then on. */
export async function deleteCard(slug: string, viewer: Viewer): Promise<void> {
  await requireOwner(slug, viewer);
  const { count } = await getPrisma().card.deleteMany({ where: { slug } });
  if (count === 0) throw notFound();
}

async function requireOwner(slug: string, viewer: Viewer): Promise<void> {
  const row = await getPrisma().card.findUnique({ where: { slug }, select: { ownerId: true, visibility: true } });
  if (!row || !maySee(viewer, row)) throw notFound();
  if (!mayChange(viewer, row.ownerId)) throw notYours(viewer);
}
