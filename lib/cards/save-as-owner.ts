import type { Card } from "./card";
import { newOwnerId, ownerCookie, readOwnerId } from "./card-owner";
import { viewerOf } from "../auth/viewer.server";
import type { Viewer } from "../auth/viewer";
import { servedOverHttps } from "../security/server-policy";

/**
 * Saves a card as the one asking: in team mode the signed-in user; otherwise the browser, given an owner id cookie
 * first if it has none. Answers the card.
 */
export async function saveAsOwner(request: Request, save: (viewer: Viewer) => Promise<Card>): Promise<Response> {
  const viewer = await viewerOf(request);
  if (viewer.team) return Response.json(await save(viewer));
  const known = readOwnerId(request);
  const ownerId = known ?? newOwnerId();
  const card = await save({ ...viewer, id: ownerId });
  return Response.json(card, known ? undefined : { headers: { "set-cookie": ownerCookie(ownerId, servedOverHttps(request)) } });
}
