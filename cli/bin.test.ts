import { execFileSync } from "node:child_process";
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
});
