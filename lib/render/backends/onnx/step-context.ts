import { scheduleIndexAt, type ConditioningPlan } from "./conditioning-plan";
import { padWithEmpty, padWithLastToken, type Conditioning } from "./text-conditioning";

/**
 * The UNet's encoder_hidden_states for one step, batched: for each image its AND parts' conditionings, then (with
 * CFG) each image's negative one. All rows share one token count: parts are padded by repeating their last token
 * (A1111's stack_conds), then prompt and negative by repeating the empty prompt's chunk.
 */
export interface StepContext {
  data: Float32Array;
  tokens: number;
  hidden: number;
  /** Rows in the batch: images × parts, plus images when the negative prompt is in. */
  batch: number;
  parts: number;
  withUncond: boolean;
}

/** Builds each step's batched context from the encoded texts, reusing it while the schedules do not switch. */
export class StepContexts {
  private indices: number[] = [];
  private current: StepContext | null = null;

  constructor(
    private readonly plan: ConditioningPlan,
    private readonly encoded: ReadonlyMap<string, Conditioning>,
    private readonly empty: Conditioning,
    private readonly images: number,
    private readonly withUncond: boolean,
  ) {}

  /** The context at sampler step `step` (0-based). */
  at(step: number): StepContext {
    const schedules = [...this.plan.parts.map((p) => p.schedule), this.plan.negative];
    const indices = schedules.map((schedule) => scheduleIndexAt(schedule, step));
    if (this.current && indices.every((index, k) => index === this.indices[k])) return this.current;
    this.indices = indices;
    const texts = indices.map((index, k) => schedules[k][index][1]);
    this.current = this.build(texts.slice(0, -1), texts[texts.length - 1]);
    return this.current;
  }

  private build(texts: string[], negativeText: string): StepContext {
    const lookup = (t: string) => {
      const c = this.encoded.get(t);
      if (!c) throw new Error(`no encoding for ${JSON.stringify(t)}`);
      return c;
    };
    let conds = texts.map(lookup);
    const partTokens = Math.max(...conds.map((c) => c.tokens));
    conds = conds.map((c) => padWithLastToken(c, partTokens));
    let uncond = this.withUncond ? lookup(negativeText) : null;
    const tokens = Math.max(partTokens, uncond?.tokens ?? 0);
    conds = conds.map((c) => padWithEmpty(c, this.empty, tokens));
    if (uncond) uncond = padWithEmpty(uncond, this.empty, tokens);
    const rows = [...Array.from({ length: this.images }, () => conds).flat(), ...(uncond ? Array(this.images).fill(uncond) : [])];
    const hidden = this.empty.hidden;
    const data = new Float32Array(rows.length * tokens * hidden);
    rows.forEach((c: Conditioning, i) => data.set(c.data, i * tokens * hidden));
    return { data, tokens, hidden, batch: rows.length, parts: conds.length, withUncond: uncond !== null };
  }
}
