import { readTags } from "../prompt/tag-list";

/** What adding a preset changed, so that removing it can undo exactly that. */
export interface PresetApplication {
  /** Keys of tags the preset added. */
  added: string[];
  /** Tags whose weight the preset raised: key → the user's original text. */
  raised: Record<string, string>;
}

/**
 * Adds preset tags to a negative prompt without duplicates: a tag already there (any case, weight or underscore form)
 * stays where the user put it, with the stronger of the two weights.
 * @example addPreset("(worst quality:2), cat", ["worst quality", "lowres"]).text // "(worst quality:2), cat, lowres"
 */
export function addPreset(negative: string, presetTags: string[]): { text: string; applied: PresetApplication } {
  const parts = readTags(negative).map((p) => ({ ...p }));
  const applied: PresetApplication = { added: [], raised: {} };
  for (const preset of readTags(presetTags.join(", "))) {
    const existing = parts.find((p) => p.key === preset.key);
    if (!existing) {
      parts.push(preset);
      applied.added.push(preset.key);
    } else if (preset.weight > existing.weight) {
      applied.raised[existing.key] = existing.text;
      Object.assign(existing, preset);
    }
  }
  return { text: parts.map((p) => p.text).join(", "), applied };
}

/** Undoes `addPreset`: removes the tags it added and restores the weights it raised; the user's edits since stay. */
export function removePreset(negative: string, applied: PresetApplication): string {
  return readTags(negative)
    .filter((p) => !applied.added.includes(p.key))
    .map((p) => applied.raised[p.key] ?? p.text)
    .join(", ");
}
