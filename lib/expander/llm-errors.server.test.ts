import { afterEach, describe, expect, it } from "vitest";
import { startRawServer } from "@/tests/support/raw-http-server";
import type { LlmConfig } from "./llm-config";
import { streamChat } from "./llm.server";

// What an LLM server's error may put in front of the user: its parsed error.message or the status, never its raw body
// and never the key.
const KEY = "sk-echoed-secret-key-4242";
const schema = { name: "x", strict: true as const, schema: {} };
let server: Awaited<ReturnType<typeof startRawServer>> | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function failureOf(status: number, type: string, body: string): Promise<Error> {
  server = await startRawServer({ status, type, body });
  const config: LlmConfig = { baseURL: `${server.url}/v1`, apiKey: KEY, model: "m", timeoutMs: 2000 };
  return streamChat(config, [{ role: "user", content: "x" }], schema).then(() => expect.unreachable(), (e: Error) => e);
}

describe("LLM errors say no more than they must", () => {
  it("reports a non-JSON error page by its status only", async () => {
    const error = await failureOf(500, "text/html", "<html><h1>Internal admin console</h1>db password: hunter2</html>");
    expect(error.message).toContain("HTTP 500");
    expect(error.message).not.toMatch(/admin|hunter2|<html/);
  });

  it("reports the parsed error.message, shortened, with the key blanked out", async () => {
    const echo = await failureOf(403, "application/json", JSON.stringify({ error: { message: `Key ${KEY} is not allowed here` } }));
    expect(echo.message).toContain("(403): Key [key] is not allowed here");
    expect(echo.message).not.toContain(KEY);
    const long = await failureOf(502, "application/json", JSON.stringify({ error: { message: "y".repeat(5000) } }));
    expect(long.message.length).toBeLessThan(400);
  });

  it("calls only http:// and https:// addresses", async () => {
    for (const baseURL of ["file:///etc/passwd", "ftp://127.0.0.1/v1", "gopher://x"]) {
      const error = await streamChat({ baseURL, apiKey: KEY, model: "m", timeoutMs: 500 }, [{ role: "user", content: "x" }], schema).catch((e: Error) => e);
      expect((error as Error).message).toMatch(/must start with http:\/\/ or https:\/\//);
    }
  });
});
