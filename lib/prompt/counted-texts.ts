import { everyAttentionCut, isPickedCut } from "./attention-cuts";
import { splitComposablePrompt } from "./composable";
import { stripExtraNetworks } from "./extra-networks";
import { changesOverSteps, planSchedules, type ScheduleOptions } from "./schedules";
import type { SyntaxParse } from "./syntax";
import type { PromptNode } from "./syntax-tree";

export interface CountedTextOptions extends ScheduleOptions {
  /** Sampling steps the schedules are resolved at; A1111's UI uses the steps slider (20 by default). */
  steps?: number;
  /** The negative prompt is not split on AND. */
  isNegative?: boolean;
}

/**
 * One text A1111's counter measures, in pieces cut at attentionCuts of its AND part: a piece that holds no editing
 * or alternation is the part's own text (the same string in every variant of the part); a `rendered` one reads as its
 * step has it, and may leave a bracket open where the part did not.
 */
export interface CountedVariant {
  pieces: string[];
  rendered: boolean[];
  /** The AND part it is a variant of. */
  part: string;
  /**
   * The part's own text cut where `pieces` is cut (shared by its variants): a piece no step renders is the very same
   * string in every variant and here, so a cache of tokenized pieces finds it without reading it.
   */
  partPieces: readonly string[];
}

/**
 * The texts A1111's token counter measures (modules/ui.py update_token_counter), in its order: extra networks
 * removed, the AND parts (not of a negative prompt), and each part's scheduled variants, one per distinct choice of
 * its edits and alternations; the counter shows the largest count, the first text that has it. `syntax` gives
 * parseSyntax(prompt) when the caller has it already.
 * @example countedVariants("a, [cat|dog] AND b").map((v) => v.pieces.join("")) // ["a, cat", "a, dog", " b"]
 */
export function countedVariants(prompt: string, options: CountedTextOptions = {}, syntax?: () => SyntaxParse): CountedVariant[] {
  const steps = options.steps ?? 20;
  const { text } = stripExtraNetworks(prompt);
  // (Lists built by push, not by map and flatMap: the map of optimized code made arrays of another kind than the
  // interpreter's, and the flatMap over them then threw that code away.)
  const parts: string[] = [];
  if (options.isNegative) parts.push(text);
  else for (const part of splitComposablePrompt(text)) parts.push(part.text);
  const variants: CountedVariant[] = [];
  for (const part of parts) {
    // The caller's parse fits only a part that is the whole prompt; planSchedules asks for it only when it needs a tree.
    for (const variant of partVariants(part, steps, options, part === prompt ? syntax : undefined)) variants.push(variant);
  }
  return variants;
}

/** countedVariants as texts, each once. */
export function countedTexts(prompt: string, options: CountedTextOptions = {}, syntax?: () => SyntaxParse): string[] {
  return [...new Set(countedVariants(prompt, options, syntax).map((v) => v.pieces.join("")))];
}

function partVariants(part: string, steps: number, options: ScheduleOptions, syntax?: () => SyntaxParse): CountedVariant[] {
  const plan = planSchedules(part, steps, options, syntax);
  const { tree } = plan;
  // A part that reads the same at every step is one text (cut, if at all, where it is tokenized).
  if (!tree || !tree.some(changesOverSteps)) return [{ pieces: [part], rendered: [false], part, partPieces: [part] }];
  const bounds = [0, ...variantCuts(part, tree), part.length];
  // (The lists a variant is made of are built by push, never by map: TurboFan's inlined map makes holey arrays, and
  // code optimized for the packed ones the interpreter's map made was thrown away and compiled again.)
  const pieces: string[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) pieces.push(part.slice(bounds[k], bounds[k + 1]));
  // No cut falls inside a bracket, so a piece is its top-level nodes (and the ends of plain ones the cuts split).
  const nodes = piecesOfNodes(tree, bounds);
  const rendered: boolean[] = [];
  for (const inPiece of nodes) rendered.push(inPiece.some(changesOverSteps));
  const alike = plan.alike();
  const variants: CountedVariant[] = [];
  for (let s = 0; s < plan.endSteps.length; s++) {
    // A step that reads as an earlier one does is that one's variant.
    if (alike[s] !== s) continue;
    const step = plan.endSteps[s];
    const own: string[] = [];
    for (let k = 0; k < pieces.length; k++) own.push(rendered[k] ? renderPiece(nodes[k], bounds[k], bounds[k + 1], part, step, plan.render) : pieces[k]);
    variants.push({ pieces: own, rendered, part, partPieces: pieces });
  }
  return variants;
}

// The attentionCuts of the part, and also the cut places nearest each node that changes over the steps: a rendered
// piece is then only the tags around its change, and the rest of the part is shared by every variant.
function variantCuts(part: string, tree: PromptNode[]): number[] {
  const every = everyAttentionCut(part);
  const keep: boolean[] = [];
  for (const at of every) keep.push(isPickedCut(part, at));
  let c = 0;
  for (const node of tree) {
    if (!changesOverSteps(node)) continue;
    while (c < every.length && every[c] <= node.start) c++;
    if (c > 0) keep[c - 1] = true;
    while (c < every.length && every[c] < node.end) c++;
    if (c < every.length) keep[c] = true;
  }
  return every.filter((_, k) => keep[k]);
}

// The top-level nodes that overlap each piece.
function piecesOfNodes(tree: PromptNode[], bounds: number[]): PromptNode[][] {
  const pieces: PromptNode[][] = [];
  for (let k = 1; k < bounds.length; k++) pieces.push([]);
  let k = 0;
  for (const node of tree) {
    while (bounds[k + 1] <= node.start) k++;
    for (let j = k; j < pieces.length && bounds[j] < node.end; j++) pieces[j].push(node);
  }
  return pieces;
}

function renderPiece(nodes: PromptNode[], from: number, to: number, part: string, step: number, render: (nodes: PromptNode[], step: number) => string): string {
  let out = "";
  for (const node of nodes) out += node.kind === "plain" ? part.slice(Math.max(from, node.start), Math.min(to, node.end)) : render([node], step);
  return out;
}
