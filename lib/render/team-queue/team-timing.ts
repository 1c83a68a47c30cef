/** The team queue's rhythm: how often followers read progress, workers write it, and how long finished jobs stay. */
export const TEAM_QUEUE_TIMING = {
  /** A web instance reads the rows of the jobs it follows this often. */
  followMs: 300,
  /** A worker writes a job's progress (with its preview) at most this often. */
  progressMs: 250,
  /** Tries after the first when a worker vanishes mid-job, and the pause before one. */
  retryLimit: 2,
  retryDelaySeconds: 1,
  /** Finished jobs and their images are deleted after this long. */
  keepFinishedHours: 24,
} as const;

/**
 * How long pg-boss lets one attempt run before it counts as lost (its own backstop behind the worker's timeout and
 * the heartbeat sweep): the render timeout plus a minute, at most pg-boss's 24 hours.
 * @example expireInSecondsFor(600_000) // 660
 */
export function expireInSecondsFor(renderTimeoutMs: number): number {
  return Math.min(23 * 3600, Math.ceil(renderTimeoutMs / 1000) + 60);
}
