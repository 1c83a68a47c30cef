import { describe, expect, it } from "vitest";
import { applyTagChange } from "./apply-change";
import { diffTags, diffVersions, type TagChange } from "./tag-diff";

/** A change as one line: `+ text @to`, `- text @from`, `~ old → new`, `↕ text from→to`. */
function show(c: TagChange): string {
  switch (c.kind) {
    case "added": return `+ ${c.text} @${c.to}`;
    case "removed": return `- ${c.text} @${c.from}`;
    case "reweighted": return `~ ${c.oldText} → ${c.text}`;
    case "moved": return `↕ ${c.text} ${c.from}→${c.to}`;
  }
}

const CASES: Array<{ older: string; newer: string; changes: string[] }> = [
  { older: "a, b, c", newer: "a, b, c", changes: [] },
  { older: "a, b, c", newer: "a,b,  c", changes: [] },
  { older: "a, b", newer: "a, b, hat", changes: ["+ hat @2"] },
  { older: "a, hat, b", newer: "a, b", changes: ["- hat @1"] },
  { older: "smile, 1girl", newer: "(smile:1.3), 1girl", changes: ["~ smile → (smile:1.3)"] },
  { older: "((cat))", newer: "(cat:1.21)", changes: [] },
  { older: "long_hair", newer: "Long Hair", changes: [] },
  { older: "a, b, c", newer: "c, a, b", changes: ["↕ c 2→0"] },
  { older: "a, b, c, d", newer: "a, c, d, b", changes: ["↕ b 1→3"] },
  { older: "a, b, c", newer: "c, a, (b:1.2), d", changes: ["↕ c 2→0", "~ b → (b:1.2)", "+ d @3"] },
  { older: "1girl, 1girl", newer: "1girl", changes: ["- 1girl @1"] },
  { older: "masterpiece, 1girl, smile", newer: "masterpiece, (smile:1.3), 1girl, hat", changes: ["~ smile → (smile:1.3)", "↕ 1girl 1→2", "+ hat @3"] },
  { older: "", newer: "a", changes: ["+ a @0"] },
  { older: "a, (), b", newer: "a, b", changes: [] },
];

describe("diffTags", () => {
  for (const c of CASES) {
    it(`${JSON.stringify(c.older)} → ${JSON.stringify(c.newer)}`, () => expect(diffTags(c.older, c.newer).map(show)).toEqual(c.changes));
  }

  it("holds its doc example", () => expect(diffTags("a, b, c", "c, a, (b:1.2), d").map((c) => c.kind)).toEqual(["moved", "reweighted", "added"]));

  it("compares both prompts of two versions, saying which field changed", () => {
    const changes = diffVersions({ prompt: "a", negative: "lowres" }, { prompt: "a, b", negative: "" });
    expect(changes.map((c) => `${c.field} ${show(c)}`)).toEqual(["prompt + b @1", "negative - lowres @0"]);
  });

  it("turns the older prompt into the newer one when every change is applied in order", () => {
    for (const { older, newer } of CASES) {
      const key = (t: string) => diffTags(t, newer).length;
      const result = diffTags(older, newer).reduce(applyTagChange, older);
      expect(key(result), `${older} → ${result}`).toBe(0);
    }
  });
});

describe("applyTagChange (cherry-pick)", () => {
  const hat: TagChange = { kind: "added", field: "prompt", key: "hat", text: "hat", to: 1 };
  const TABLE: Array<[string, TagChange, string]> = [
    ["cat, dog", hat, "cat, hat, dog"],
    ["", hat, "hat"],
    ["cat, dog, ", { ...hat, to: 9 }, "cat, dog, hat"],
    ["cat, hat", hat, "cat, hat"],
    ["cat, hat, dog", { kind: "removed", field: "prompt", key: "hat", text: "hat", from: 1 }, "cat, dog"],
    ["cat, dog", { kind: "removed", field: "prompt", key: "hat", text: "hat", from: 1 }, "cat, dog"],
    ["smile, cat", { kind: "reweighted", field: "prompt", key: "smile", text: "(smile:1.3)", oldText: "smile", oldWeight: 1, weight: 1.3, from: 0, to: 0 }, "(smile:1.3), cat"],
    ["cat", { kind: "reweighted", field: "prompt", key: "smile", text: "(smile:1.3)", oldText: "smile", oldWeight: 1, weight: 1.3, from: 0, to: 0 }, "(smile:1.3), cat"],
    ["a, b, c", { kind: "moved", field: "prompt", key: "c", text: "c", from: 2, to: 0 }, "c, a, b"],
    ["a, b", { kind: "moved", field: "prompt", key: "z", text: "z", from: 2, to: 0 }, "a, b"],
  ];
  for (const [text, change, expected] of TABLE) {
    it(`${change.kind} ${change.text} into ${JSON.stringify(text)}`, () => expect(applyTagChange(text, change)).toBe(expected));
  }
});
