import fs from "node:fs";
import path from "node:path";
import { createOnnxBackend } from "../lib/render/backends/onnx/onnx-backend.server";
import type { Device } from "../lib/render/backends/onnx/onnx-session.server";
import { estimateEtaSeconds, renderFraction } from "../lib/render/render-eta";
import { validateRenderRequest } from "../lib/render/render-request-schema";
import type { RenderRequest } from "../lib/render/render-types";
import { optionalNumber, StreamedOutput, UsageError, type Command } from "./command";
import { createProgressBar } from "./model-commands";

const string = (input: Record<string, unknown>, key: string, fallback: string) => {
  const value = input[key] ?? fallback;
  if (typeof value !== "string") throw new UsageError(`expected "${key}" to be a string`);
  return value;
};

/** "512x768" → [512, 768]. */
function parseSize(size: string): [number, number] {
  const m = /^(\d+)\s*[x×*]\s*(\d+)$/i.exec(size.trim());
  if (!m) throw new UsageError(`size must look like 512x512, got "${size}"`);
  return [Number(m[1]), Number(m[2])];
}

/** Builds the render request from the command's input and validates it once, here at the command line's edge. */
function toRequest(input: Record<string, unknown>): RenderRequest {
  return validateRenderRequest(rawRequest(input));
}

function rawRequest(input: Record<string, unknown>): RenderRequest {
  const [width, height] = parseSize(string(input, "size", "512x512"));
  const init = input.init === undefined ? undefined : string(input, "init", "");
  if (init !== undefined && !fs.existsSync(init)) throw new UsageError(`no such file: ${init}`);
  return {
    prompt: string(input, "prompt", ""),
    negative: string(input, "negative", ""),
    sampler: string(input, "sampler", "Euler a") as RenderRequest["sampler"],
    steps: optionalNumber(input, "steps", 20),
    cfgScale: optionalNumber(input, "cfg", 7),
    seed: optionalNumber(input, "seed", -1),
    subseed: input.subseed === undefined ? undefined : optionalNumber(input, "subseed", -1),
    subseedStrength: input.subseedStrength === undefined ? undefined : optionalNumber(input, "subseedStrength", 0),
    width,
    height,
    batchCount: optionalNumber(input, "batchCount", 1),
    batchSize: optionalNumber(input, "batchSize", 1),
    noiseSource: string(input, "source", "nv") as RenderRequest["noiseSource"],
    model: input.model === undefined ? null : string(input, "model", ""),
    img2img: init === undefined ? undefined : {
      image: new Uint8Array(fs.readFileSync(init)),
      resizeMode: string(input, "resizeMode", "just-resize") as "just-resize",
      denoisingStrength: optionalNumber(input, "denoise", 0.75),
    },
  };
}

/** out.png for one image; out-1.png, out-2.png … for several. */
const outputName = (out: string, index: number, count: number) =>
  count === 1 ? out : path.join(path.dirname(out), `${path.basename(out, path.extname(out))}-${index + 1}${path.extname(out) || ".png"}`);

export const renderCommands: Record<string, Command> = {
  render: {
    summary: "render a preview with the built-in ONNX pipeline (PNG with A1111 infotext, also kept under outputs/ beside the database, or OUTPUTS_DIR); with --queue, through team mode's queue and its workers",
    usage:
      'render --prompt "..." [--negative "..."] [--sampler "Euler a"] [--steps 20] [--cfg 7] [--seed -1] [--size 512x512] [--batch-count 1] [--batch-size 1] [--model <id|folder>] [--source nv|cpu] [--subseed S --subseed-strength 0.3] [--init image.png --denoise 0.75 --resize-mode just-resize|crop-and-resize|resize-and-fill] [--device cpu|cuda] [--outputs DIR] -o out.png\n'
      + '      promptstudio render --queue [--jobs N] [--user EMAIL] [the flags above; --model: a registered id] [-o DIR/ | -o "out-{n}-{seed}.png" | -o out.png] --json   (team mode: N jobs with seeds seed, seed+1, …; one JSON line {job, worker, seed, file} per finished job; files default to render-{seed}.png in outputs/ beside the database, or OUTPUTS_DIR)',
    fromArgs: (positional, flags) => {
      const o = positional.indexOf("-o");
      const rest = o >= 0 ? [...positional.slice(0, o), ...positional.slice(o + 2)] : positional;
      return {
        prompt: flags.prompt ?? (rest.length ? rest.join(" ") : undefined), negative: flags.negative, sampler: flags.sampler, steps: flags.steps,
        cfg: flags.cfg, seed: flags.seed, size: flags.size, model: flags.model, source: flags.source, subseed: flags.subseed,
        subseedStrength: flags["subseed-strength"], batchCount: flags["batch-count"], batchSize: flags["batch-size"], init: flags.init,
        denoise: flags.denoise, resizeMode: flags["resize-mode"], device: flags.device, outputs: flags.outputs, out: o >= 0 ? positional[o + 1] : flags.out,
        ...(flags.queue ? { queue: true, jobs: flags.jobs, user: flags.user } : {}),
      };
    },
    run: async (input) => {
      // The queue checks what it is given at its edge; the built-in pipeline, called directly, trusts its caller.
      if (input.queue === true) return renderQueued(rawRequest(input), input);
      const request = toRequest(input);
      const device = string(input, "device", "cpu");
      if (device !== "cpu" && device !== "cuda") throw new UsageError('device must be "cpu" or "cuda"');
      const outputDir = input.outputs === undefined ? undefined : string(input, "outputs", "");
      const backend = createOnnxBackend({ device: device as Device, previews: false, outputDir });
      const bar = createProgressBar();
      const started = Date.now();
      try {
        const result = await backend.render(request, {
          signal: new AbortController().signal,
          onProgress: (p) => {
            const fraction = renderFraction(p);
            const eta = estimateEtaSeconds(Date.now() - started, fraction);
            bar.update(`[${"#".repeat(Math.round(fraction * 30)).padEnd(30, ".")}] step ${p.step}/${p.steps}, batch ${p.image}/${p.images}${eta === null ? "" : `, ${eta} s left`}`, fraction);
          },
        });
        bar.end();
        const out = input.out === undefined ? undefined : string(input, "out", "");
        const images = result.images.map((image, i) => {
          const file = out ? outputName(out, i, result.images.length) : undefined;
          if (file) fs.writeFileSync(file, image.png);
          return { seed: image.seed, file, infotext: image.infotext };
        });
        return { seed: result.seed, images, ...(result.warnings ? { warnings: result.warnings.map((w) => w.message) } : {}) };
      } finally {
        bar.end();
        await backend.unload();
      }
    },
  },
};

// render --queue: the jobs go through the team queue; each finished one prints its line as it ends.
async function renderQueued(request: RenderRequest, input: Record<string, unknown>): Promise<StreamedOutput> {
  const jobs = optionalNumber(input, "jobs", 1);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 1000) throw new UsageError("--jobs must be a whole number from 1 to 1000");
  const { renderThroughQueue } = await import("./queue-render");
  const { TeamRenderQueue } = await import("../lib/render/team-queue/team-queue.server");
  const { closeTeamDb } = await import("../lib/render/team-queue/team-db.server");
  const { getPrisma } = await import("../lib/db/client.server");
  try {
    const { failed } = await renderThroughQueue({
      request, jobs, queue: new TeamRenderQueue(), write: (line) => void process.stdout.write(`${line}\n`),
      userEmail: input.user === undefined ? undefined : string(input, "user", ""),
      out: input.out === undefined ? undefined : string(input, "out", ""),
    });
    return new StreamedOutput(failed > 0 ? 1 : 0);
  } finally {
    await closeTeamDb();
    await getPrisma().$disconnect();
  }
}
