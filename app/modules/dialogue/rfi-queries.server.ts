import { and, count, desc, eq, inArray, ne } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import { AppError } from "../../lib/app-error.ts";
import type { TextByLanguage } from "../../lib/pick-translation.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { accountsUser } from "../accounts/shared-tables.ts";
import { actingCompanyOf } from "../interest/index.server.ts";
import { organisationsOrganisation } from "../organisations/shared-tables.ts";
import { canViewPlan, findPlanForDialogue, type PlanForDialogue } from "../plans/index.server.ts";
import { canManageDialogue, canTakePartInDialogue } from "./policy.ts";
import { findRfi, isAnswerable, listRfiQuestions, type RfiRow, rfiStateAt } from "./rfi-rows.server.ts";
import type { RfiAnswerValue, RfiQuestionKind, RfiState } from "./rfi-schemas.ts";
import { dialogueRfi, dialogueRfiAnswer, dialogueRfiAnswerFile, dialogueRfiResponse } from "./rfi-tables.ts";

// What the request pages show. Three views with their own columns: the buyer's (every response with
// its company, last editor and business-secret marks), a company's (its own response only) and the
// public's (the request, its questions, the number of responses and the published summary). Answers
// are read only in the first two, each by its own query.

/** A request as every view shows it; the summary only once published. */
export type RfiView = {
  id: string;
  planId: string;
  title: TextByLanguage;
  intro: TextByLanguage;
  state: RfiState;
  opensAt: Date | null;
  closesAt: Date | null;
  summary: TextByLanguage | null;
  summaryPublishedAt: Date | null;
};

export type RfiQuestionView = {
  id: string;
  position: number;
  kind: RfiQuestionKind;
  text: TextByLanguage;
  options: TextByLanguage[];
  required: boolean;
};

/** An answer as the buyer and the responding company read it. */
export type RfiAnswerView = {
  value: RfiAnswerValue;
  isBusinessSecret: boolean;
  file: { name: string; sizeBytes: number } | null;
};

function toView(rfi: RfiRow): RfiView {
  return {
    id: rfi.id,
    planId: rfi.planId,
    title: rfi.title,
    intro: rfi.intro,
    state: rfiStateAt(rfi),
    opensAt: rfi.opensAt,
    closesAt: rfi.closesAt,
    summary: rfi.summaryPublishedAt ? rfi.summary : null,
    summaryPublishedAt: rfi.summaryPublishedAt,
  };
}

async function questionsOf(db: DbOrTx, rfiId: string): Promise<RfiQuestionView[]> {
  return (await listRfiQuestions(db, rfiId)).map((q) => ({
    id: q.id,
    position: q.position,
    kind: q.kind,
    text: q.text,
    options: q.options,
    required: q.required,
  }));
}

async function planOf(db: DbOrTx, planId: string): Promise<PlanForDialogue> {
  const plan = await findPlanForDialogue(db, planId);
  if (!plan) throw new AppError("not_found");
  return plan;
}

async function responseCounts(db: DbOrTx, rfiIds: string[]): Promise<Map<string, number>> {
  if (rfiIds.length === 0) return new Map();
  const rows = await db
    .select({ rfiId: dialogueRfiResponse.rfiId, value: count() })
    .from(dialogueRfiResponse)
    .where(inArray(dialogueRfiResponse.rfiId, rfiIds))
    .groupBy(dialogueRfiResponse.rfiId);
  return new Map(rows.map((row) => [row.rfiId, Number(row.value)]));
}

/** The answers of these responses by response and question. */
async function answersOf(
  db: DbOrTx,
  responseIds: string[],
): Promise<Map<string, Map<string, RfiAnswerView>>> {
  const result = new Map<string, Map<string, RfiAnswerView>>();
  if (responseIds.length === 0) return result;
  const answers = await db
    .select()
    .from(dialogueRfiAnswer)
    .where(inArray(dialogueRfiAnswer.responseId, responseIds));
  const files = await db
    .select({
      responseId: dialogueRfiAnswerFile.responseId,
      questionId: dialogueRfiAnswerFile.questionId,
      name: dialogueRfiAnswerFile.fileName,
      sizeBytes: dialogueRfiAnswerFile.sizeBytes,
    })
    .from(dialogueRfiAnswerFile)
    .where(inArray(dialogueRfiAnswerFile.responseId, responseIds));
  for (const answer of answers) {
    const file = files.find((f) => f.responseId === answer.responseId && f.questionId === answer.questionId);
    const byQuestion = result.get(answer.responseId) ?? new Map<string, RfiAnswerView>();
    byQuestion.set(answer.questionId, {
      value: answer.value ?? null,
      isBusinessSecret: answer.isBusinessSecret,
      file: file ? { name: file.name, sizeBytes: file.sizeBytes } : null,
    });
    result.set(answer.responseId, byQuestion);
  }
  return result;
}

/** The plan's requests for its buyers, newest first, with their numbers of questions and responses. */
export async function listRfisForBuyer(
  db: DbOrTx,
  viewer: Viewer | null,
  planId: string,
): Promise<(RfiView & { responses: number })[]> {
  if (!canManageDialogue(viewer, await planOf(db, planId))) throw new AppError("not_found");
  const rows = await db
    .select()
    .from(dialogueRfi)
    .where(eq(dialogueRfi.planId, planId))
    .orderBy(desc(dialogueRfi.createdAt));
  const counts = await responseCounts(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({ ...toView(row), responses: counts.get(row.id) ?? 0 }));
}

/** A response as the buyer reads it. */
export type BuyerRfiResponse = {
  id: string;
  company: string;
  lastEditor: string | null;
  updatedAt: Date;
  answers: Record<string, RfiAnswerView>;
};

/** One request for the plan's buyers: its questions and every company's response, oldest first. */
export async function getRfiForBuyer(
  db: DbOrTx,
  viewer: Viewer | null,
  rfiId: string,
): Promise<{ rfi: RfiView; questions: RfiQuestionView[]; responses: BuyerRfiResponse[] }> {
  const rfi = await findRfi(db, rfiId);
  if (!rfi || !canManageDialogue(viewer, await planOf(db, rfi.planId))) throw new AppError("not_found");
  const rows = await db
    .select({
      id: dialogueRfiResponse.id,
      company: organisationsOrganisation.name,
      lastEditor: accountsUser.name,
      updatedAt: dialogueRfiResponse.updatedAt,
    })
    .from(dialogueRfiResponse)
    .innerJoin(
      organisationsOrganisation,
      eq(organisationsOrganisation.id, dialogueRfiResponse.organisationId),
    )
    .leftJoin(accountsUser, eq(accountsUser.id, dialogueRfiResponse.lastEditorId))
    .where(eq(dialogueRfiResponse.rfiId, rfiId))
    .orderBy(dialogueRfiResponse.submittedAt);
  const answers = await answersOf(
    db,
    rows.map((row) => row.id),
  );
  return {
    rfi: toView(rfi),
    questions: await questionsOf(db, rfiId),
    responses: rows.map((row) => ({
      ...row,
      answers: Object.fromEntries(answers.get(row.id) ?? new Map()),
    })),
  };
}

/** The company's own response as its representatives read it. */
export type OwnRfiResponse = {
  id: string;
  lastEditor: string | null;
  updatedAt: Date;
  answers: Record<string, RfiAnswerView>;
};

export type RfiPage = {
  rfi: RfiView;
  questions: RfiQuestionView[];
  responseCount: number;
  own: OwnRfiResponse | null;
  canRespond: boolean;
  isCompany: boolean;
};

/** One opened request of a plan anyone may see; a company's representatives also get their response. */
export async function getRfiPage(
  db: DbOrTx,
  viewer: Viewer | null,
  planId: string,
  rfiId: string,
): Promise<RfiPage> {
  const rfi = await findRfi(db, rfiId);
  if (!rfi || rfi.planId !== planId || rfi.state === "draft") throw new AppError("not_found");
  const plan = await planOf(db, planId);
  if (!canViewPlan(viewer, plan)) throw new AppError("not_found");
  const company = actingCompanyOf(viewer);
  const [response] = company
    ? await db
        .select({
          id: dialogueRfiResponse.id,
          lastEditor: accountsUser.name,
          updatedAt: dialogueRfiResponse.updatedAt,
        })
        .from(dialogueRfiResponse)
        .leftJoin(accountsUser, eq(accountsUser.id, dialogueRfiResponse.lastEditorId))
        .where(
          and(
            eq(dialogueRfiResponse.rfiId, rfiId),
            eq(dialogueRfiResponse.organisationId, company.organisationId),
          ),
        )
    : [];
  const answers = response ? await answersOf(db, [response.id]) : new Map();
  return {
    rfi: toView(rfi),
    questions: await questionsOf(db, rfiId),
    responseCount: (await responseCounts(db, [rfiId])).get(rfiId) ?? 0,
    own: response
      ? { ...response, answers: Object.fromEntries(answers.get(response.id) ?? new Map()) }
      : null,
    canRespond: company !== null && canTakePartInDialogue(viewer, plan) && isAnswerable(rfi),
    isCompany: company !== null,
  };
}

/** A request as public output shows it: never a response, only their count. */
export type PublicRfi = RfiView & { questions: RfiQuestionView[]; responseCount: number };

/**
 * The opened requests of a public plan (empty for any other plan), newest first: title, period,
 * questions, the number of responses and the published summary. For the plan page, the API and (later)
 * OCDS milestones.
 */
export async function listPublicRfis(db: DbOrTx, planId: string): Promise<PublicRfi[]> {
  const plan = await findPlanForDialogue(db, planId);
  if (!plan || !canViewPlan(null, plan)) return [];
  const rows = await db
    .select()
    .from(dialogueRfi)
    .where(and(eq(dialogueRfi.planId, planId), ne(dialogueRfi.state, "draft")))
    .orderBy(desc(dialogueRfi.opensAt));
  const counts = await responseCounts(
    db,
    rows.map((row) => row.id),
  );
  const result: PublicRfi[] = [];
  for (const row of rows)
    result.push({
      ...toView(row),
      questions: await questionsOf(db, row.id),
      responseCount: counts.get(row.id) ?? 0,
    });
  return result;
}
