/**
 * The byte side of `--jsonl`: input lines read straight from the stream's chunks, answers gathered as bytes and written
 * once per chunk of input, so a batch's output is copied once on its way out (no string of it is built).
 */

/**
 * The lines of a stream, a batch per chunk read, split as readline does with crlfDelay Infinity: at "\n", "\r\n" and a
 * lone "\r"; a last line without a line break counts, an empty input has none. Lines are decoded as UTF-8 whole, so a
 * character split across two chunks comes out intact.
 * @example for await (const lines of readLineBatches(Readable.from(['{"a":1}\r\n{"b"', ":2}"]))) … // ['{"a":1}'], ['{"b":2}']
 */
export async function* readLineBatches(input: NodeJS.ReadableStream): AsyncGenerator<string[]> {
  let rest: Buffer = Buffer.alloc(0);
  for await (const chunk of input) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    const data = rest.length ? Buffer.concat([rest, bytes]) : bytes;
    // The lines end at the last break: a "\n", or a "\r" with a byte after it that is not "\n" (a final "\r" may be
    // the start of a "\r\n" that the next chunk ends).
    const end = Math.max(data.lastIndexOf(10), data.length > 1 ? data.lastIndexOf(13, data.length - 2) : -1);
    if (end === -1) {
      rest = data;
      continue;
    }
    rest = data.subarray(end + 1);
    // The text before the last break, without it (both bytes of a "\r\n").
    yield splitLines(data.toString("utf8", 0, data[end] === 10 && data[end - 1] === 13 ? end - 1 : end));
  }
  // What follows the last break holds none, but may end with a "\r" that no "\n" followed: that one ends it.
  if (rest.length) yield [rest.toString("utf8", 0, rest[rest.length - 1] === 13 ? rest.length - 1 : rest.length)];
}

function splitLines(text: string): string[] {
  return text.includes("\r") ? text.split(/\r\n|\r|\n/) : text.split("\n");
}

/** Answers as bytes, one per line, handed to `write` in one piece per flush (each piece a buffer of its own). */
export class JsonlWriter {
  private buf = Buffer.allocUnsafe(1 << 16);
  private at = 0;

  constructor(private readonly write: (chunk: Uint8Array) => void) {}

  /** One answer line from its JSON bytes (ASCII). */
  bytes(json: Uint8Array): void {
    this.room(json.length + 1);
    this.buf.set(json, this.at);
    this.at += json.length;
    this.buf[this.at++] = 10;
  }

  /** One answer line from its JSON text. */
  text(json: string): void {
    this.room(3 * json.length + 1);
    this.at += this.buf.write(json, this.at, "utf8");
    this.buf[this.at++] = 10;
  }

  /** Hands over what was gathered. */
  flush(): void {
    if (this.at === 0) return;
    this.write(this.buf.subarray(0, this.at));
    // The piece may still be queued for writing: the next answers go into a new buffer.
    this.buf = Buffer.allocUnsafe(Math.max(1 << 16, this.at + (this.at >> 2)));
    this.at = 0;
  }

  private room(n: number): void {
    if (this.at + n <= this.buf.length) return;
    const grown = Buffer.allocUnsafe(Math.max(2 * this.buf.length, this.at + n));
    this.buf.copy(grown, 0, 0, this.at);
    this.buf = grown;
  }
}
