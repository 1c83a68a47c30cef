/** Where a value holds a lone UTF-16 surrogate: the JSON path of the string (or key) and the offset in it. */
export interface LoneSurrogate {
  path: string;
  index: number;
  /** The code unit, as "U+D800". */
  code: string;
}

const LONE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Finds the first lone surrogate in any string or key of a parsed JSON value (half an emoji, which SQLite and
 * Prisma cannot store), walking without recursion so that depth costs no stack.
 * @example findLoneSurrogate({ tags: ["ok", "a\ud800"] }) // { path: "tags.1", index: 1, code: "U+D800" }
 */
export function findLoneSurrogate(value: unknown): LoneSurrogate | null {
  type Visit = { value: unknown; key: string | null; parent: Visit | null };
  const stack: Visit[] = [{ value, key: null, parent: null }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const v = visit.value;
    if (typeof v === "string" && !v.isWellFormed()) return locate(v, pathOf(visit));
    if (v === null || typeof v !== "object") continue;
    const entries = Object.entries(v);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i];
      if (!key.isWellFormed()) return locate(key, pathOf(visit));
      stack.push({ value: child, key, parent: visit });
    }
  }
  return null;

  // Built only for the one string reported, so a deep value costs no more than its size.
  function pathOf(visit: Visit): string {
    const keys: string[] = [];
    for (let at: Visit | null = visit; at?.key != null; at = at.parent) keys.push(at.key);
    return keys.reverse().join(".") || "(body)";
  }
}

function locate(text: string, path: string): LoneSurrogate {
  const index = LONE.exec(text)!.index;
  return { path, index, code: "U+" + text.charCodeAt(index).toString(16).toUpperCase() };
}
