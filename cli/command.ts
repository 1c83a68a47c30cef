import { PROMPT_LIMITS } from "../lib/prompt/prompt-limits";

/** One CLI subcommand: a JSON-in, JSON-out function plus how to build its input from argv. */
export interface Command {
  summary: string;
  usage: string;
  /** Builds the input object from positional arguments and --flags. */
  fromArgs(positional: string[], flags: Record<string, string | true>): Record<string, unknown>;
  run(input: Record<string, unknown>): unknown | Promise<unknown>;
  /** With --jsonl and file arguments: one output line per file instead of reading stdin (pnginfo FILE... or FOLDER). */
  runFiles?(paths: string[], write: (line: string) => void): Promise<void>;
}

/**
 * An answer already serialized (the runner writes it as it is): JSON text, or the bytes of ASCII JSON text (valid
 * until the command runs again). Lets a command write a repeated part once.
 */
export class JsonText {
  constructor(readonly json: string | Uint8Array) {}

  toString(): string {
    const { json } = this;
    return typeof json === "string" ? json : Buffer.from(json.buffer, json.byteOffset, json.length).toString("latin1");
  }
}

/** The JSON text of a command's answer. */
export const toJson = (result: unknown, indent?: number): string =>
  result instanceof JsonText ? (indent ? JSON.stringify(JSON.parse(result.toString()), null, indent) : result.toString()) : JSON.stringify(result, null, indent);

/** The answer of a command that wrote its own output as it went (one JSON line per finished job): the runner adds nothing. */
export class StreamedOutput {
  constructor(readonly exitCode = 0) {}
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

/** Sampling steps in A1111's range (1–150), `fallback` when absent. */
export function optionalSteps(input: Record<string, unknown>, fallback = 20): number {
  const steps = optionalNumber(input, "steps", fallback);
  const { minSteps, maxSteps } = PROMPT_LIMITS;
  if (!Number.isInteger(steps) || steps < minSteps || steps > maxSteps) throw new UsageError(`"steps" must be a whole number from ${minSteps} to ${maxSteps}`);
  return steps;
}
