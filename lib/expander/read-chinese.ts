import type { Dictionary } from "../dictionary/dictionary";
import { translatePrompt } from "../dictionary/translate";
import { splitTopLevel } from "../prompt/tag-list";

/** Where the Chinese readers put what they read. */
export interface TagSink {
  /** A tag as written in English (maybe weighted); `fromChinese`: an unknown phrase is read word by word. */
  written(raw: string, fromChinese: boolean): void;
  /** The translation of the Chinese `source`: a dictionary tag, or words the translator gave. */
  translated(target: string, source: string): void;
  /** A fragment nothing could read. */
  unknown(fragment: string): void;
}

const HAN = /\p{Script=Han}/u;
const HAN_RUNS = /([\p{Script=Han}々〇]+)/u;
const HAN_RUNS_ALL = /[\p{Script=Han}々〇]+/gu;

/**
 * Reads Chinese word by word through the translation's tags, so a known word is kept whatever its neighbours are
 * (大理石台面 keeps marble though 台面 may be unknown); English words among the Chinese are read as written.
 * @example readChinese(dict, "女孩坐在咖啡馆", sink) // sink.translated("1girl", "女孩"), sink.translated("sitting in cafe", "坐在咖啡馆")
 */
export function readChinese(dict: Dictionary, part: string, sink: TagSink) {
  for (const run of part.split(HAN_RUNS)) {
    if (!HAN.test(run)) {
      if (/[\p{L}\p{N}]/u.test(run)) sink.written(run.trim(), true);
      continue;
    }
    const translation = translatePrompt(dict, isolateSubjects(dict, run), "zh-en");
    for (const t of translation.tags) {
      if (!t.known) continue;
      for (const target of t.target.split(",")) if (target.trim()) sink.translated(target.trim(), t.source);
    }
    translation.unknown.forEach((u) => sink.unknown(u));
  }
}

/** Reads Chinese with weights or other syntax through the translated text; Chinese left in a piece is unknown, never part of a tag. */
export function readWeightedChinese(dict: Dictionary, part: string, sink: TagSink) {
  const translation = translatePrompt(dict, isolateSubjects(dict, part), "zh-en");
  translation.unknown.forEach((u) => sink.unknown(u));
  for (const piece of splitTopLevel(translation.text)) {
    const english = piece.replace(HAN_RUNS_ALL, " ").replace(/\s+/g, " ").trim();
    if (/[\p{L}\p{N}]/u.test(english)) sink.written(english, true);
  }
}

/**
 * Sets the people, animals and things a Chinese text names apart with commas, unless a longer word that is some
 * entry's own name starts there (猫耳 is cat ears, not a cat), so that an alias such as 女孩坐 (wariza) cannot swallow
 * the subject of 女孩坐在咖啡馆.
 * @example isolateSubjects(dict, "女孩坐在咖啡馆") // "女孩，坐在咖啡馆"
 */
export function isolateSubjects(dict: Dictionary, text: string): string {
  let out = "";
  let depth = 0;
  for (let i = 0; i < text.length; ) {
    if ("([".includes(text[i])) depth++;
    if (")]".includes(text[i])) depth = Math.max(0, depth - 1);
    let subject = 0;
    let named = 0;
    for (let len = Math.min(dict.longestChinese, text.length - i); len >= 1; len--) {
      const candidates = dict.byChinese.get(text.slice(i, i + len));
      if (!candidates) continue;
      if (!subject && candidates.some((c) => c.entry.category === "subject")) subject = len;
      if (!named && candidates.some((c) => c.entry.zh === text.slice(i, i + len))) named = len;
    }
    if (subject && subject >= named) {
      // Inside brackets a comma would split the weighted group: a space separates the words instead.
      const gap = (c: string | undefined) => (c && HAN.test(c) ? (depth > 0 ? " " : "，") : "");
      out += `${gap(text[i - 1])}${text.slice(i, i + subject)}${gap(text[i + subject])}`;
      i += subject;
    } else {
      const step = Math.max(named, 1);
      out += text.slice(i, i + step);
      i += step;
    }
  }
  return out;
}
