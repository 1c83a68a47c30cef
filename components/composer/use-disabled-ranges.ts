import { useMemo } from "react";
import { splitPromptParts, tagIndices, withoutTags } from "@/lib/prompt/tag-parts";

/** The prompt as it is copied and counted (switched-off tags left out) and where those tags sit in the text. */
export function useEffectivePrompt(text: string, disabled: string[]) {
  return useMemo(() => {
    const set = new Set(disabled);
    const split = splitPromptParts(text);
    const ranges = tagIndices(split)
      .map((slot) => split.parts[slot])
      .filter((p) => set.has(p.body))
      .map((p): [number, number] => [p.start + p.lead.length, p.start + p.lead.length + p.body.length]);
    return { effective: withoutTags(text, set), ranges };
  }, [text, disabled]);
}
