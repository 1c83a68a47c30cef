import { a1111Reader } from "./a1111";
import { comfyUiReader } from "./comfyui";
import { drawThingsReader } from "./draw-things";
import { easyDiffusionReader } from "./easy-diffusion";
import { fooocusReader } from "./fooocus";
import type { GenerationReader, MetadataEntries } from "./generation-reader";
import { invokeAiReader } from "./invokeai";
import { novelAiReader } from "./novelai";
import { swarmUiReader } from "./swarmui";

/**
 * Every tool's reader, in the order they are asked. Each claims only its own signature, so the order matters only
 * where one image carries two: Fooocus before A1111 (both write "parameters"; Fooocus adds "fooocus_scheme"), and
 * A1111 before ComfyUI (nodes that write A1111 text keep the graph too), as before.
 */
export const GENERATION_READERS: readonly GenerationReader[] = [
  fooocusReader, swarmUiReader, a1111Reader, invokeAiReader, easyDiffusionReader, drawThingsReader, comfyUiReader, novelAiReader,
];

/** The first reader that claims the entries, or undefined when none does. */
export function findGenerationReader(entries: MetadataEntries): GenerationReader | undefined {
  return GENERATION_READERS.find((reader) => reader.claims(entries));
}
