import "server-only";
import { labelFontFor } from "./label-font.server";

/** A drawn label: a transparent PNG of dark text, at most `width` wide. */
export interface DrawnLabel {
  png: Buffer;
  width: number;
  height: number;
}

const escapeMarkup = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * Draws one label (any script: Latin and Chinese in Noto Sans SC), wrapped to `width` pixels. The one place grid
 * text is drawn: a shared CJK text helper can replace this file without touching the grid.
 */
export async function drawLabel(text: string, options: { width: number; fontSize: number; align?: "left" | "centre"; maxHeight?: number }): Promise<DrawnLabel | null> {
  if (!text.trim()) return null;
  const family = await labelFontFor(text);
  const sharp = (await import("sharp")).default;
  const { data, info } = await sharp({
    text: {
      text: `<span foreground="#1c1917">${escapeMarkup(text)}</span>`,
      font: `${family} ${options.fontSize}px`,
      width: Math.max(1, Math.floor(options.width)),
      align: options.align ?? "centre",
      wrap: "word-char",
      rgba: true,
    },
  }).png().toBuffer({ resolveWithObject: true });
  const max = options.maxHeight ?? info.height;
  if (info.height <= max) return { png: data, width: info.width, height: info.height };
  // Too many lines for the space beside a small cell: the first lines are kept.
  return { png: await sharp(data).extract({ left: 0, top: 0, width: info.width, height: max }).png().toBuffer(), width: info.width, height: max };
}
