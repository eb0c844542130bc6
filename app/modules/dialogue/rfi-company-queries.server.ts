import { and, eq, gt } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import { AppError } from "../../lib/app-error.ts";
import type { TextByLanguage } from "../../lib/pick-translation.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { actingCompanyOf } from "../interest/index.server.ts";
import { type AttachmentFile, findPlanForDialogue } from "../plans/index.server.ts";
import { canManageDialogue, canTakePartInDialogue } from "./policy.ts";
import { isAnswerable } from "./rfi-rows.server.ts";
import { dialogueRfi, dialogueRfiAnswerFile, dialogueRfiResponse } from "./rfi-tables.ts";

// Requests for information as a company meets them outside the request page: the open ones on its
// home, and a file answer's download (for the responding company and the plan's buyers only).

/** An open request a company may answer, with whether it has. */
export type CompanyRfi = {
  id: string;
  planId: string;
  title: TextByLanguage;
  closesAt: Date;
  respondedAt: Date | null;
};

/**
 * The open requests on public plans that the viewer's company may answer, closing soonest first, each
 * with when the company last saved its response (null when it has not). Empty for anyone else.
 * @example const rfis = await listCompanyRfis(services, { viewer });
 */
export async function listCompanyRfis(
  services: Pick<Services, "database">,
  { viewer, limit = 50 }: { viewer: Viewer | null; limit?: number },
): Promise<CompanyRfi[]> {
  const company = actingCompanyOf(viewer);
  if (!company) return [];
  const { db } = services.database;
  const rows = await db
    .select({
      id: dialogueRfi.id,
      planId: dialogueRfi.planId,
      title: dialogueRfi.title,
      state: dialogueRfi.state,
      closesAt: dialogueRfi.closesAt,
      respondedAt: dialogueRfiResponse.updatedAt,
    })
    .from(dialogueRfi)
    .leftJoin(
      dialogueRfiResponse,
      and(
        eq(dialogueRfiResponse.rfiId, dialogueRfi.id),
        eq(dialogueRfiResponse.organisationId, company.organisationId),
      ),
    )
    .where(and(eq(dialogueRfi.state, "open"), gt(dialogueRfi.closesAt, new Date())))
    .orderBy(dialogueRfi.closesAt)
    .limit(limit * 2);
  // The plan's state is the plans module's to tell: only public plans that are not archived.
  const plans = new Map<string, boolean>();
  for (const planId of new Set(rows.map((row) => row.planId))) {
    const plan = await findPlanForDialogue(db, planId);
    plans.set(planId, plan !== null && canTakePartInDialogue(viewer, plan));
  }
  return rows
    .filter((row) => plans.get(row.planId) && isAnswerable(row) && row.closesAt)
    .slice(0, limit)
    .map((row) => ({
      id: row.id,
      planId: row.planId,
      title: row.title,
      closesAt: row.closesAt as Date,
      respondedAt: row.respondedAt,
    }));
}

/**
 * The file of a file answer, for the plan's buyers and the responding company only (anyone else: not
 * found). Shaped as a plan attachment, so it is served by the same download rules.
 */
export async function getRfiAnswerFile(
  db: DbOrTx,
  viewer: Viewer | null,
  {
    planId,
    rfiId,
    responseId,
    questionId,
  }: { planId: string; rfiId: string; responseId: string; questionId: string },
): Promise<AttachmentFile> {
  const ids = [rfiId, responseId, questionId];
  if (!ids.every((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)))
    throw new AppError("not_found");
  const [row] = await db
    .select({
      organisationId: dialogueRfiResponse.organisationId,
      rfiPlanId: dialogueRfi.planId,
      id: dialogueRfiAnswerFile.id,
      fileName: dialogueRfiAnswerFile.fileName,
      mediaType: dialogueRfiAnswerFile.mediaType,
      sizeBytes: dialogueRfiAnswerFile.sizeBytes,
      sha256: dialogueRfiAnswerFile.sha256,
      content: dialogueRfiAnswerFile.content,
      createdAt: dialogueRfiAnswerFile.createdAt,
    })
    .from(dialogueRfiAnswerFile)
    .innerJoin(dialogueRfiResponse, eq(dialogueRfiResponse.id, dialogueRfiAnswerFile.responseId))
    .innerJoin(dialogueRfi, eq(dialogueRfi.id, dialogueRfiResponse.rfiId))
    .where(
      and(
        eq(dialogueRfiAnswerFile.responseId, responseId),
        eq(dialogueRfiAnswerFile.questionId, questionId),
        eq(dialogueRfiResponse.rfiId, rfiId),
      ),
    );
  if (!row || row.rfiPlanId !== planId) throw new AppError("not_found");
  const plan = await findPlanForDialogue(db, planId);
  if (!plan) throw new AppError("not_found");
  const company = actingCompanyOf(viewer);
  const isOwn = company !== null && company.organisationId === row.organisationId;
  if (!isOwn && !canManageDialogue(viewer, plan)) throw new AppError("not_found");
  return {
    id: row.id,
    planId,
    fileName: row.fileName,
    mediaType: row.mediaType,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    title: null,
    description: null,
    language: "fi",
    createdAt: row.createdAt,
    content: row.content,
  };
}
