/**
 * Whether two lists hold the same numbers in the same order (the same list, or equal item by item).
 * @example sameNumbers([1, 2], [1, 2]) // true; sameNumbers([1, 2], [2, 1]) // false
 */
export function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}
