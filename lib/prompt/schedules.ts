import { pyFloat, pyInt } from "./python-compat";
import { parseSyntax } from "./syntax";
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
 */
export function getPromptSchedules(prompt: string, baseSteps: number, options: ScheduleOptions = {}): ScheduleEntry[] {
  const { hiresSteps, useOldScheduling = false } = options;
  const hires = hiresSteps !== undefined && !useOldScheduling;
  const steps = hires ? hiresSteps : baseSteps;
  const { tree, failure } = parseSyntax(prompt);
  if (failure) return [[steps, prompt]];

  const resolveWhen = (raw: string): number => {
    const s = raw.trim();
    let v = pyFloat(s);
    if (useOldScheduling) v = v < 1 ? v * steps : v;
    else if (s.includes(".")) v = (v - (hires ? 1 : 0)) * steps;
    else v = v - (hires ? baseSteps : 0);
    return Math.min(steps, pyInt(v));
  };

  const stepSet = new Set<number>([steps]);
  collectSteps(tree, steps, resolveWhen, stepSet);
  const endSteps = [...stepSet].sort((a, b) => a - b);
  return endSteps.map((step) => [step, renderAtStep(tree, step, resolveWhen)]);
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
        out += step <= resolveWhen(node.when) ? renderAtStep(node.from ?? [], step, resolveWhen) : renderAtStep(node.to, step, resolveWhen);
        break;
      case "alternation":
        out += renderAtStep(node.options[(step - 1) % node.options.length], step, resolveWhen);
        break;
    }
  }
  return out;
}
