import type { DictionaryEntry } from "../dictionary/entry";
import type { SceneType } from "./offline-lists";
import { ANIMAL, CREATURE, FEMALE, GROUPS, HUMANOID, MALE, PERSON, ROLES, STYLE_OUTFITS, SUBJECT_GROUPS } from "./offline-people";
import type { Place } from "./offline-places";
import type { Rng } from "./prng";

/** What the input is about, which decides the details that fit (no clothing for a cityscape, fur for a cat). */
export type SubjectKind = "person" | "animal" | "creature" | "object" | "scenery";

/** How a planner adds tags: `add` canonical names the input lacks, `pick` some of a list, `covered` asks the input. */
export interface Picker {
  rng: Rng;
  add(...names: string[]): void;
  pick(list: readonly string[], count?: number): void;
  covered(category: string, subs?: string[], except?: string[]): boolean;
  /** Whether the input names any of these tags. */
  has(names: readonly string[]): boolean;
}

// Traits only a person has: clothing or hair named without any subject means someone wears it.
const PERSON_TRAITS = ["clothing", "appearance/hair style", "appearance/hair colour", "appearance/hair length", "appearance/makeup", "appearance/facial hair"];

/** The kind of one subject entry. */
export function kindOf(entry: DictionaryEntry): SubjectKind {
  if (entry.tag === "no humans") return "scenery";
  if (SUBJECT_GROUPS.person.includes(entry.sub) || HUMANOID.test(entry.tag)) return "person";
  if (SUBJECT_GROUPS.animal.includes(entry.sub)) return "animal";
  return SUBJECT_GROUPS.creature.includes(entry.sub) ? "creature" : "object";
}

/**
 * Classifies the input: a named person, else a scene type about people (portrait), else clothing or hair named
 * without a subject (outside a product shot) make it a person; then animals, creatures, objects; else scenery.
 * "no humans" in the input always means no people.
 */
export function subjectKind(entries: DictionaryEntry[], type: SceneType): SubjectKind {
  if (entries.some((e) => e.tag === "no humans")) return entries.some((e) => e.category === "subject" && kindOf(e) !== "scenery") ? "object" : "scenery";
  const kinds = entries.filter((e) => e.category === "subject").map(kindOf);
  if (kinds.includes("person") || (type.people && !kinds.length)) return "person";
  const traits = entries.some((e) => PERSON_TRAITS.some((g) => g === e.category || g === `${e.category}/${e.sub}`));
  if (!kinds.length && traits && type.id !== "product") return "person";
  for (const kind of ["animal", "creature", "object"] as const) if (kinds.includes(kind)) return kind;
  return "scenery";
}

/** For people: who (1girl when nobody is named), hair, eyes, expression, clothing that suits role, type and place, pose and gaze. */
export function planPerson(p: Picker, subjects: DictionaryEntry[], type: SceneType, place: Place | null) {
  const people = subjects.filter((s) => kindOf(s) === "person");
  if (people.length === 0) p.add("1girl");
  const names = people.map((s) => s.tag).join(" ") || "1girl";
  const gender = FEMALE.test(names) ? "female" : MALE.test(names) ? "male" : "neutral";
  const role = people.map((s) => ROLES[s.tag]).find(Boolean);
  // One woman or man named by a role (mother, old man, idol) is still counted as Danbooru counts people.
  if (people.length === 1 && gender !== "neutral" && !GROUPS.includes(people[0].tag)) p.add(gender === "female" ? "1girl" : "1boy");
  if (people.length <= 1 && !people.some((s) => GROUPS.includes(s.tag))) p.add("solo");
  const hair = !people.some((s) => PERSON.hairless.includes(s.tag)) && !p.has(PERSON.hairless);
  if (!p.covered("appearance", ["hair length"])) p.pick(gender === "female" ? PERSON.hairLength.female : PERSON.hairLength.male);
  if (hair && !p.covered("appearance", ["hair colour"])) p.pick(PERSON.hairColour);
  if (hair && gender === "female" && !p.covered("appearance", ["hair style"]) && p.rng.next() < 0.5) p.pick(PERSON.hairStyle);
  const asleep = p.has(["sleeping"]);
  if (!asleep && !p.covered("appearance", ["eye colour"])) p.pick(PERSON.eyes);
  if (!p.covered("appearance", ["expression", "mouth"])) p.pick(role?.expressions ?? PERSON.expressions);
  if (!p.covered("clothing")) {
    const styled = STYLE_OUTFITS.find((s) => p.has(s.styles))?.outfits;
    const outfits = role?.outfits ?? styled ?? type.outfits ?? (gender === "female" ? place?.outfits ?? PERSON.outfits.female : place?.maleOutfits ?? PERSON.outfits.male);
    p.add(...p.rng.pick(outfits));
    if (gender === "female" && !role && !styled && !type.outfits && p.rng.next() < 0.6) p.pick(PERSON.accessories);
  }
  if (!p.covered("pose", undefined, ["gaze"])) p.pick(role?.poses ?? place?.personPoses ?? PERSON.poses);
  // A sleeper looks nowhere: closed eyes instead of an eye colour and a gaze.
  if (asleep) p.add("closed eyes");
  else if (!p.covered("pose", ["gaze"])) p.pick(PERSON.gaze);
  return role;
}

/** For animals fur (unless the subject names its colour), eyes and a pose; for creatures their look and a pose. */
export function planCreature(p: Picker, kind: "animal" | "creature", subjects: DictionaryEntry[], place: Place | null) {
  if (kind === "creature") {
    p.pick(CREATURE.appearance);
    if (!p.covered("pose")) p.pick(CREATURE.poses);
    return;
  }
  const animals = subjects.filter((s) => kindOf(s) === "animal");
  const coloured = animals.some((s) => ANIMAL.furless.test(s.tag));
  if (animals.some((s) => s.sub === "animal") && !coloured && !p.covered("appearance", ["skin"])) p.pick(ANIMAL.fur);
  if (!p.covered("appearance", ["eye colour"])) p.pick(ANIMAL.eyes);
  // Fish swim and birds fly whatever the place (a koi does not sit).
  const own = animals.some((s) => s.sub === "sea life") ? ["swimming"] : animals.some((s) => s.sub === "bird") ? ["flying", "standing"] : null;
  if (!p.covered("pose")) p.pick(own ?? place?.animalPoses ?? ANIMAL.poses);
}
