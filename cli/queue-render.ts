import fs from "node:fs";
import path from "node:path";
import { getPrisma, onPostgres } from "../lib/db/client.server";
import { AppError } from "../lib/errors";
import { RENDER_LIMITS } from "../lib/render/render-limits";
import { isFinalRenderEvent, type RenderEvent } from "../lib/render/render-events";
import type { QueueUser, RenderJobQueue } from "../lib/render/render-job-queue";
import { defaultOutputDir } from "../lib/render/backends/onnx/save-output.server";
import { validateRenderRequest } from "../lib/render/render-request-schema";
import type { RenderRequest } from "../lib/render/render-types";
import { UsageError } from "./command";
import { NEEDS_TEAM_DATABASE } from "./worker-commands";

/** What `render --queue` does: N jobs of one request (seeds seed, seed+1, …), as a user or the team's anonymous allowance. */
export interface QueueRenderOptions {
  request: RenderRequest;
  jobs: number;
  /** The account the jobs belong to (its limits apply); none: the command line's shared allowance. */
  userEmail?: string;
  /** -o: a folder (existing, or ending in /), a pattern with {seed}, {job} or {n}, or a file name (-{seed} added for several). */
  out?: string;
  queue: RenderJobQueue;
  /** Where each finished job's JSON line goes. */
  write: (line: string) => void;
}

/** One line per finished job, in the order they finish. */
export interface QueueRenderLine {
  job: string;
  worker: string | null;
  seed: number;
  file?: string;
  files?: string[];
  error?: { code: string; message: string };
}

/**
 * Submits the jobs through the team queue (when the user's line is full, the next waits for one of its own to
 * finish), follows each to its end, writes its PNGs (with their infotext, as the worker made them) and one JSON line.
 * Answers how many ended failed (or cancelled).
 */
export async function renderThroughQueue(options: QueueRenderOptions): Promise<{ done: number; failed: number }> {
  if (!onPostgres()) throw new UsageError(`render --queue: ${NEEDS_TEAM_DATABASE}`);
  const request = validateRenderRequest(options.request);
  const user = options.userEmail === undefined ? null : await findUser(options.userEmail);
  const base = request.seed >= 0 ? request.seed : Math.floor(Math.random() * RENDER_LIMITS.maxSeed);
  const seedOf = (n: number) => (base + n) % (RENDER_LIMITS.maxSeed + 1);
  const finishing = new Set<Promise<void>>();
  const tally = { done: 0, failed: 0 };
  // A job whose images could not be written: the first such error ends the run once the jobs under way have ended.
  let followError: unknown = null;
  const out = options.out ?? `${defaultOutputDir()}${path.sep}`;
  for (let n = 0; n < options.jobs && followError === null; n++) {
    for (;;) {
      try {
        const { jobId } = await options.queue.submit({ ...request, seed: seedOf(n) }, user);
        const follow: Promise<void> = followJob(options, out, jobId, n, seedOf(n), tally)
          .catch((error: unknown) => void (followError ??= error))
          .finally(() => finishing.delete(follow));
        finishing.add(follow);
        break;
      } catch (error) {
        if (error instanceof AppError && error.code === "busy" && finishing.size > 0) {
          await Promise.race(finishing);
          continue;
        }
        // Refused (over the hourly limit, say): the jobs already queued still finish and write their images first.
        await Promise.all(finishing);
        throw error;
      }
    }
  }
  await Promise.all(finishing);
  if (followError !== null) throw followError;
  return tally;
}

async function findUser(email: string): Promise<QueueUser> {
  const row = await getPrisma().user.findUnique({ where: { email: email.trim().toLowerCase() } });
  if (!row || row.disabled) throw new UsageError(`--user: no active account ${email} (see: promptstudio users list)`);
  return { id: row.id, role: row.role === "admin" ? "admin" : "member", maxWaitingJobs: row.maxWaitingJobs, imagesPerHour: row.imagesPerHour };
}

async function followJob(options: QueueRenderOptions, out: string, jobId: string, n: number, seed: number, tally: { done: number; failed: number }): Promise<void> {
  const last = await new Promise<RenderEvent>((resolve) => {
    const stop = options.queue.subscribe(jobId, (event) => {
      if (!isFinalRenderEvent(event)) return;
      queueMicrotask(() => stop());
      resolve(event);
    });
  });
  const { worker = null } = await options.queue.status(jobId);
  if (last.type !== "done") {
    tally.failed += 1;
    const error = last.type === "error" ? { code: last.error.code, message: last.error.message } : undefined;
    options.write(JSON.stringify({ job: jobId, worker, seed, error } satisfies QueueRenderLine));
    return;
  }
  const files: string[] = [];
  for (const { index } of last.images) {
    const image = await options.queue.image(jobId, index);
    const file = outputFile(out, { job: jobId, n: n + 1, seed: image.seed }, { images: options.jobs * last.images.length, perJob: last.images.length });
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, image.png);
    files.push(file);
  }
  tally.done += 1;
  options.write(JSON.stringify({ job: jobId, worker, seed: last.seed, file: files[0], ...(files.length > 1 ? { files } : {}) } satisfies QueueRenderLine));
}

/**
 * Where an image goes: into a folder as render-{seed}.png, through a {seed}/{job}/{n} pattern (n: the job's number
 * from 1), or as the -o name itself (with -{seed} before the extension when the run makes several images);
 * renderThroughQueue's default is the outputs folder beside the database (OUTPUTS_DIR), as the direct render's. When a job makes several images, their seeds overlap the next job's: {n}- comes first then.
 * @example outputFile("out/", { job: "j", n: 1, seed: 7 }, { images: 3, perJob: 1 }) // "out/render-7.png"
 * @example outputFile("cat.png", { job: "j", n: 2, seed: 8 }, { images: 4, perJob: 2 }) // "cat-2-8.png"
 */
export function outputFile(out: string, image: { job: string; n: number; seed: number }, count: { images: number; perJob: number }): string {
  const tag = count.perJob > 1 ? `${image.n}-${image.seed}` : String(image.seed);
  if (out.endsWith("/") || out.endsWith(path.sep) || isFolder(out)) return path.join(out, `render-${tag}.png`);
  if (/\{(seed|job|n)\}/.test(out)) return out.replaceAll("{seed}", String(image.seed)).replaceAll("{job}", image.job).replaceAll("{n}", String(image.n));
  if (count.images === 1) return out;
  const ext = path.extname(out) || ".png";
  return path.join(path.dirname(out), `${path.basename(out, path.extname(out))}-${tag}${ext}`);
}

function isFolder(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}
