import { JsonText, StreamedOutput, toJson, UsageError, type Command } from "./command";
import { JsonlWriter, readLineBatches } from "./jsonl-io";
import { allowServerOnlyImports } from "./server-only-hook";

type Commands = Record<string, Command>;

// Each command's module loads only when it runs, so `tokenize --jsonl` starts without the dictionary or the LLM client.
const prompt = () => import("./prompt-commands").then((m) => m.promptCommands);
const serverSide = <T>(load: () => Promise<T>) => () => {
  allowServerOnlyImports();
  return load();
};
const dictionary = serverSide(() => import("./dictionary-commands").then((m) => m.dictionaryCommands));
const cards = serverSide(() => import("./card-commands").then((m) => m.cardCommands));
const expand = serverSide(() => import("./expand-commands").then((m) => m.expandCommands));
const models = serverSide(() => import("./model-commands").then((m) => m.modelCommands));
const render = serverSide(() => import("./render-commands").then((m) => m.renderCommands));
const noise = () => import("./noise-commands").then((m) => m.noiseCommands);
const lint = serverSide(() => import("./lint-commands").then((m) => m.lintCommands));
const worker = serverSide(() => import("./worker-commands").then((m) => m.workerCommands));

const REGISTRY: Record<string, () => Promise<Commands>> = {
  attention: prompt, schedules: prompt, tokenize: prompt, convert: prompt, format: prompt,
  dict: dictionary, translate: dictionary, infotext: cards, pnginfo: cards, expand,
  models,
  render,
  worker,
  noise,
  lint,
  "tag-image": serverSide(() => import("./tagger-commands").then((m) => m.taggerCommands)),
  users: serverSide(() => import("./users-commands").then((m) => m.usersCommands)),
  db: serverSide(() => import("./db-commands").then((m) => m.dbCommands)),
};

async function allCommands(): Promise<Commands> {
  const modules = await Promise.all([...new Set(Object.values(REGISTRY))].map((load) => load()));
  return Object.assign({}, ...modules) as Commands;
}

/** Runs the CLI; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  endQuietlyWhenReaderLeaves();
  const [name, ...rest] = argv;
  const command = name && Object.hasOwn(REGISTRY, name) ? (await REGISTRY[name]())[name] : undefined;
  if (!command) {
    await printHelp(name);
    return name && name !== "help" && name !== "--help" ? 2 : 0;
  }
  const { positional, flags } = parseArgs(rest);
  if (flags.jsonl && positional.length && command.runFiles) {
    await command.runFiles(positional, (line) => void process.stdout.write(line));
    return 0;
  }
  if (flags.jsonl) return runJsonl(command);
  try {
    const result = await command.run(command.fromArgs(positional, flags));
    if (result instanceof StreamedOutput) return result.exitCode;
    process.stdout.write(toJson(result, flags.json ? undefined : 2) + "\n");
    return 0;
  } catch (error) {
    process.stderr.write(`promptstudio ${name}: ${message(error)}\nusage: promptstudio ${command.usage}\n`);
    return error instanceof UsageError ? 2 : 1;
  }
}

/**
 * One JSON object per stdin line → one per stdout line, same order, so output line N always answers input line N;
 * a bad or blank line answers {"error"} and the rest go on (the exit code stays 0 so a batch is never lost to one
 * bad line). Answers go out after each chunk of input, so a caller feeding lines one by one gets each answer at once.
 */
export async function runJsonl(command: Command, input: NodeJS.ReadableStream = process.stdin, write: (chunk: Uint8Array) => void = (chunk) => void process.stdout.write(chunk)): Promise<number> {
  const out = new JsonlWriter(write);
  let lineNo = 0;
  for await (const lines of readLineBatches(input)) {
    for (const line of lines) {
      lineNo++;
      try {
        if (!line.trim()) throw new UsageError("empty line: expected a JSON object");
        const input = JSON.parse(line) as unknown;
        if (typeof input !== "object" || input === null || Array.isArray(input)) throw new UsageError("expected a JSON object");
        // (A command that answers at once is not awaited: a wait per line is a turn of the event loop's queue each.)
        const answer = command.run(input as Record<string, unknown>);
        const result = answer instanceof Promise ? await answer : answer;
        if (result instanceof JsonText && typeof result.json !== "string") out.bytes(result.json);
        else out.text(toJson(result));
      } catch (error) {
        out.text(JSON.stringify({ error: `line ${lineNo}: ${message(error)}` }));
      }
    }
    out.flush();
  }
  return 0;
}

// A reader that stops reading (`promptstudio tokenize --jsonl < prompts.jsonl | head`) ends the run quietly, as Unix
// tools do, rather than as an unhandled 'error' event with a stack trace; any other write error still surfaces.
let watchingStdout = false;
function endQuietlyWhenReaderLeaves(): void {
  if (watchingStdout) return;
  watchingStdout = true;
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(0);
  });
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
      else if (next !== undefined && !next.startsWith("--") && !["jsonl", "json", "offline", "queue"].includes(key)) flags[key] = args[++i];
      else flags[key] = true;
    } else positional.push(arg);
  }
  return { positional, flags };
}

const message = (error: unknown) => (error instanceof SyntaxError ? `invalid JSON (${error.message})` : error instanceof Error ? error.message : String(error));

async function printHelp(unknown?: string) {
  if (unknown && unknown !== "help" && unknown !== "--help") process.stderr.write(`unknown command "${unknown}"\n\n`);
  const lines = Object.entries(await allCommands()).map(([n, c]) => `  ${n.padEnd(10)} ${c.summary}\n      promptstudio ${c.usage}`);
  process.stdout.write(`promptstudio — Stable Diffusion prompt tools (A1111 syntax, CLIP tokens)\n\n${lines.join("\n")}\n`);
}
