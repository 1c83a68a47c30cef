import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { pieces, startFakeOpenAI } from "@/tests/support/fake-openai";
import { expandCommands } from "./expand-commands";

const run = promisify(execFile);
const bin = path.join(process.cwd(), "bin", "promptstudio.mjs");
const { expand } = expandCommands;
const servers: Array<{ close: () => Promise<void> }> = [];
afterAll(() => Promise.all(servers.map((s) => s.close())));

// Only the fields: {prompt, negative, tags: [{tag, zh, category, added}], source}.
function expectShape(out: Record<string, unknown>, source: string) {
  expect(Object.keys(out).sort()).toEqual(["negative", "prompt", "source", "tags"]);
  expect(out.source).toBe(source);
  for (const t of out.tags as object[]) expect(Object.keys(t).sort()).toEqual(["added", "category", "tag", "zh"]);
}

describe("promptstudio expand", () => {
  it("expands offline with a seed, the same seed giving the same output", async () => {
    const input = expand.fromArgs(["女孩坐在咖啡馆"], { offline: true, seed: "7" });
    const out = (await expand.run(input)) as Record<string, unknown>;
    expectShape(out, "offline");
    expect((out.tags as Array<{ added: boolean }>).filter((t) => t.added).length).toBeGreaterThanOrEqual(5);
    expect(await expand.run(input)).toEqual(out);
    expect(await expand.run(expand.fromArgs(["女孩坐在咖啡馆"], { offline: true, seed: "8" }))).not.toEqual(out);
  });

  it("rejects an unknown mode and an empty scene", async () => {
    await expect(expand.run({ text: "cat", mode: "poem" })).rejects.toThrow(/mode/);
    await expect(expand.run({ text: " " })).rejects.toThrow(/scene/);
  });

  it("prints one JSON line with --json, and uses the LLM of OPENAI_BASE_URL", async () => {
    const offline = await run(process.execPath, [bin, "expand", "城市夜景", "--offline", "--seed", "3", "--json"], { env: { ...process.env, OPENAI_API_KEY: "" } });
    expect(offline.stdout.trim().split("\n")).toHaveLength(1);
    expectShape(JSON.parse(offline.stdout), "offline");

    const reply = JSON.stringify({ tags: [{ tag: "night city", zh: "城市夜景", category: "scene" }, { tag: "neon lights", zh: "霓虹灯", category: "lighting" }], negative: ["lowres"] });
    const server = await startFakeOpenAI(() => ({ chunks: pieces(reply) }));
    servers.push(server);
    const env = { ...process.env, OPENAI_BASE_URL: server.baseURL, OPENAI_API_KEY: "sk-cli", OPENAI_MODEL: "m" };
    const llm = JSON.parse((await run(process.execPath, [bin, "expand", "城市夜景", "--json"], { env })).stdout);
    expectShape(llm, "llm");
    expect(llm).toMatchObject({ prompt: "night city, neon lights", negative: "lowres" });
    expect(llm.tags).toEqual([{ tag: "night city", zh: "城市夜景", category: "scene", added: false }, { tag: "neon lights", zh: "霓虹灯", category: "lighting", added: true }]);
  });
});
