/**
 * One cookie's value from a Cookie header, or null.
 * @example readCookie("a=1; ps_owner=xyz", "ps_owner") // "xyz"
 */
export function readCookie(header: string | null | undefined, name: string): string | null {
  for (const part of (header ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponentSafe(part.slice(eq + 1).trim());
  }
  return null;
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
