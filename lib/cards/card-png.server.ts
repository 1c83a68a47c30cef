import "server-only";
import { formatInfotext } from "../infotext/format-infotext";
import { writePngText } from "../png/png-text";
import { infotextParams, type Card } from "./card";

/** Adds A1111's "parameters" text to a rendered card PNG, so other tools read the prompt back out of it. */
export function withCardInfotext(png: Uint8Array, card: Card): Uint8Array {
  const infotext = formatInfotext(card.prompt, card.negative, infotextParams(card.params));
  return writePngText(png, [{ keyword: "parameters", text: infotext }]);
}
