// `npm run db:schema`: writes prisma/postgres/schema.prisma from prisma/schema.prisma (the one data model, two engines).
import { POSTGRES_SCHEMA, writePostgresSchema } from "./lib/postgres-schema.mjs";

console.log(writePostgresSchema() ? `wrote ${POSTGRES_SCHEMA}` : `${POSTGRES_SCHEMA} is up to date`);
