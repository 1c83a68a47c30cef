import { AppError } from "@/lib/errors";
import { rawRoute } from "@/lib/http/json-route";
import { guarded } from "@/lib/security/guard-route";
import { readBodyLimited } from "@/lib/http/read-body";
import { tagImage } from "@/lib/tagger/tag-image.server";
import { MAX_TAG_IMAGE_BYTES, tagImageFieldsSchema } from "./schema";

// Room for the multipart boundary, the part headers and the small fields around the file itself.
const MULTIPART_OVERHEAD = 64 * 1024;
const tooLarge = () => new AppError("payload_too_large", "The image is larger than 20 MB.", "图片超过 20 MB。");

/**
 * POST /api/tag-image, multipart: "file" (the image) and optional "mode" (tagger | clip), "model" (a registered id),
 * "threshold" and "characterThreshold" (0–1) → {mode, model, tags: [{tag, name, zh, score, kind}], ratings, hiddenExplicit}.
 */
export const POST = guarded(rawRoute(async (request) => {
  const type = request.headers.get("content-type") ?? "";
  if (!type.startsWith("multipart/form-data")) throw new AppError("invalid_input", 'Upload the image as multipart form data (field "file").', "请以 multipart 表单上传图片（字段 file）。");
  // Counted as it arrives, then parsed from memory: formData() on the request itself reads any size first.
  const body = await readBodyLimited(request, MAX_TAG_IMAGE_BYTES + MULTIPART_OVERHEAD, tooLarge);
  const form = await new Response(body, { headers: { "content-type": type } }).formData().catch(() => null);
  const file = form?.get("file");
  if (!form || !(file instanceof Blob)) throw new AppError("invalid_input", 'Upload the image as the form field "file".', "请以表单字段 file 上传图片。");
  if (file.size > MAX_TAG_IMAGE_BYTES) throw tooLarge();
  if (file.size === 0) throw new AppError("invalid_input", "The upload is empty.", "上传的文件是空的。");
  const fields = tagImageFieldsSchema.safeParse(Object.fromEntries([...form.entries()].filter(([key]) => key !== "file")));
  if (!fields.success) {
    const summary = fields.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new AppError("invalid_input", `Invalid request: ${summary}`, `请求无效：${summary}`);
  }
  const { mode, model, threshold, characterThreshold } = fields.data;
  const result = await tagImage(new Uint8Array(await file.arrayBuffer()), { mode, model: model ?? null, thresholds: { general: threshold, character: characterThreshold } });
  return Response.json(result);
}));
