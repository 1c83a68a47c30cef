import { describe, expect, it } from "vitest";
import { labelFontSize, layoutGrid } from "./grid-layout";

describe("grid layout", () => {
  it("puts the title, column labels, row labels and cells in place", () => {
    const layout = layoutGrid({ columns: 3, rows: 2, cellWidth: 64, cellHeight: 32, titleHeight: 20, headerHeight: 30, sideWidth: 96, gap: 4 });
    expect([layout.width, layout.height]).toEqual([96 + 3 * 64 + 2 * 4, 50 + 2 * 32 + 4]);
    expect(layout.cells[4]).toEqual({ left: 96 + 68, top: 50 + 36, width: 64, height: 32 });
    expect(layout.columnLabels[2]).toEqual({ left: 96 + 136, top: 20, width: 64, height: 30 });
    expect(layout.rowLabels[1]).toEqual({ left: 0, top: 86, width: 96, height: 32 });
  });

  it("has no row labels without a side column, and a readable font at any size", () => {
    expect(layoutGrid({ columns: 2, rows: 1, cellWidth: 64, cellHeight: 64, titleHeight: 20, headerHeight: 30, sideWidth: 0, gap: 4 }).rowLabels).toEqual([]);
    expect([labelFontSize(64, 64), labelFontSize(512, 512), labelFontSize(2048, 2048)]).toEqual([14, 41, 48]);
  });
});
