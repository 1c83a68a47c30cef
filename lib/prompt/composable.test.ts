import { describe, expect, it } from "vitest";
import { splitComposablePrompt } from "./composable";

describe("splitComposablePrompt (A1111 AND)", () => {
  const cases = [
    { prompt: "a cat", parts: [{ text: "a cat", weight: 1 }] },
    { prompt: "a cat AND a dog", parts: [{ text: "a cat", weight: 1 }, { text: " a dog", weight: 1 }] },
    { prompt: "a cat :1.5 AND a dog:0.5", parts: [{ text: "a cat", weight: 1.5 }, { text: " a dog", weight: 0.5 }] },
    { prompt: "a cat AND a dog:-1", parts: [{ text: "a cat", weight: 1 }, { text: " a dog", weight: -1 }] },
    { prompt: "HANDY ANDROID", parts: [{ text: "HANDY ANDROID", weight: 1 }] },
    { prompt: "(x:1.2) AND y", parts: [{ text: "(x:1.2)", weight: 1 }, { text: " y", weight: 1 }] },
    { prompt: "a and b", parts: [{ text: "a and b", weight: 1 }] },
  ];
  for (const { prompt, parts } of cases) it(prompt, () => expect(splitComposablePrompt(prompt)).toEqual(parts));
});
