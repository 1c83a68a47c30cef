import { AppError } from "../../errors";
import { parseBackendChoice, type BackendChoice } from "../backend-choice";
import type { RenderRequest } from "../render-types";

/** What a team-mode job carries: the request as validated at the queue's edge, and the backend chosen then. */
export interface JobPayload {
  request: RenderRequest;
  backend: BackendChoice;
}

/**
 * The RenderJob.request column's JSON: the img2img image as base64, everything else as it is.
 * @example encodeJobPayload({ request: { prompt: "a cat", … }, backend: { kind: "onnx" } }) // '{"backend":{"kind":"onnx"},"request":{"prompt":"a cat",…}}'
 */
export function encodeJobPayload({ request, backend }: JobPayload): string {
  const img2img = request.img2img && { ...request.img2img, image: Buffer.from(request.img2img.image).toString("base64") };
  return JSON.stringify({ backend, request: { ...request, img2img } });
}

/**
 * A backend choice as one canonical text (keys sorted): the RenderJob.backend column, compared as it is.
 * @example backendKey({ url: "http://gpu:7860", kind: "a1111" }) // '{"kind":"a1111","url":"http://gpu:7860"}'
 */
export function backendKey(backend: BackendChoice): string {
  return JSON.stringify(backend, Object.keys(backend).sort());
}

/** Reads the column back (the request was validated when it was queued); throws AppError("invalid_input") if it is not one. */
export function decodeJobPayload(json: string): JobPayload {
  let parsed: { backend?: unknown; request?: unknown };
  try {
    parsed = JSON.parse(json) as typeof parsed;
  } catch {
    parsed = {};
  }
  const backend = parseBackendChoice(parsed.backend);
  const request = parsed.request as (Omit<RenderRequest, "img2img"> & { img2img?: { image: string } & Omit<NonNullable<RenderRequest["img2img"]>, "image"> }) | undefined;
  if (!backend || typeof request !== "object" || request === null || typeof request.prompt !== "string") {
    throw new AppError("invalid_input", "This render job's stored request is damaged.", "该渲染任务保存的请求已损坏。");
  }
  const img2img = request.img2img ? { ...request.img2img, image: new Uint8Array(Buffer.from(request.img2img.image, "base64")) } : undefined;
  return { backend, request: { ...request, img2img } };
}

/**
 * How many images a request makes (batch count × batch size): what the hourly limit counts.
 * @example imagesOf({ batchCount: 2, batchSize: 3 }) // 6
 */
export const imagesOf = (request: Pick<RenderRequest, "batchCount" | "batchSize">): number => request.batchCount * request.batchSize;
