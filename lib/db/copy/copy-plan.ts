import { createHash } from "node:crypto";

/**
 * One table's part in `db copy`: its rows in a canonical form (no ids: natural keys and content, so the same row
 * reads the same on either engine), how to write one into the target, and how to read it back from there.
 */
export interface TablePlan<Row> {
  name: string;
  /** Every row of the source to copy, in an order that puts what a row refers to first. */
  read(): Promise<Row[]>;
  /** Writes the row unless the target already has it; answers whether it was written. */
  write(row: Row): Promise<boolean>;
  /** The target's row with the same natural key, in canonical form; null when missing. */
  find(row: Row): Promise<unknown>;
  /** A source row in canonical form (what find() answers for it once copied); the row itself by default. */
  canonical?(row: Row): unknown;
}

/** What `db copy` did to one table, and whether the target now holds every source row unchanged. */
export interface TableReport {
  table: string;
  source: number;
  written: number;
  alreadyThere: number;
  /** sha256 over the source's canonical rows and over the same rows read back from the target. */
  sourceChecksum: string;
  targetChecksum: string;
  verified: boolean;
}

/**
 * A stable JSON text of a value: object keys sorted, Dates as ISO text, bigints and byte arrays as text, so a row
 * hashes the same whichever engine it was read from.
 * @example canonicalJson({ b: 1n, a: new Date(0) }) // '{"a":"1970-01-01T00:00:00.000Z","b":"1"}'
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, function (key, v: unknown) {
    const raw = (this as Record<string, unknown>)[key];
    if (raw instanceof Date) return raw.toISOString();
    if (typeof v === "bigint") return v.toString();
    if (raw instanceof Uint8Array) return `bytes:${createHash("sha256").update(raw).digest("hex")}`;
    if (v && typeof v === "object" && !Array.isArray(v)) return Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)));
    return v;
  });
}

const checksum = (rows: unknown[]) => createHash("sha256").update(rows.map(canonicalJson).join("\n")).digest("hex");

/** Copies one table row by row (skipping rows already there), then reads every row back to verify it. */
export async function copyTable<Row>(plan: TablePlan<Row>): Promise<TableReport> {
  const rows = await plan.read();
  let written = 0;
  for (const row of rows) if (await plan.write(row)) written++;
  const back: unknown[] = [];
  for (const row of rows) back.push(await plan.find(row));
  const sourceChecksum = checksum(plan.canonical ? rows.map((row) => plan.canonical!(row)) : rows);
  const targetChecksum = checksum(back);
  return { table: plan.name, source: rows.length, written, alreadyThere: rows.length - written, sourceChecksum, targetChecksum, verified: sourceChecksum === targetChecksum };
}
