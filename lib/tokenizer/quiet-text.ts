import { unitAt } from "../text/unit-at";

// What each UTF-16 unit is to ftfy and NFC: 0 something to look at, QUIET left as it is whatever stands next to it,
// FOLDED full-width ASCII, the ideographic space and curly quotes (ftfy makes each one ASCII, which is quiet), HIGH
// the first half of an emoji (quiet with its second half).
const QUIET = 1;
const FOLDED = 2;
const HIGH = 3;

// Quiet: canonical class 0, nothing NFC recomposes or decomposes, never the second half of a composition, and no
// ftfy fixer acts on it. Ranges of the scripts prompts are written in; anything else takes the full clean-up.
const QUIET_RANGES = [
  [0x09, 0x0a], [0x0c, 0x0c], [0x20, 0x25], [0x27, 0x7e], [0xa0, 0x131], [0x134, 0x148], [0x14a, 0x1c3],
  [0x1cd, 0x1f0], [0x1f4, 0x2bb], [0x2bd, 0x2ff], // Latin (but C1 controls, ligatures ĳ ŉ ǆ ǉ ǌ ǳ and ʼ)
  [0x2010, 0x2017], [0x2020, 0x2027], [0x2030, 0x205e], // general punctuation (but quotes and line separators)
  [0x2500, 0x27bf], // box drawing, shapes, symbols, dingbats
  [0x3001, 0x3029], [0x3030, 0x303f], // CJK punctuation (but the ideographic tone marks)
  [0x3041, 0x3096], [0x309d, 0x30ff], // kana (but the combining sound marks)
  [0x3400, 0x4dbf], [0x4e00, 0x9fff], // CJK ideographs
  [0xac00, 0xd7a3], // Hangul syllables (no conjoining jamo is quiet, so none composes)
  [0xfe00, 0xfe0f], // variation selectors
] as const;

const kinds = new Uint8Array(0x10000);
for (const [from, to] of QUIET_RANGES) kinds.fill(QUIET, from, to + 1);
kinds[0x200d] = QUIET; // zero-width joiner
kinds.fill(FOLDED, 0xff01, 0xff5f);
kinds[0xff06] = 0; // "＆" folds into "&": HTML unescaping
kinds[0x3000] = FOLDED;
kinds.fill(FOLDED, 0x2018, 0x2020);
kinds[0x2bc] = FOLDED;
kinds.fill(HIGH, 0xd83c, 0xd83f); // U+1F000–U+1FBFF: emoji and pictographs

const FOLDED_RE = /[\u3000\uff01-\uff5e\u02bc\u2018-\u201f]/g;

// ftfy's width and quote fixers, for the units they make ASCII.
function fold(ch: string): string {
  const unit = ch.charCodeAt(0);
  if (unit === 0x3000) return " ";
  if (unit >= 0xff01) return String.fromCharCode(unit - 0xfee0);
  return unit >= 0x201c ? '"' : "'";
}

/**
 * What ftfy.fix_text, CLIP's HTML unescaping and NFC make of `text` when they can only make full-width ASCII, the
 * ideographic space and curly quotes ASCII (most Chinese, Japanese and Korean prompts, and typographer's quotes),
 * found in one pass; null when they might do more.
 * @example foldQuietText("（杰作：0.9），“月光”") // '(杰作:0.9),"月光"'; foldQuietText("a&amp;b") // null
 */
export function foldQuietText(text: string): string | null {
  let folded = false;
  // (The length is read once: strings of every representation come here, and a length read in the loop is a
  // megamorphic lookup each time.)
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const kind = kinds[unitAt(text, i)];
    if (kind === QUIET) continue;
    if (kind === FOLDED) folded = true;
    else if (kind === HIGH && i + 1 < n && (unitAt(text, i + 1) & 0xfc00) === 0xdc00) i++;
    else return null;
  }
  return folded ? text.replace(FOLDED_RE, fold) : text;
}
