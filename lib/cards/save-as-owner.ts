import type { Card } from "./card";
import { newOwnerId, ownerCookie, readOwnerId } from "./card-owner";
import { servedOverHttps } from "../security/server-policy";

/** Saves a card as the asking browser, giving it an owner id cookie first if it has none; answers the card. */
export async function saveAsOwner(request: Request, save: (ownerId: string) => Promise<Card>): Promise<Response> {
  const known = readOwnerId(request);
  const ownerId = known ?? newOwnerId();
  const card = await save(ownerId);
  return Response.json(card, known ? undefined : { headers: { "set-cookie": ownerCookie(ownerId, servedOverHttps(request)) } });
}
