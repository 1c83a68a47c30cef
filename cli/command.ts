/** One CLI subcommand: a JSON-in, JSON-out function plus how to build its input from argv. */
export interface Command {
  summary: string;
  usage: string;
  /** Builds the input object from positional arguments and --flags. */
  fromArgs(positional: string[], flags: Record<string, string | true>): Record<string, unknown>;
  run(input: Record<string, unknown>): unknown | Promise<unknown>;
}

/** An input problem the user can fix; printed without a stack trace. */
export class UsageError extends Error {}

export function requireString(input: Record<string, unknown>, key: string): string {
  const value = input[key];
  if (typeof value !== "string") throw new UsageError(`expected "${key}" to be a string`);
  return value;
}

export function optionalNumber(input: Record<string, unknown>, key: string, fallback: number): number {
  const value = input[key];
  if (value === undefined) return fallback;
  const n = typeof value === "string" ? Number(value) : value;
  if (typeof n !== "number" || !Number.isFinite(n)) throw new UsageError(`expected "${key}" to be a number`);
  return n;
}
