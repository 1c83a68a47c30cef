/** A saved row of LLM settings as far as the key's address is concerned. */
export interface KeyRow {
  baseUrl: string;
  apiKey: string;
  /** The base URL the key was saved for; empty for rows saved before keys were bound (then: the row's own URL). */
  apiKeyBaseUrl: string;
}

/**
 * A base URL in the form keys are bound to: scheme and host lower-cased, default port and trailing slashes dropped.
 * @example normalizeBaseUrl("HTTPS://API.OpenAI.com:443/v1/") // "https://api.openai.com/v1"
 */
export function normalizeBaseUrl(url: string): string {
  const trimmed = url.trim();
  try {
    const u = new URL(trimmed);
    return `${u.protocol}//${u.host}${u.pathname.replace(/\/+$/, "")}${u.search}`;
  } catch {
    return trimmed.replace(/\/+$/, "").toLowerCase();
  }
}

/** Whether two base URLs are the same address. */
export const sameAddress = (a: string, b: string) => normalizeBaseUrl(a) === normalizeBaseUrl(b);

/** The address a saved key belongs to; `envBaseUrl` is where an empty saved URL leads (OPENAI_BASE_URL or OpenAI's). */
export function keyAddress(row: KeyRow, envBaseUrl: string): string {
  return row.apiKeyBaseUrl || row.baseUrl || envBaseUrl;
}

/**
 * What to store with an update of the settings so that the key follows its address: a new key is bound to the URL it
 * is saved with; a URL change without a new key clears the saved key (it is never sent anywhere it was not entered for).
 * @example bindKeyOnSave({ baseUrl: "https://a/v1", apiKey: "sk-1", apiKeyBaseUrl: "https://a/v1" }, { baseUrl: "http://evil/v1" }, "https://api.openai.com/v1")
 * // { baseUrl: "http://evil/v1", apiKey: "", apiKeyBaseUrl: "" }
 */
export function bindKeyOnSave(row: KeyRow | null, update: { baseUrl?: string; apiKey?: string }, envBaseUrl: string): Partial<KeyRow> {
  const data: Partial<KeyRow> = { ...(update.baseUrl !== undefined ? { baseUrl: update.baseUrl } : {}) };
  const nextAddress = (update.baseUrl ?? row?.baseUrl ?? "") || envBaseUrl;
  if (update.apiKey) return { ...data, apiKey: update.apiKey, apiKeyBaseUrl: normalizeBaseUrl(nextAddress) };
  if (update.apiKey === "" || (row?.apiKey && !sameAddress(keyAddress(row, envBaseUrl), nextAddress))) return { ...data, apiKey: "", apiKeyBaseUrl: "" };
  return data;
}
