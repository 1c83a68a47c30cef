// Test-only: small real PNGs (decodable by browsers and sharp), optionally with A1111 "parameters" text.
import { PNG } from "pngjs";
import { writePngText } from "@/lib/png/png-text";

/** A solid-colour PNG of width × height; `text` adds tEXt chunks (e.g. { parameters: "a cat\nSteps: 20" }). */
export function makePng(width: number, height: number, rgb: [number, number, number], text: Record<string, string> = {}): Uint8Array {
  const png = new PNG({ width, height });
  for (let i = 0; i < width * height; i++) png.data.set([...rgb, 255], i * 4);
  const bytes = new Uint8Array(PNG.sync.write(png));
  const entries = Object.entries(text).map(([keyword, value]) => ({ keyword, text: value }));
  return entries.length ? writePngText(bytes, entries) : bytes;
}
