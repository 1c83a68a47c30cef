import { describe, expect, it } from "vitest";
import { AppError } from "../../errors";
import { checkRenderLimits, limitsFor, TEAM_RENDER_LIMITS } from "./team-limits";

const member = (maxWaitingJobs: number | null, imagesPerHour: number | null) => ({ id: "ann", role: "member" as const, maxWaitingJobs, imagesPerHour });

function refusal(run: () => void): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  expect.unreachable("expected a refusal");
}

describe("team render limits", () => {
  it("takes the admin's per-user values and the team's defaults for the rest", () => {
    expect(limitsFor(member(2, null))).toEqual({ maxWaitingJobs: 2, imagesPerHour: 200 });
    expect(limitsFor(member(null, 0))).toEqual({ maxWaitingJobs: 8, imagesPerHour: 0 });
    expect(limitsFor(null)).toEqual(TEAM_RENDER_LIMITS);
  });

  it("lets a job in below both limits", () => {
    expect(() => checkRenderLimits({ waiting: 7, imagesLastHour: 199, queuedAhead: 30 }, 1, TEAM_RENDER_LIMITS)).not.toThrow();
  });

  it("answers busy with the place in line when too many of the user's jobs wait", () => {
    const error = refusal(() => checkRenderLimits({ waiting: 8, imagesLastHour: 0, queuedAhead: 11 }, 1, TEAM_RENDER_LIMITS));
    expect([error.code, error.status]).toEqual(["busy", 429]);
    expect(error.message).toBe("Busy, position 12: you already have 8 renders waiting. Try again when one starts.");
    expect(error.messageZh).toBe("繁忙，排队位置 12：你已有 8 个渲染在等待，请等其中一个开始后再试。");
  });

  it("answers rate_limited past the images per hour, counting the whole batch", () => {
    const error = refusal(() => checkRenderLimits({ waiting: 0, imagesLastHour: 196, queuedAhead: 0 }, 6, TEAM_RENDER_LIMITS));
    expect([error.code, error.status]).toEqual(["rate_limited", 429]);
    expect(error.message).toMatch(/^Limit reached: 200 images per hour, 4 left now and this render asks for 6\./);
    expect(error.messageZh).toContain("每小时 200 张图片，目前还剩 4 张");
  });
});
