import { createInterface } from "node:readline";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { JsonlWriter, readLineBatches } from "./jsonl-io";

async function linesOf(chunks: (string | Buffer)[]): Promise<string[]> {
  const lines: string[] = [];
  for await (const batch of readLineBatches(Readable.from(chunks))) lines.push(...batch);
  return lines;
}

async function readlineLines(chunks: (string | Buffer)[]): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of createInterface({ input: Readable.from(chunks), crlfDelay: Infinity })) lines.push(line);
  return lines;
}

describe("readLineBatches", () => {
  it("splits as readline does, at \\n, \\r\\n and a lone \\r, wherever the chunks break", async () => {
    const inputs = ['{"a":1}\n{"b":2}\r\n\n  \n{"c":3}', "a\rb\r\nc\n", "x\r", "\r\n", "last without break", "", "\n\n", "é\r\r\nz", "a\r\rb", "\r\rb", "a\r\r", "\r", "\n\r", "a\r\n\r\nb\r"];
    for (const text of inputs) {
      const bytes = Buffer.from(text);
      for (let cut = 0; cut <= bytes.length; cut++) {
        const chunks = [bytes.subarray(0, cut), bytes.subarray(cut)].filter((c) => c.length > 0);
        expect(await linesOf(chunks), `${JSON.stringify(text)} cut at ${cut}`).toEqual(await readlineLines(chunks));
      }
    }
  });

  it("keeps a character whose UTF-8 bytes two chunks share", async () => {
    const bytes = Buffer.from('{"prompt":"女孩坐在咖啡馆 🦊"}\n');
    const chunks = Array.from({ length: bytes.length }, (_, i) => bytes.subarray(i, i + 1));
    expect(await linesOf(chunks)).toEqual(['{"prompt":"女孩坐在咖啡馆 🦊"}']);
  });
});

describe("JsonlWriter", () => {
  it("writes each answer as a line, text in UTF-8, in one piece per flush that later answers leave alone", () => {
    const pieces: Uint8Array[] = [];
    const out = new JsonlWriter((chunk) => pieces.push(chunk));
    out.bytes(Buffer.from('{"ids":[1,2]}'));
    out.text('{"zh":"猫"}');
    out.flush();
    out.flush();
    out.text("x".repeat(100_000));
    out.flush();
    expect(pieces).toHaveLength(2);
    expect(Buffer.from(pieces[0]).toString()).toBe('{"ids":[1,2]}\n{"zh":"猫"}\n');
    expect(Buffer.from(pieces[1]).toString()).toBe(`${"x".repeat(100_000)}\n`);
  });
});
