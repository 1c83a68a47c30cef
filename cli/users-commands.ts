import type { Role } from "../lib/auth/user-rules";
import { addUser, countUsers, listUsers, updateUser, type UserChange } from "../lib/auth/users.server";
import { requireString, UsageError, type Command } from "./command";
import { readSecretLine } from "./read-secret-line";

// Team mode's accounts live in the PostgreSQL database DATABASE_URL names (the commands work on SQLite too, for tests).
const email = (positional: string[], flags: Record<string, string | true>) => {
  // `users add --admin ann@studio.example` reads the address as the flag's value: take it back.
  const value = positional[0] ?? (typeof flags.admin === "string" ? flags.admin : undefined);
  if (!value) throw new UsageError("name the account's email address");
  return value;
};

const pick = (flags: Record<string, string | true>, names: string[]) => Object.fromEntries(names.filter((n) => flags[n] !== undefined).map((n) => [n, flags[n]]));

// A render limit: a whole number, or "default" for the team's.
function limit(value: unknown, flag: string): number | null | undefined {
  if (value === undefined) return undefined;
  if (value === "default") return null;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 100_000) throw new UsageError(`--${flag} must be a whole number from 0 to 100000, or "default"`);
  return n;
}

function settings(input: Record<string, unknown>): UserChange {
  const role = input.role;
  if (role !== undefined && role !== "admin" && role !== "member") throw new UsageError('--role must be "admin" or "member"');
  const change: UserChange = { role: role as Role | undefined, maxWaitingJobs: limit(input.waiting, "waiting"), imagesPerHour: limit(input["per-hour"], "per-hour") };
  if (Object.values(change).every((v) => v === undefined)) throw new UsageError("say what to set: --role, --waiting or --per-hour");
  return change;
}

export const usersCommands: Record<string, Command> = {
  users: {
    summary: "team accounts: add (password from stdin), list, reset a password, disable or enable, set role and render limits (team mode)",
    usage: "users add <email> [--admin] [--name NAME] | users list | users reset <email> | users disable|enable <email> | users set <email> [--role admin|member] [--waiting N|default] [--per-hour N|default]   (password on stdin: echo … | promptstudio users add …)",
    fromArgs: (positional, flags) => {
      const [action, ...rest] = positional;
      if (action === "list") return { action };
      if (!action || !["add", "reset", "disable", "enable", "set"].includes(action)) throw new UsageError("expected add, list, reset, disable, enable or set");
      if (action === "set") return { action, email: email(rest, flags), ...pick(flags, ["role", "waiting", "per-hour"]) };
      return { action, email: email(rest, flags), admin: flags.admin !== undefined, ...(typeof flags.name === "string" ? { name: flags.name } : {}) };
    },
    run: async (input) => {
      const action = requireString(input, "action");
      if (action === "list") return { users: await listUsers() };
      const address = requireString(input, "email");
      if (action === "disable" || action === "enable") return updateUser(address, { disabled: action === "disable" });
      if (action === "set") return updateUser(address, settings(input));
      const password = await readSecretLine(action === "add" ? `password for ${address}: ` : `new password for ${address}: `);
      if (action === "reset") return updateUser(address, { password });
      // The first account is the team's admin whatever the flags say: someone must be able to add the others.
      const role = input.admin === true || (await countUsers()) === 0 ? "admin" : "member";
      return addUser({ email: address, password, role, name: typeof input.name === "string" ? input.name : undefined });
    },
  },
};
