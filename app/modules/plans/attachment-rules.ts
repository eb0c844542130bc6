import { z } from "zod";
import { optionalMultiLineText, optionalSingleLineText } from "../../lib/text-schemas.ts";

// What a plan attachment may be (ADR 017). Shared by the upload form (its hint and the size check the
// browser makes before sending) and the server, which decides from the file's content.

/** Largest file accepted, in bytes (10 MiB). */
export const maxAttachmentBytes = 10 * 1024 * 1024;
/** Most attachments one plan may have. */
export const maxAttachmentsPerPlan = 10;
/**
 * Largest request body the upload route reads (server/http/create-app.ts): room for a file somewhat over
 * the limit, so that it gets the form's own translated error instead of a bare 413.
 */
export const maxAttachmentRequestBytes = 2 * maxAttachmentBytes;

/** The allowed formats by file extension: the extension must agree with the type found in the content. */
export const attachmentFormats = {
  pdf: { mediaType: "application/pdf", label: "PDF" },
  docx: {
    mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    label: "DOCX",
  },
  xlsx: { mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", label: "XLSX" },
  odt: { mediaType: "application/vnd.oasis.opendocument.text", label: "ODT" },
} as const;
export type AttachmentFormat = keyof typeof attachmentFormats;
export const attachmentLanguages = ["fi", "sv", "en"] as const;

export function isAttachmentFormat(value: string): value is AttachmentFormat {
  return Object.hasOwn(attachmentFormats, value);
}

/** The label (PDF, DOCX, XLSX, ODT) of a stored media type, or the media type itself. */
export function formatLabel(mediaType: string): string {
  return (
    Object.values(attachmentFormats).find((format) => format.mediaType === mediaType)?.label ?? mediaType
  );
}

/** What the `accept` attribute of the file input lists. */
export const attachmentAccept = Object.entries(attachmentFormats)
  .flatMap(([extension, format]) => [`.${extension}`, format.mediaType])
  .join(",");

/** The text fields of the upload form; the file itself is checked from its bytes. */
export const attachmentFieldsSchema = z.object({
  title: optionalSingleLineText(200),
  description: optionalMultiLineText(1000),
  language: z.enum(attachmentLanguages, { message: "validation.invalid" }).default("fi"),
});
export type AttachmentFields = z.infer<typeof attachmentFieldsSchema>;

// Controls, bidirectional overrides (which can make "fdp.exe" look like "exe.pdf") and characters that
// file systems refuse.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
const unsafeCharacters = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const reservedCharacters = /[<>:"/\\|?*]/g;
const maxNameLength = 150;

/**
 * The name an attachment is stored and offered under: the last path segment only, Unicode NFC, no
 * control or direction characters, no characters Windows refuses, at most 150 characters with the
 * extension kept. Empty when nothing usable is left.
 * @example sanitiseFileName("C:\\fakepath\\Hankinta\u202Efdp.exe") // "Hankintafdp.exe"
 */
export function sanitiseFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? "";
  const cleaned = base
    .normalize("NFC")
    .replace(unsafeCharacters, "")
    .replace(reservedCharacters, "_")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[.\s]+/, "")
    .replace(/[.\s]+$/, "");
  if ([...cleaned].length <= maxNameLength) return cleaned;
  const dot = cleaned.lastIndexOf(".");
  const extension = dot > 0 && cleaned.length - dot <= 6 ? cleaned.slice(dot) : "";
  const stem = [...cleaned.slice(0, cleaned.length - extension.length)]
    .slice(0, maxNameLength - extension.length)
    .join("");
  return `${stem.trimEnd()}${extension}`;
}

/** The lower-case extension of a file name without the dot ("" when there is none). */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : "";
}
