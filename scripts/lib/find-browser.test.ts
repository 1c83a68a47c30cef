import { describe, expect, it } from "vitest";
import { findBrowser, launchOptions, NO_BROWSER_MESSAGE } from "./find-browser.mjs";

const none = () => false;
const noLaunch = async () => false;

describe("findBrowser", () => {
  it("uses CHROMIUM_PATH when it points at a file", async () => {
    const spec = await findBrowser({ env: { CHROMIUM_PATH: "/opt/c/chrome" }, platform: "linux", exists: (f) => f === "/opt/c/chrome", probe: noLaunch });
    expect(spec).toEqual({ executablePath: "/opt/c/chrome", label: "CHROMIUM_PATH (/opt/c/chrome)" });
  });

  it("finds the distribution's chromium-browser (Ubuntu) or a chromium on PATH (Arch, Fedora, Nix)", async () => {
    expect((await findBrowser({ env: {}, platform: "linux", exists: (f) => f === "/usr/bin/chromium-browser", probe: noLaunch }))?.executablePath).toBe("/usr/bin/chromium-browser");
    expect((await findBrowser({ env: { PATH: "/nix/bin" }, platform: "linux", exists: (f) => f === "/nix/bin/chromium", probe: noLaunch }))?.executablePath).toBe("/nix/bin/chromium");
  });

  it("falls back to an installed Chrome or Edge through Playwright's channels (macOS, Windows)", async () => {
    const tried: unknown[] = [];
    const spec = await findBrowser({ env: {}, platform: "win32", exists: none, probe: async (o) => (tried.push(o), o.channel === "msedge") });
    expect(spec).toEqual({ channel: "msedge", label: "Microsoft Edge" });
    expect(tried).toEqual([{ channel: "chrome" }, { channel: "msedge" }]);
    expect(launchOptions(spec!)).toMatchObject({ channel: "msedge", headless: true });
  });

  it("then Playwright's own build, and null with a one-line hint when there is nothing", async () => {
    expect(await findBrowser({ env: {}, platform: "darwin", exists: none, probe: async (o) => o.channel === undefined })).toEqual({ label: "Playwright's Chromium" });
    expect(await findBrowser({ env: {}, platform: "darwin", exists: none, probe: noLaunch })).toBeNull();
    expect(NO_BROWSER_MESSAGE).not.toContain("\n");
    expect(NO_BROWSER_MESSAGE).toMatch(/CHROMIUM_PATH/);
  });

  it("does not look elsewhere when CHROMIUM_PATH points nowhere", async () => {
    expect(await findBrowser({ env: { CHROMIUM_PATH: "/nope" }, platform: "linux", exists: (f) => f === "/usr/bin/chromium", probe: noLaunch })).toBeNull();
  });
});
