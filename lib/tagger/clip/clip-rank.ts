/** A dictionary tag CLIP may pick, with the text it is embedded as. */
export interface ClipCandidate {
  tag: string;
  zh: string;
  category: string;
  /** What the text model reads, e.g. "a photo of red background". */
  text: string;
}

/** How many tags CLIP mode returns, and how many of them may come from one dictionary category. */
export interface ClipRankOptions {
  top: number;
  perCategory: number;
}

/** 24 tags, at most 6 from one category, so lighting, camera and scene each get a say beside the subject. */
export const DEFAULT_CLIP_RANK: Readonly<ClipRankOptions> = Object.freeze({ top: 24, perCategory: 6 });

/** The text a tag is embedded as (CLIP's zero-shot template). */
export const clipText = (tag: string) => `a photo of ${tag}`;

/**
 * Ranks candidates by the cosine similarity of their text embedding (`texts[i]` for `candidates[i]`) to the image's,
 * best first, keeping `top` of them and at most `perCategory` per category. A zero vector scores 0.
 * @example rankByClip([1, 0], [[0.9, 0.1], [0, 1]], [a, b], { top: 1, perCategory: 1 }) // [{ candidate: a, score: 0.9939 }]
 */
export function rankByClip(image: ArrayLike<number>, texts: ReadonlyArray<ArrayLike<number>>, candidates: readonly ClipCandidate[], options: ClipRankOptions): Array<{ candidate: ClipCandidate; score: number }> {
  const unit = normalize(image);
  const scored = candidates.map((candidate, i) => ({ candidate, score: dot(unit, normalize(texts[i] ?? [])) }));
  scored.sort((a, b) => b.score - a.score || a.candidate.tag.localeCompare(b.candidate.tag));
  const perCategory = new Map<string, number>();
  const kept: typeof scored = [];
  for (const entry of scored) {
    if (kept.length >= options.top) break;
    const n = perCategory.get(entry.candidate.category) ?? 0;
    if (n >= options.perCategory) continue;
    perCategory.set(entry.candidate.category, n + 1);
    kept.push(entry);
  }
  return kept;
}

function normalize(v: ArrayLike<number>): Float64Array {
  const out = Float64Array.from(v as ArrayLike<number>);
  const norm = Math.hypot(...out);
  if (norm > 0) for (let i = 0; i < out.length; i++) out[i] /= norm;
  return out;
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) sum += a[i] * b[i];
  return sum;
}
