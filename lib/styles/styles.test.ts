import { describe, expect, it } from "vitest";
import { parseCsv } from "./csv";
import { applyStyle, applyStyleText, formatStylesCsv, isStyleApplied, parseStylesCsv, removeStyle, removeStyleText } from "./styles";

describe("styles.csv", () => {
  const CSV = '\ufeffname,prompt,negative_prompt\r\nCinematic,"cinematic still, {prompt}, film grain","cartoon, anime"\r\n# Section,,\r\nPlain, "masterpiece, best quality",\r\n';

  it("reads A1111's layout, skipping comment rows and spaces after commas", () => {
    expect(parseStylesCsv(CSV)).toEqual([
      { name: "Cinematic", prompt: "cinematic still, {prompt}, film grain", negative: "cartoon, anime" },
      { name: "Plain", prompt: "masterpiece, best quality", negative: "" },
    ]);
  });

  it("reads the old name,text layout", () => {
    expect(parseStylesCsv("name,text\nold,\"a, b\"\n")).toEqual([{ name: "old", prompt: "a, b", negative: "" }]);
  });

  it("round-trips through formatStylesCsv", () => {
    const styles = parseStylesCsv(CSV);
    expect(parseStylesCsv(formatStylesCsv(styles))).toEqual(styles);
    expect(formatStylesCsv([{ name: 'q"x', prompt: "a\nb", negative: "" }])).toBe('\ufeffname,prompt,negative_prompt\r\n"q""x","a\nb",\r\n');
  });

  it("names the line of a broken quote, and needs a header", () => {
    expect(() => parseCsv('name,prompt\nx,"never closed\n')).toThrow(/line 2/);
    expect(() => parseStylesCsv("a,b\n1,2\n")).toThrow(/header/);
  });
});

describe("applying and removing styles (A1111 semantics)", () => {
  it("fills {prompt} or appends", () => {
    expect(applyStyleText("masterpiece, {prompt}, 8k", "a cat")).toBe("masterpiece, a cat, 8k");
    expect(applyStyleText("masterpiece", "a cat")).toBe("a cat, masterpiece");
    expect(applyStyleText("masterpiece", "")).toBe("masterpiece");
  });

  it("takes a style back out, or says it is not there", () => {
    expect(removeStyleText("masterpiece, {prompt}, 8k", "masterpiece, a cat, 8k")).toBe("a cat");
    expect(removeStyleText("masterpiece", "a cat, masterpiece")).toBe("a cat");
    expect(removeStyleText("masterpiece", "a cat")).toBeNull();
  });

  it("round-trips apply then remove on both prompts", () => {
    const style = { name: "s", prompt: "{prompt}, film grain", negative: "cartoon" };
    const applied = applyStyle(style, "a cat", "blurry");
    expect(applied).toEqual({ prompt: "a cat, film grain", negative: "blurry, cartoon" });
    expect(removeStyle(style, applied.prompt, applied.negative)).toEqual({ prompt: "a cat", negative: "blurry" });
  });
});

describe("applied-style state follows the text", () => {
  const film = { name: "Film", prompt: "{prompt}, film grain", negative: "blurry" };
  const cases: Array<{ prompt: string; negative: string; applied: boolean }> = [
    { prompt: "a cat, film grain", negative: "blurry", applied: true },
    { prompt: "a cat", negative: "blurry", applied: false },
    { prompt: "a cat, film grain", negative: "", applied: false },
    { prompt: "  a cat, film grain ", negative: "lowres, blurry", applied: true },
  ];
  for (const { prompt, negative, applied } of cases) {
    it(`${JSON.stringify(prompt)} / ${JSON.stringify(negative)} → ${applied}`, () => expect(isStyleApplied(film, prompt, negative)).toBe(applied));
  }

  it("never counts a style without text of its own", () => {
    expect(isStyleApplied({ name: "empty", prompt: "{prompt}", negative: "" }, "a cat", "")).toBe(false);
    expect(isStyleApplied({ name: "neg", prompt: "", negative: "lowres" }, "a cat", "blurry, lowres")).toBe(true);
  });
});
