import fs from "node:fs";
import path from "node:path";
import type { ExternalData } from "./onnx-graph";

// onnx's own writer aligns every tensor to the page size, so onnxruntime may map the file instead of copying it.
const ALIGN = 4096;

/**
 * An ONNX external data file written as the weights are made (they never sit in memory all at once), e.g.
 * unet/model.onnx_data beside unet/model.onnx. Call `close()` when the graph is done.
 */
export class ExternalDataFile implements ExternalData {
  readonly location: string;
  private readonly fd: number;
  private offset = 0;

  constructor(file: string) {
    this.location = path.basename(file);
    this.fd = fs.openSync(file, "w");
  }

  append(bytes: Uint8Array): { offset: number; length: number } {
    const offset = Math.ceil(this.offset / ALIGN) * ALIGN;
    for (let written = 0; written < bytes.byteLength; ) {
      written += fs.writeSync(this.fd, bytes, written, bytes.byteLength - written, offset + written);
    }
    this.offset = offset + bytes.byteLength;
    return { offset, length: bytes.byteLength };
  }

  /** Bytes written so far (with alignment padding). */
  get size(): number {
    return this.offset;
  }

  close(): void {
    fs.closeSync(this.fd);
  }
}
