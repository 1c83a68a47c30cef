import { addModelFolder } from "../lib/render/backends/onnx/install-model.server";
import { pullModel } from "../lib/models/hub-pull.server";
import { listModels, removeModel } from "../lib/models/model-registry.server";
import { readFolderLayout } from "../lib/models/read-model-folder.server";
import type { RepoLayout } from "../lib/models/repo-layout";
import { addReaderModelFolder } from "../lib/tagger/install-reader-model.server";
import { requireString, UsageError, type Command } from "./command";

const MB = 1024 * 1024;

/**
 * A one-line progress bar on stderr, redrawn in place on a terminal (at most 10 times a second) and written as a
 * line per 10% otherwise (logs, CI).
 * @example formatProgress(512, 1024, "unet/model.onnx") // "[###############...............]  50%  0.0/0.0 MB  unet/model.onnx"
 */
export function formatProgress(done: number, total: number, label: string, width = 30): string {
  const fraction = total > 0 ? Math.min(1, done / total) : 0;
  const filled = Math.round(fraction * width);
  const percent = `${Math.floor(fraction * 100)}%`.padStart(4);
  return `[${"#".repeat(filled)}${".".repeat(width - filled)}] ${percent}  ${(done / MB).toFixed(1)}/${(total / MB).toFixed(1)} MB  ${label}`;
}

/** Draws progress on stderr; `end()` finishes the line. */
export function createProgressBar(stream: NodeJS.WriteStream = process.stderr) {
  let last = 0;
  let lastDecile = -1;
  let drawn = false;
  return {
    update(line: string, fraction: number) {
      if (stream.isTTY) {
        const now = Date.now();
        if (now - last < 100 && fraction < 1) return;
        last = now;
        stream.write(`\r${line}\x1b[K`);
        drawn = true;
      } else if (Math.floor(fraction * 10) > lastDecile) {
        lastDecile = Math.floor(fraction * 10);
        stream.write(`${line}\n`);
      }
    },
    end() {
      if (drawn) stream.write("\n");
      drawn = false;
    },
  };
}

const optionalString = (input: Record<string, unknown>, key: string) => {
  const value = input[key];
  if (value !== undefined && typeof value !== "string") throw new UsageError(`expected "${key}" to be a string`);
  return value as string | undefined;
};

// A tagger or CLIP folder is registered as such; anything else is checked as a Stable Diffusion export.
function addFolder(folder: string, name: string | undefined, layout: RepoLayout | null = readFolderLayout(folder)) {
  if (layout === "tagger" || layout === "clip") return addReaderModelFolder(folder, layout, { name });
  return addModelFolder(folder, { name });
}

async function pull(input: Record<string, unknown>) {
  const repo = requireString(input, "target");
  const bar = createProgressBar();
  try {
    const pulled = await pullModel(repo, {
      endpoint: optionalString(input, "endpoint"),
      revision: optionalString(input, "revision"),
      modelsDir: optionalString(input, "dir"),
      onProgress: (p) => bar.update(formatProgress(p.bytes, p.totalBytes, p.file), p.totalBytes > 0 ? p.bytes / p.totalBytes : 0),
    });
    bar.end();
    const model = await addFolder(pulled.folder, optionalString(input, "name") ?? repo, pulled.layout);
    return { model, downloadedBytes: pulled.downloadedBytes, files: pulled.files.length };
  } finally {
    bar.end();
  }
}

export const modelCommands: Record<string, Command> = {
  models: {
    summary: "install and list ONNX models: Stable Diffusion exports for the built-in renderer, image taggers and CLIP for tag-image",
    usage:
      "models add <folder> [--name NAME] | models list | models remove <id> | models pull <owner/name> [--endpoint URL] [--revision REV] [--dir models] [--name NAME]",
    fromArgs: ([action, target], flags) => ({ action, target, name: flags.name, endpoint: flags.endpoint, revision: flags.revision, dir: flags.dir }),
    run: async (input) => {
      switch (input.action) {
        case "add":
          return { model: await addFolder(requireString(input, "target"), optionalString(input, "name")) };
        case "list":
          return { models: await listModels() };
        case "remove":
          return { removed: await removeModel(requireString(input, "target")) };
        case "pull":
          return pull(input);
        default:
          throw new UsageError('expected "add", "list", "remove" or "pull"');
      }
    },
  },
};
