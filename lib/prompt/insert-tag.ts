import type { TextEdit } from "./edit-weight";

/**
 * Inserts a tag at the cursor (replacing any selection) with ", " separators as needed on either side.
 * @example insertTag("a, b", 1, 1, "cat") // { text: "a, cat, b", selectionStart: 6, selectionEnd: 6 }
 */
export function insertTag(text: string, selStart: number, selEnd: number, tag: string): TextEdit & { inserted: string } {
  const before = text.slice(0, selStart);
  const after = text.slice(selEnd);
  const needsLead = before.trim() !== "" && !/[,，(\[{\s]\s*$/.test(before) ? ", " : before.trim() !== "" && /,$/.test(before) ? " " : "";
  const needsTail = after.trim() !== "" && !/^\s*[,，)\]}]/.test(after) ? ", " : "";
  const inserted = needsLead + tag + needsTail;
  const cursor = selStart + needsLead.length + tag.length;
  return { text: before + inserted + after, selectionStart: cursor, selectionEnd: cursor, inserted };
}
