import net from "node:net";

/**
 * Answers on [::1]:port by forwarding each connection to 127.0.0.1:port, so that `localhost` works whichever address
 * the system resolves it to, without listening anywhere but loopback. Quietly does nothing where IPv6 is missing.
 */
export function forwardIpv6Loopback(port) {
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(port), "127.0.0.1");
    const close = () => { client.destroy(); upstream.destroy(); };
    client.on("error", close);
    upstream.on("error", close);
    client.pipe(upstream).pipe(client);
  });
  server.on("error", () => server.close());
  server.listen({ host: "::1", port: Number(port), ipv6Only: true });
  return server;
}
