import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const bin = path.join(process.cwd(), "bin", "promptstudio.mjs");
const run = (args: string[], env: Record<string, string> = {}) =>
  JSON.parse(execFileSync(process.execPath, [bin, ...args], { encoding: "utf8", env: { ...process.env, ...env } })) as Record<string, unknown>;

describe("bin/promptstudio.mjs", () => {
  it("answers from the prebuilt bundle (building it when missing or stale) as the sources answer", () => {
    const prompt = "a (cat:1.2) <lora:x:1>";
    const bundled = run(["tokenize", prompt, "--json"]);
    expect(fs.existsSync(path.join(process.cwd(), "dist", "cli", "main.mjs"))).toBe(true);
    expect(run(["tokenize", prompt, "--json"], { PROMPTSTUDIO_NO_BUNDLE: "1" })).toEqual(bundled);
    expect(bundled.tokenCount).toBe(2);
    expect(bundled.chunks).not.toEqual(bundled.rawChunks);
  }, 60_000);

  it("ends quietly, exit code 0, when its reader stops reading part way (`… | head -1`)", async () => {
    const child = spawn(process.execPath, [bin, "tokenize", "--jsonl"], { stdio: ["pipe", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    // The reader takes the first answer and goes away, while lines are still coming in.
    const first = new Promise<string>((resolve) => child.stdout.once("data", (chunk: Buffer) => {
      child.stdout.destroy();
      resolve(chunk.toString().split("\n")[0]);
    }));
    const line = `${JSON.stringify({ prompt: "a cat, (dog:1.2), [bird:fish:5]" })}\n`;
    child.stdin.write(line);
    expect(JSON.parse(await first)).toMatchObject({ tokenCount: expect.any(Number) });
    child.stdin.on("error", () => {});
    for (let k = 0; k < 2000; k++) child.stdin.write(line);
    child.stdin.end();
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(stderr).toBe("");
    expect(code).toBe(0);
  }, 60_000);
});
