import { cardJsonSchema } from "@/lib/cards/card";
import { createCard } from "@/lib/cards/cards.server";
import { jsonRoute } from "@/lib/http/json-route";
import { saveAsOwner } from "@/lib/cards/save-as-owner";

/** POST /api/cards/import {format: "prompt-studio-card", version: 1, …} → the new card, owned by this browser. */
export const POST = jsonRoute(cardJsonSchema, ({ title, prompt, negative, params, tags }, request) =>
  saveAsOwner(request, (viewer) => createCard({ title, prompt, negative, params, tags, unlisted: false }, viewer)));
