import http from "node:http";
import type { AddressInfo } from "node:net";

/** A server on 127.0.0.1 that answers every request with this status, content type and body (an outbound call's worst case). */
export async function startRawServer(answer: { status: number; type: string; body: string }) {
  const server = http.createServer((req, res) => {
    req.resume();
    req.on("end", () => res.writeHead(answer.status, { "content-type": answer.type }).end(answer.body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
