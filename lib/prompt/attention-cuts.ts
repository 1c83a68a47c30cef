import { AttentionTokens, BACKSLASH, CLOSE_ROUND, CLOSE_SQUARE, OPEN_ROUND, OPEN_SQUARE } from "./attention-tokens";
import { indexFrom, unitAt } from "../text/unit-at";

// Whitespace that stays whitespace through CLIP's clean-up (ftfy drops \v and \x1c–\x1f, and reads \x85 as "…").
const isKeptSpace = (unit: number) => unit === 0x20 || unit === 0x09 || unit === 0x0a || unit === 0x0c || unit === 0x0d;

// A cut after about one comma in four, chosen by the text that follows it: pieces of a few tags each, and a variant
// that differs from its prompt in one place is cut the same way everywhere else, so its other pieces are shared.
/** Whether attentionCuts picks the cut place `at` of `text` (see everyAttentionCut). */
export function isPickedCut(text: string, at: number): boolean {
  // (Near the end a missing unit made the mix NaN, and NaN & 3 is 0: picked.)
  if (at + 3 >= text.length) return true;
  const mix = unitAt(text, at + 1) * 31 + unitAt(text, at + 2) * 7 + unitAt(text, at + 3);
  return (mix & 3) === 0;
}

/**
 * Where a prompt can be cut so that its pieces, each parsed for attention and tokenized on its own, give the tokens,
 * weights and BREAKs of the whole: after a comma followed by whitespace, with no bracket open (and of those places,
 * about one in four, picked by the text after it). No bracket spans the cut, so every weight is settled on its own
 * side; the comma and the whitespace end CLIP's words there, so no word spans it either, nor an HTML entity, nor any
 * other run of characters ftfy fixes as one. Text with both "&" (or "＆", which ftfy folds into one) and "<" has no
 * cuts: ftfy stops unescaping HTML at the first line holding a "<", so a piece after that line would be read otherwise.
 * @example attentionCuts("cat, dog, bird, fish, cow, pig") // [4, 15]: after "cat," and "bird," (the picked commas)
 */
export function attentionCuts(text: string): number[] {
  return scanCuts(text, true);
}

/**
 * Every place attentionCuts could pick, not one in four: where a piece that changes between a prompt's variants is cut
 * down to the tags around the change.
 * @example everyAttentionCut("cat, dog, (bird, fish), cow") // [4, 9, 23]
 */
export function everyAttentionCut(text: string): number[] {
  return scanCuts(text, false);
}

function scanCuts(text: string, pick: boolean): number[] {
  const cuts: number[] = [];
  if ((text.includes("&") || text.includes("＆")) && text.includes("<")) return cuts;
  const n = text.length;
  let round = 0;
  let square = 0;
  // The next comma at or after the current token, found once per comma as tokens move forward.
  let comma = indexFrom(text, ",", 0);
  const tokens = new AttentionTokens(text);
  while (comma !== -1 && tokens.next()) {
    const { end, unit } = tokens;
    if (unit === OPEN_ROUND) round++;
    else if (unit === OPEN_SQUARE) square++;
    else if (tokens.isWeight && round > 0 && !Number.isNaN(tokens.weight())) round--;
    else if (unit === CLOSE_ROUND && round > 0) round--;
    else if (unit === CLOSE_SQUARE && square > 0) square--;
    else if (unit !== BACKSLASH && round === 0 && square === 0) {
      for (; comma !== -1 && comma < end - 1; comma = indexFrom(text, ",", comma + 1)) {
        if (comma + 1 < n && isKeptSpace(unitAt(text, comma + 1)) && (!pick || isPickedCut(text, comma + 1))) cuts.push(comma + 1);
      }
    }
    while (comma !== -1 && comma < end) comma = indexFrom(text, ",", comma + 1);
  }
  return cuts;
}

/**
 * Whether A1111's attention parse of `text` ends with a bracket still open (and would weigh what follows it).
 * @example leavesBracketOpen("a (b, c") // true; leavesBracketOpen("a) (b)") // false
 */
export function leavesBracketOpen(text: string): boolean {
  let round = 0;
  let square = 0;
  const tokens = new AttentionTokens(text);
  while (tokens.next()) {
    const { unit } = tokens;
    if (unit === OPEN_ROUND) round++;
    else if (unit === OPEN_SQUARE) square++;
    else if (tokens.isWeight && round > 0 && !Number.isNaN(tokens.weight())) round--;
    else if (unit === CLOSE_ROUND && round > 0) round--;
    else if (unit === CLOSE_SQUARE && square > 0) square--;
  }
  return round > 0 || square > 0;
}
