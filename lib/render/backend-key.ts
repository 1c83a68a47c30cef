/**
 * The one key of the server a lane stands for, however its URL is spelled: "kind URL" lanes become "host:port" with
 * the host as the URL standard writes it (127.1 → 127.0.0.1, upper case → lower case), every loopback name
 * (localhost, 127.x.x.x, ::1, 0.0.0.0) as "loopback", the scheme's default port filled in, and path, query,
 * fragment and credentials dropped. Lanes that name no URL ("onnx") are kept as they are.
 * @example backendKey("a1111 http://LOCALHOST:7860/?x=1") // "loopback:7860"
 * @example backendKey("comfyui http://127.1:7860") // "loopback:7860"
 */
export function backendKey(lane: string): string {
  const spelled = lane.slice(lane.indexOf(" ") + 1).trim();
  let url: URL;
  try {
    url = new URL(spelled);
  } catch {
    return lane;
  }
  const port = url.port || DEFAULT_PORTS[url.protocol];
  if (!url.hostname || !port) return lane;
  const host = url.hostname.replace(/\.$/, "");
  return `${isLoopback(host) ? "loopback" : host}:${port}`;
}

const DEFAULT_PORTS: Record<string, string | undefined> = { "http:": "80", "https:": "443", "ws:": "80", "wss:": "443" };

function isLoopback(h: string): boolean {
  return h === "localhost" || h.endsWith(".localhost") || /^127\.\d+\.\d+\.\d+$/.test(h) || h === "0.0.0.0"
    || h === "[::1]" || h === "[::]" || /^\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\]$/.test(h) || h === "[::ffff:0:0]";
}
