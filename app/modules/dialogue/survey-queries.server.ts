import { and, asc, count, desc, eq, inArray, isNotNull, isNull, like } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import type { Locale } from "../../i18n/locales.ts";
import { AppError } from "../../lib/app-error.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { actingCompanyOf } from "../interest/index.server.ts";
import { listPublicHeadlines, pickText } from "../plans/index.server.ts";
import { isUuid } from "./contact-rows.server.ts";
import { canManageDialogue } from "./policy.ts";
import { type SurveyBarrier, surveyBarriers } from "./record-schemas.ts";
import { dialogueSurveyAnswer, dialogueSurveyInvitation } from "./record-tables.ts";
import { dialogueStep } from "./tables.ts";

/** The buyer's summary of one survey: the barriers counted and the free texts, never who answered. */
export type SurveySummary = {
  subjectId: string;
  /** The step that closed the round ("meeting-round.closed", "rfi.closed" …), null if not recorded. */
  closedKind: string | null;
  closedAt: string | null;
  invited: number;
  answered: number;
  barriers: Record<SurveyBarrier, number>;
  freeTexts: string[];
};

/** The plan's surveys for its buyers, oldest round first; others get not_found. */
export async function listSurveySummaries(options: {
  db: DbOrTx;
  viewer: Viewer | null;
  plan: { id: string; organisationId: string };
}): Promise<SurveySummary[]> {
  const { db, plan } = options;
  if (!canManageDialogue(options.viewer, plan)) throw new AppError("not_found");
  const invitations = await db
    .select({
      subjectId: dialogueSurveyInvitation.subjectId,
      invited: count(),
      answered: count(dialogueSurveyInvitation.answeredAt),
    })
    .from(dialogueSurveyInvitation)
    .where(eq(dialogueSurveyInvitation.planId, plan.id))
    .groupBy(dialogueSurveyInvitation.subjectId);
  if (invitations.length === 0) return [];
  const subjectIds = invitations.map((row) => row.subjectId);
  const closings = await db
    .select({ subjectId: dialogueStep.subjectId, kind: dialogueStep.kind, at: dialogueStep.createdAt })
    .from(dialogueStep)
    .where(
      and(
        eq(dialogueStep.planId, plan.id),
        inArray(dialogueStep.subjectId, subjectIds),
        like(dialogueStep.kind, "%.closed"),
      ),
    )
    .orderBy(asc(dialogueStep.createdAt));
  const answers = await db
    .select({
      subjectId: dialogueSurveyAnswer.subjectId,
      barriers: dialogueSurveyAnswer.barriers,
      freeText: dialogueSurveyAnswer.freeText,
    })
    .from(dialogueSurveyAnswer)
    .where(eq(dialogueSurveyAnswer.planId, plan.id))
    // Random ids: the order says nothing of who answered first.
    .orderBy(asc(dialogueSurveyAnswer.id));
  const summaries = invitations.map((row): SurveySummary => {
    const closing = closings.find((step) => step.subjectId === row.subjectId);
    const own = answers.filter((answer) => answer.subjectId === row.subjectId);
    const barriers = Object.fromEntries(surveyBarriers.map((barrier) => [barrier, 0])) as Record<
      SurveyBarrier,
      number
    >;
    for (const answer of own)
      for (const barrier of answer.barriers) if (barrier in barriers) barriers[barrier as SurveyBarrier] += 1;
    return {
      subjectId: row.subjectId,
      closedKind: closing?.kind ?? null,
      closedAt: closing?.at.toISOString() ?? null,
      invited: Number(row.invited),
      answered: Number(row.answered),
      barriers,
      freeTexts: own.map((answer) => answer.freeText).filter((text) => text.length > 0),
    };
  });
  return summaries.sort((a, b) => (a.closedAt ?? "").localeCompare(b.closedAt ?? ""));
}

/**
 * The acting company's invitation to a survey: "open" (it may answer), "answered", or null (no
 * invitation: the company took part, or was not following the plan).
 */
export async function getSurveyInvitationState(options: {
  db: DbOrTx;
  viewer: Viewer | null;
  planId: string;
  subjectId: string;
}): Promise<"open" | "answered" | null> {
  const company = actingCompanyOf(options.viewer);
  if (!company || !isUuid(options.planId) || !isUuid(options.subjectId)) return null;
  const [row] = await options.db
    .select({ answeredAt: dialogueSurveyInvitation.answeredAt })
    .from(dialogueSurveyInvitation)
    .where(
      and(
        eq(dialogueSurveyInvitation.planId, options.planId),
        eq(dialogueSurveyInvitation.subjectId, options.subjectId),
        eq(dialogueSurveyInvitation.organisationId, company.organisationId),
      ),
    );
  if (!row) return null;
  return row.answeredAt ? "answered" : "open";
}

/** Whether any company has an invitation on the plan (the buyer page shows the section only then). */
export async function hasSurveyInvitations(db: DbOrTx, planId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: dialogueSurveyInvitation.id })
    .from(dialogueSurveyInvitation)
    .where(and(eq(dialogueSurveyInvitation.planId, planId), isNotNull(dialogueSurveyInvitation.subjectId)))
    .limit(1);
  return row !== undefined;
}

/** A survey the acting company has been asked to answer and has not yet answered. */
export type OpenSurvey = { planId: string; subjectId: string; planTitle: string | null };

/**
 * The acting company's unanswered surveys, newest first (the company home lists them, in case the
 * e-mail was missed); plans no longer public are left out.
 */
export async function listOpenSurveys(
  db: DbOrTx,
  viewer: Viewer | null,
  locale: Locale,
): Promise<OpenSurvey[]> {
  const company = actingCompanyOf(viewer);
  if (!company) return [];
  const rows = await db
    .select({ planId: dialogueSurveyInvitation.planId, subjectId: dialogueSurveyInvitation.subjectId })
    .from(dialogueSurveyInvitation)
    .where(
      and(
        eq(dialogueSurveyInvitation.organisationId, company.organisationId),
        isNull(dialogueSurveyInvitation.answeredAt),
      ),
    )
    .orderBy(desc(dialogueSurveyInvitation.createdAt))
    .limit(20);
  const headlines = await listPublicHeadlines(
    db,
    rows.map((row) => row.planId),
  );
  return rows.flatMap((row) => {
    const headline = headlines.get(row.planId);
    return headline ? [{ ...row, planTitle: pickText(headline.title, locale) }] : [];
  });
}
