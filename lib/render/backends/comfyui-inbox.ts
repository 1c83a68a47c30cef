/** A message from ComfyUI's websocket: JSON events, a live preview (binary frame), or the socket closing. */
export type ComfyMessage =
  | { type: string; data: Record<string, unknown> }
  | { type: "preview"; image: Uint8Array }
  | { type: "closed"; code: number };

/**
 * Reads one websocket message: text is a JSON event; binary is a preview image behind ComfyUI's 4-byte event type
 * (1: image type + image; 4: metadata length + JSON metadata + image). Anything else is null.
 * @example readComfyMessage('{"type":"progress","data":{"value":3,"max":20}}') // { type: "progress", data: { value: 3, max: 20 } }
 */
export function readComfyMessage(raw: string | Uint8Array): ComfyMessage | null {
  if (typeof raw === "string") {
    try {
      const parsed = JSON.parse(raw) as { type?: unknown; data?: unknown };
      return typeof parsed.type === "string" ? { type: parsed.type, data: (parsed.data ?? {}) as Record<string, unknown> } : null;
    } catch {
      return null;
    }
  }
  if (raw.length < 8) return null;
  const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  const event = view.getUint32(0);
  if (event === 1) return { type: "preview", image: raw.subarray(8) };
  if (event === 4) return { type: "preview", image: raw.subarray(8 + view.getUint32(4)) };
  return null;
}

/** Messages waiting to be read in order: the websocket pushes, the render loop awaits the next one. */
export class ComfyInbox {
  private readonly items: ComfyMessage[] = [];
  private wake: (() => void) | null = null;

  push(message: ComfyMessage): void {
    this.items.push(message);
    this.wake?.();
  }

  /** The next message; rejects with the signal's reason or a timeout error at `deadline` (epoch ms). */
  async next(signal: AbortSignal, deadline: number, onTimeout: () => Error): Promise<ComfyMessage> {
    for (;;) {
      signal.throwIfAborted();
      const item = this.items.shift();
      if (item) return item;
      if (Date.now() >= deadline) throw onTimeout();
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, Math.max(0, deadline - Date.now()));
        function done() {
          clearTimeout(timer);
          signal.removeEventListener("abort", done);
          resolve();
        }
        this.wake = done;
        signal.addEventListener("abort", done, { once: true });
      });
      this.wake = null;
    }
  }
}
