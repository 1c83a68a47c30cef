import { AppError } from "@/lib/errors";
import { rawRoute } from "@/lib/http/json-route";
import { readImageGenerationData } from "@/lib/infotext/read-image.server";
import { concatBytes } from "@/lib/png/concat-bytes";

const MAX_UPLOAD = 50 * 1024 * 1024;
const tooLarge = () => new AppError("payload_too_large", "The image is larger than 50 MB.", "图片超过 50 MB。");

/** POST /api/pnginfo with the image bytes as the body (or a multipart "file") → {source, prompt, negative, params}. */
export const POST = rawRoute(async (request) => {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_UPLOAD) throw tooLarge();
  const type = request.headers.get("content-type") ?? "";
  let bytes: Uint8Array;
  if (type.startsWith("multipart/form-data")) {
    const file = (await request.formData()).get("file");
    if (!(file instanceof Blob)) throw new AppError("invalid_input", 'Upload the image as the form field "file".', "请以表单字段 file 上传图片。");
    if (file.size > MAX_UPLOAD) throw tooLarge();
    bytes = new Uint8Array(await file.arrayBuffer());
  } else bytes = await readLimited(request, MAX_UPLOAD);
  if (bytes.length === 0) throw new AppError("invalid_input", "The upload is empty.", "上传的文件是空的。");
  return Response.json(readImageGenerationData(bytes));
});

// Reads the body but stops at `limit` bytes, so a huge upload without a length header costs no more memory than that.
async function readLimited(request: Request, limit: number): Promise<Uint8Array> {
  const reader = request.body?.getReader();
  if (!reader) return new Uint8Array();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge();
    }
    parts.push(value);
  }
  return concatBytes(...parts);
}
