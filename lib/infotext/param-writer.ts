import type { InfotextParams } from "./parse-infotext";

/**
 * Builds InfotextParams from a tool's metadata: values become text (numbers and booleans as written, arrays and
 * objects as compact JSON); null, undefined, "", Python's "None" and empty arrays and objects are left out. Keys go in with defineProperty, so
 * a key like "__proto__" from a file stays a plain key.
 * @example const w = new ParamWriter(); w.set("Steps", 20); w.params // { Steps: "20" }
 */
export class ParamWriter {
  readonly params: InfotextParams = {};

  /** Sets `key` to `value` as text, unless the value is empty. */
  set(key: string, value: unknown): void {
    const text = paramText(value);
    if (text !== undefined) Object.defineProperty(this.params, key, { value: text, enumerable: true, writable: true, configurable: true });
  }

  /** Sets "Size-1" and "Size-2" as A1111 splits "Size: 512x768", when both are there. */
  setSize(width: unknown, height: unknown): void {
    if (paramText(width) === undefined || paramText(height) === undefined) return;
    this.set("Size-1", width);
    this.set("Size-2", height);
  }

  /** Copies every entry of `source` whose key is not in `used`, under the tool's own name. */
  keepOthers(source: Record<string, unknown>, used: readonly string[]): void {
    for (const [key, value] of Object.entries(source)) if (!used.includes(key)) this.set(key, value);
  }
}

/** A metadata value as parameter text, or undefined for null, undefined, "", "None", [] and {}. */
export function paramText(value: unknown): string | undefined {
  if (value === null || value === undefined || value === "" || value === "None") return undefined;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  const json = JSON.stringify(value);
  return json === undefined || json === "[]" || json === "{}" ? undefined : json;
}

/**
 * A model's name as A1111 writes it: the file name without folders and without a weights extension.
 * @example modelName("SDXL/juggernautXL_v9.safetensors") // "juggernautXL_v9"
 */
export function modelName(path: string): string {
  return path.replace(/^.*[\\/]/, "").replace(/\.(safetensors|ckpt|pt|pth|bin|gguf|sft)$/i, "");
}
