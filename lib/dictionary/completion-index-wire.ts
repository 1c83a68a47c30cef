import { indexSortedKeys, KeyKind, type CompletionIndex, type CompletionItem } from "./completion-index";

const FORMAT = "completion-index/1";
const EXPLICIT = 1;
const FAVORITE = 2;
// Set in a key's kind byte when its text is in the second list: keys beyond ASCII, sent apart so that the ASCII ones
// decode to one-byte strings (half the memory, faster to compare).
const WIDE = 128;
const ASCII = /^[\0-\x7f]*$/;

// What the bytes after the header hold; the sections follow in this order.
interface Header {
  format: string;
  rows: number;
  keys: number;
  /** Bytes of the key text: every key but the words, in table order, joined by "\n"; ASCII keys, then the others. */
  textBytes: number;
  wideBytes: number;
  categories: string[];
  /** Rows whose tag is not its own key (upper case, underscores, escapes), and their tags. */
  tagRows: number[];
  tags: string[];
  zhRows: number[];
  zh: string[];
}

/**
 * Packs a built index into the bytes the browser's worker unpacks without sorting anything: a JSON header, then the
 * key text, each key's row (three byte planes, which compress better than whole numbers), its kind, then per row the
 * category, flags and post count. A word key ("hair" of "long hair") is sent as its kind plus which space of its
 * row's tag it follows, and a tag as its key, so neither is sent twice.
 */
export function packCompletionIndex(index: CompletionIndex): Uint8Array<ArrayBuffer> {
  const { rows, row } = index;
  const tagKey = tagKeys(index);
  const { text, wide, kinds } = encodeKeys(index, tagKey);
  const n = kinds.length;
  const categories = [...new Set(rows.map((r) => r.category))];
  if (categories.length > 256 || rows.length >= 2 ** 24) throw new Error("completion index too large for its format");
  const categoryOf = new Map(categories.map((c, i) => [c, i]));
  const textBytes = new TextEncoder().encode(text.join("\n"));
  const wideBytes = new TextEncoder().encode(wide.join("\n"));
  const header: Header = { format: FORMAT, rows: rows.length, keys: n, textBytes: textBytes.length, wideBytes: wideBytes.length, categories, tagRows: [], tags: [], zhRows: [], zh: [] };
  rows.forEach((r, i) => {
    if (r.tag !== tagKey[i]) header.tagRows.push(i), header.tags.push(r.tag);
    if (r.zh) header.zhRows.push(i), header.zh.push(r.zh);
  });
  const head = new TextEncoder().encode(JSON.stringify(header));
  const out = new Uint8Array(4 + head.length + textBytes.length + wideBytes.length + 4 * n + 10 * rows.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, head.length, true);
  let at = 4;
  const put = (bytes: Uint8Array) => out.set(bytes, (at += bytes.length) - bytes.length);
  put(head);
  put(textBytes);
  put(wideBytes);
  for (let shift = 0; shift < 24; shift += 8) put(Uint8Array.from(row, (r) => (r >> shift) & 255));
  put(kinds);
  put(Uint8Array.from(rows, (r) => categoryOf.get(r.category)!));
  put(Uint8Array.from(rows, (r) => (r.explicit ? EXPLICIT : 0) | (r.favorite ? FAVORITE : 0)));
  rows.forEach((r, i) => view.setFloat64(at + 8 * i, r.posts, true));
  return out;
}

/** Unpacks what packCompletionIndex wrote into an index that answers exactly as the one packed. */
export function unpackCompletionIndex(bytes: Uint8Array): CompletionIndex {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const decoder = new TextDecoder();
  const headLength = view.getUint32(0, true);
  const header = JSON.parse(decoder.decode(bytes.subarray(4, 4 + headLength))) as Header;
  const { rows: r, keys: n } = header;
  if (header.format !== FORMAT || bytes.length !== 4 + headLength + header.textBytes + header.wideBytes + 4 * n + 10 * r) throw new Error("not a completion index this code reads");
  let at = 4 + headLength;
  const take = (length: number) => bytes.subarray(at, (at += length));
  const text = decoder.decode(take(header.textBytes)).split("\n");
  const wide = decoder.decode(take(header.wideBytes)).split("\n");
  const [lo, mid, hi, kinds] = [take(n), take(n), take(n), take(n)];
  const [category, flags] = [take(r), take(r)];

  const keys = new Array<string>(n);
  const row = new Uint32Array(n);
  const kind = new Uint8Array(n);
  const tagKey = new Array<string>(r).fill("");
  for (let k = 0, t = 0, w = 0; k < n; k++) {
    const b = kinds[k];
    row[k] = lo[k] | (mid[k] << 8) | (hi[k] << 16);
    if (b >= KeyKind.Word && b < WIDE) {
      kind[k] = KeyKind.Word;
      continue;
    }
    kind[k] = b & ~WIDE;
    keys[k] = b & WIDE ? wide[w++] : text[t++];
    if (kind[k] === KeyKind.Tag) tagKey[row[k]] = keys[k];
  }
  // Word keys once every tag is known: the rest of the tag after its n-th space.
  for (let k = 0; k < n; k++) {
    if (kind[k] !== KeyKind.Word) continue;
    const tag = tagKey[row[k]];
    let space = tag.indexOf(" ");
    for (let skip = kinds[k] - KeyKind.Word; skip > 0; skip--) space = tag.indexOf(" ", space + 1);
    keys[k] = tag.slice(space + 1);
  }
  const tags = tagKey.slice();
  header.tagRows.forEach((i, j) => (tags[i] = header.tags[j]));
  const zh = new Array<string>(r).fill("");
  header.zhRows.forEach((i, j) => (zh[i] = header.zh[j]));
  const rows: CompletionItem[] = new Array(r);
  for (let i = 0; i < r; i++) {
    rows[i] = {
      tag: tags[i], zh: zh[i], category: header.categories[category[i]], posts: view.getFloat64(at + 8 * i, true),
      explicit: (flags[i] & EXPLICIT) !== 0, favorite: (flags[i] & FAVORITE) !== 0,
    };
  }
  return indexSortedKeys(rows, keys, row, kind);
}

// The text of every key but the words (ASCII ones and the others apart), and each key's kind byte.
function encodeKeys({ keys, row, kind }: CompletionIndex, tagKey: string[]) {
  const text: string[] = [];
  const wide: string[] = [];
  const kinds = new Uint8Array(keys.length);
  for (let k = 0; k < keys.length; k++) {
    if (kind[k] !== KeyKind.Word) {
      if (keys[k].includes("\n")) throw new Error(`completion key with a line break: ${JSON.stringify(keys[k])}`);
      const ascii = ASCII.test(keys[k]);
      (ascii ? text : wide).push(keys[k]);
      kinds[k] = kind[k] | (ascii ? 0 : WIDE);
      continue;
    }
    const tag = tagKey[row[k]];
    const at = tag.length - keys[k].length;
    const space = countSpaces(tag, at - 1);
    if (tag[at - 1] !== " " || !tag.endsWith(keys[k]) || KeyKind.Word + space >= WIDE) throw new Error(`word key ${JSON.stringify(keys[k])} is not a word of ${JSON.stringify(tag)}`);
    kinds[k] = KeyKind.Word + space;
  }
  return { text, wide, kinds };
}

// Each row's tag key ("" for a row whose tag normalises to nothing).
function tagKeys(index: CompletionIndex): string[] {
  const out = new Array<string>(index.rows.length).fill("");
  for (let k = 0; k < index.keys.length; k++) if (index.kind[k] === KeyKind.Tag) out[index.row[k]] = index.keys[k];
  return out;
}

function countSpaces(text: string, end: number): number {
  let count = 0;
  for (let i = text.indexOf(" "); i !== -1 && i < end; i = text.indexOf(" ", i + 1)) count++;
  return count;
}
