import { copyDatabase } from "../lib/db/copy/copy-database.server";
import { requireString, UsageError, type Command } from "./command";

export const dbCommands: Record<string, Command> = {
  db: {
    summary: "db copy: move everything from one database to another (a personal SQLite file into the team's PostgreSQL), verified, safe to repeat",
    usage: "db copy --from file:./data/app.db --to postgresql://user:pass@host/db [--owner you@studio.example]",
    fromArgs: (positional, flags) => {
      if (positional[0] !== "copy") throw new UsageError("expected: db copy --from <url> --to <url>");
      if (typeof flags.from !== "string" || typeof flags.to !== "string") throw new UsageError("name both databases: --from <url> --to <url>");
      return { from: flags.from, to: flags.to, ...(typeof flags.owner === "string" ? { owner: flags.owner } : {}) };
    },
    run: async (input) => {
      const report = await copyDatabase(requireString(input, "from"), requireString(input, "to"), { ownerEmail: typeof input.owner === "string" ? input.owner : undefined });
      if (!report.verified) {
        const bad = report.tables.filter((t) => !t.verified).map((t) => t.table).join(", ");
        process.exitCode = 1;
        process.stderr.write(`promptstudio db copy: the target does not match the source in: ${bad}\n`);
      }
      return report;
    },
  },
};
