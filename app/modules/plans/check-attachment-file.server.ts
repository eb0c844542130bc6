import { createHash } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import {
  type AttachmentFormat,
  attachmentFormats,
  extensionOf,
  isAttachmentFormat,
  maxAttachmentBytes,
  sanitiseFileName,
} from "./attachment-rules.ts";

export type AttachmentFileError =
  | "attachments.errors.noFile"
  | "attachments.errors.tooLarge"
  | "attachments.errors.fileType"
  | "attachments.errors.extension"
  | "attachments.errors.fileName";

export type CheckedAttachmentFile = {
  fileName: string;
  format: AttachmentFormat;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  bytes: Uint8Array;
};

/**
 * Decides what an uploaded file is from its bytes (file-type: magic numbers, and for ZIP containers the
 * entries — `[Content_Types].xml` with `word/` or `xl/` parts for DOCX and XLSX, the `mimetype` entry for
 * ODT). Neither the browser's Content-Type nor the name decides; the name's extension must agree with
 * the content. Anything but PDF, DOCX, XLSX and ODT is refused: a renamed program, a plain ZIP, a
 * macro-enabled DOCM.
 */
export async function checkAttachmentFile({
  name,
  bytes,
}: {
  name: string;
  bytes: Uint8Array;
}): Promise<{ ok: true; file: CheckedAttachmentFile } | { ok: false; error: AttachmentFileError }> {
  if (bytes.byteLength === 0) return { ok: false, error: "attachments.errors.noFile" };
  if (bytes.byteLength > maxAttachmentBytes) return { ok: false, error: "attachments.errors.tooLarge" };
  const detected = await detectFormat(bytes);
  if (!detected) return { ok: false, error: "attachments.errors.fileType" };
  const fileName = sanitiseFileName(name);
  if (!fileName) return { ok: false, error: "attachments.errors.fileName" };
  if (extensionOf(fileName) !== detected) return { ok: false, error: "attachments.errors.extension" };
  return {
    ok: true,
    file: {
      fileName,
      format: detected,
      mediaType: attachmentFormats[detected].mediaType,
      sizeBytes: bytes.byteLength,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      bytes,
    },
  };
}

/** One of the allowed formats as found in the content, or null for anything else. */
export async function detectFormat(bytes: Uint8Array): Promise<AttachmentFormat | null> {
  let found: Awaited<ReturnType<typeof fileTypeFromBuffer>>;
  try {
    found = await fileTypeFromBuffer(bytes);
  } catch {
    // A damaged container is not a document we can vouch for.
    return null;
  }
  if (!found || !isAttachmentFormat(found.ext)) return null;
  // The extension file-type reports and the media type must both be the allowed pair.
  return attachmentFormats[found.ext].mediaType === found.mime ? found.ext : null;
}
