import { describe, expect, it } from "vitest";
import { decodeXmlText, readXmpProperty } from "./read-xmp-property";

describe("readXmpProperty", () => {
  const cases: Array<[string, string, string | undefined]> = [
    ['<rdf:Description xmp:CreatorTool="Draw Things"/>', "xmp:CreatorTool", "Draw Things"],
    ["<rdf:Description xmp:CreatorTool='Draw Things 1.2'/>", "xmp:CreatorTool", "Draw Things 1.2"],
    ["<xmp:CreatorTool>Draw Things</xmp:CreatorTool>", "xmp:CreatorTool", "Draw Things"],
    ['<exif:UserComment><rdf:Alt><rdf:li xml:lang="x-default">{&quot;c&quot;:&quot;a &amp; b&quot;}</rdf:li></rdf:Alt></exif:UserComment>', "exif:UserComment", '{"c":"a & b"}'],
    ["<dc:description><rdf:Alt><rdf:li>first</rdf:li><rdf:li>second</rdf:li></rdf:Alt></dc:description>", "dc:description", "first"],
    ["<xmp:CreatorToolkit>x</xmp:CreatorToolkit>", "xmp:CreatorTool", undefined],
    ["<xmp:CreatorTool>never closed", "xmp:CreatorTool", undefined],
    ['<rdf:Description myxmp:CreatorTool="no"/>', "xmp:CreatorTool", undefined],
    ["", "xmp:CreatorTool", undefined],
  ];
  for (const [xmp, name, expected] of cases) it(`${xmp.slice(0, 60)} → ${expected}`, () => expect(readXmpProperty(xmp, name)).toBe(expected));

  // Quadratic scanning would run past the test timeout on these.
  it("reads hostile packets of many unclosed tags in one pass", () => {
    expect(readXmpProperty("<xmp:CreatorTool".repeat(200_000) + " xmp:CreatorTool=".repeat(100_000), "xmp:CreatorTool")).toBeUndefined();
    expect(readXmpProperty("<exif:UserComment>".repeat(200_000), "exif:UserComment")).toBeUndefined();
    expect(readXmpProperty("<exif:UserComment>" + "<rdf:li".repeat(200_000) + "</exif:UserComment>", "exif:UserComment")).toBe("<rdf:li".repeat(200_000));
  });
});

describe("decodeXmlText", () => {
  const cases: Array<[string, string]> = [
    ["a &amp; b &#x732B; &#39;&lt;&gt;&quot;&apos;", "a & b 猫 '<>\"'"],
    ["&#xA;line", "\nline"],
    ["&nbsp; &#x110000; &#99999999; & alone", "&nbsp; &#x110000; &#99999999; & alone"],
  ];
  for (const [text, expected] of cases) it(text, () => expect(decodeXmlText(text)).toBe(expected));
});
