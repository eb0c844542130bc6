import { maxAttachmentBytes } from "../plans/index.ts";

// Limits of presentations, shared by the form (hints, the browser's size check) and the commands.

/** Most files one presentation may carry. */
export const maxPresentationAttachments = 5;
/** Largest file, in bytes (5 MiB): a brochure or a reference list, not a tender. */
export const maxPresentationFileBytes = 5 * 1024 * 1024;
/** Largest sum of a presentation's files, in bytes (10 MiB). */
export const maxPresentationFilesTotalBytes = 10 * 1024 * 1024;
/**
 * Largest request body the new-presentation form may send (server/http/create-app.ts): room past the
 * total so that a too large choice gets the form's translated error instead of a bare 413.
 */
export const maxPresentationRequestBytes = 2 * maxPresentationFilesTotalBytes;
/** Presentations one company may send in 24 hours (all recipients of one presentation count once). */
export const maxPresentationsPerDay = 20;
/** Buyer organisations one presentation may be sent to. */
export const maxRecipients = 30;
/** CPV codes one presentation may name. */
export const maxPresentationCpvCodes = 10;
/** An identical message from the same person in the same thread within this time is refused as sent twice. */
export const duplicateMessageWindowSeconds = 60;
/** Rows per page in the inbox and the sent list. */
export const presentationPageSize = 20;

// The per-file limit is the plans' check's limit or below, so checkAttachmentFile never passes a file
// this module would refuse.
if (maxPresentationFileBytes > maxAttachmentBytes) throw new Error("presentation file limit too high");
