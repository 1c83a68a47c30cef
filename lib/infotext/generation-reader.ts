import type { GenerationData, GenerationSource } from "./generation-data";

/**
 * An image's text metadata: PNG text chunks (keyword → text); for JPEG and WebP, "parameters" (EXIF UserComment),
 * "comment" and XMP under "XML:com.adobe.xmp".
 */
export type MetadataEntries = Record<string, string>;

/** One tool's reader: it claims entries only on that tool's own signature, then reads them. */
export interface GenerationReader {
  source: GenerationSource;
  /** Whether the entries carry this tool's signature (a key or value only that tool writes). */
  claims(entries: MetadataEntries): boolean;
  /** Reads claimed entries; throws AppError("invalid_input") when they are damaged. */
  read(entries: MetadataEntries): GenerationData;
}
