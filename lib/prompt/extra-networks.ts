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
  const text = prompt.replace(EXTRA_NETWORK, (whole, name: string, args: string, offset: number) => {
    networks.push({ name, args: args.split(":"), start: offset, end: offset + whole.length });
    return "";
  });
  return { text, networks };
}
