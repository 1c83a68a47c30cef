import { describe, expect, it } from "vitest";
import { editWeight } from "./edit-weight";

// A1111's edit-attention behaviour. In `before`, "|" is the cursor and «…» a selection.
const cases: Array<{ before: string; dir: 1 | -1; after: string; selected: string }> = [
  { before: "a c|at", dir: 1, after: "a (cat:1.1)", selected: "cat" },
  { before: "a c|at", dir: -1, after: "a (cat:0.9)", selected: "cat" },
  { before: "a (c|at:1.1)", dir: 1, after: "a (cat:1.2)", selected: "cat" },
  { before: "a (c|at:1.1)", dir: -1, after: "a cat", selected: "cat" },
  { before: "a (c|at:0.1)", dir: -1, after: "a (cat:0.0)", selected: "cat" },
  { before: "a (c|at:1.9)", dir: 1, after: "a (cat:2.0)", selected: "cat" },
  { before: "((c|at))", dir: 1, after: "(cat:1.3)", selected: "cat" },
  { before: "(c|at)", dir: 1, after: "(cat:1.2)", selected: "cat" },
  { before: "[c|at]", dir: -1, after: "(cat:0.8)", selected: "cat" },
  { before: "a (white c|at, black dog:1.2)", dir: 1, after: "a (white cat, black dog:1.3)", selected: "white cat, black dog" },
  { before: "<lora:st|yle:0.8>", dir: 1, after: "<lora:style:0.85>", selected: "lora:style" },
  { before: "«a white cat» on a mat", dir: 1, after: "(a white cat:1.1) on a mat", selected: "a white cat" },
  { before: "masterpiece, «best quality »", dir: 1, after: "masterpiece, (best quality:1.1) ", selected: "best quality" },
  { before: "1girl, sm|ile", dir: 1, after: "1girl, (smile:1.1)", selected: "smile" },
];

function run(before: string, dir: 1 | -1) {
  const text = before.replace(/[|«»]/g, "");
  const cursor = before.indexOf("|");
  const start = cursor !== -1 ? cursor : before.indexOf("«");
  const end = cursor !== -1 ? cursor : before.indexOf("»") - 1;
  return { edit: editWeight(text, start, end, dir), text };
}

describe("editWeight (A1111 Ctrl/Cmd+↑/↓)", () => {
  for (const { before, dir, after, selected } of cases) {
    it(`${before} ${dir > 0 ? "↑" : "↓"}`, () => {
      const { edit } = run(before, dir);
      expect(edit?.text).toBe(after);
      expect(after.slice(edit!.selectionStart, edit!.selectionEnd)).toBe(selected);
    });
  }

  it("does nothing on empty space", () => {
    expect(editWeight("a,  ", 3, 3, 1)).toBeNull();
  });

  it("walks a weight up and back down to the plain word", () => {
    let edit = editWeight("cat", 1, 1, 1)!;
    edit = editWeight(edit.text, edit.selectionStart, edit.selectionEnd, 1)!;
    expect(edit.text).toBe("(cat:1.2)");
    edit = editWeight(edit.text, edit.selectionStart, edit.selectionEnd, -1)!;
    edit = editWeight(edit.text, edit.selectionStart, edit.selectionEnd, -1)!;
    expect(edit.text).toBe("cat");
  });
});
