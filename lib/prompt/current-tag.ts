import type { TextEdit } from "./edit-weight";

/** The tag being typed at the caret: where it starts and ends, and the text typed so far. */
export interface CurrentTag {
  start: number;
  end: number;
  query: string;
}

// What ends a tag on its left: separators and the syntax that opens or divides a part. "\(" is a literal bracket.
const BOUNDARY = new Set([",", "，", "\n", "(", "[", "{", "|", ":", ")", "]", "}"]);

/**
 * The tag the caret is in, for autocomplete; null where nothing should be suggested (a weight, an extra network,
 * punctuation only).
 * @example currentTagAt("1girl, (blon", 12) // { start: 8, end: 12, query: "blon" }
 */
export function currentTagAt(text: string, caret: number): CurrentTag | null {
  let start = caret;
  while (start > 0 && !(BOUNDARY.has(text[start - 1]) && text[start - 2] !== "\\")) start--;
  while (start < caret && /\s/.test(text[start])) start++;
  const tail = /^[\p{L}\p{N}_'-]*/u.exec(text.slice(caret))![0];
  const query = text.slice(start, caret);
  const open = text.lastIndexOf("<", caret - 1);
  const close = text.indexOf(">", open);
  if (open !== -1 && (close === -1 || close >= caret)) return null;
  if (!/[\p{L}\p{Script=Han}]/u.test(query) || query.includes("<") || /^\s*(AND|BREAK)\b/.test(query) || query.length > 64) return null;
  return { start, end: caret + tail.length, query };
}

/**
 * Writes an accepted suggestion over the tag being typed, with the ", " that ends a tag in A1111 prompts when
 * nothing follows on the line (inside brackets or before a comma, nothing is added).
 * @example acceptCompletion("1girl, blon", { start: 7, end: 11, query: "blon" }, "blonde hair").text // "1girl, blonde hair, "
 */
export function acceptCompletion(text: string, current: CurrentTag, tag: string): TextEdit {
  const after = text.slice(current.end);
  const closes = /^[ \t]*($|\n)/.test(after);
  const inserted = tag + (closes ? ", " : "");
  const rest = closes ? after.replace(/^[ \t]*/, "") : after;
  const caret = current.start + inserted.length;
  return { text: text.slice(0, current.start) + inserted + rest, selectionStart: caret, selectionEnd: caret };
}
