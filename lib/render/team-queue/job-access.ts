import type { QueueUser } from "../render-job-queue";

/**
 * Whether `viewer` may see (follow, cancel, fetch the images of) a job owned by `ownerId`: its owner and admins may;
 * jobs without an owner (the command line's) are the team's; `undefined` is the server itself (no check), null a
 * caller with no account, who sees ownerless jobs only.
 * @example mayViewJob("ann", { id: "bob", role: "member", maxWaitingJobs: null, imagesPerHour: null }) // false
 */
export function mayViewJob(ownerId: string | null, viewer: QueueUser | null | undefined): boolean {
  if (viewer === undefined || ownerId === null) return true;
  return viewer !== null && (viewer.role === "admin" || viewer.id === ownerId);
}
