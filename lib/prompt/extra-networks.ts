import { PY_WORD } from "./python-compat";

/** An extra-network tag such as `<lora:name:0.8>`: its kind and its colon-separated arguments. */
export interface ExtraNetwork {
  name: string;
  args: string[];
  start: number;
  end: number;
}

const EXTRA_NETWORK = new RegExp(`<(${PY_WORD}+):([^>]+)>`, "gu");

/**
 * Removes extra-network tags the way A1111 does before encoding, and lists them.
 * @example stripExtraNetworks("a, <lora:x:0.8>, b") // { text: "a, , b", networks: [{ name: "lora", args: ["x","0.8"], ... }] }
 */
export function stripExtraNetworks(prompt: string): { text: string; networks: ExtraNetwork[] } {
  const networks: ExtraNetwork[] = [];
  if (!prompt.includes("<")) return { text: prompt, networks };
  const text = prompt.replace(EXTRA_NETWORK, (whole, name: string, args: string, offset: number) => {
    networks.push({ name, args: args.split(":"), start: offset, end: offset + whole.length });
    return "";
  });
  return { text, networks };
}

const WHOLE_NETWORK = new RegExp(`^<(${PY_WORD}+):([^<>]+)>$`, "u");
const round = (value: number) => Math.round(value * 100) / 100;

/**
 * The multiplier A1111 applies for a tag that is one extra network: its `te=` argument, else its second argument,
 * else 1 (A1111's default multiplier); null when `body` is not a single network tag.
 * @example networkMultiplier("<lora:foo:0.8>") // 0.8
 */
export function networkMultiplier(body: string): number | null {
  const match = WHOLE_NETWORK.exec(body.trim());
  if (!match) return null;
  const args = match[2].split(":");
  const named = args.find((a) => /^\s*te\s*=/.test(a));
  const positional = args.filter((a) => !a.includes("="));
  const value = Number.parseFloat(named ? named.split("=")[1] : (positional[1] ?? "1"));
  return Number.isFinite(value) ? value : 1;
}

/**
 * Rewrites a network tag with a new multiplier (where networkMultiplier reads it; appended when absent); null when
 * `body` is not a single network tag.
 * @example setNetworkMultiplier("<lora:foo:0.8>", 0.9) // "<lora:foo:0.9>"
 */
export function setNetworkMultiplier(body: string, weight: number): string | null {
  const match = WHOLE_NETWORK.exec(body.trim());
  if (!match) return null;
  const value = String(round(weight));
  const args = match[2].split(":");
  const named = args.findIndex((a) => /^\s*te\s*=/.test(a));
  if (named !== -1) args[named] = args[named].replace(/=.*/s, `=${value}`);
  else {
    const slots = args.flatMap((a, i) => (a.includes("=") ? [] : [i]));
    if (slots.length > 1) args[slots[1]] = value;
    else args.splice((slots[0] ?? -1) + 1, 0, value);
  }
  return `<${match[1]}:${args.join(":")}>`;
}
