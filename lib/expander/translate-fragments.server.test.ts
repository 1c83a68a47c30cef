import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getBuiltinDictionary } from "../dictionary/builtin.server";
import { translatePrompt } from "../dictionary/translate";
import { startFakeOpenAI } from "../../tests/support/fake-openai";
import { resolveUnknownWithLlm } from "./translate-fragments.server";

let server: Awaited<ReturnType<typeof startFakeOpenAI>>;
let answer = "";
beforeAll(async () => {
  server = await startFakeOpenAI(() => ({ chunks: [answer] }));
});
afterAll(() => server.close());

const llm = () => ({ baseURL: server.baseURL, apiKey: "k", model: "m", timeoutMs: 5000 });
const dict = getBuiltinDictionary();

describe("resolveUnknownWithLlm", () => {
  it("puts the LLM's tag where the unknown fragment was and says it came from the LLM", async () => {
    answer = JSON.stringify({ tags: [{ tag: "quantum entanglement", zh: "量子纠缠态", category: "style" }], negative: [] });
    const before = translatePrompt(dict, "长发, 量子纠缠态", "zh-en");
    const after = await resolveUnknownWithLlm(before, llm());
    expect(after.text).toBe("long hair, quantum entanglement");
    expect(after.unknown).toEqual([]);
    expect(after.tags.find((t) => t.source === "量子纠缠态")).toMatchObject({ target: "quantum entanglement", known: true, from: "llm" });
    expect(server.requests.at(-1)!.body.messages[1].content).toBe("量子纠缠态");
  });

  it("drops an answer that is not a plain English tag (Chinese, emoji), keeping the fragment unknown", async () => {
    answer = JSON.stringify({ tags: [{ tag: "量子 🌀", zh: "量子纠缠态", category: "style" }], negative: [] });
    const before = translatePrompt(dict, "长发, 量子纠缠态", "zh-en");
    expect(await resolveUnknownWithLlm(before, llm())).toEqual(before);
  });
});
