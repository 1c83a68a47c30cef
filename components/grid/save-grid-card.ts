import type { Card } from "@/lib/cards/card";
import { cardParamsFromInfotext } from "@/lib/cards/card-params-from-infotext";
import type { GridState } from "@/lib/grid/grid-state";
import { callApi } from "../api-client";

/** Saves a finished grid as a prompt card: the grid PNG as its image, the first cell's prompts and the grid's parameters. */
export async function saveGridCard(state: GridState): Promise<Card> {
  const bytes = new Uint8Array(await (await fetch(`/api/grid/${state.id}/image`)).arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  const { prompt, negative, params } = cardParamsFromInfotext(state.infotext ?? "");
  const title = (state.yTitle ? `${state.xTitle} × ${state.yTitle}` : state.xTitle).slice(0, 200);
  return callApi<Card>("/api/cards", { body: { title, prompt, negative, params, tags: ["grid"], image: btoa(binary) } });
}
