/** A box in the grid image, in pixels. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** What the grid image holds: a title line, column labels above, row labels on the left (only with a Y axis), cells. */
export interface GridLayoutInput {
  columns: number;
  rows: number;
  cellWidth: number;
  cellHeight: number;
  titleHeight: number;
  headerHeight: number;
  /** 0 without row labels. */
  sideWidth: number;
  gap: number;
}

export interface GridLayout {
  width: number;
  height: number;
  title: Box;
  columnLabels: Box[];
  rowLabels: Box[];
  /** Row by row, as the plan's cells. */
  cells: Box[];
}

/**
 * The label font size for cells of this size: A1111's (width + height) / 25, kept between 14 and 48 px.
 * @example labelFontSize(512, 512) // 41
 */
export const labelFontSize = (cellWidth: number, cellHeight: number) => Math.min(48, Math.max(14, Math.round((cellWidth + cellHeight) / 25)));

/**
 * Places the parts of a grid image.
 * @example layoutGrid({ columns: 2, rows: 1, cellWidth: 64, cellHeight: 64, titleHeight: 20, headerHeight: 30, sideWidth: 0, gap: 4 }).width // 132
 */
export function layoutGrid(input: GridLayoutInput): GridLayout {
  const { columns, rows, cellWidth: w, cellHeight: h, titleHeight, headerHeight, sideWidth, gap } = input;
  const top = titleHeight + headerHeight;
  const x = (column: number) => sideWidth + column * (w + gap);
  const y = (row: number) => top + row * (h + gap);
  const width = sideWidth + columns * w + (columns - 1) * gap;
  return {
    width,
    height: top + rows * h + (rows - 1) * gap,
    title: { left: 0, top: 0, width, height: titleHeight },
    columnLabels: Array.from({ length: columns }, (_, c) => ({ left: x(c), top: titleHeight, width: w, height: headerHeight })),
    rowLabels: sideWidth ? Array.from({ length: rows }, (_, r) => ({ left: 0, top: y(r), width: sideWidth, height: h })) : [],
    cells: Array.from({ length: rows * columns }, (_, i) => ({ left: x(i % columns), top: y(Math.floor(i / columns)), width: w, height: h })),
  };
}
