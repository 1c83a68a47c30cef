import { readTags } from "../prompt/tag-list";
import { insertTag } from "../prompt/insert-tag";
import { moveTag, removeTag, replaceTag } from "../prompt/tag-parts";
import type { TagChange } from "./tag-diff";

/**
 * Cherry-picks one change of a diff into another prompt (the one being edited): adds the tag (at its position, or
 * at the end), removes it, gives it the new weight, or moves it. A change that is already true leaves the text as it is.
 * @example applyTagChange("cat, dog", { kind: "added", field: "prompt", key: "hat", text: "hat", to: 1 }) // "cat, hat, dog"
 */
export function applyTagChange(text: string, change: TagChange): string {
  const at = readTags(text).findIndex((t) => t.key === change.key);
  switch (change.kind) {
    case "added": {
      if (at !== -1) return text;
      const appended = insertTag(text, text.length, text.length, change.text).text;
      return moveTag(appended, readTags(appended).length - 1, change.to);
    }
    case "removed":
      return at === -1 ? text : removeTag(text, at);
    case "reweighted":
      return at === -1 ? applyTagChange(text, { kind: "added", field: change.field, key: change.key, text: change.text, to: change.to }) : replaceTag(text, at, change.text);
    case "moved":
      return at === -1 ? text : moveTag(text, at, change.to);
  }
}
