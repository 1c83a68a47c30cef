// `npm run db:migrate`: applies pending migrations to the database (data/app.db unless DATABASE_URL is set).
import { migrateDatabase } from "./lib/migrate.mjs";

migrateDatabase();
console.log("database is up to date");
