import "server-only";
import { AppError } from "../../errors";
import { databaseKind, redactUrl } from "../database-url";
import { openDatabase } from "../open-database.server";
import { copyTable, type TableReport } from "./copy-plan";
import { tablePlans } from "./table-plans.server";

/** What `db copy` answers: a report per table, and whether every table verified. */
export interface CopyReport {
  from: string;
  to: string;
  owner: string | null;
  tables: TableReport[];
  verified: boolean;
}


/**
 * Copies everything a user made (settings, dictionary edits and favourites, styles, cards, history with its renders,
 * negative presets, registered models) from one database into another, typically a personal SQLite file into the
 * team's PostgreSQL. Rows the target already has are skipped, so it can run again without duplicating. With `ownerEmail`
 * the personal things become that team member's. Both databases must be migrated (the app migrates on start;
 * `npm run db:migrate` does it by hand).
 */
export async function copyDatabase(fromUrl: string, toUrl: string, options: { ownerEmail?: string } = {}): Promise<CopyReport> {
  databaseKind(fromUrl);
  databaseKind(toUrl);
  if (fromUrl === toUrl) throw new AppError("invalid_input", "--from and --to name the same database.", "--from 和 --to 是同一个数据库。");
  const from = openDatabase(fromUrl);
  const to = openDatabase(toUrl);
  try {
    let owner: string | null = null;
    if (options.ownerEmail) {
      const user = await to.user.findUnique({ where: { email: options.ownerEmail.trim().toLowerCase() } });
      if (!user) throw new AppError("not_found", `No account ${options.ownerEmail} in the target database: add it first (promptstudio users add).`, `目标数据库中没有账号 ${options.ownerEmail}：请先添加（promptstudio users add）。`);
      owner = user.id;
    }
    const tables: TableReport[] = [];
    for (const plan of tablePlans(from, to, owner)) tables.push(await copyTable(plan));
    return { from: redactUrl(fromUrl), to: redactUrl(toUrl), owner: options.ownerEmail ?? null, tables, verified: tables.every((t) => t.verified) };
  } finally {
    await Promise.all([from.$disconnect(), to.$disconnect()]);
  }
}
