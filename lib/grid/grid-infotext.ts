import { quoteInfotextValue } from "../infotext/format-infotext";
import type { GridAxis, GridSpec } from "./grid-spec";
import { targetText } from "./prompt-variant";

/** An axis as A1111's X/Y/Z plot names it in infotext: its type, the tag (for tag axes) and the values as typed. */
export function describeAxis(axis: GridAxis, texts: { prompt: string; negative: string }): { type: string; tag?: string; values: string } {
  switch (axis.kind) {
    case "weight":
      return { type: "Tag weight", tag: targetText(texts[axis.target.field], axis.target), values: axis.values.join(", ") };
    case "toggle":
      return { type: "Tag on/off", tag: targetText(texts[axis.target.field], axis.target), values: "with, without" };
    case "sampler":
      return { type: "Sampler", values: axis.values.join(", ") };
    case "cfg":
      return { type: "CFG Scale", values: axis.values.join(", ") };
    case "steps":
      return { type: "Steps", values: axis.values.join(", ") };
  }
}

/**
 * The grid's infotext the way A1111's X/Y/Z plot writes it: the first cell's infotext with "Script", "X Type",
 * "X Values" (and Y) added to its parameter line; tag axes also name their tag ("X Tag").
 * @example gridInfotext("a\nSteps: 20, Seed: 1", spec) // 'a\nSteps: 20, Seed: 1, Script: X/Y/Z plot, X Type: Tag weight, X Tag: smile, X Values: "0, 1.3"'
 */
export function gridInfotext(firstCellInfotext: string, spec: GridSpec): string {
  const texts = { prompt: spec.base.prompt, negative: spec.base.negative };
  const entries: Array<[string, string]> = [["Script", "X/Y/Z plot"]];
  for (const [name, axis] of [["X", spec.x], ["Y", spec.y]] as const) {
    if (!axis) continue;
    const d = describeAxis(axis, texts);
    entries.push([`${name} Type`, d.type]);
    if (d.tag !== undefined) entries.push([`${name} Tag`, d.tag]);
    entries.push([`${name} Values`, d.values]);
  }
  const added = entries.map(([k, v]) => `${k}: ${quoteInfotextValue(v)}`).join(", ");
  const text = firstCellInfotext.trimEnd();
  return text ? `${text}, ${added}` : added;
}
