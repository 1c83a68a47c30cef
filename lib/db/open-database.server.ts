import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { databaseKind, postgresPoolConfig } from "./database-url";
import { PrismaClient } from "./generated/client";
import { PrismaClient as PostgresPrismaClient } from "./generated-pg/client";

/**
 * A Prisma client of its own on any database URL (SQLite file or PostgreSQL server), for tools that work on two at
 * once such as `db copy`; the app itself uses getPrisma(). Disconnect it when done.
 */
export function openDatabase(url: string): PrismaClient {
  return databaseKind(url) === "postgres"
    ? (new PostgresPrismaClient({ adapter: new PrismaPg(postgresPoolConfig(url)) }) as unknown as PrismaClient)
    : new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
}
