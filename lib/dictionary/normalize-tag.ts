/**
 * The form tags are compared in: lower case, underscores as spaces, single spaces. Its own file so the browser's
 * suggestion code does not pull in the data files' schema (zod).
 * @example normalizeTag(" Long_Hair ") // "long hair"
 */
export function normalizeTag(tag: string): string {
  return tag.toLowerCase().replace(/_/g, " ").replace(/\s+/g, " ").trim();
}
