/** A parsed PEP 440 version, enough to order A1111 version strings as Python's `packaging` does. */
export interface Version {
  release: number[];
  /** Pre-release: [rank a=0 b=1 rc=2, number], or null. */
  pre: [number, number] | null;
  post: number | null;
  dev: number | null;
}

const PATTERN = /^v?(\d+(?:\.\d+)*)(?:[-_.]?(a|alpha|b|beta|c|rc|pre|preview)[-_.]?(\d+)?)?(?:-(\d+)|[-_.]?(post|rev|r)[-_.]?(\d+)?)?(?:[-_.]?(dev)[-_.]?(\d+)?)?(?:\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?$/i;
const PRE_RANK: Record<string, number> = { a: 0, alpha: 0, b: 1, beta: 1, c: 2, rc: 2, pre: 2, preview: 2 };

/** Parses a version like packaging.version.parse; null where it would raise InvalidVersion. */
export function parseVersion(text: string): Version | null {
  const m = PATTERN.exec(text.trim());
  if (!m) return null;
  const [, release, preLabel, preNumber, postImplicit, postLabel, postNumber, devLabel, devNumber] = m;
  return {
    release: release.split(".").map(Number),
    pre: preLabel ? [PRE_RANK[preLabel.toLowerCase()], Number(preNumber ?? 0)] : null,
    post: postImplicit !== undefined ? Number(postImplicit) : postLabel ? Number(postNumber ?? 0) : null,
    dev: devLabel ? Number(devNumber ?? 0) : null,
  };
}

/** Negative, zero or positive as `a` sorts before, with or after `b` under PEP 440. */
export function compareVersions(a: Version, b: Version): number {
  const length = Math.max(a.release.length, b.release.length);
  for (let i = 0; i < length; i++) {
    const d = (a.release[i] ?? 0) - (b.release[i] ?? 0);
    if (d !== 0) return d;
  }
  return compareTuple(sortKey(a), sortKey(b));
}

// packaging's _cmpkey: a dev release without pre or post sorts before any pre-release of the same version.
function sortKey(v: Version): number[] {
  const pre = v.pre === null ? (v.post === null && v.dev !== null ? [-Infinity, 0] : [Infinity, 0]) : v.pre;
  const post = v.post === null ? -Infinity : v.post;
  const dev = v.dev === null ? Infinity : v.dev;
  return [...pre, post, dev];
}

function compareTuple(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}
