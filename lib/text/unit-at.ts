// String methods called through String.prototype. A method looked up on strings of many kinds (flat, sliced out of
// another, joined from two, one or two bytes a unit) is a megamorphic lookup that V8 neither caches nor inlines: in the
// tokenizer and the prompt scanners, which read strings of every kind, it cost as much as the reading. Reached from the
// global String (a constant to the optimizing compiler, where a module variable would not be once bundled), the
// method is inlined whatever the string is.

/**
 * `text.charCodeAt(i)` for a place `i` inside `text`, inlined whatever kind of string `text` is. Never past the end:
 * the first such read, met after the code making it was optimized, throws that code away (read the length first).
 * @example unitAt("a,", 1) // 44
 */
export const unitAt = (text: string, i: number): number => String.prototype.charCodeAt.call(text, i);

/**
 * `text.indexOf(search, from)`, without the method lookup on `text`.
 * @example indexFrom("a, b, c", ",", 2) // 4
 */
export const indexFrom = (text: string, search: string, from: number): number => String.prototype.indexOf.call(text, search, from);
