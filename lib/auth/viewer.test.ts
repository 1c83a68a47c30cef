import { describe, expect, it } from "vitest";
import { mayChange, maySee, type Viewer } from "./viewer";

const ann: Viewer = { id: "ann", admin: false, team: true };
const bo: Viewer = { id: "bo", admin: false, team: true };
const boss: Viewer = { id: "boss", admin: true, team: true };
const visitor: Viewer = { id: null, admin: false, team: true };
const browser: Viewer = { id: "cookie-id", admin: false, team: false };

describe("ownership rules", () => {
  it("lets the owner and admins change a thing, not another member", () => {
    expect(mayChange(ann, "ann")).toBe(true);
    expect(mayChange(bo, "ann")).toBe(false);
    expect(mayChange(boss, "ann")).toBe(true);
    expect(mayChange(visitor, "ann")).toBe(false);
  });

  it("keeps things saved before owners existed open to the single user, and to admins only in a team", () => {
    expect(mayChange(browser, null)).toBe(true);
    expect(mayChange(ann, null)).toBe(false);
    expect(mayChange(boss, null)).toBe(true);
  });

  it("shows link things to anyone, team things to members, private things to the owner and admins", () => {
    const thing = (visibility: string) => ({ ownerId: "ann", visibility });
    expect([visitor, bo, ann, boss].map((v) => maySee(v, thing("link")))).toEqual([true, true, true, true]);
    expect([visitor, bo, ann, boss].map((v) => maySee(v, thing("team")))).toEqual([false, true, true, true]);
    expect([visitor, bo, ann, boss].map((v) => maySee(v, thing("private")))).toEqual([false, false, true, true]);
    expect(maySee(browser, thing("private"))).toBe(true);
  });
});
