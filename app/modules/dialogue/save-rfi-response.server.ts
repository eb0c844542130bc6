import { and, eq, inArray, sql } from "drizzle-orm";
import { AppError } from "../../lib/app-error.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { recordAudit } from "../audit/index.server.ts";
import { actingCompanyOf } from "../interest/index.server.ts";
import {
  type CheckedAttachmentFile,
  findPlanForDialogue,
  lockPlanForDialogue,
} from "../plans/index.server.ts";
import { canTakePartInDialogue } from "./policy.ts";
import { recordDialogueStep } from "./record-step.server.ts";
import { findRfi, isAnswerable, listRfiQuestions, lockRfi } from "./rfi-rows.server.ts";
import { parseRfiAnswers } from "./rfi-schemas.ts";
import { dialogueRfiAnswer, dialogueRfiAnswerFile, dialogueRfiResponse } from "./rfi-tables.ts";

export type SaveRfiResponseResult =
  | { ok: true; responseId: string; first: boolean }
  | { ok: false; error: "closed" }
  | { ok: false; error: "invalid"; errors: Record<string, string> };

/**
 * Saves the viewer's company's response to an open request: every answer replaced by the posted ones,
 * files (already checked by the attachment rules) replacing earlier files of their question. One
 * response per company: the unique (request, company) constraint decides between members saving at
 * once (an upsert: the later save waits for the earlier and replaces it), and the last editor is
 * recorded. The request's row is share-locked and its period checked inside the transaction, so a save
 * either commits before the buyer's closing or is refused after it; never both, never a 500.
 */
export async function saveRfiResponse({
  services,
  viewer,
  rfiId,
  values,
  files = [],
  requestId,
  now = () => new Date(),
}: {
  services: Pick<Services, "database">;
  viewer: Viewer | null;
  rfiId: string;
  /** Every posted value of a form field (a multiple choice posts several). */
  values: (field: string) => string[];
  files?: { questionId: string; file: CheckedAttachmentFile }[];
  requestId?: string;
  now?: () => Date;
}): Promise<SaveRfiResponseResult> {
  const { db } = services.database;
  const rfi = await findRfi(db, rfiId);
  const plan = rfi && rfi.state !== "draft" ? await findPlanForDialogue(db, rfi.planId) : null;
  if (!rfi || !plan) throw new AppError("not_found");
  const company = actingCompanyOf(viewer);
  if (!viewer || !company || !canTakePartInDialogue(viewer, plan)) throw new AppError("forbidden");
  return db.transaction(async (tx): Promise<SaveRfiResponseResult> => {
    const current = await lockPlanForDialogue(tx, rfi.planId);
    if (!current || !canTakePartInDialogue(viewer, current)) throw new AppError("conflict");
    const locked = await lockRfi(tx, rfiId, "share");
    if (!locked || !isAnswerable(locked, now())) return { ok: false, error: "closed" };
    const questions = await listRfiQuestions(tx, rfiId);
    const fileQuestions = new Set(questions.filter((q) => q.kind === "file").map((q) => q.id));
    const newFiles = files.filter((entry) => fileQuestions.has(entry.questionId));
    const earlierFiles = new Set(
      (
        await tx
          .select({ questionId: dialogueRfiAnswerFile.questionId })
          .from(dialogueRfiAnswerFile)
          .innerJoin(dialogueRfiResponse, eq(dialogueRfiResponse.id, dialogueRfiAnswerFile.responseId))
          .where(
            and(
              eq(dialogueRfiResponse.rfiId, rfiId),
              eq(dialogueRfiResponse.organisationId, company.organisationId),
            ),
          )
      ).map((row) => row.questionId),
    );
    const { answers, errors } = parseRfiAnswers(
      questions,
      values,
      (questionId) =>
        earlierFiles.has(questionId) || newFiles.some((entry) => entry.questionId === questionId),
    );
    if (Object.keys(errors).length > 0) return { ok: false, error: "invalid", errors };
    const at = now();
    // xmax = 0 tells a row this statement inserted from one it updated.
    const [response] = await tx
      .insert(dialogueRfiResponse)
      .values({ rfiId, organisationId: company.organisationId, lastEditorId: viewer.userId, updatedAt: at })
      .onConflictDoUpdate({
        target: [dialogueRfiResponse.rfiId, dialogueRfiResponse.organisationId],
        set: { lastEditorId: viewer.userId, updatedAt: at },
      })
      .returning({ id: dialogueRfiResponse.id, inserted: sql<boolean>`(xmax = 0)` });
    if (!response) throw new Error("The response upsert returned no row");
    await tx.delete(dialogueRfiAnswer).where(eq(dialogueRfiAnswer.responseId, response.id));
    if (answers.length > 0)
      await tx
        .insert(dialogueRfiAnswer)
        .values(answers.map((answer) => ({ responseId: response.id, ...answer })));
    if (newFiles.length > 0) {
      await tx.delete(dialogueRfiAnswerFile).where(
        and(
          eq(dialogueRfiAnswerFile.responseId, response.id),
          inArray(
            dialogueRfiAnswerFile.questionId,
            newFiles.map((entry) => entry.questionId),
          ),
        ),
      );
      await tx.insert(dialogueRfiAnswerFile).values(
        newFiles.map(({ questionId, file }) => ({
          responseId: response.id,
          questionId,
          fileName: file.fileName,
          mediaType: file.mediaType,
          sizeBytes: file.sizeBytes,
          sha256: file.sha256,
          content: file.bytes,
          uploadedBy: viewer.userId,
        })),
      );
    }
    const first = Boolean(response.inserted);
    if (first)
      await recordDialogueStep(tx, {
        planId: rfi.planId,
        kind: "rfi.responded",
        audience: "company",
        subjectId: rfiId,
        organisationId: company.organisationId,
        summary: { answers: answers.length },
        actorId: viewer.userId,
      });
    await recordAudit(tx, {
      actorId: viewer.userId,
      organisationId: company.organisationId,
      action: "dialogue.rfi.respond",
      entityType: "rfi-response",
      entityId: response.id,
      summary: {
        rfiId,
        first,
        answers: answers.length,
        businessSecrets: answers.filter((answer) => answer.isBusinessSecret).length,
        files: newFiles.length,
      },
      requestId,
    });
    return { ok: true, responseId: response.id, first };
  });
}
