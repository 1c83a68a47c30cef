import { parsePromptAttention } from "../prompt/attention";
import { compareVersions, parseVersion, type Version } from "./pep440";

/** Generation parameters under A1111's infotext names; values as A1111 returns them (mostly strings). */
export type InfotextParams = Record<string, string | number | boolean>;

const PARAM = /\s*([\p{L}\p{N}_][\p{L}\p{N}_ \-/]+):\s*("(?:\\.|[^\\"])+"|[^,]*)(?:,|$)/gu;
const IMAGE_SIZE = /^(\p{Nd}+)x(\p{Nd}+)$/u;
const PY_STRIP = /^[\s\x1c-\x1f\x85]+|[\s\x1c-\x1f\x85]+$/g;

const V160 = parseVersion("1.6.0")!;
const V170_TSNR = parseVersion("v1.7.0-225")!;
const V180 = parseVersion("1.8.0")!;
const V180_HR_STYLES = parseVersion("1.8.0-139")!;

const pyStrip = (s: string) => s.replace(PY_STRIP, "");

/** The key-value pairs of an infotext's last line, as A1111's re_param finds them (empty values are skipped). */
export function readParamLine(line: string): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const m of line.matchAll(PARAM)) {
    if (m[0] === "") break;
    pairs.push([m[1], m[2]]);
  }
  return pairs;
}

/**
 * A1111's parse_generation_parameters (v1.10, default settings, no saved styles): prompt, negative prompt and every
 * parameter, with A1111's defaults filled in and "Size: 512x768" split into "Size-1"/"Size-2".
 * @example parseInfotext("a cat\nNegative prompt: dog\nSteps: 20, Sampler: Euler a, Size: 512x768")["Size-2"] // "768"
 */
export function parseInfotext(text: string): InfotextParams {
  const res: InfotextParams = {};
  const lines = pyStrip(text).split("\n");
  let lastline = lines.pop()!;
  if (readParamLine(lastline).length < 3) {
    lines.push(lastline);
    lastline = "";
  }
  let prompt = "";
  let negative = "";
  let doneWithPrompt = false;
  for (const raw of lines) {
    let line = pyStrip(raw);
    if (line.startsWith("Negative prompt:")) {
      doneWithPrompt = true;
      line = pyStrip(line.slice(16));
    }
    if (doneWithPrompt) negative += (negative === "" ? "" : "\n") + line;
    else prompt += (prompt === "" ? "" : "\n") + line;
  }
  for (const [key, raw] of readParamLine(lastline)) {
    if (raw === "") continue; // A1111 fails on v[0] of an empty value and skips the pair.
    const value = raw[0] === '"' && raw[raw.length - 1] === '"' ? unquote(raw) : raw;
    const size = IMAGE_SIZE.exec(value);
    if (size) {
      res[`${key}-1`] = size[1];
      res[`${key}-2`] = size[2];
    } else res[key] = value;
  }
  clearHiresPromptsEqualToMain(res, prompt, negative);
  res["Prompt"] = prompt;
  res["Negative prompt"] = negative;
  fillDefaults(res, prompt, negative);
  return res;
}

function unquote(text: string): string {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "string" ? value : text;
  } catch {
    return text;
  }
}

// A1111 ≥ 1.8.0-139 stores the hires prompts only when they differ from the main ones.
function clearHiresPromptsEqualToMain(res: InfotextParams, prompt: string, negative: string) {
  if (!("Hires prompt" in res) && !("Hires negative prompt" in res)) return;
  const version = typeof res.Version === "string" ? parseA1111Version(res.Version) : null;
  if (version && compareVersions(version, V180_HR_STYLES) <= 0) return;
  const hrPrompt = String(res["Hires prompt"] ?? prompt);
  const hrNegative = String(res["Hires negative prompt"] ?? negative);
  res["Hires prompt"] = hrPrompt === prompt ? "" : hrPrompt;
  res["Hires negative prompt"] = hrNegative === negative ? "" : hrNegative;
}

const DEFAULTS_BEFORE_HIRES_FIX: Array<[string, string | number]> = [
  ["Hires sampler", "Use same sampler"], ["Hires schedule type", "Use same scheduler"], ["Hires checkpoint", "Use same checkpoint"],
  ["Hires prompt", ""], ["Hires negative prompt", ""], ["Mask mode", "Inpaint masked"], ["Masked content", "original"],
  ["Inpaint area", "Whole picture"], ["Masked area padding", 32],
];
const DEFAULTS_AFTER_HIRES_FIX: Array<[string, string | number]> = [
  ["RNG", "GPU"], ["Schedule type", "Automatic"], ["Schedule max sigma", 0], ["Schedule min sigma", 0], ["Schedule rho", 0],
  ["VAE Encoder", "Full"], ["VAE Decoder", "Full"], ["FP8 weight", "Disable"],
];

function fillDefaults(res: InfotextParams, prompt: string, negative: string) {
  res["Clip skip"] ??= "1";
  if (res.Hypernet !== undefined) res["Prompt"] += `<hypernet:${res.Hypernet}:${res["Hypernet strength"] ?? "1.0"}>`;
  if (!("Hires resize-1" in res)) {
    res["Hires resize-1"] = 0;
    res["Hires resize-2"] = 0;
  }
  for (const [k, v] of DEFAULTS_BEFORE_HIRES_FIX) if (!(k in res)) res[k] = v;
  restoreOldHiresFixParams(res);
  for (const [k, v] of DEFAULTS_AFTER_HIRES_FIX) if (!(k in res)) res[k] = v;
  if (!("Cache FP16 weight for LoRA" in res) && res["FP8 weight"] !== "Disable") res["Cache FP16 weight for LoRA"] = false;
  const attention = [...parsePromptAttention(prompt), ...parsePromptAttention(negative)];
  if (!("Emphasis" in res) && attention.some(([t, w]) => w !== 1.0 && t !== "BREAK")) res["Emphasis"] = "Original";
  if (!("Refiner switch by sampling steps" in res)) res["Refiner switch by sampling steps"] = false;
  backcompat(res);
}

// Old infotexts gave "First pass size"; A1111 turns it into the size plus a hires resize.
function restoreOldHiresFixParams(res: InfotextParams) {
  const firstW = res["First pass size-1"];
  const firstH = res["First pass size-2"];
  if (firstW === undefined || firstH === undefined) return;
  let fw = Number.parseInt(String(firstW), 10);
  let fh = Number.parseInt(String(firstH), 10);
  const width = Number.parseInt(String(res["Size-1"] ?? 512), 10);
  const height = Number.parseInt(String(res["Size-2"] ?? 512), 10);
  if (fw === 0 || fh === 0) {
    const scale = Math.sqrt((512 * 512) / (width * height));
    fw = Math.ceil((scale * width) / 64) * 64;
    fh = Math.ceil((scale * height) / 64) * 64;
  }
  res["Size-1"] = fw;
  res["Size-2"] = fh;
  res["Hires resize-1"] = width;
  res["Hires resize-2"] = height;
}

/** A1111's infotext_versions.parse_version: keeps "a-b" of "a-b-c", then PEP 440. */
export function parseA1111Version(text: string): Version | null {
  const m = /^([^-]+-[^-]+)-/.exec(text);
  return parseVersion(m ? m[1] : text);
}

function backcompat(res: InfotextParams) {
  const version = typeof res.Version === "string" ? parseA1111Version(res.Version) : null;
  if (!version) return;
  const before = (v: Version) => compareVersions(version, v) < 0;
  if (before(V160) && String(res["Prompt"] ?? "").includes("[")) res["Old prompt editing timelines"] = true;
  if (before(V160) && (res.Sampler === "DDIM" || res.Sampler === "PLMS")) res["Pad conds v0"] = true;
  if (before(V170_TSNR)) res["Downcast alphas_cumprod"] = true;
  if (before(V180) && res.Refiner) res["Refiner switch by sampling steps"] = true;
}
