/** One file of a font split by Unicode ranges (Google Fonts' slicing): its key and the code points it holds. */
export interface FontSlice {
  key: string;
  ranges: Array<[number, number]>;
}

/** Every code point the slices hold, mapped to the first slice holding it (fonts hold tens of thousands: fine). */
export interface SliceTable {
  slices: FontSlice[];
  byCodePoint: Map<number, number>;
}

/**
 * Reads fontsource's unicode.json (`{"[4]": "U+1f1e9-1f1f5,U+1f21a", "latin": "U+0000-00FF,…"}`) into slices; named
 * subsets (latin, cyrillic…) come first so that Latin text is drawn from the small Latin file.
 * @example parseUnicodeRanges({ "[7]": "U+4e00-4e01,U+4e03" })[0] // { key: "7", ranges: [[0x4e00, 0x4e01], [0x4e03, 0x4e03]] }
 */
export function parseUnicodeRanges(json: Record<string, string>): FontSlice[] {
  const slices = Object.entries(json).map(([name, list]) => ({
    key: name.replace(/^\[(.*)\]$/, "$1"),
    ranges: list.split(",").map((part): [number, number] => {
      const [start, end] = part.trim().replace(/^U\+/i, "").split("-").map((hex) => Number.parseInt(hex, 16));
      return [start, end ?? start];
    }),
  }));
  const named = (s: FontSlice) => (/^\d+$/.test(s.key) ? 1 : 0);
  return slices.sort((a, b) => named(a) - named(b));
}

/** A lookup table over the slices (the first slice listing a code point wins). */
export function buildSliceTable(slices: FontSlice[]): SliceTable {
  const byCodePoint = new Map<number, number>();
  slices.forEach((slice, index) => {
    for (const [start, end] of slice.ranges) for (let cp = start; cp <= end; cp++) if (!byCodePoint.has(cp)) byCodePoint.set(cp, index);
  });
  return { slices, byCodePoint };
}

/** The index of the slice holding this code point, or -1. */
export function sliceIndexOf(table: SliceTable, codePoint: number): number {
  return table.byCodePoint.get(codePoint) ?? -1;
}

/**
 * What a text needs from a sliced font: the keys of the slices holding its characters, and the text with every
 * character no slice holds left out (line breaks kept), so an image renderer never looks elsewhere for a glyph.
 * @example slicesForText(table, "咖啡 ☃") // { keys: ["latin", "41"], text: "咖啡 " } (keys depend on the font)
 */
export function slicesForText(table: SliceTable, text: string): { keys: string[]; text: string } {
  const used = new Set<number>();
  let kept = "";
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    if (char === "\n") {
      kept += char;
      continue;
    }
    const index = sliceIndexOf(table, codePoint);
    if (index === -1) continue;
    used.add(index);
    kept += char;
  }
  return { keys: [...used].sort((a, b) => a - b).map((i) => table.slices[i].key), text: kept };
}
