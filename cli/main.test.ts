import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { promptCommands } from "./prompt-commands";
import { runJsonl } from "./main";

async function jsonl(command: keyof typeof promptCommands, input: string): Promise<string[]> {
  let out = "";
  expect(await runJsonl(promptCommands[command], Readable.from([input]), (chunk) => (out += Buffer.from(chunk).toString()))).toBe(0);
  return out.split("\n").slice(0, -1);
}

describe("--jsonl", () => {
  it("answers every input line, blank ones with an error, so output line N belongs to input line N", async () => {
    const out = await jsonl("format", '{"prompt":"a ,b"}\n\n   \n{"prompt":"c"}\nnot json\n{"prompt":"d"}\n');
    expect(out).toEqual([
      '{"prompt":"a, b"}',
      '{"error":"line 2: empty line: expected a JSON object"}',
      '{"error":"line 3: empty line: expected a JSON object"}',
      '{"prompt":"c"}',
      expect.stringMatching(/^\{"error":"line 5: invalid JSON/),
      '{"prompt":"d"}',
    ]);
  });

  it("keeps steps in A1111's range (1–150)", async () => {
    const out = await jsonl("schedules", '{"prompt":"[a|b]","steps":2}\n{"prompt":"a","steps":100000}\n');
    expect(out).toEqual(['{"schedules":[[1,"a"],[2,"b"]]}', '{"error":"line 2: \\"steps\\" must be a whole number from 1 to 150"}']);
  });
});
