import { AppError } from "@/lib/errors";
import { rawRoute } from "@/lib/http/json-route";
import { guarded } from "@/lib/security/guard-route";
import { readBodyLimited } from "@/lib/http/read-body";
import { readImageGenerationDataWithPixels } from "@/lib/infotext/read-image.server";

const MAX_UPLOAD = 50 * 1024 * 1024;
// Room for the multipart boundary and part headers around the file itself.
const MULTIPART_OVERHEAD = 64 * 1024;
const tooLarge = () => new AppError("payload_too_large", "The image is larger than 50 MB.", "图片超过 50 MB。");

/**
 * POST /api/pnginfo with the image bytes as the body (or a multipart "file") → {source, prompt, negative, params}, plus
 * `hiddenIn` for stealth PNG info.
 */
export const POST = guarded(rawRoute(async (request) => {
  const type = request.headers.get("content-type") ?? "";
  let bytes: Uint8Array;
  if (type.startsWith("multipart/form-data")) {
    // Counted as it arrives, then parsed from memory: formData() on the request itself reads any size first.
    const body = await readBodyLimited(request, MAX_UPLOAD + MULTIPART_OVERHEAD, tooLarge);
    const form = await new Response(body, { headers: { "content-type": type } }).formData().catch(() => null);
    const file = form?.get("file");
    if (!(file instanceof Blob)) throw new AppError("invalid_input", 'Upload the image as the form field "file".', "请以表单字段 file 上传图片。");
    if (file.size > MAX_UPLOAD) throw tooLarge();
    bytes = new Uint8Array(await file.arrayBuffer());
  } else bytes = await readBodyLimited(request, MAX_UPLOAD, tooLarge);
  if (bytes.length === 0) throw new AppError("invalid_input", "The upload is empty.", "上传的文件是空的。");
  return Response.json(await readImageGenerationDataWithPixels(bytes));
}));
