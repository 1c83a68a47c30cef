import { normalizeTag, type DictionaryEntry } from "../dictionary/entry";
import { ANIMAL, CREATURE, FEMALE, FOCUS, HUMANOID, MALE, PERSON, QUALITY, ROLES, SCENE_THEMES, SCENERY, type SceneTheme } from "./offline-lists";
import type { Rng } from "./prng";
import type { RecognizedInput } from "./recognize";

/** What the input is about, which decides the details that fit (no clothing for a cityscape, fur for a cat). */
export type SubjectKind = "person" | "animal" | "creature" | "object" | "scenery";

/** The details the offline expander adds, as dictionary tags in the order they were chosen. */
export interface DetailPlan {
  kind: SubjectKind;
  theme: SceneTheme;
  added: string[];
}

const PERSON_SUBS = ["people", "occupation", "archetype", "royalty", "fantasy role"];
const ANIMAL_SUBS = ["animal", "bird", "sea life", "reptile", "insect"];
const GROUPS = ["2girls", "multiple girls", "couple", "crowd", "multiple boys", "2boys", "group", "no humans"];
const DEFAULT_THEMES: Record<SubjectKind, string[]> = {
  person: SCENE_THEMES.map((t) => t.id), animal: ["room", "nature", "forest"], creature: ["forest", "nature"],
  object: ["room", "cafe", "nature"], scenery: ["city-night", "nature", "water", "forest", "city"],
};

/** Classifies the input by its subject tags; appearance, clothing or pose without a subject imply a person. */
export function subjectKind(entries: DictionaryEntry[]): SubjectKind {
  const subjects = entries.filter((e) => e.category === "subject");
  const kindOf = (e: DictionaryEntry): SubjectKind =>
    e.tag === "no humans" ? "scenery"
    : PERSON_SUBS.includes(e.sub) || HUMANOID.test(e.tag) ? "person"
    : ANIMAL_SUBS.includes(e.sub) ? "animal"
    : e.sub === "fantasy creature" ? "creature"
    : "object";
  const kinds = subjects.map(kindOf);
  for (const kind of ["person", "animal", "creature", "object", "scenery"] as const) if (kinds.includes(kind)) return kind;
  return entries.some((e) => ["appearance", "clothing", "pose"].includes(e.category)) ? "person" : "scenery";
}

/**
 * Chooses, with the seed's random source, the details the input lacks: for people hair, eyes, expression, clothing,
 * pose and gaze; for animals fur, eyes and pose; for all the place and its details, lighting, camera, quality and style.
 */
export function planDetails(input: RecognizedInput, rng: Rng): DetailPlan {
  const concepts = new Set(input.concepts.map((c) => normalizeTag(c.tag)));
  const taken = new Set([...input.tags.map((t) => normalizeTag(t.tag)), ...concepts]);
  const added: string[] = [];
  const add = (...names: string[]) => names.forEach((n) => !taken.has(n) && (taken.add(n), added.push(n)));
  const pick = (list: readonly string[], count = 1) => add(...rng.sample(list.filter((n) => !taken.has(n)), count));
  const covered = (category: string, subs?: string[], except?: string[]) =>
    input.entries.some((e) => e.category === category && (!subs || subs.includes(e.sub)) && !except?.includes(e.sub));

  const kind = subjectKind(input.entries);
  const themes = SCENE_THEMES.filter((t) => DEFAULT_THEMES[kind].includes(t.id));
  const theme = SCENE_THEMES.find((t) => t.triggers.some((set) => set.every((tag) => concepts.has(tag)))) ?? rng.pick(themes);
  const subjects = input.entries.filter((e) => e.category === "subject");
  const role = subjects.map((s) => ROLES[s.tag]).find(Boolean);

  if (kind === "person") {
    if (subjects.length === 0) add("1girl");
    const names = subjects.map((s) => s.tag).join(" ") || "1girl";
    const gender = FEMALE.test(names) ? "female" : MALE.test(names) ? "male" : "neutral";
    if (subjects.length <= 1 && !subjects.some((s) => GROUPS.includes(s.tag))) add("solo");
    if (!covered("appearance", ["hair length"])) pick(gender === "female" ? PERSON.hairLength.female : PERSON.hairLength.male);
    if (!covered("appearance", ["hair colour"])) pick(PERSON.hairColour);
    if (gender === "female" && !covered("appearance", ["hair style"]) && rng.next() < 0.5) pick(PERSON.hairStyle);
    if (!covered("appearance", ["eye colour"])) pick(PERSON.eyes);
    if (!covered("appearance", ["expression", "mouth"])) pick(role?.expressions ?? PERSON.expressions);
    if (!covered("clothing")) {
      const outfits = role?.outfits ?? (gender === "female" ? theme.outfits ?? PERSON.outfits.female : PERSON.outfits.male);
      add(...rng.pick(outfits));
      if (gender === "female" && !role && rng.next() < 0.6) pick(PERSON.accessories);
    }
    if (!covered("pose", undefined, ["gaze"])) pick(role?.poses ?? theme.personPoses);
    if (!covered("pose", ["gaze"])) pick(PERSON.gaze);
  } else {
    if (!concepts.has("no humans")) add("no humans");
    if (kind === "scenery") add("scenery");
    if (kind === "animal") {
      if (subjects.some((s) => s.sub === "animal") && !covered("appearance", ["skin"])) pick(ANIMAL.fur);
      if (!covered("appearance", ["eye colour"])) pick(ANIMAL.eyes);
      if (!covered("pose")) pick(theme.animalPoses);
    }
    if (kind === "creature") {
      pick(CREATURE.appearance);
      if (!covered("pose")) pick(CREATURE.poses);
    }
  }

  if (!input.concepts.some((c) => c.category === "scene")) add(...theme.scene);
  if (input.entries.filter((e) => e.category === "scene").length < 3) pick(theme.details, kind === "scenery" ? 3 : 2);
  if (!covered("lighting")) pick(theme.lighting, kind === "scenery" ? 2 : 1);
  const shots = { person: PERSON.shots, animal: ANIMAL.shots, creature: CREATURE.shots, object: SCENERY.objectShots, scenery: SCENERY.shots }[kind];
  if (!covered("camera", ["shot distance", "framing"])) pick(shots);
  if (kind !== "scenery" && !covered("camera", ["focus"])) pick(FOCUS);
  if (!covered("quality")) {
    add(...QUALITY.always);
    pick(QUALITY.extra);
  }
  const styles = { person: PERSON.styles, animal: ANIMAL.styles, creature: CREATURE.styles, object: SCENERY.styles, scenery: SCENERY.styles }[kind];
  if (!covered("style")) pick(role?.styles ?? styles);
  return { kind, theme, added };
}
