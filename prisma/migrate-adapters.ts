// Driver adapters for the Prisma CLI's JS schema engine (offline migrations), with the workarounds Prisma 6.19 needs on
// each engine (each explained where it is made below). Used only by prisma.config.ts; the app's client uses the plain adapters.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { PoolConfig } from "pg";

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3["connectToShadowDb"]>>;

// Whole multi-statement migration scripts arrive through executeRaw(). better-sqlite3 refuses them before running any
// statement, so SQLite retries those through executeScript(); pg runs them and then fails on the results, so on
// PostgreSQL every parameterless statement goes through executeScript().
function runScriptsWhole(adapter: Adapter, engine: "sqlite" | "postgres"): Adapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    if (query.args.length > 0) return executeRaw(query);
    if (engine === "sqlite") {
      try {
        return await executeRaw(query);
      } catch {
        /* a multi-statement script: run it whole below */
      }
    }
    await adapter.executeScript(query.sql);
    return 0;
  };
  return adapter;
}

/** SQLite for migrations: shadow-database scripts run whole. */
export class MigrateSafeSQLite extends PrismaBetterSQLite3 {
  override async connectToShadowDb() {
    return runScriptsWhole(await super.connectToShadowDb(), "sqlite");
  }
}

const NAME = 19, CHAR = 18, NAME_ARRAY = 1003, CHAR_ARRAY = 1002, TEXT = 25, TEXT_ARRAY = 1009;

/**
 * PostgreSQL for migrations: catalog columns of type `name` and `"char"` read as text (the adapter cannot map them),
 * and the shadow database gets its own pool, closed before the database is dropped.
 */
export class MigrateSafePg extends PrismaPg {
  constructor(private readonly poolConfig: PoolConfig) {
    super(poolConfig);
  }

  override async connect() {
    const adapter = await super.connect();
    const queryable = Object.getPrototypeOf(Object.getPrototypeOf(adapter)) as { performIO: (q: unknown) => Promise<{ fields: { dataTypeID: number }[] }>; nameAsText?: true };
    if (!queryable.nameAsText) {
      const performIO = queryable.performIO;
      queryable.performIO = async function (this: unknown, query: unknown) {
        const result = await performIO.call(this, query);
        for (const field of result.fields) {
          if (field.dataTypeID === NAME || field.dataTypeID === CHAR) field.dataTypeID = TEXT;
          else if (field.dataTypeID === NAME_ARRAY || field.dataTypeID === CHAR_ARRAY) field.dataTypeID = TEXT_ARRAY;
        }
        return result;
      };
      queryable.nameAsText = true;
    }
    return adapter;
  }

  override async connectToShadowDb() {
    const admin = await this.connect();
    const database = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID()}`;
    await admin.executeScript(`CREATE DATABASE "${database}"`);
    const shadow = runScriptsWhole(await new MigrateSafePg({ ...this.poolConfig, database }).connect() as unknown as Adapter, "postgres");
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await admin.executeScript(`DROP DATABASE "${database}"`);
      await admin.dispose();
    };
    return shadow as never;
  }
}
