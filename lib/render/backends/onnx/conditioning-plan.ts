import { splitComposablePrompt } from "../../../prompt/composable";
import { stripExtraNetworks } from "../../../prompt/extra-networks";
import { getPromptSchedules, type ScheduleEntry } from "../../../prompt/schedules";
import type { RenderWarning } from "../../render-types";

/** What has to be encoded for a render and when each text applies. */
export interface ConditioningPlan {
  /** The prompt's AND parts, each with its weight and its [endStep, text] schedule. */
  parts: Array<{ weight: number; schedule: ScheduleEntry[] }>;
  negative: ScheduleEntry[];
  /** Every distinct text of the schedules, each encoded once. */
  texts: string[];
  warnings: RenderWarning[];
}

/**
 * Plans the conditioning like A1111: extra-network tags stripped (with a warning, since they are not applied), the
 * prompt split on AND, and each part's and the negative prompt's editing/alternation schedule over `steps`.
 * @example planConditioning("a [cat:dog:2] AND sky:0.5", "", 4).parts // [{weight:1, schedule:[[2,"a cat "],[4,"a dog "]]}, {weight:0.5, schedule:[[4," sky"]]}]
 */
export function planConditioning(prompt: string, negative: string, steps: number): ConditioningPlan {
  const warnings: RenderWarning[] = [];
  const stripped = [prompt, negative].map((text) => {
    const { text: clean, networks } = stripExtraNetworks(text);
    if (networks.length > 0) {
      const tags = networks.map((n) => text.slice(n.start, n.end)).join(", ");
      warnings.push({
        message: `Extra networks are not applied by the built-in renderer and were left out: ${tags}`,
        messageZh: `内置渲染器不支持额外网络，已忽略：${tags}`,
      });
    }
    return clean;
  });
  const parts = splitComposablePrompt(stripped[0]).map((p) => ({ weight: p.weight, schedule: getPromptSchedules(p.text, steps) }));
  const negativeSchedule = getPromptSchedules(stripped[1], steps);
  const texts = new Set<string>();
  for (const schedule of [...parts.map((p) => p.schedule), negativeSchedule]) for (const [, text] of schedule) texts.add(text);
  return { parts, negative: negativeSchedule, texts: [...texts], warnings };
}

/**
 * The schedule entry in force at sampler step `step` (0-based), as A1111's reconstruct_cond_batch picks it: the first
 * whose end step is at least `step`.
 * @example scheduleIndexAt([[3, "a "], [10, "a b"]], 3) // 0
 */
export function scheduleIndexAt(schedule: readonly ScheduleEntry[], step: number): number {
  const index = schedule.findIndex(([end]) => step <= end);
  return index < 0 ? schedule.length - 1 : index;
}
