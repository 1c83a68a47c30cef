import { cardJsonSchema } from "@/lib/cards/card";
import { createCard } from "@/lib/cards/cards.server";
import { jsonRoute } from "@/lib/http/json-route";

/** POST /api/cards/import {format: "prompt-studio-card", version: 1, …} → the new card. */
export const POST = jsonRoute(cardJsonSchema, ({ title, prompt, negative, params, tags }) => createCard({ title, prompt, negative, params, tags, unlisted: false }));
