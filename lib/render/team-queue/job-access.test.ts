import { describe, expect, it } from "vitest";
import { mayViewJob } from "./job-access";

const user = (id: string, role: "admin" | "member" = "member") => ({ id, role, maxWaitingJobs: null, imagesPerHour: null });

describe("who sees a team job", () => {
  it("shows a job to its owner and admins; ownerless jobs to everyone; the server itself sees all", () => {
    expect(mayViewJob("ann", user("ann"))).toBe(true);
    expect(mayViewJob("ann", user("bob"))).toBe(false);
    expect(mayViewJob("ann", user("eve", "admin"))).toBe(true);
    expect(mayViewJob("ann", null)).toBe(false);
    expect(mayViewJob(null, null)).toBe(true);
    expect(mayViewJob("ann", undefined)).toBe(true);
  });
});
