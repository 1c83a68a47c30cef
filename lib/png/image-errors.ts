import { AppError } from "../errors";

/** Why an image could not be read, or text not written (`invalid_text`); found in the AppError's `details.reason`. */
export type ImageErrorReason = "truncated" | "damaged" | "too_large" | "not_an_image" | "invalid_text";

/**
 * The one kind of error the image readers throw: AppError `invalid_input` (HTTP 400) with a message in English and
 * Chinese, and `details: { reason }` so a caller can tell a cut file from a damaged or oversized one.
 */
export function createImageError(reason: ImageErrorReason, message: string, messageZh: string): AppError {
  return new AppError("invalid_input", message, messageZh, { reason });
}

/** The error for a file that ends before its metadata (or its header) could be read. */
export function createTruncatedImageError(): AppError {
  return createImageError(
    "truncated",
    "The image is truncated: the file ends before its metadata could be read. Please upload the complete file.",
    "图片文件不完整：文件在读取到元数据之前就结束了。请上传完整的文件。",
  );
}
