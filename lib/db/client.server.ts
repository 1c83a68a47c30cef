import "server-only";
import { getEnv } from "../env";
import { databaseKind } from "./database-url";
import type { PrismaClient } from "./generated/client";
import { openDatabase } from "./open-database.server";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient; prismaUrl?: string };

/**
 * The one Prisma client of the process (kept across hot reloads in development), on the engine DATABASE_URL names.
 * Both clients come from one data model (prisma/postgres/schema.prisma is generated from prisma/schema.prisma), so the
 * PostgreSQL one is used through the SQLite one's type.
 */
export function getPrisma(): PrismaClient {
  const url = getEnv().databaseUrl;
  if (globalForPrisma.prisma && globalForPrisma.prismaUrl === url) return globalForPrisma.prisma;
  void globalForPrisma.prisma?.$disconnect();
  globalForPrisma.prisma = openDatabase(url);
  globalForPrisma.prismaUrl = url;
  return globalForPrisma.prisma;
}

/** Whether the app runs on PostgreSQL (team mode's database) rather than the embedded SQLite file. */
export function onPostgres(): boolean {
  return databaseKind(getEnv().databaseUrl) === "postgres";
}

/**
 * A `contains` filter that ignores case on both engines, as SQLite's LIKE does for ASCII (PostgreSQL's is exact unless
 * asked): history search finds "Cat" when the user types "cat" wherever the database lives.
 */
export function containsText(text: string): { contains: string } {
  return onPostgres() ? ({ contains: text, mode: "insensitive" } as { contains: string }) : { contains: text };
}
