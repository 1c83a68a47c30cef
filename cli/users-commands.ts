import { addUser, countUsers, listUsers, updateUser } from "../lib/auth/users.server";
import { requireString, UsageError, type Command } from "./command";
import { readSecretLine } from "./read-secret-line";

// Team mode's accounts live in the PostgreSQL database DATABASE_URL names (the commands work on SQLite too, for tests).
const email = (positional: string[], flags: Record<string, string | true>) => {
  // `users add --admin ann@studio.example` reads the address as the flag's value: take it back.
  const value = positional[0] ?? (typeof flags.admin === "string" ? flags.admin : undefined);
  if (!value) throw new UsageError("name the account's email address");
  return value;
};

export const usersCommands: Record<string, Command> = {
  users: {
    summary: "team accounts: add (password from stdin), list, reset a password, disable or enable (team mode)",
    usage: "users add <email> [--admin] [--name NAME] | users list | users reset <email> | users disable|enable <email>   (password on stdin: echo … | promptstudio users add …)",
    fromArgs: (positional, flags) => {
      const [action, ...rest] = positional;
      if (action === "list") return { action };
      if (!action || !["add", "reset", "disable", "enable"].includes(action)) throw new UsageError("expected add, list, reset, disable or enable");
      return { action, email: email(rest, flags), admin: flags.admin !== undefined, ...(typeof flags.name === "string" ? { name: flags.name } : {}) };
    },
    run: async (input) => {
      const action = requireString(input, "action");
      if (action === "list") return { users: await listUsers() };
      const address = requireString(input, "email");
      if (action === "disable" || action === "enable") return updateUser(address, { disabled: action === "disable" });
      const password = await readSecretLine(action === "add" ? `password for ${address}: ` : `new password for ${address}: `);
      if (action === "reset") return updateUser(address, { password });
      // The first account is the team's admin whatever the flags say: someone must be able to add the others.
      const role = input.admin === true || (await countUsers()) === 0 ? "admin" : "member";
      return addUser({ email: address, password, role, name: typeof input.name === "string" ? input.name : undefined });
    },
  },
};
