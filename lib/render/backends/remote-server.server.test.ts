import { afterEach, describe, expect, it } from "vitest";
import { startRawServer } from "@/tests/support/raw-http-server";
import { closedPort } from "@/tests/support/closed-port";
import { createRemoteServer, describeBody } from "./remote-server.server";

let server: Awaited<ReturnType<typeof startRawServer>> | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function failureOf(status: number, type: string, body: string): Promise<Error> {
  server = await startRawServer({ status, type, body });
  return createRemoteServer("AUTOMATIC1111", server.url, 2000).json("/sdapi/v1/txt2img", { body: {} }).then(() => expect.unreachable(), (e: Error) => e);
}

describe("render-server errors say no more than they must", () => {
  it("parses A1111's detail and error, ComfyUI's error.message, FastAPI's validation list", () => {
    const table: Array<[string, string]> = [
      ['{"detail":"Not Found"}', "Not Found"],
      ['{"error":"OutOfMemoryError","detail":"","body":"","errors":"CUDA out of memory"}', "CUDA out of memory"],
      ['{"error":{"type":"prompt_outputs_failed_validation","message":"Prompt outputs failed validation","details":""}}', "Prompt outputs failed validation"],
      ['{"detail":[{"loc":["body","steps"],"msg":"value is not a valid integer"}]}', "value is not a valid integer"],
      ['{"error":"RuntimeError"}', "RuntimeError"],
      ["<html>Internal admin console</html>", ""],
      ['"a JSON string"', ""],
      ['{"message":"other services speak other JSON"}', ""],
    ];
    for (const [body, expected] of table) expect(describeBody(body), body).toBe(expected);
    expect(describeBody(JSON.stringify({ detail: "z".repeat(5000) }))).toHaveLength(201);
  });

  it("reports a reply that is not such JSON by its status code alone (no reading internal services through errors)", async () => {
    const error = await failureOf(404, "text/html", "<html><title>Router admin</title>user=admin</html>");
    expect(error.message).toBe("The AUTOMATIC1111 server at " + server!.url + " answered /sdapi/v1/txt2img with HTTP 404. Start the WebUI with --api.");
    const json = await failureOf(500, "application/json", '{"detail":"CUDA out of memory"}');
    expect(json.message).toContain("HTTP 500: CUDA out of memory");
  });

  it("names only the error code of an unreachable server, and calls only http(s) addresses", async () => {
    const port = await closedPort();
    const error = await createRemoteServer("ComfyUI", `http://127.0.0.1:${port}`, 2000).json("/prompt").then(() => expect.unreachable(), (e: Error) => e);
    expect(error.message).toMatch(/^Cannot reach the ComfyUI server at http:\/\/127\.0\.0\.1:\d+ \(ECONNREFUSED\)\./);
    for (const url of ["file:///etc", "ftp://127.0.0.1"]) {
      const refused = await createRemoteServer("ComfyUI", url, 2000).json("/prompt").then(() => expect.unreachable(), (e: Error) => e);
      expect(refused.message).toMatch(/must start with http:\/\/ or https:\/\//);
    }
  });
});
