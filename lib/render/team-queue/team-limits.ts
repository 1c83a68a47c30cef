import { AppError } from "../../errors";
import type { QueueUser } from "../render-job-queue";

/** A user's render limits in team mode: jobs waiting at once, and images started per rolling hour. */
export interface RenderLimits {
  maxWaitingJobs: number;
  imagesPerHour: number;
}

/** The team's limits for users the admin set none for. */
export const TEAM_RENDER_LIMITS: RenderLimits = { maxWaitingJobs: 8, imagesPerHour: 200 };

/**
 * The limits that apply to a user: the admin's per-user values, the team's defaults otherwise (also for jobs with no
 * user, such as the command line's, which share one allowance).
 * @example limitsFor({ id: "u", role: "member", maxWaitingJobs: 2, imagesPerHour: null }) // { maxWaitingJobs: 2, imagesPerHour: 200 }
 */
export function limitsFor(user: QueueUser | null | undefined): RenderLimits {
  return {
    maxWaitingJobs: user?.maxWaitingJobs ?? TEAM_RENDER_LIMITS.maxWaitingJobs,
    imagesPerHour: user?.imagesPerHour ?? TEAM_RENDER_LIMITS.imagesPerHour,
  };
}

/** What the queue knows when a user submits: their jobs waiting, images in the last hour, and the line ahead. */
export interface SubmitCounts {
  /** The user's own jobs still waiting for a worker. */
  waiting: number;
  /** Images of the user's jobs submitted in the past hour (cancelled and failed ones given back). */
  imagesLastHour: number;
  /** Jobs of everyone waiting: the new job's place in line would be this + 1. */
  queuedAhead: number;
}

/**
 * Refuses a submission past the user's limits with the message the user sees (English and Chinese): AppError("busy")
 * with the place in line when too many of their jobs wait, AppError("rate_limited") past the hourly images.
 * @example checkRenderLimits({ waiting: 8, imagesLastHour: 0, queuedAhead: 11 }, 1, TEAM_RENDER_LIMITS) // throws "Busy, position 12: you already have 8 renders waiting. …"
 */
export function checkRenderLimits(counts: SubmitCounts, images: number, limits: RenderLimits): void {
  const position = counts.queuedAhead + 1;
  if (counts.waiting >= limits.maxWaitingJobs) {
    const max = limits.maxWaitingJobs;
    throw new AppError("busy", `Busy, position ${position}: you already have ${max} renders waiting. Try again when one starts.`,
      `繁忙，排队位置 ${position}：你已有 ${max} 个渲染在等待，请等其中一个开始后再试。`);
  }
  if (counts.imagesLastHour + images > limits.imagesPerHour) {
    const left = Math.max(0, limits.imagesPerHour - counts.imagesLastHour);
    throw new AppError("rate_limited",
      `Limit reached: ${limits.imagesPerHour} images per hour, ${left} left now and this render asks for ${images}. Try again later or ask an admin to raise it.`,
      `已达上限：每小时 ${limits.imagesPerHour} 张图片，目前还剩 ${left} 张，而这次渲染需要 ${images} 张。请稍后再试，或请管理员提高上限。`);
  }
}
