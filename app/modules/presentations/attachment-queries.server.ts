import { and, eq } from "drizzle-orm";
import { AppError } from "../../lib/app-error.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { type AttachmentFile, isUuid } from "../plans/index.server.ts";
import { canSeePresentation } from "./policy.ts";
import { presentationsAttachment, presentationsPresentation, presentationsRecipient } from "./tables.ts";

/**
 * One file of a presentation with its bytes, for the sending company's members and the buyers of the
 * organisations it was sent to; not_found for everyone else.
 */
export async function getPresentationAttachment({
  services,
  viewer,
  presentationId,
  attachmentId,
}: {
  services: Pick<Services, "database">;
  viewer: Viewer | null;
  presentationId: string;
  attachmentId: string;
}): Promise<AttachmentFile> {
  const { db } = services.database;
  if (!isUuid(presentationId) || !isUuid(attachmentId)) throw new AppError("not_found");
  const [presentation] = await db
    .select({ companyId: presentationsPresentation.companyId })
    .from(presentationsPresentation)
    .where(eq(presentationsPresentation.id, presentationId));
  if (!presentation) throw new AppError("not_found");
  const recipients = await db
    .select({ organisationId: presentationsRecipient.organisationId })
    .from(presentationsRecipient)
    .where(eq(presentationsRecipient.presentationId, presentationId));
  const allowed = canSeePresentation(viewer, {
    companyId: presentation.companyId,
    recipientOrganisationIds: recipients.map((r) => r.organisationId),
  });
  if (!allowed) throw new AppError("not_found");
  const [file] = await db
    .select()
    .from(presentationsAttachment)
    .where(
      and(
        eq(presentationsAttachment.id, attachmentId),
        eq(presentationsAttachment.presentationId, presentationId),
      ),
    );
  if (!file) throw new AppError("not_found");
  // The shape the plans' download response takes; presentations' files have no title or language.
  return {
    id: file.id,
    planId: presentationId,
    fileName: file.fileName,
    mediaType: file.mediaType,
    sizeBytes: file.sizeBytes,
    sha256: file.sha256,
    title: null,
    description: null,
    language: "fi",
    createdAt: file.createdAt,
    content: file.content,
  };
}
