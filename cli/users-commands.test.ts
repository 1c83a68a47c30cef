import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@/tests/support/test-database";

useTestDatabase();
const bin = path.join(process.cwd(), "bin", "promptstudio.mjs");

// Runs the CLI as a whole process with the password on stdin, as the README shows.
function cli(args: string[], stdin = "") {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    const child = execFile(process.execPath, [bin, ...args], { env: process.env }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }));
    child.stdin!.end(stdin);
  });
}

describe("promptstudio users", () => {
  it("makes the first account an admin, reads the password from stdin and never prints its hash", async () => {
    const first = await cli(["users", "add", "Ann@Studio.Example", "--json"], "correct horse battery\n");
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ email: "ann@studio.example", role: "admin", disabled: false });
    expect(first.stdout).not.toMatch(/argon2|passwordHash|correct horse/);
    const second = await cli(["users", "add", "bo@studio.example", "--name", "Bo", "--json"], "another long one\n");
    expect(JSON.parse(second.stdout)).toMatchObject({ email: "bo@studio.example", name: "Bo", role: "member" });
    const list = JSON.parse((await cli(["users", "list", "--json"])).stdout) as { users: Array<{ email: string; role: string }> };
    expect(list.users.map((u) => [u.email, u.role])).toEqual([["ann@studio.example", "admin"], ["bo@studio.example", "member"]]);
  }, 60_000);

  it("refuses a short password, a taken email and disabling the last admin, with clear messages", async () => {
    const short = await cli(["users", "add", "cy@studio.example"], "short\n");
    expect(short.code).toBe(1);
    expect(short.stderr).toContain("The password is too short: use 10 characters or more.");
    const taken = await cli(["users", "add", "ann@studio.example"], "correct horse battery\n");
    expect(taken.stderr).toContain("ann@studio.example already has an account.");
    const last = await cli(["users", "disable", "ann@studio.example"]);
    expect(last.stderr).toContain("This is the last active admin");
  }, 60_000);

  it("sets a member's role and render limits, back to the team's default with `default`", async () => {
    const set = await cli(["users", "set", "bo@studio.example", "--waiting", "2", "--per-hour", "30", "--json"]);
    expect(JSON.parse(set.stdout)).toMatchObject({ email: "bo@studio.example", maxWaitingJobs: 2, imagesPerHour: 30 });
    const back = await cli(["users", "set", "bo@studio.example", "--waiting", "default", "--role", "admin", "--json"]);
    expect(JSON.parse(back.stdout)).toMatchObject({ role: "admin", maxWaitingJobs: null, imagesPerHour: 30 });
    expect((await cli(["users", "set", "bo@studio.example", "--waiting", "lots"])).stderr).toContain('--waiting must be a whole number from 0 to 100000, or "default"');
  }, 60_000);
});
