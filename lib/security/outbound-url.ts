/**
 * Whether the server may call this address: http:// and https:// only (no file:, data:, ftp: or anything a URL parser
 * or fetch might one day take).
 * @example isHttpUrl("file:///etc/passwd") // false
 */
export function isHttpUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === "http:" || protocol === "https:";
  } catch {
    return false;
  }
}
