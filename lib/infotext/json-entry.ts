const cache = new WeakMap<Record<string, string>, Map<string, unknown>>();

/**
 * The JSON object or array an entry holds, or undefined when the entry is missing or its text is not JSON of that
 * kind (a prompt like `{red|blue} car` is text). Parsed once per entries object, however many readers ask.
 * @example readJsonEntry({ parameters: '{"sui_image_params": {}}' }, "parameters") // { sui_image_params: {} }
 */
export function readJsonEntry(entries: Record<string, string>, key: string): unknown {
  const text = Object.hasOwn(entries, key) ? entries[key] : undefined;
  if (typeof text !== "string") return undefined;
  let parsed = cache.get(entries);
  if (!parsed) cache.set(entries, (parsed = new Map()));
  if (!parsed.has(key)) parsed.set(key, parseJsonContainer(text));
  return parsed.get(key);
}

/** The JSON object in `text`, or undefined when it is not a JSON object. */
export function parseJsonObject(text: string): Record<string, unknown> | undefined {
  const value = parseJsonContainer(text);
  return isPlainObject(value) ? value : undefined;
}

/** Whether `value` is a JSON object (not null, not an array). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function parseJsonContainer(text: string): unknown {
  const trimmed = text.trim();
  if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) return undefined;
  try {
    const value: unknown = JSON.parse(trimmed);
    return typeof value === "object" && value !== null ? value : undefined;
  } catch {
    return undefined;
  }
}
