import { describe, expect, it } from "vitest";
import { parseTaggerLabels } from "./tagger-labels";

describe("parseTaggerLabels", () => {
  it("reads SmilingWolf's selected_tags.csv: ratings, general and character tags in output order", () => {
    const csv = "tag_id,name,category,count\n9999999,general,9,807366\n470575,1girl,0,4225150\n212816,solo,0,3534268\n1,\"a,b\",0,5\n14,hatsune_miku,4,95245\n2,fate_(series),3,9\n";
    expect(parseTaggerLabels(csv)).toEqual([
      { name: "general", kind: "rating", category: 9 },
      { name: "1girl", kind: "general", category: 0 },
      { name: "solo", kind: "general", category: 0 },
      { name: "a,b", kind: "general", category: 0 },
      { name: "hatsune_miku", kind: "character", category: 4 },
      { name: "fate_(series)", kind: "general", category: 3 },
    ]);
  });

  it("finds the columns by name and accepts CRLF and a BOM", () => {
    expect(parseTaggerLabels("\uFEFFid,tag_id,name,category,count,ips\r\n0,1,1girl,0,10,[]\r\n")).toEqual([{ name: "1girl", kind: "general", category: 0 }]);
  });

  it("refuses a file without the columns, or a line without a category", () => {
    expect(() => parseTaggerLabels("tag,count\nx,1")).toThrow('expected a header with "name" and "category"');
    expect(() => parseTaggerLabels("tag_id,name,category,count\n1,solo,general,4")).toThrow("selected_tags.csv line 2: expected a name and a whole-number category");
  });
});
