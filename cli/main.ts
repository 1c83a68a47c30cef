import { createInterface } from "node:readline";
import { UsageError, type Command } from "./command";
import { cardCommands } from "./card-commands";
import { dictionaryCommands } from "./dictionary-commands";
import { expandCommands } from "./expand-commands";
import { promptCommands } from "./prompt-commands";

const commands: Record<string, Command> = { ...promptCommands, ...dictionaryCommands, ...cardCommands, ...expandCommands };

/** Runs the CLI; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    printHelp(name);
    return name && name !== "help" && name !== "--help" ? 2 : 0;
  }
  const { positional, flags } = parseArgs(rest);
  if (flags.jsonl) return runJsonl(command);
  try {
    const result = await command.run(command.fromArgs(positional, flags));
    process.stdout.write(JSON.stringify(result, null, flags.json ? undefined : 2) + "\n");
    return 0;
  } catch (error) {
    process.stderr.write(`promptstudio ${name}: ${message(error)}\nusage: promptstudio ${command.usage}\n`);
    return error instanceof UsageError ? 2 : 1;
  }
}

/**
 * One JSON object per stdin line → one per stdout line, same order; a bad line answers {"error"} and the rest go on
 * (the exit code stays 0 so a batch is never lost to one bad line).
 */
async function runJsonl(command: Command): Promise<number> {
  let out: string[] = [];
  const flush = () => {
    if (out.length) process.stdout.write(out.join(""));
    out = [];
  };
  let lineNo = 0;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    lineNo++;
    if (!line.trim()) continue;
    try {
      const input = JSON.parse(line) as unknown;
      if (typeof input !== "object" || input === null || Array.isArray(input)) throw new UsageError("expected a JSON object");
      out.push(JSON.stringify(await command.run(input as Record<string, unknown>)) + "\n");
    } catch (error) {
      out.push(JSON.stringify({ error: `line ${lineNo}: ${message(error)}` }) + "\n");
    }
    if (out.length >= 256) flush();
  }
  flush();
  return 0;
}

function parseArgs(args: string[]) {
  const positional: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--") positional.push(...args.slice(i + 1)), (i = args.length);
    else if (arg.startsWith("--")) {
      const [key, inline] = arg.slice(2).split(/=(.*)/s);
      const next = args[i + 1];
      if (inline !== undefined) flags[key] = inline;
      else if (next !== undefined && !next.startsWith("--") && !["jsonl", "json", "offline"].includes(key)) flags[key] = args[++i];
      else flags[key] = true;
    } else positional.push(arg);
  }
  return { positional, flags };
}

const message = (error: unknown) => (error instanceof SyntaxError ? `invalid JSON (${error.message})` : error instanceof Error ? error.message : String(error));

function printHelp(unknown?: string) {
  if (unknown && unknown !== "help" && unknown !== "--help") process.stderr.write(`unknown command "${unknown}"\n\n`);
  const lines = Object.entries(commands).map(([n, c]) => `  ${n.padEnd(10)} ${c.summary}\n      promptstudio ${c.usage}`);
  process.stdout.write(`promptstudio — Stable Diffusion prompt tools (A1111 syntax, CLIP tokens)\n\n${lines.join("\n")}\n`);
}
