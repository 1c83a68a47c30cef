import "server-only";
import { writePngText } from "../png/png-text";
import { drawLabel, type DrawnLabel } from "./draw-label.server";
import { labelFontSize, layoutGrid, type Box } from "./grid-layout";

/** What a grid image is made of: cell PNGs row by row (null for a cell that failed), labels and a title. */
export interface GridImageInput {
  columns: number;
  rows: number;
  cells: Array<Uint8Array | null>;
  title: string;
  xLabels: string[];
  /** Empty without a Y axis (no label column then). */
  yLabels: string[];
  /** Written into the PNG as its "parameters" text. */
  infotext: string;
}

const GAP = 4;
const PAD = 6;

/** Composes a labelled grid image (white ground, dark labels, A1111's layout) as a PNG carrying the grid's infotext. */
export async function composeGrid(input: GridImageInput): Promise<Uint8Array> {
  const sharp = (await import("sharp")).default;
  const first = input.cells.find((c): c is Uint8Array => c !== null);
  const meta = first ? await sharp(first).metadata() : { width: 64, height: 64 };
  // Cells smaller than 128 px (tiny test models, thumbnails) are enlarged by a whole factor so labels fit above them.
  const scale = Math.max(1, Math.ceil(128 / Math.min(meta.width ?? 64, meta.height ?? 64)));
  const [w, h] = [(meta.width ?? 64) * scale, (meta.height ?? 64) * scale];
  const fontSize = labelFontSize(w, h);
  const sideWidth = input.yLabels.length ? Math.max(96, Math.min(w, 320)) : 0;
  const [title, xLabels, yLabels] = await Promise.all([
    drawLabel(input.title, { width: sideWidth + input.columns * (w + GAP) - 2 * PAD, fontSize, align: "left" }),
    Promise.all(input.xLabels.map((text) => drawLabel(text, { width: w - 2 * PAD, fontSize }))),
    Promise.all(input.yLabels.map((text) => drawLabel(text, { width: sideWidth - 2 * PAD, fontSize, maxHeight: h }))),
  ]);
  const band = (labels: Array<DrawnLabel | null>) => Math.max(0, ...labels.map((l) => (l ? l.height + 2 * PAD : 0)));
  const layout = layoutGrid({ columns: input.columns, rows: input.rows, cellWidth: w, cellHeight: h, titleHeight: band([title]), headerHeight: band(xLabels), sideWidth, gap: GAP });

  const cells = await Promise.all(input.cells.map(async (png, i) => {
    const box = layout.cells[i];
    const image = png ? await sharp(png).resize(w, h, { fit: "contain", background: "#ffffff", kernel: scale > 1 ? "nearest" : "lanczos3" }).png().toBuffer() : await placeholder(w, h);
    return { input: image, left: box.left, top: box.top };
  }));
  const place = (label: DrawnLabel | null, box: Box, align: "left" | "centre") => (label ? [{
    input: label.png,
    left: box.left + (align === "left" ? PAD : Math.max(0, Math.round((box.width - label.width) / 2))),
    top: box.top + Math.max(0, Math.round((box.height - label.height) / 2)),
  }] : []);
  const png = await sharp({ create: { width: layout.width, height: layout.height, channels: 3, background: "#ffffff" } })
    .composite([
      ...cells,
      ...place(title, layout.title, "left"),
      ...xLabels.flatMap((label, i) => place(label, layout.columnLabels[i], "centre")),
      ...yLabels.flatMap((label, i) => place(label, layout.rowLabels[i], "centre")),
    ])
    .png()
    .toBuffer();
  return writePngText(new Uint8Array(png), [{ keyword: "parameters", text: input.infotext }]);
}

async function placeholder(width: number, height: number): Promise<Buffer> {
  const sharp = (await import("sharp")).default;
  return sharp({ create: { width, height, channels: 3, background: "#e7e5e4" } }).png().toBuffer();
}
