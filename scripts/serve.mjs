// The production server (`npm start` and the tests' servers run it on a built app): `node scripts/serve.mjs -p PORT
// -H HOST`. It is Next's own request handler (what `next start` serves) behind lib/security/body-gate.server.ts, which
// bounds every request body before Next reads it: Next alone reads any body to its end, however long.
import http from "node:http";
import { parseArgs } from "node:util";
import { register } from "tsx/esm/api";

const { values } = parseArgs({ options: { port: { type: "string", short: "p", default: "3000" }, hostname: { type: "string", short: "H", default: "127.0.0.1" } } });
const port = Number(values.port);
const hostname = values.hostname;
process.env.NODE_ENV = "production";

register();
const { gateBodies } = await import("../lib/security/body-gate.server.ts");
const { default: next } = await import("next");

const app = next({ dev: false, dir: process.cwd(), hostname, port });
await app.prepare();
const handle = app.getRequestHandler();
// As `next start` does: an error that escapes Next's own handling is logged and answered, never left to end the process.
const server = http.createServer(gateBodies(async (request, response) => {
  try {
    await handle(request, response);
  } catch (error) {
    console.error(`[serve] failed to handle ${request.method} ${request.url}`, error);
    if (response.headersSent) response.destroy();
    else {
      response.statusCode = 500;
      response.end("Internal Server Error");
    }
  }
}));
server.on("error", (error) => {
  console.error(`[serve] cannot listen on ${hostname}:${port}: ${error.message}`);
  process.exit(1);
});
server.listen(port, hostname, () => console.log(`[serve] ready on http://${hostname.includes(":") ? `[${hostname}]` : hostname}:${port}`));
