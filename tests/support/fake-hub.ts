import { createHash } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

export interface FakeHubOptions {
  /** The repository id served, e.g. "test/tiny-sd". */
  repo: string;
  /** The folder whose files the repository holds. */
  folder: string;
  /** Serve this file with one byte changed (the listing keeps the right hash). */
  corrupt?: string;
  /** End the first download of `path` after `bytes` bytes by dropping the connection. */
  dropAfter?: { path: string; bytes: number };
  /** Answer /resolve/ with a redirect to /cdn/, as the real hub does. */
  redirect?: boolean;
}

/** A request the fake hub saw: its path and its Range header. */
export interface FakeHubRequest {
  url: string;
  range?: string;
}

/**
 * A server on 127.0.0.1 speaking the Hugging Face hub's model API: `/api/models/<repo>?blobs=true` lists the folder's
 * files (sizes; sha256 for .onnx files, stored in LFS on the real hub) and `/<repo>/resolve/main/<path>` serves bytes,
 * honouring Range requests.
 */
export async function startFakeHub(options: FakeHubOptions) {
  const requests: FakeHubRequest[] = [];
  const files = fs.readdirSync(options.folder, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())
    .map((e) => path.relative(options.folder, path.join(e.parentPath, e.name)).split(path.sep).join("/")).sort();
  const bytesOf = (file: string) => fs.readFileSync(path.join(options.folder, file));
  let dropped = false;
  const siblings = files.map((rfilename) => {
    const bytes = bytesOf(rfilename);
    const lfs = rfilename.endsWith(".onnx") ? { sha256: createHash("sha256").update(bytes).digest("hex"), size: bytes.length, pointerSize: 134 } : undefined;
    return { rfilename, size: bytes.length, blobId: "0".repeat(40), ...(lfs ? { lfs } : {}) };
  });
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    requests.push({ url: url.pathname + url.search, range: req.headers.range });
    if (url.pathname === `/api/models/${options.repo}`) return void res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ id: options.repo, siblings }));
    const resolve = `/${options.repo}/resolve/main/`;
    if (options.redirect && url.pathname.startsWith(resolve)) {
      return void res.writeHead(302, { location: `/cdn/${url.pathname.slice(resolve.length)}` }).end();
    }
    const prefix = options.redirect ? "/cdn/" : resolve;
    const file = url.pathname.startsWith(prefix) ? decodeURIComponent(url.pathname.slice(prefix.length)) : null;
    if (!file || !files.includes(file)) return void res.writeHead(404).end("not found");
    let bytes = bytesOf(file);
    if (file === options.corrupt) (bytes = Buffer.from(bytes))[bytes.length >> 1] ^= 0xff;
    const range = /^bytes=(\d+)-$/.exec(req.headers.range ?? "");
    const start = range ? Number(range[1]) : 0;
    if (start >= bytes.length && range) return void res.writeHead(416, { "content-range": `bytes */${bytes.length}` }).end();
    const body = bytes.subarray(start);
    const headers = { "content-length": String(body.length), "accept-ranges": "bytes", ...(range ? { "content-range": `bytes ${start}-${bytes.length - 1}/${bytes.length}` } : {}) };
    res.writeHead(range ? 206 : 200, headers);
    if (options.dropAfter?.path === file && !dropped) {
      dropped = true;
      res.write(body.subarray(0, options.dropAfter.bytes), () => setTimeout(() => res.destroy(), 20));
      return;
    }
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
