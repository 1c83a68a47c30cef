import "server-only";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { buildSliceTable, parseUnicodeRanges, slicesForText, type SliceTable } from "../fonts/font-slices";

// Noto Sans SC as @fontsource ships it: ~100 WOFF slices (lib/fonts/font-slices.ts finds which a text needs). libvips
// (through Pango and FreeType) reads TrueType but not WOFF, so the slices a label needs are unpacked to TrueType once
// and registered with sharp; Pango then finds every glyph, Latin or Chinese, under one family name.
const FAMILY = "Noto Sans SC";
const packageDir = () => path.join(process.cwd(), "node_modules", "@fontsource", "noto-sans-sc");

let table: SliceTable | null | undefined;
const registered = new Set<string>();

/**
 * Makes sure sharp can draw `text` in Noto Sans SC and answers the font family to ask Pango for. Without the
 * package it answers "sans-serif" (the system's fonts, CJK if any is installed).
 */
export async function labelFontFor(text: string): Promise<string> {
  table ??= readSliceTable();
  if (!table) return "sans-serif";
  const sharp = (await import("sharp")).default;
  for (const key of slicesForText(table, text).keys) {
    if (registered.has(key)) continue;
    // Drawing once with `fontfile` registers the font with fontconfig for the rest of the process.
    await sharp({ text: { text: ".", font: FAMILY, fontfile: toTrueType(`noto-sans-sc-${key}-400-normal.woff`) } }).png().toBuffer();
    registered.add(key);
  }
  return FAMILY;
}

function readSliceTable(): SliceTable | null {
  try {
    return buildSliceTable(parseUnicodeRanges(JSON.parse(fs.readFileSync(path.join(packageDir(), "unicode.json"), "utf8")) as Record<string, string>));
  } catch {
    return null;
  }
}

// WOFF 1.0 is a TrueType/OpenType font with each table zlib-compressed: unpack the tables, rebuild the sfnt header.
function toTrueType(file: string): string {
  const out = path.join(os.tmpdir(), "prompt-studio-fonts", file.replace(/\.woff$/, ".ttf"));
  if (fs.existsSync(out)) return out;
  const woff = fs.readFileSync(path.join(packageDir(), "files", file));
  const count = woff.readUInt16BE(12);
  const tables = Array.from({ length: count }, (_, i) => {
    const at = 44 + i * 20;
    const [tag, offset, compressed, length, checksum] = [0, 4, 8, 12, 16].map((k) => woff.readUInt32BE(at + k));
    const raw = woff.subarray(offset, offset + compressed);
    return { tag, checksum, data: compressed < length ? zlib.inflateSync(raw) : raw };
  });
  const header = Buffer.alloc(12 + count * 16);
  const power = 2 ** Math.floor(Math.log2(count));
  header.writeUInt32BE(woff.readUInt32BE(4), 0);
  [count, power * 16, Math.log2(power), count * 16 - power * 16].forEach((v, k) => header.writeUInt16BE(v, 4 + k * 2));
  let offset = header.length;
  const bodies = tables.map((t, i) => {
    [t.tag, t.checksum, offset, t.data.length].forEach((v, k) => header.writeUInt32BE(v, 12 + i * 16 + k * 4));
    const padded = Buffer.alloc((t.data.length + 3) & ~3);
    t.data.copy(padded);
    offset += padded.length;
    return padded;
  });
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const temp = `${out}.${process.pid}.tmp`;
  fs.writeFileSync(temp, Buffer.concat([header, ...bodies]));
  fs.renameSync(temp, out);
  return out;
}
