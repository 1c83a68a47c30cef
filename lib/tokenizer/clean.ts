import { ftfyUnescapeHtml, htmlUnescape } from "./html-unescape";
import { foldQuietText } from "./quiet-text";

// The fixers of ftfy.fix_text (6.x defaults) that change prompt text, in ftfy's order. Its mojibake repair is not
// ported: prompts typed into a browser are not mis-decoded bytes.
const LIGATURES: Record<string, string> = {
  "Ĳ": "IJ", "ĳ": "ij", "ŉ": "ʼn", "Ǳ": "DZ", "ǲ": "Dz", "ǳ": "dz", "Ǆ": "DŽ", "ǅ": "Dž", "ǆ": "dž",
  "Ǉ": "LJ", "ǈ": "Lj", "ǉ": "lj", "Ǌ": "NJ", "ǋ": "Nj", "ǌ": "nj",
  "ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "ſt", "ﬆ": "st",
};
const LIGATURE_RE = /[ĲĳŉǱǲǳǄǅǆǇǈǉǊǋǌﬀ-ﬆ]/g;
// Windows-1252 for U+0080–U+009F; the five bytes it leaves undefined stay as they are ("sloppy" decoding).
const C1_TO_1252 = "€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ";
const C1_RE = /[\x80-\x9f]/g;
const WIDTH_RE = /[\u3000\uff01-\uffef]/g;
const SINGLE_QUOTE_RE = /[\u02bc\u2018-\u201b]/g;
const DOUBLE_QUOTE_RE = /[\u201c-\u201f]/g;
const LINE_BREAK_RE = /\r\n|[\r\u2028\u2029\u0085]/g;
const TERMINAL_ESCAPE_RE = /\x1b\[(?:\p{Nd}|;)*[a-zA-Z]/gu;
// ftfy's CONTROL_CHARS, the musical format controls and the tag characters (as in subdivision flags) included.
const CONTROL_RE = /[\x00-\x08\x0b\x0e-\x1f\x7f\u206a-\u206f\ufeff\ufff9-\ufffc\u{1d173}-\u{1d17a}\u{e0000}-\u{e007f}]/gu;
const PY_SPACE_RUN = /[\t\n\v\f\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;
const NEEDS_FIXING = /[^\x20-\x25\x27-\x7e]/;
// Every character one of the fixers above acts on, and "&" (HTML unescaping): text without any is only normalized.
const FIXABLE = new RegExp(`[&\x1b${[C1_RE, LIGATURE_RE, WIDTH_RE, SINGLE_QUOTE_RE, DOUBLE_QUOTE_RE, CONTROL_RE].map((re) => re.source.slice(1, -1)).join("")}\r\u2028\u2029\u0085]`, "u");
// What the fixers act on besides full-width ASCII and the ideographic space (width folding alone makes ASCII, which no
// fixer touches again): text with none of it takes one round, as ftfy's loop would.
const BEYOND_WIDTH = new RegExp(`[&\x1b\uff06\uff5f-\uffef${[C1_RE, LIGATURE_RE, SINGLE_QUOTE_RE, DOUBLE_QUOTE_RE, CONTROL_RE].map((re) => re.source.slice(1, -1)).join("")}\r\u2028\u2029\u0085]`, "u");
// Single spaces between words, none at the ends: whitespace folding would change nothing.
const SIMPLE_SPACING = /^(?! )(?!.* $)(?!.*  )[^\t\n\v\f\r\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*$/s;

const widthMap = new Map<string, string>();
function foldWidth(ch: string): string {
  let folded = widthMap.get(ch);
  if (folded === undefined) {
    folded = ch === "\u3000" ? " " : ch.normalize("NFKC");
    widthMap.set(ch, folded);
  }
  return folded;
}

function fixSegment(segment: string, unescape: boolean): string {
  let text = segment;
  for (;;) {
    const before = text;
    if (unescape) text = ftfyUnescapeHtml(text);
    text = text.replace(C1_RE, (c) => C1_TO_1252[c.charCodeAt(0) - 0x80]);
    text = text.replace(LIGATURE_RE, (c) => LIGATURES[c] ?? c);
    text = text.replace(WIDTH_RE, foldWidth);
    text = text.replace(SINGLE_QUOTE_RE, "'").replace(DOUBLE_QUOTE_RE, '"');
    text = text.replace(LINE_BREAK_RE, "\n");
    text = text.replace(TERMINAL_ESCAPE_RE, "").replace(CONTROL_RE, "");
    text = text.normalize("NFC");
    // Stable, or nothing left for any fixer to act on (and the text is normalized): another round changes nothing.
    if (text === before || !FIXABLE.test(text)) return text;
  }
}

/** ftfy.fix_text with default settings, line by line; HTML unescaping stops at the first line holding a "<". */
export function fixText(input: string): string {
  const text = input.toWellFormed();
  let out = "";
  let unescape = true;
  let pos = 0;
  while (pos < text.length) {
    let lineEnd = text.indexOf("\n", pos) + 1;
    if (lineEnd === 0) lineEnd = text.length;
    const segment = text.slice(pos, lineEnd);
    if (unescape && segment.includes("<")) unescape = false;
    out += fixSegment(segment, unescape);
    pos = lineEnd;
  }
  return out;
}

function fixAndUnescape(text: string): string {
  if (!BEYOND_WIDTH.test(text)) {
    // At most width folding to do (typical of Chinese and Japanese prompts): ftfy would fold and normalize, then find
    // nothing left to fix (unless normalizing made work for a fixer) and nothing to unescape.
    const normalized = text.toWellFormed().replace(WIDTH_RE, foldWidth).normalize("NFC");
    if (!FIXABLE.test(normalized)) return normalized;
  }
  return htmlUnescape(htmlUnescape(fixText(text)));
}

/**
 * OpenAI CLIP's text clean-up before splitting: ftfy, HTML unescape twice, whitespace folded, lower case.
 * @example cleanClipText("  Ｈｅｌｌｏ，&amp;amp;  World ") // "hello,& world"
 */
export function cleanClipText(text: string): string {
  // Printable ASCII without '&' passes every fix unchanged: skip straight to the cheap steps.
  let t = NEEDS_FIXING.test(text) ? fixAndUnescape(text) : text;
  if (!SIMPLE_SPACING.test(t)) t = t.replace(PY_SPACE_RUN, " ");
  if (t.startsWith(" ")) t = t.slice(1);
  if (t.endsWith(" ")) t = t.slice(0, -1);
  return t.toLowerCase();
}

// Whitespace to Python (so folded by cleanClipText) that JavaScript's \s, and so CLIP's split, does not skip.
const SPLIT_SEES_SPACE = /[\x1c-\x1f\x85]/;

/**
 * cleanClipText but for folding and trimming whitespace, which CLIP's split skips anyway (unless it is whitespace only
 * to Python): a text that splits into the same words, one pass of regular expressions shorter. For the tokenizer.
 * @example cleanClipTextForSplit("  Ｈｅｌｌｏ，&amp;amp;  World ") // "  hello,&  world "
 */
export function cleanClipTextForSplit(text: string): string {
  const quiet = foldQuietText(text);
  if (quiet !== null) return quiet.toLowerCase();
  const t = NEEDS_FIXING.test(text) ? fixAndUnescape(text) : text;
  return (SPLIT_SEES_SPACE.test(t) ? t.replace(PY_SPACE_RUN, " ") : t).toLowerCase();
}
