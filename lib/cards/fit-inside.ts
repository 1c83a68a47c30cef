/** A preview image ready for a card picture: a PNG data: URL at the size it is drawn, its aspect ratio kept. */
export interface FittedPreview {
  src: string;
  width: number;
  height: number;
}

/**
 * The size of a width × height picture scaled to fit inside a box, keeping its aspect ratio (whole pixels).
 * @example fitInside(512, 768, 420, 534) // { width: 356, height: 534 }
 */
export function fitInside(width: number, height: number, boxWidth: number, boxHeight: number): { width: number; height: number } {
  if (width <= 0 || height <= 0) return { width: boxWidth, height: boxHeight };
  const scale = Math.min(boxWidth / width, boxHeight / height);
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}
