import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { createNoise } from "../lib/diffusion/noise/randn";
import { noiseCommands } from "./noise-commands";

const run = promisify(execFile);
const bin = path.join(process.cwd(), "bin", "promptstudio.mjs");
const { noise } = noiseCommands;

describe("promptstudio noise", () => {
  it("answers the flattened noise of a seed, shape and source", async () => {
    const out = (await noise.run(noise.fromArgs([], { seed: "42", shape: "1,4,8,8", source: "cpu" }))) as { values: number[] };
    expect(out.values).toEqual(Array.from(createNoise(42, [1, 4, 8, 8], "cpu")));
    const nv = (await noise.run({ seed: 0, shape: [3] })) as { values: number[] };
    nv.values.forEach((v, i) => expect(v).toBeCloseTo([-0.9246624, -0.42534396, -2.6438458][i], 6));
  });

  it("rejects a missing or negative seed, a bad shape and an unknown source", async () => {
    await expect(async () => noise.run({ shape: "1,4" })).rejects.toThrow(/seed/);
    await expect(async () => noise.run({ seed: -1 })).rejects.toThrow(/seed/);
    await expect(async () => noise.run({ seed: 1, shape: "1,x" })).rejects.toThrow(/shape/);
    await expect(async () => noise.run({ seed: 1, source: "gpu" })).rejects.toThrow(/source/);
  });

  it("prints {\"values\"} on one line with --json", async () => {
    const { stdout } = await run(process.execPath, [bin, "noise", "--seed", "1", "--shape", "1,4,2,2", "--source", "nv", "--json"]);
    expect(stdout.trim().split("\n")).toHaveLength(1);
    expect(JSON.parse(stdout)).toEqual({ values: Array.from(createNoise(1, [1, 4, 2, 2], "nv")) });
  });
});
