import "server-only";
import { getPrisma } from "../db/client.server";
import { AppError } from "../errors";
import { newSlug, type Card, type CardInput } from "./card";
import { decodePreviewImage } from "./preview-image";

type Row = Awaited<ReturnType<ReturnType<typeof getPrisma>["card"]["findUnique"]>> & object;

const notFound = () => new AppError("not_found", "This card does not exist or was deleted.", "这张卡片不存在或已被删除。");

function toCard(row: Row): Card {
  return {
    slug: row.slug, title: row.title, prompt: row.prompt, negative: row.negative,
    params: JSON.parse(row.params) as Card["params"], tags: JSON.parse(row.tags) as string[],
    hasImage: row.image !== null, unlisted: row.unlisted, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString(),
  };
}

/** Saves a new card (the preview image is checked first: nothing is saved if it is not a valid image). */
export async function createCard(input: CardInput): Promise<Card> {
  const image = input.image ? decodePreviewImage(input.image) : null;
  const row = await getPrisma().card.create({
    data: {
      slug: newSlug(), title: input.title, prompt: input.prompt, negative: input.negative, params: JSON.stringify(input.params),
      tags: JSON.stringify(input.tags), unlisted: input.unlisted, image: image ? Buffer.from(image) : null,
    },
  });
  return toCard(row);
}

export async function getCard(slug: string): Promise<Card> {
  const row = await getPrisma().card.findUnique({ where: { slug } });
  if (!row) throw notFound();
  return toCard(row);
}

/** The card's preview image bytes, or null. */
export async function getCardImage(slug: string): Promise<Uint8Array | null> {
  const row = await getPrisma().card.findUnique({ where: { slug }, select: { image: true } });
  if (!row) throw notFound();
  return row.image ? new Uint8Array(row.image) : null;
}

/** Cards for the gallery, newest first, filtered by text and tag; unlisted ones only when asked. */
export async function listCards(options: { q?: string; tag?: string; includeUnlisted?: boolean } = {}): Promise<Card[]> {
  const rows = await getPrisma().card.findMany({
    where: {
      ...(options.includeUnlisted ? {} : { unlisted: false }),
      ...(options.q ? { OR: [{ title: { contains: options.q } }, { prompt: { contains: options.q } }, { negative: { contains: options.q } }] } : {}),
    },
    orderBy: { createdAt: "desc" },
    take: 500,
  });
  const cards = rows.map(toCard);
  return options.tag ? cards.filter((c) => c.tags.includes(options.tag!)) : cards;
}

export async function updateCard(slug: string, changes: Partial<Pick<CardInput, "title" | "tags" | "unlisted">>): Promise<Card> {
  const { count } = await getPrisma().card.updateMany({
    where: { slug },
    data: { ...(changes.title !== undefined ? { title: changes.title } : {}), ...(changes.tags ? { tags: JSON.stringify(changes.tags) } : {}),
      ...(changes.unlisted !== undefined ? { unlisted: changes.unlisted } : {}) },
  });
  if (count === 0) throw notFound();
  return getCard(slug);
}

/** Deletes a card; its link answers 404 from then on. */
export async function deleteCard(slug: string): Promise<void> {
  const { count } = await getPrisma().card.deleteMany({ where: { slug } });
  if (count === 0) throw notFound();
}
