// WHATWG's "latin1" label is windows-1252, which differs from ISO-8859-1 only in 0x80–0x9F.
const windows1252 = new TextDecoder("latin1");

/**
 * Decodes ISO-8859-1 (each byte is the code point of the same value). Plain `TextDecoder("latin1")` is
 * windows-1252 and maps 0x80–0x9F elsewhere, so it is used only when those bytes are absent.
 * @example decodeLatin1(new Uint8Array([0x63, 0x61, 0x66, 0xe9])) // "café"
 */
export function decodeLatin1(bytes: Uint8Array): string {
  if (!bytes.some((b) => b >= 0x80 && b <= 0x9f)) return windows1252.decode(bytes);
  let out = "";
  for (let i = 0; i < bytes.length; i += 8192) {
    out += String.fromCharCode(...bytes.subarray(i, Math.min(i + 8192, bytes.length)));
  }
  return out;
}

/**
 * Encodes `text` as ISO-8859-1, or returns undefined when some character is above U+00FF.
 * @example encodeLatin1("café") // Uint8Array [0x63, 0x61, 0x66, 0xe9]; encodeLatin1("猫") // undefined
 */
export function encodeLatin1(text: string): Uint8Array | undefined {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0xff) return undefined;
    out[i] = code;
  }
  return out;
}
