import { and, asc, eq, inArray, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import { AppError } from "../../lib/app-error.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { assertAllowed } from "../organisations/index.server.ts";
import { plansAttachment } from "./attachments-tables.ts";
import { canEditPlansOf, canUseWorkspaceOf, publicPlansOnly } from "./policy.ts";
import { plansPlan } from "./tables.ts";

/** What lists of attachments show: everything but the bytes. */
export type AttachmentSummary = {
  id: string;
  planId: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  title: string | null;
  description: string | null;
  language: string;
  createdAt: Date;
};

/** One attachment with its bytes, for a download. */
export type AttachmentFile = AttachmentSummary & { content: Uint8Array };

const summaryColumns = {
  id: plansAttachment.id,
  planId: plansAttachment.planId,
  fileName: plansAttachment.fileName,
  mediaType: plansAttachment.mediaType,
  sizeBytes: plansAttachment.sizeBytes,
  sha256: plansAttachment.sha256,
  title: plansAttachment.title,
  description: plansAttachment.description,
  language: plansAttachment.language,
  createdAt: plansAttachment.createdAt,
};

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => uuidPattern.test(value);

/** The attachments of the given plans that are public (publicPlansOnly), oldest first, without bytes. */
export async function listPublicAttachments(db: DbOrTx, planIds: string[]): Promise<AttachmentSummary[]> {
  if (planIds.length === 0) return [];
  return db
    .select(summaryColumns)
    .from(plansAttachment)
    .innerJoin(plansPlan, eq(plansPlan.id, plansAttachment.planId))
    .where(and(publicPlansOnly(), inArray(plansAttachment.planId, planIds)))
    .orderBy(asc(plansAttachment.createdAt), asc(plansAttachment.id));
}

/** One attachment of a public plan with its bytes; null for unknown ids, drafts and internal plans. */
export async function getPublicAttachment(
  db: DbOrTx,
  planId: string,
  attachmentId: string,
): Promise<AttachmentFile | null> {
  if (!isUuid(planId) || !isUuid(attachmentId)) return null;
  return selectAttachment(db, and(publicPlansOnly(), eq(plansPlan.id, planId)) as SQL, attachmentId);
}

async function selectAttachment(db: DbOrTx, planCondition: SQL, attachmentId: string) {
  const [row] = await db
    .select({ ...summaryColumns, content: plansAttachment.content })
    .from(plansAttachment)
    .innerJoin(plansPlan, eq(plansPlan.id, plansAttachment.planId))
    .where(and(planCondition, eq(plansAttachment.id, attachmentId)));
  return row ?? null;
}

/** The plan an attachment belongs to, after checking the viewer may use its organisation's workspace. */
async function workspacePlan(db: DbOrTx, viewer: Viewer | null, planId: string) {
  if (!isUuid(planId)) throw new AppError("not_found");
  const [plan] = await db
    .select({
      id: plansPlan.id,
      organisationId: plansPlan.organisationId,
      title: plansPlan.title,
      visibility: plansPlan.visibility,
      archivedAt: plansPlan.archivedAt,
    })
    .from(plansPlan)
    .where(eq(plansPlan.id, planId));
  if (!plan) throw new AppError("not_found");
  assertAllowed(canUseWorkspaceOf(viewer, plan.organisationId));
  return plan;
}

/**
 * A plan's attachments as its organisation's workspace shows them (every visibility): its buyers,
 * buyer-admins and leadership; `canEdit` says whether the viewer may add and remove them.
 */
export async function listWorkspaceAttachments({
  services,
  viewer,
  planId,
}: {
  services: Pick<Services, "database">;
  viewer: Viewer | null;
  planId: string;
}) {
  const { db } = services.database;
  const plan = await workspacePlan(db, viewer, planId);
  const attachments = await db
    .select(summaryColumns)
    .from(plansAttachment)
    .where(eq(plansAttachment.planId, planId))
    .orderBy(asc(plansAttachment.createdAt), asc(plansAttachment.id));
  return {
    plan: { id: plan.id, title: plan.title, visibility: plan.visibility, archived: plan.archivedAt !== null },
    attachments,
    canEdit: canEditPlansOf(viewer, plan.organisationId) && plan.archivedAt === null,
  };
}

/** One attachment with its bytes for the organisation's workspace, whatever the plan's visibility. */
export async function getWorkspaceAttachment({
  services,
  viewer,
  planId,
  attachmentId,
}: {
  services: Pick<Services, "database">;
  viewer: Viewer | null;
  planId: string;
  attachmentId: string;
}): Promise<AttachmentFile> {
  const { db } = services.database;
  await workspacePlan(db, viewer, planId);
  const found = isUuid(attachmentId)
    ? await selectAttachment(db, eq(plansPlan.id, planId), attachmentId)
    : null;
  if (!found) throw new AppError("not_found");
  return found;
}
