import { describe, expect, it } from "vitest";
import { validationMessageZh } from "../validation/issue-zh";
import { checkRenderParams, type RenderNumbers } from "./check-render-params";
import { RENDER_DEFAULTS } from "./render-limits";
import { renderRequestSchema } from "./render-request-schema";

const base: RenderNumbers = { ...RENDER_DEFAULTS };

describe("checkRenderParams", () => {
  it("accepts A1111's defaults", () => {
    expect(checkRenderParams(base)).toEqual([]);
  });

  it.each<[Partial<RenderNumbers>]>([
    [{ width: 500 }], [{ height: 4000 }], [{ width: 511.5 }], [{ steps: 0 }], [{ steps: 2.5 }], [{ cfgScale: 31 }], [{ seed: -2 }],
    [{ subseed: 1.5 }], [{ subseedStrength: 2 }], [{ batchCount: 17 }], [{ batchSize: 0 }], [{ denoisingStrength: -0.1 }],
  ])("says what the server says, and in Chinese, for %o", (change) => {
    const params = { ...base, ...change };
    const mine = checkRenderParams(params);
    const { denoisingStrength, ...request } = params;
    const server = renderRequestSchema.safeParse({ prompt: "a", ...request, ...(denoisingStrength === undefined ? {} : { img2img: { image: new Uint8Array(), denoisingStrength } }) });
    const serverMessages = server.success ? [] : server.error.issues.map((i) => i.message).filter((m) => !m.includes("img2img image"));
    expect(mine).toEqual(serverMessages);
    expect(mine).toHaveLength(1);
    expect(mine.map(validationMessageZh).every((zh) => zh !== null && !/[a-z]{3}/.test(zh.replace("CFG", "")))).toBe(true);
  });
});
