import { pyFloat, pyInt } from "./python-compat";
import { sameNumbers } from "../same-numbers";
import { parseSyntax, type SyntaxParse } from "./syntax";
import type { PromptNode } from "./syntax-tree";

/** `[endStep, text]`: the prompt text used up to and including `endStep`. */
export type ScheduleEntry = [endStep: number, text: string];

export interface ScheduleOptions {
  /** Hires-fix pass steps: editing steps then count from the end of the first pass (A1111's default scheduling). */
  hiresSteps?: number;
  /** A1111's "use old prompt editing timelines" setting. */
  useOldScheduling?: boolean;
}

/**
 * A1111's get_learned_conditioning_prompt_schedules for one prompt.
 * @example getPromptSchedules("a [b:3]", 10) // [[3, "a "], [10, "a b"]]
 * @example getPromptSchedules("[fe|]male", 4) // [[1, "female"], [2, "male"], [3, "female"], [4, "male"]]
 * Pass `syntax` (parseSyntax of this very prompt) when it is already parsed.
 */
export function getPromptSchedules(prompt: string, baseSteps: number, options: ScheduleOptions = {}, syntax?: SyntaxParse): ScheduleEntry[] {
  const plan = planSchedules(prompt, baseSteps, options, syntax);
  if (!plan.tree) return [[plan.steps, prompt]];
  const { tree } = plan;
  // Steps that make the same choice at every edit and alternation read the same: render each choice once.
  const alike = plan.alike();
  const texts: string[] = [];
  return plan.endSteps.map((step, k) => {
    if (alike[k] === k) texts[k] = plan.render(tree, step);
    return [step, texts[alike[k]]];
  });
}

/** How a prompt changes over the steps: what its schedules, and the variants A1111's counter measures, are made of. */
export interface SchedulePlan {
  /** The steps schedules are resolved at (the hires pass's steps when that is asked for). */
  steps: number;
  /** The prompt's tree; null when it reads the same at every step (no editing or alternation A1111 would apply). */
  tree: PromptNode[] | null;
  /** The end step of each schedule entry, in order. */
  endSteps: number[];
  /**
   * For each end step, the place in endSteps of the first one that takes the same branch at every edit and
   * alternation (its own place when none before it does): steps that take the same branches read the same.
   * @example planSchedules("[a|b] [c:5]", 6).alike() // [0, 1, 0, 1, 0, 5]: steps 1, 3 and 5 read "a ", 2 and 4 "b "
   */
  alike(): number[];
  /** `nodes` (of the tree) as they read at `step`. */
  render(nodes: PromptNode[], step: number): string;
}

/**
 * The schedule plan of a prompt (see SchedulePlan); `syntax` is parseSyntax(prompt) when the caller has it already, or
 * a function that gives it (called only when the prompt may change over the steps).
 * @example planSchedules("a [b:3]", 10).endSteps // [3, 10]
 */
export function planSchedules(prompt: string, baseSteps: number, options: ScheduleOptions = {}, syntax?: SyntaxParse | (() => SyntaxParse)): SchedulePlan {
  const { hiresSteps, useOldScheduling = false } = options;
  const hires = hiresSteps !== undefined && !useOldScheduling;
  const steps = hires ? hiresSteps : baseSteps;
  // Editing needs a "[" and then a ":", alternation a "|": without them the prompt reads the same at every step.
  const open = prompt.indexOf("[");
  if (open === -1 || (!prompt.includes("|") && !prompt.includes(":", open))) return stillPlan(steps);
  const { tree, failure } = (typeof syntax === "function" ? syntax() : syntax) ?? parseSyntax(prompt);
  if (failure) return stillPlan(steps);

  const resolved = new Map<string, number>();
  const resolveWhen = (raw: string): number => {
    let when = resolved.get(raw);
    if (when === undefined) resolved.set(raw, (when = resolveStep(raw, steps, baseSteps, hires, useOldScheduling)));
    return when;
  };
  const stepSet = new Set<number>([steps]);
  collectSteps(tree, steps, resolveWhen, stepSet);
  const endSteps = [...stepSet].sort((a, b) => a - b);
  return {
    steps,
    tree,
    endSteps,
    alike: () => alikeSteps(tree, endSteps, resolveWhen),
    render: (nodes, step) => renderAtStep(nodes, step, resolveWhen),
  };
}

/**
 * Whether a node reads differently at some step: an edit, an alternation, or emphasis around one.
 * @example changesOverSteps(parseSyntax("(a [b:c:5])").tree[0]) // true
 */
export function changesOverSteps(node: PromptNode): boolean {
  if (node.kind === "editing" || node.kind === "alternation") return true;
  return node.kind === "emphasis" && (node.children.some(changesOverSteps) || (node.weight?.some(changesOverSteps) ?? false));
}

// The plan of a prompt that reads the same at every step.
function stillPlan(steps: number): SchedulePlan {
  return { steps, tree: null, endSteps: [steps], alike: () => [0], render: (nodes, step) => renderAtStep(nodes, step, () => 0) };
}

// SchedulePlan.alike: each step's branches are compared with those of the first steps of each kind met so far (a
// prompt's steps take a few kinds of branches: as many as its alternation has options, or its edits have ends).
function alikeSteps(tree: PromptNode[], endSteps: readonly number[], resolveWhen: (raw: string) => number): number[] {
  // Only the nodes that change take branches: the others are not walked at every step. (Listed by push: a filter of
  // optimized code made a list of another kind than the tree's, and the walk over it threw that code away.)
  const changing: PromptNode[] = [];
  for (const node of tree) if (changesOverSteps(node)) changing.push(node);
  const kinds: number[][] = [];
  const firstOf: number[] = [];
  const alike: number[] = [];
  for (let k = 0; k < endSteps.length; k++) {
    const choices: number[] = [];
    collectChoices(changing, endSteps[k], resolveWhen, choices);
    let kind = 0;
    while (kind < kinds.length && !sameNumbers(kinds[kind], choices)) kind++;
    if (kind === kinds.length) {
      kinds.push(choices);
      firstOf.push(k);
    }
    alike.push(firstOf[kind]);
  }
  return alike;
}

function resolveStep(raw: string, steps: number, baseSteps: number, hires: boolean, useOldScheduling: boolean): number {
  const s = raw.trim();
  let v = pyFloat(s);
  if (useOldScheduling) v = v < 1 ? v * steps : v;
  else if (s.includes(".")) v = (v - (hires ? 1 : 0)) * steps;
  else v = v - (hires ? baseSteps : 0);
  return Math.min(steps, pyInt(v));
}

// The branch each edit and alternation that renderAtStep would visit takes at `step`, in its order.
function collectChoices(nodes: PromptNode[], step: number, resolveWhen: (raw: string) => number, out: number[]) {
  for (const node of nodes) {
    if (node.kind === "emphasis") {
      collectChoices(node.children, step, resolveWhen, out);
      if (node.weight) collectChoices(node.weight, step, resolveWhen, out);
    } else if (node.kind === "editing") {
      const before = step <= resolveWhen(node.when);
      out.push(before ? 0 : 1);
      // (No empty list made for a missing `from`: an empty literal is an array of another kind, and code optimized
      // for the tree's lists was thrown away when it met one.)
      const branch = before ? node.from : node.to;
      if (branch) collectChoices(branch, step, resolveWhen, out);
    } else if (node.kind === "alternation") {
      const option = (step - 1) % node.options.length;
      out.push(option);
      collectChoices(node.options[option], step, resolveWhen, out);
    }
  }
}

function collectSteps(nodes: PromptNode[], steps: number, resolveWhen: (raw: string) => number, out: Set<number>) {
  for (const node of nodes) {
    if (node.kind === "emphasis") {
      collectSteps(node.children, steps, resolveWhen, out);
      if (node.weight) collectSteps(node.weight, steps, resolveWhen, out);
    } else if (node.kind === "editing") {
      const when = resolveWhen(node.when);
      if (when >= 1) out.add(when);
      if (node.from) collectSteps(node.from, steps, resolveWhen, out);
      collectSteps(node.to, steps, resolveWhen, out);
    } else if (node.kind === "alternation") {
      // Alternation changes the text at every step; once every step is in, more of it adds nothing.
      if (out.size < steps) for (let s = 1; s <= steps; s++) out.add(s);
      for (const option of node.options) collectSteps(option, steps, resolveWhen, out);
    }
  }
}

/** The prompt text as it is at `step`: edits and alternations resolved, everything else verbatim. */
export function renderAtStep(nodes: PromptNode[], step: number, resolveWhen: (raw: string) => number): string {
  let out = "";
  for (const node of nodes) {
    switch (node.kind) {
      case "plain":
      case "stray":
        out += node.text;
        break;
      case "emphasis":
        out += node.open + renderAtStep(node.children, step, resolveWhen);
        if (node.weight) out += ":" + renderAtStep(node.weight, step, resolveWhen);
        out += node.open === "(" ? ")" : "]";
        break;
      case "editing":
        if (step > resolveWhen(node.when)) out += renderAtStep(node.to, step, resolveWhen);
        else if (node.from) out += renderAtStep(node.from, step, resolveWhen);
        break;
      case "alternation":
        out += renderAtStep(node.options[(step - 1) % node.options.length], step, resolveWhen);
        break;
    }
  }
  return out;
}
