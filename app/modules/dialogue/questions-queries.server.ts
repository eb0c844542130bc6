import { and, asc, count, desc, eq, inArray, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import type { Locale } from "../../i18n/locales.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { accountsUser } from "../accounts/shared-tables.ts";
import { actingCompanyOf } from "../interest/index.server.ts";
import { organisationNameIn } from "../organisations/index.server.ts";
import { organisationsOrganisation } from "../organisations/shared-tables.ts";
import { isPublicPlanMatching, listPublicHeadlines, pickText } from "../plans/index.server.ts";
import { canManageDialogue, canTakePartInDialogue } from "./policy.ts";
import { dialoguePlanSettings, dialogueQuestion } from "./questions-tables.ts";

/** A published question and its answer as everyone sees them: never the original wording or the asker. */
export type PublishedQuestion = {
  id: string;
  question: string;
  answer: string;
  /** The asking company's name when it chose to be named; null when anonymous. */
  company: string | null;
  publishedAt: string;
};

/**
 * The published questions and answers of plans, oldest first. `publicOnly` keeps only plans that are
 * public now (open data, the public page); a buyer's own page of a plan pulled back still lists them.
 */
export async function listPublishedQuestions(
  db: DbOrTx,
  options: { planIds: readonly string[]; locale: Locale; publicOnly: boolean },
): Promise<(PublishedQuestion & { planId: string })[]> {
  if (options.planIds.length === 0) return [];
  const conditions: SQL[] = [
    inArray(dialogueQuestion.planId, [...options.planIds]),
    eq(dialogueQuestion.state, "published"),
  ];
  if (options.publicOnly) conditions.push(isPublicPlanMatching(dialogueQuestion.planId, {}));
  const rows = await db
    .select({
      id: dialogueQuestion.id,
      planId: dialogueQuestion.planId,
      question: dialogueQuestion.publishedQuestion,
      answer: dialogueQuestion.answer,
      showCompany: dialogueQuestion.showCompany,
      company: organisationNameIn(options.locale),
      publishedAt: dialogueQuestion.publishedAt,
    })
    .from(dialogueQuestion)
    .leftJoin(organisationsOrganisation, eq(organisationsOrganisation.id, dialogueQuestion.organisationId))
    .where(and(...conditions))
    .orderBy(asc(dialogueQuestion.publishedAt), asc(dialogueQuestion.id));
  return rows.map((row) => ({
    id: row.id,
    planId: row.planId,
    question: row.question ?? "",
    answer: row.answer ?? "",
    company: row.showCompany ? row.company : null,
    publishedAt: (row.publishedAt ?? new Date(0)).toISOString(),
  }));
}

/** A question as its own company sees it on the plan page before (and after) it is answered. */
export type OwnQuestion = {
  id: string;
  question: string;
  state: string;
  declineReason: string | null;
  createdAt: string;
};

/** The acting company's own questions on a plan, newest first: what it asked and what became of them. */
export async function listOwnQuestions(
  db: DbOrTx,
  viewer: Viewer | null,
  planId: string,
): Promise<OwnQuestion[]> {
  const company = actingCompanyOf(viewer);
  if (!company) return [];
  const rows = await db
    .select({
      id: dialogueQuestion.id,
      question: dialogueQuestion.question,
      state: dialogueQuestion.state,
      declineReason: dialogueQuestion.declineReason,
      createdAt: dialogueQuestion.createdAt,
    })
    .from(dialogueQuestion)
    .where(
      and(eq(dialogueQuestion.planId, planId), eq(dialogueQuestion.organisationId, company.organisationId)),
    )
    .orderBy(desc(dialogueQuestion.createdAt));
  return rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() }));
}

/** A question as the plan's buyers handle it: the original wording and who asked. */
export type BuyerQuestion = {
  id: string;
  question: string;
  publishedQuestion: string | null;
  answer: string | null;
  declineReason: string | null;
  state: string;
  showCompany: boolean;
  company: string | null;
  askedBy: string | null;
  createdAt: string;
  publishedAt: string | null;
};

/** Every question on the plan for its buyers, open ones first; empty for anyone else. */
export async function listQuestionsForBuyer(
  db: DbOrTx,
  viewer: Viewer | null,
  plan: { id: string; organisationId: string },
  locale: Locale,
): Promise<BuyerQuestion[]> {
  if (!canManageDialogue(viewer, plan)) return [];
  const rows = await db
    .select({
      id: dialogueQuestion.id,
      question: dialogueQuestion.question,
      publishedQuestion: dialogueQuestion.publishedQuestion,
      answer: dialogueQuestion.answer,
      declineReason: dialogueQuestion.declineReason,
      state: dialogueQuestion.state,
      showCompany: dialogueQuestion.showCompany,
      company: organisationNameIn(locale),
      askedBy: accountsUser.name,
      createdAt: dialogueQuestion.createdAt,
      publishedAt: dialogueQuestion.publishedAt,
    })
    .from(dialogueQuestion)
    .leftJoin(organisationsOrganisation, eq(organisationsOrganisation.id, dialogueQuestion.organisationId))
    .leftJoin(accountsUser, eq(accountsUser.id, dialogueQuestion.askedBy))
    .where(eq(dialogueQuestion.planId, plan.id))
    .orderBy(asc(dialogueQuestion.state), desc(dialogueQuestion.createdAt));
  // "open" sorts after "declined": open questions first, then the rest newest first.
  const order = (state: string) => (state === "open" ? 0 : 1);
  return rows
    .map((row) => ({
      ...row,
      createdAt: row.createdAt.toISOString(),
      publishedAt: row.publishedAt?.toISOString() ?? null,
    }))
    .sort((a, b) => order(a.state) - order(b.state) || b.createdAt.localeCompare(a.createdAt));
}

/** How many questions wait for an answer on each of these plans (the buyer's workspace). */
export async function countOpenQuestions(
  db: DbOrTx,
  planIds: readonly string[],
): Promise<Map<string, number>> {
  if (planIds.length === 0) return new Map();
  const rows = await db
    .select({ planId: dialogueQuestion.planId, value: count() })
    .from(dialogueQuestion)
    .where(and(inArray(dialogueQuestion.planId, [...planIds]), eq(dialogueQuestion.state, "open")))
    .groupBy(dialogueQuestion.planId);
  return new Map(rows.map((row) => [row.planId, Number(row.value)]));
}

/** The plan's question deadline; null when questions are taken while the plan is open. */
export async function getQuestionDeadline(db: DbOrTx, planId: string): Promise<Date | null> {
  const [row] = await db
    .select({ deadline: dialoguePlanSettings.questionDeadline })
    .from(dialoguePlanSettings)
    .where(eq(dialoguePlanSettings.planId, planId));
  return row?.deadline ?? null;
}

/** The questions part of a plan's public page, as the viewer may see it. */
export type PlanQuestionsView = {
  published: PublishedQuestion[];
  /** The viewer's company's own questions (open and declined ones included). */
  own: OwnQuestion[];
  /** Whether the viewer may ask now (a company's representative, before the deadline). */
  canAsk: boolean;
  /** Whether the viewer is the plan's buyer (the page links to the questions to answer). */
  canManage: boolean;
  openCount: number;
  deadline: string | null;
  deadlinePassed: boolean;
};

/** What the plan page shows of questions and answers; the caller has checked the viewer may see the plan. */
export async function getPlanQuestionsView(options: {
  db: DbOrTx;
  viewer: Viewer | null;
  plan: { id: string; organisationId: string; visibility: string; archivedAt: Date | null };
  locale: Locale;
  now?: Date;
}): Promise<PlanQuestionsView> {
  const { db, viewer, plan, locale } = options;
  const deadline = await getQuestionDeadline(db, plan.id);
  const deadlinePassed = deadline !== null && (options.now ?? new Date()) > deadline;
  const canManage = canManageDialogue(viewer, plan);
  return {
    published: await listPublishedQuestions(db, { planIds: [plan.id], locale, publicOnly: !canManage }),
    own: await listOwnQuestions(db, viewer, plan.id),
    canAsk: canTakePartInDialogue(viewer, plan) && !deadlinePassed,
    canManage,
    openCount: canManage ? ((await countOpenQuestions(db, [plan.id])).get(plan.id) ?? 0) : 0,
    deadline: deadline?.toISOString() ?? null,
    deadlinePassed,
  };
}

/** A question of the company's as its home page lists it: the plan by its public headline. */
export type CompanyQuestion = {
  id: string;
  planId: string;
  planTitle: string | null;
  question: string;
  state: string;
};

/** The acting company's latest questions on any plan, newest first (the company home). */
export async function listCompanyQuestions(
  db: DbOrTx,
  viewer: Viewer | null,
  locale: Locale,
  limit = 5,
): Promise<CompanyQuestion[]> {
  const company = actingCompanyOf(viewer);
  if (!company) return [];
  const rows = await db
    .select({
      id: dialogueQuestion.id,
      planId: dialogueQuestion.planId,
      question: dialogueQuestion.question,
      state: dialogueQuestion.state,
    })
    .from(dialogueQuestion)
    .where(eq(dialogueQuestion.organisationId, company.organisationId))
    .orderBy(desc(dialogueQuestion.createdAt))
    .limit(limit);
  // A plan pulled back from public view is named by nothing of its own (its headline is gone).
  const headlines = await listPublicHeadlines(
    db,
    rows.map((row) => row.planId),
  );
  return rows.map((row) => {
    const headline = headlines.get(row.planId);
    return {
      ...row,
      planTitle: headline ? pickText(headline.title, locale) : null,
      question: row.question.length > 140 ? `${row.question.slice(0, 140)}…` : row.question,
    };
  });
}
