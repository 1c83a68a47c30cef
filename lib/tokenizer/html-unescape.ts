import HTML5 from "./html5-entities.json";

const ENTITIES = HTML5 as Record<string, string>;
const CHARREF = /&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)/g;

// Numeric references the HTML5 standard remaps (Windows-1252 for 0x80–0x9F).
const INVALID_CHARREFS: Record<number, string> = {
  0x00: "\ufffd", 0x0d: "\r", 0x80: "\u20ac", 0x81: "\x81", 0x82: "\u201a", 0x83: "\u0192", 0x84: "\u201e",
  0x85: "\u2026", 0x86: "\u2020", 0x87: "\u2021", 0x88: "\u02c6", 0x89: "\u2030", 0x8a: "\u0160", 0x8b: "\u2039",
  0x8c: "\u0152", 0x8d: "\x8d", 0x8e: "\u017d", 0x8f: "\x8f", 0x90: "\x90", 0x91: "\u2018", 0x92: "\u2019",
  0x93: "\u201c", 0x94: "\u201d", 0x95: "\u2022", 0x96: "\u2013", 0x97: "\u2014", 0x98: "\u02dc", 0x99: "\u2122",
  0x9a: "\u0161", 0x9b: "\u203a", 0x9c: "\u0153", 0x9d: "\x9d", 0x9e: "\u017e", 0x9f: "\u0178",
};

function isInvalidCodepoint(n: number): boolean {
  return (n >= 0x1 && n <= 0x8) || n === 0xb || (n >= 0xe && n <= 0x1f) || (n >= 0x7f && n <= 0x9f) ||
    (n >= 0xfdd0 && n <= 0xfdef) || (n & 0xfffe) === 0xfffe;
}

function replaceCharref(_: string, ref: string): string {
  if (ref[0] === "#") {
    const hex = ref[1] === "x" || ref[1] === "X";
    const digits = ref.slice(hex ? 2 : 1).replace(/;$/, "");
    const num = Number.parseInt(digits, hex ? 16 : 10);
    if (num in INVALID_CHARREFS) return INVALID_CHARREFS[num];
    if ((num >= 0xd800 && num <= 0xdfff) || num > 0x10ffff || !Number.isFinite(num)) return "\ufffd";
    if (isInvalidCodepoint(num)) return "";
    return String.fromCodePoint(num);
  }
  if (Object.hasOwn(ENTITIES, ref)) return ENTITIES[ref];
  // The longest entity name the standard allows without its semicolon.
  for (let x = ref.length - 1; x > 1; x--) {
    const head = ref.slice(0, x);
    if (Object.hasOwn(ENTITIES, head)) return ENTITIES[head] + ref.slice(x);
  }
  return "&" + ref;
}

/** Python's html.unescape: named, decimal and hex character references, with the HTML5 standard's fix-ups. */
export function htmlUnescape(text: string): string {
  return text.includes("&") ? text.replace(CHARREF, replaceCharref) : text;
}

let ftfyEntities: Map<string, string> | null = null;

// ftfy decodes only references that end in ";", plus upper-cased forms of lower-case names (&NTILDE; → Ñ).
function buildFtfyEntities(): Map<string, string> {
  const map = new Map<string, string>();
  for (const [name, char] of Object.entries(ENTITIES)) {
    if (!name.endsWith(";")) continue;
    map.set("&" + name, char);
    if (name === name.toLowerCase()) {
      const upper = "&" + name.toUpperCase();
      if (htmlUnescape(upper) === upper) map.set(upper, char.toUpperCase());
    }
  }
  return map;
}

const FTFY_ENTITY = /&#?[0-9A-Za-z]{1,24};/g;

/** ftfy's unescape_html step (not the same as Python's html.unescape). */
export function ftfyUnescapeHtml(text: string): string {
  if (!text.includes("&")) return text;
  ftfyEntities ??= buildFtfyEntities();
  const table = ftfyEntities;
  return text.replace(FTFY_ENTITY, (ref) => {
    const known = table.get(ref);
    if (known !== undefined) return known;
    if (ref.startsWith("&#")) {
      const unescaped = htmlUnescape(ref);
      return unescaped.includes(";") ? ref : unescaped;
    }
    return ref;
  });
}
