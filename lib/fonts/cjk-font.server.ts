import "server-only";
import fs from "node:fs";
import path from "node:path";
import { buildSliceTable, parseUnicodeRanges, slicesForText, type SliceTable } from "./font-slices";

/**
 * Noto Sans SC (SIL Open Font License 1.1, licence in node_modules/@fontsource/noto-sans-sc/LICENSE), installed with
 * the app as Google Fonts' ~100 Unicode-range slices per weight: an image loads only the slices its text needs, and
 * nothing is ever fetched at run time.
 */
const FAMILY = "Noto Sans SC";
const packageDir = () => path.join(process.cwd(), "node_modules", "@fontsource", "noto-sans-sc");

/** The weights shipped for images: regular and bold. */
export type ImageFontWeight = 400 | 700;

/** A font as next/og (satori) takes it. */
export interface ImageFont {
  name: string;
  data: ArrayBuffer;
  weight: ImageFontWeight;
  style: "normal";
}

// Emoji are drawn as pictures by next/og, which fetches them: leave them out like any character the font lacks.
const EMOJI = /\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F|[\uFE0F\u200D]/gu;

let table: SliceTable | null = null;
const loaded = new Map<string, ArrayBuffer>();
// About 40 KB a slice: a few hundred cover any card and keep memory small.
const MAX_LOADED = 300;

function sliceTable(): SliceTable {
  if (table) return table;
  const file = path.join(packageDir(), "unicode.json");
  table = buildSliceTable(parseUnicodeRanges(JSON.parse(fs.readFileSync(/*turbopackIgnore: true*/ file, "utf8")) as Record<string, string>));
  return table;
}

function readSlice(key: string, weight: ImageFontWeight): ArrayBuffer {
  const id = `${key}-${weight}`;
  const cached = loaded.get(id);
  if (cached) {
    // Map order is insertion order: re-inserting keeps the most recently used last.
    loaded.delete(id);
    loaded.set(id, cached);
    return cached;
  }
  const bytes = fs.readFileSync(/*turbopackIgnore: true*/ path.join(packageDir(), "files", `noto-sans-sc-${key}-${weight}-normal.woff`));
  const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  loaded.set(id, data);
  if (loaded.size > MAX_LOADED) loaded.delete(loaded.keys().next().value!);
  return data;
}

/**
 * The fonts that draw these texts (CJK, Latin, Cyrillic, Vietnamese) in the given weights, and each text with the
 * characters the font lacks (other scripts) and emoji left out, so the renderer never fetches a font or an emoji.
 * @example imageFontsFor(["咖啡馆 😀"], [400]) // { fonts: [{ name: "Noto Sans SC latin", weight: 400, … }, …], texts: ["咖啡馆 "] }
 */
export function imageFontsFor(texts: readonly string[], weights: readonly ImageFontWeight[] = [400, 700]): { fonts: ImageFont[]; texts: string[] } {
  const slices = sliceTable();
  const keys = new Set<string>(["latin"]);
  const kept = texts.map((text) => {
    const found = slicesForText(slices, text.replace(EMOJI, ""));
    found.keys.forEach((k) => keys.add(k));
    return found.text;
  });
  // Each slice is its own family: satori keeps one font per name and weight, and falls back across names per glyph.
  const fonts = [...keys].flatMap((key) => weights.map((weight): ImageFont => ({ name: `${FAMILY} ${key}`, data: readSlice(key, weight), weight, style: "normal" })));
  return { fonts, texts: kept };
}
