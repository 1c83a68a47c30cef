// Test-only: a render backend that reports every step (with a preview) and can be held mid-render, failed or watched.
import type { RenderBackend, RenderRequest } from "@/lib/render/render-types";
import { makePng } from "./test-images";

/** A fake backend: `hold` keeps renders waiting after their first step until released or aborted; `fail` throws instead. */
export interface FakeRenderBackend extends RenderBackend {
  started: RenderRequest[];
  aborted: number;
  hold: boolean;
  release(): void;
  fail?: Error;
}

export const FAKE_PREVIEW = makePng(2, 2, [200, 100, 50]);

export function fakeRenderBackend(stepMs = 5): FakeRenderBackend {
  let releasing: () => void = () => {};
  let released = Promise.resolve();
  const fake: FakeRenderBackend = {
    id: "onnx",
    started: [],
    aborted: 0,
    hold: false,
    release: () => releasing(),
    async render(request, { onProgress, signal }) {
      fake.started.push(request);
      signal.addEventListener("abort", () => (fake.aborted += 1), { once: true });
      const abortable = <T>(promise: Promise<T>) => new Promise<T>((resolve, reject) => {
        if (signal.aborted) return reject(signal.reason);
        const stop = () => reject(signal.reason);
        signal.addEventListener("abort", stop, { once: true });
        promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", stop));
      });
      if (fake.hold) released = new Promise((resolve) => (releasing = resolve));
      for (let step = 1; step <= request.steps; step++) {
        await abortable(new Promise((resolve) => setTimeout(resolve, stepMs)));
        onProgress({ step, steps: request.steps, image: 1, images: 1, etaSeconds: null, preview: FAKE_PREVIEW });
        if (step === 1 && fake.hold) await abortable(released);
        if (fake.fail) throw fake.fail;
      }
      const seed = Math.max(0, request.seed);
      const infotext = `${request.prompt}\nSteps: ${request.steps}, Seed: ${seed}`;
      return { seed, images: [{ png: makePng(4, 4, [seed % 256, 0, 0], { parameters: infotext }), seed, infotext }] };
    },
  };
  return fake;
}
