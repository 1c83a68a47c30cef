import { insertTag } from "@/lib/prompt/insert-tag";

/**
 * Appends tags to the composer's saved prompt and hands both prompts over the way other pages do (ps.prompt and
 * ps.negative, read once by the composer, the previous state one undo step away).
 */
export function insertIntoComposer(tags: readonly string[], storage: Storage = localStorage): void {
  let prompt = "";
  let negative = "";
  try {
    const saved = JSON.parse(storage.getItem("ps.composer") ?? "{}") as { prompt?: unknown; negative?: unknown };
    if (typeof saved.prompt === "string") prompt = saved.prompt;
    if (typeof saved.negative === "string") negative = saved.negative;
    // A hand-over not yet picked up by the composer is the newer text.
    const pending = storage.getItem("ps.prompt");
    if (pending !== null) prompt = JSON.parse(pending) as string;
    const pendingNegative = storage.getItem("ps.negative");
    if (pendingNegative !== null) negative = JSON.parse(pendingNegative) as string;
  } catch {
    // A corrupt saved composer state: start from an empty prompt.
  }
  const text = tags.length ? insertTag(prompt, prompt.length, prompt.length, tags.join(", ")).text : prompt;
  storage.setItem("ps.prompt", JSON.stringify(text));
  storage.setItem("ps.negative", JSON.stringify(negative));
}
