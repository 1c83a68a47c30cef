// String methods called through the prototype's own functions. A method looked up on strings of many kinds (flat,
// sliced out of another, joined from two, one or two bytes a unit) is a megamorphic lookup that V8 neither caches nor
// inlines: in the tokenizer and the prompt scanners, which read strings of every kind, it cost as much as the reading.
// Called this way the engine inlines the read whatever the string is.
const { charCodeAt, indexOf } = String.prototype;

/**
 * `text.charCodeAt(i)`, inlined whatever kind of string `text` is.
 * @example unitAt("a,", 1) // 44
 */
export const unitAt = (text: string, i: number): number => charCodeAt.call(text, i);

/**
 * `text.indexOf(search, from)`, without the method lookup on `text`.
 * @example indexFrom("a, b, c", ",", 2) // 4
 */
export const indexFrom = (text: string, search: string, from: number): number => indexOf.call(text, search, from);
