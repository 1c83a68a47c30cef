import { SAMPLER_NAMES, type SamplerName } from "../diffusion/sampling-types";

/** Values typed for an axis, or the ones that could not be read. */
export type ParsedValues<T> = { values: T[]; bad: string[] };

const parts = (text: string) => text.split(/[,，;；]/).map((s) => s.trim()).filter(Boolean);

/**
 * Numbers typed as a list ("0, 0.7, 1") or A1111-style ranges "start-end", "start-end (+step)", "start-end [count]".
 * @example parseNumberValues("1-2 (+0.5), 3").values // [1, 1.5, 2, 3]
 */
export function parseNumberValues(text: string): ParsedValues<number> {
  const values: number[] = [];
  const bad: string[] = [];
  for (const part of parts(text)) {
    const range = /^(-?[\d.]+)\s*-\s*(-?[\d.]+)\s*(?:\(\s*\+?(-?[\d.]+)\s*\)|\[\s*(\d+)\s*\])?$/.exec(part);
    if (range) {
      const expanded = expandRange(Number(range[1]), Number(range[2]), range[3] ? Number(range[3]) : range[4] ? null : 1, range[4] ? Number(range[4]) : null);
      if (expanded) values.push(...expanded);
      else bad.push(part);
    } else if (Number.isFinite(Number(part))) values.push(Number(part));
    else bad.push(part);
  }
  return { values, bad };
}

// A1111's "1-5" counts by 1, "1-5 (+2)" steps by 2; "1-2 [5]" takes 5 evenly spaced values. Nonsense or over 100 values: null.
function expandRange(start: number, end: number, step: number | null, count: number | null): number[] | null {
  const n = count ?? (step ? Math.floor((end - start) / step + 1e-9) + 1 : NaN);
  if (!Number.isFinite(n) || n < 1 || n > 100) return null;
  const at = (i: number) => (count ? start + ((end - start) * i) / Math.max(1, n - 1) : start + step! * i);
  return Array.from({ length: n }, (_, i) => Math.round(at(i) * 1000) / 1000);
}

/**
 * Sampler names typed as a list, matched without case ("euler a, ddim" → ["Euler a", "DDIM"]); commas separate them.
 * @example parseSamplerValues("euler a, DDIM, foo") // { values: ["Euler a", "DDIM"], bad: ["foo"] }
 */
export function parseSamplerValues(text: string): ParsedValues<SamplerName> {
  const values: SamplerName[] = [];
  const bad: string[] = [];
  for (const part of parts(text)) {
    const name = SAMPLER_NAMES.find((s) => s.toLowerCase() === part.toLowerCase().replace(/\s+/g, " "));
    if (name) values.push(name);
    else bad.push(part);
  }
  return { values, bad };
}
