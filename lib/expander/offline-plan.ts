import type { Dictionary } from "../dictionary/dictionary";
import { normalizeTag } from "../dictionary/entry";
import { QUALITY, type SceneType } from "./offline-lists";
import { PERSON } from "./offline-people";
import { PLACES, type Place } from "./offline-places";
import { kindOf, planCreature, planPerson, subjectKind, type Picker, type SubjectKind } from "./offline-subject";
import type { Rng } from "./prng";
import type { RecognizedInput } from "./recognize";
import { canonicalTag, detectSceneType } from "./scene-type";

export type { SubjectKind } from "./offline-subject";

/** The details the offline expander adds, as dictionary tags in the order they were chosen. */
export interface DetailPlan {
  kind: SubjectKind;
  type: SceneType;
  place: Place | null;
  added: string[];
}

// Scene tags that furnish a place without naming one: a bowl or a windowsill still leaves the setting open.
const PROPS = ["tableware", "furniture", "room object", "architectural element", "weather", "plant", "flower", "season"];

/**
 * Chooses, with the seed's random source, the details the input lacks: the scene type (detectSceneType) and the place
 * the input names give the pools; people get hair, eyes, expression, clothing, pose and gaze, animals fur, eyes and
 * pose; every scene gets its setting, details, lighting, camera, quality and style from those pools only.
 */
export function planDetails(dict: Dictionary, input: RecognizedInput, rng: Rng): DetailPlan {
  const type = detectSceneType(dict, input).type;
  const concepts = new Set(input.concepts.map((c) => normalizeTag(c.tag)));
  const added: string[] = [];
  const p = createPicker(dict, input, concepts, rng, added);
  const kind = subjectKind(input.entries, type);
  const subjects = input.entries.filter((e) => e.category === "subject" && kindOf(e) !== "scenery");
  const namesPlace = input.concepts.some((c) => c.category === "scene" && !PROPS.includes(c.sub));
  const place = choosePlace(dict, type, concepts, namesPlace, rng);

  p.add(...type.always);
  const role = kind === "person" ? planPerson(p, subjects, type, place) : undefined;
  if (kind !== "person") {
    if (!concepts.has("no humans")) p.add("no humans");
    if (kind === "scenery" && type.scenery) p.add("scenery");
    if (kind === "animal" || kind === "creature") planCreature(p, kind, subjects, place);
  }

  if (!namesPlace) p.add(...(place?.scene ?? rng.pick(type.scene)));
  // The more of the scene the input describes, the fewer details it needs, but a place always gets one of its own.
  const described = input.entries.filter((e) => e.category === "scene").length;
  if (place) p.pick(place.details, Math.max(1, (kind === "scenery" ? 3 : 2) - Math.floor(described / 2)));
  if (!place?.ownDetails) p.pick(type.details, described >= 3 ? Math.min(1, type.detailCount) : type.detailCount);
  if (!p.covered("lighting")) p.pick(place?.lighting ?? type.lighting, type.lightCount);
  if (!p.covered("camera", ["shot distance", "framing", "angle"])) p.pick(kind === "person" ? PERSON.shots : type.camera);
  const focus = kind === "person" ? PERSON.focus : type.focus;
  if (focus.length && !p.covered("camera", ["focus"])) p.pick(focus);
  if (!p.covered("quality")) {
    p.add(...QUALITY.always);
    p.pick(QUALITY.extra);
  }
  // People in a landscape or a car shot keep the styles both fit (a girl on a beach is no "landscape photography").
  const shared = type.styles.filter((s) => PERSON.styles.includes(s));
  const styles = kind !== "person" || type.people ? type.styles : shared.length ? shared : PERSON.styles;
  if (!p.covered("style")) p.pick(role?.styles ?? styles);
  return { kind, type, place, added };
}

// Adds only tags the dictionary knows, in its own spelling, that the input and the plan do not have yet.
function createPicker(dict: Dictionary, input: RecognizedInput, concepts: Set<string>, rng: Rng, added: string[]): Picker {
  const taken = new Set([...input.tags.map((t) => normalizeTag(t.tag.replace(/^\((.*):[\d.]+\)$/, "$1"))), ...concepts]);
  const fresh = (list: readonly string[]) => [...new Set(list.map((n) => canonicalTag(dict, n)))].filter((n) => n && !taken.has(n));
  const p: Picker = {
    rng,
    add: (...names) => fresh(names).forEach((n) => (taken.add(n), added.push(n))),
    pick: (list, count = 1) => p.add(...rng.sample(fresh(list), count)),
    covered: (category, subs, except) =>
      input.entries.some((e) => e.category === category && (!subs || subs.includes(e.sub)) && !except?.includes(e.sub)),
    has: (names) => names.some((n) => concepts.has(canonicalTag(dict, n))),
  };
  return p;
}

// The first place of the type's list the input names; when it names none, one of the type's usual places, if any.
function choosePlace(dict: Dictionary, type: SceneType, concepts: Set<string>, namesPlace: boolean, rng: Rng): Place | null {
  const named = PLACES.find((pl) => type.places.includes(pl.id) && pl.triggers.some((set) => set.every((t) => concepts.has(canonicalTag(dict, t)))));
  if (named) return named;
  const usual = PLACES.filter((pl) => type.defaultPlaces.includes(pl.id));
  return namesPlace || usual.length === 0 ? null : rng.pick(usual);
}
