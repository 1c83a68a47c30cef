import { createInterface } from "node:readline";

/**
 * One line from stdin, for passwords: piped input is read as it is (`echo "$PASS" | promptstudio users add …`); on a
 * terminal the prompt goes to stderr and the typing is not echoed (Enter ends it, Backspace deletes, Ctrl+C stops).
 */
export async function readSecretLine(prompt: string, input: NodeJS.ReadStream = process.stdin): Promise<string> {
  if (!input.isTTY) {
    const lines = createInterface({ input, crlfDelay: Infinity });
    for await (const line of lines) return line;
    return "";
  }
  process.stderr.write(prompt);
  input.setRawMode(true);
  input.resume();
  input.setEncoding("utf8");
  try {
    return await new Promise<string>((resolve, reject) => {
      let typed = "";
      input.on("data", (chunk: string) => {
        for (const char of chunk) {
          if (char === "\r" || char === "\n") return resolve(typed);
          if (char === "\u0003") return reject(new Error("cancelled"));
          typed = char === "\u007f" || char === "\b" ? typed.slice(0, -1) : typed + char;
        }
      });
    });
  } finally {
    input.setRawMode(false);
    input.pause();
    input.removeAllListeners("data");
    process.stderr.write("\n");
  }
}
