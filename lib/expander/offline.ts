import { lookupTag, type Dictionary } from "../dictionary/dictionary";
import { addPreset } from "../dictionary/merge-negative";
import { NEGATIVE_PRESETS } from "../dictionary/negative-presets";
import { translatePrompt } from "../dictionary/translate";
import { formatPrompt } from "../prompt/format";
import { sortTags } from "./canonical";
import { SCENE_TYPES, STYLE_PACKS, type SceneTypeId } from "./offline-lists";
import { planDetails, type SubjectKind } from "./offline-plan";
import { createRng, hashSeed, type Rng } from "./prng";
import { recognizeInput } from "./recognize";
import type { ExpandedTag, ExpandMode, ExpandResult, PromptVariant } from "./types";

/** What the offline expander was asked. */
export interface OfflineOptions {
  mode?: ExpandMode;
  /** Defaults to a hash of the text, so the same text expands the same way. */
  seed?: number;
}

/**
 * The expander that needs no LLM: reads the subject and place with the dictionary, tells the scene type (portrait,
 * food, product…), then fills what the input lacks from that type's pools with a seeded random source (same seed,
 * same result). What the dictionary cannot read is returned in `unknown`.
 * @example expandOffline(dict, "一只猫在窗台上", { seed: 1 }).tags.filter((t) => t.added).length // ≥ 5
 */
export function expandOffline(dict: Dictionary, text: string, options: OfflineOptions = {}): ExpandResult {
  const mode = options.mode ?? "expand";
  const rng = createRng(options.seed ?? hashSeed(text));
  const input = recognizeInput(dict, text);
  const unknown = input.unknown.length ? { unknown: input.unknown } : {};
  if (mode === "translate") {
    const translation = translatePrompt(dict, text, "zh-en");
    return { prompt: formatPrompt(translation.text), negative: "", tags: input.tags, source: "offline", ...(translation.unknown.length ? { unknown: translation.unknown } : {}) };
  }
  const plan = planDetails(dict, input, rng);
  const added = plan.added.map((name): ExpandedTag => {
    const entry = lookupTag(dict, name)?.entry;
    const category = entry && entry.category !== "negative" && entry.category !== "emoji" ? entry.category : "other";
    // A name with brackets ("marble (stone)") is escaped, or the prompt would read a weight.
    return { tag: (entry?.tag ?? name).replace(/[()[\]\\]/g, "\\$&"), zh: entry?.zh ?? name, category, added: true };
  });
  const tags = sortTags([...input.tags, ...added]);
  const styles = tags.filter((t) => t.category === "style").map((t) => t.tag);
  const result: ExpandResult = {
    prompt: joinTags(tags.map((t) => t.tag)),
    negative: suggestNegative(plan.kind, styles, plan.type.id),
    tags,
    source: "offline",
    ...unknown,
  };
  if (mode === "variants") result.variants = styleVariants(tags, rng);
  return result;
}

/**
 * A negative prompt that fits: the general preset, plus anatomy for people, the opposite look for a style and what
 * spoils the scene type (a cluttered background in a product shot).
 */
export function suggestNegative(kind: SubjectKind, styles: string[], type?: SceneTypeId): string {
  const preset = (id: string, count: number) => NEGATIVE_PRESETS.find((p) => p.id === id)?.tags.slice(0, count) ?? [];
  const photo = styles.some((s) => /photo|realistic|raw/.test(s));
  const drawn = styles.some((s) => /anime|illustration|cel shading|manga/.test(s));
  const extra = [
    ...(kind === "person" ? [...preset("hands", 5), ...preset("portrait", 4)] : []),
    ...(photo ? preset("photo", 4) : []),
    ...(drawn ? preset("anime", 3) : []),
    ...(SCENE_TYPES.find((t) => t.id === type)?.negative ?? []),
  ];
  return addPreset(preset("general", 13).join(", "), extra).text;
}

function styleVariants(tags: ExpandedTag[], rng: Rng): PromptVariant[] {
  const content = tags.filter((t) => t.category !== "style").map((t) => t.tag);
  return rng.sample(STYLE_PACKS, 3).map((pack) => ({
    style: pack.style,
    zh: pack.zh,
    prompt: joinTags([...content.filter((t) => !pack.tags.includes(t)), ...pack.tags]),
  }));
}

const joinTags = (tags: string[]) => formatPrompt(tags.join(", "));
