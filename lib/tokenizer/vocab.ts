/** CLIP's BPE vocabulary: token → id and merge pair → rank, built from OpenAI's merges file. */
export interface ClipVocab {
  encoder: Map<string, number>;
  decoder: string[];
  ranks: Map<string, number>;
  /** Byte value → the printable character CLIP's byte-level BPE uses for it. */
  byteChars: string[];
  /** Byte character → its id (the id of the same character ending a word is this + 256). */
  byteIds: Map<string, number>;
}

export const START_TOKEN = 49406;
export const END_TOKEN = 49407;
export const COMMA_TOKEN = 267;
const MERGE_COUNT = 49152 - 256 - 2;

/** GPT-2's bytes_to_unicode(), as an array indexed by byte and in the dict's own order (for the vocabulary). */
export function bytesToUnicode(): { byByte: string[]; inOrder: string[] } {
  const bs: number[] = [];
  for (let b = 0x21; b <= 0x7e; b++) bs.push(b);
  for (let b = 0xa1; b <= 0xac; b++) bs.push(b);
  for (let b = 0xae; b <= 0xff; b++) bs.push(b);
  const cs = [...bs];
  let n = 0;
  for (let b = 0; b < 256; b++) {
    if (!bs.includes(b)) {
      bs.push(b);
      cs.push(256 + n++);
    }
  }
  const byByte: string[] = new Array(256);
  bs.forEach((b, i) => (byByte[b] = String.fromCharCode(cs[i])));
  return { byByte, inOrder: cs.map((c) => String.fromCharCode(c)) };
}

/**
 * Builds the vocabulary from the text of `bpe_simple_vocab_16e6.txt` (first line a version header). Only the ranks are
 * built at once (what BPE needs); `encoder` and `decoder` are built on first use. The token a merge makes has the id
 * 512 + its rank: 256 byte characters, the same ending a word, then one token per merge (vocab.test.ts checks that no
 * two merges make the same token, so no later id shadows one).
 * @example buildClipVocab(text).encoder.get("cat</w>") // 2368
 */
export function buildClipVocab(mergesText: string): ClipVocab {
  const lines = mergesText.split("\n").slice(1, MERGE_COUNT + 1);
  if (lines.length !== MERGE_COUNT) throw new Error(`CLIP merges file has ${lines.length} merges, expected ${MERGE_COUNT}`);
  const { byByte, inOrder } = bytesToUnicode();
  const ranks = new Map<string, number>();
  for (let rank = 0; rank < lines.length; rank++) ranks.set(lines[rank], rank);
  let decoder: string[] | null = null;
  let encoder: Map<string, number> | null = null;
  const buildDecoder = () => [...inOrder, ...inOrder.map((c) => c + "</w>"), ...lines.map((line) => line.replace(" ", "")), "<|startoftext|>", "<|endoftext|>"];
  return {
    ranks,
    byteChars: byByte,
    byteIds: new Map(inOrder.map((c, id) => [c, id])),
    get decoder() {
      return (decoder ??= buildDecoder());
    },
    get encoder() {
      return (encoder ??= new Map(this.decoder.map((token, id) => [token, id])));
    },
  };
}
