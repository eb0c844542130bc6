import { type CheckedAttachmentFile, checkAttachmentFile } from "../plans/index.server.ts";
import {
  maxPresentationAttachments,
  maxPresentationFileBytes,
  maxPresentationFilesTotalBytes,
} from "./rules.ts";

/** A file as the form gave it: the browser's name and the bytes. */
export type UploadedFile = { name: string; bytes: Uint8Array };

/**
 * Checks a presentation's files with the plans' content check (PDF, DOCX, XLSX, ODT, the extension
 * agreeing with the content) and this module's limits: how many, each one's size and their sum. The
 * same file twice is kept once. The first problem is the answer.
 */
export async function checkPresentationFiles(
  files: UploadedFile[],
): Promise<{ ok: true; files: CheckedAttachmentFile[] } | { ok: false; error: string }> {
  if (files.length > maxPresentationAttachments)
    return { ok: false, error: "presentations.errors.tooManyFiles" };
  let total = 0;
  const accepted: CheckedAttachmentFile[] = [];
  for (const file of files) {
    if (file.bytes.byteLength > maxPresentationFileBytes)
      return { ok: false, error: "presentations.errors.fileTooLarge" };
    total += file.bytes.byteLength;
    if (total > maxPresentationFilesTotalBytes)
      return { ok: false, error: "presentations.errors.filesTooLarge" };
    const checked = await checkAttachmentFile(file);
    if (!checked.ok) return { ok: false, error: checked.error };
    if (!accepted.some((other) => other.sha256 === checked.file.sha256)) accepted.push(checked.file);
  }
  return { ok: true, files: accepted };
}
