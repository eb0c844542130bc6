import { and, asc, desc, eq, inArray, isNotNull, ne } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import type { Locale } from "../../i18n/locales.ts";
import { AppError } from "../../lib/app-error.ts";
import { pickText } from "../../lib/pick-translation.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { actingCompanyOf, listCompanyInterests } from "../interest/index.server.ts";
import { canViewPlan, findPlanForDialogue } from "../plans/index.server.ts";
import { type DraftSectionView, type DraftView, toDraftView } from "./draft-buyer-queries.server.ts";
import { type DraftDocumentInfo, listDraftDocuments } from "./draft-document-queries.server.ts";
import { findDraft, isCommentable } from "./draft-rows.server.ts";
import { dialogueDraft, dialogueDraftComment, dialogueDraftSection } from "./draft-tables.ts";
import { canTakePartInDialogue } from "./policy.ts";

// What companies and the public see of drafts for comment. A comment is public only with the buyer's
// response, and never with who wrote it: these queries do not select the author or the company of any
// comment but the viewer's own company's.

/** A comment and its response as everyone sees them. */
export type PublishedDraftComment = { id: string; body: string; response: string; respondedAt: Date };
/** A comment of the viewer's own company (answered or not). */
export type OwnDraftComment = {
  id: string;
  sectionId: string;
  body: string;
  createdAt: Date;
  response: string | null;
};

export type PublicDraft = DraftView & {
  /** The draft as one PDF, when the buyer attached one. */
  document: DraftDocumentInfo | null;
  sections: (DraftSectionView & { comments: PublishedDraftComment[] })[];
};

/** The drafts of a plan that have been opened (open or closed), with sections and published comments. */
async function readOpenedDrafts(db: DbOrTx, planId: string, draftId?: string): Promise<PublicDraft[]> {
  const drafts = await db
    .select()
    .from(dialogueDraft)
    .where(
      and(
        eq(dialogueDraft.planId, planId),
        ne(dialogueDraft.state, "draft"),
        ...(draftId ? [eq(dialogueDraft.id, draftId)] : []),
      ),
    )
    .orderBy(desc(dialogueDraft.openedAt));
  const ids = drafts.map((draft) => draft.id);
  if (ids.length === 0) return [];
  const sections = await db
    .select({
      id: dialogueDraftSection.id,
      draftId: dialogueDraftSection.draftId,
      position: dialogueDraftSection.position,
      heading: dialogueDraftSection.heading,
      body: dialogueDraftSection.body,
    })
    .from(dialogueDraftSection)
    .where(inArray(dialogueDraftSection.draftId, ids))
    .orderBy(asc(dialogueDraftSection.position));
  const comments = await db
    .select({
      id: dialogueDraftComment.id,
      sectionId: dialogueDraftComment.sectionId,
      body: dialogueDraftComment.body,
      response: dialogueDraftComment.response,
      respondedAt: dialogueDraftComment.respondedAt,
    })
    .from(dialogueDraftComment)
    .where(and(inArray(dialogueDraftComment.draftId, ids), isNotNull(dialogueDraftComment.respondedAt)))
    .orderBy(asc(dialogueDraftComment.respondedAt));
  const documents = await listDraftDocuments(db, ids);
  return drafts.map((draft) => ({
    ...toDraftView(draft),
    document: documents.get(draft.id) ?? null,
    sections: sections
      .filter((section) => section.draftId === draft.id)
      .map(({ draftId: _, ...section }) => ({
        ...section,
        comments: comments.flatMap((comment) =>
          comment.sectionId === section.id && comment.response && comment.respondedAt
            ? [
                {
                  id: comment.id,
                  body: comment.body,
                  response: comment.response,
                  respondedAt: comment.respondedAt,
                },
              ]
            : [],
        ),
      })),
  }));
}

/**
 * A public plan's drafts that have been opened for comment, with their sections, the comments the
 * buyer has responded to (anonymous) and the published summaries; empty for a plan that is not public.
 * For open data (API, OCDS).
 *
 * @example const drafts = await listPublicDrafts(services, planId);
 */
export async function listPublicDrafts(
  services: Pick<Services, "database">,
  planId: string,
): Promise<PublicDraft[]> {
  const { db } = services.database;
  const plan = await findPlanForDialogue(db, planId);
  if (!plan || !canViewPlan(null, plan)) return [];
  return readOpenedDrafts(db, planId);
}

/** The plan page's list: drafts opened for comment (anyone who may see the plan). */
export async function listPlanDrafts(db: DbOrTx, viewer: Viewer | null, planId: string) {
  const plan = await findPlanForDialogue(db, planId);
  if (!plan || !canViewPlan(viewer, plan)) throw new AppError("not_found");
  const drafts = await db
    .select()
    .from(dialogueDraft)
    .where(and(eq(dialogueDraft.planId, planId), ne(dialogueDraft.state, "draft")))
    .orderBy(desc(dialogueDraft.openedAt));
  return drafts.map(toDraftView);
}

/** One opened draft's page: everyone's view, plus the viewer's company's own comments and whether it may comment. */
export async function getDraftPage(
  db: DbOrTx,
  viewer: Viewer | null,
  planId: string,
  draftId: string,
  now = new Date(),
): Promise<{ draft: PublicDraft; ownComments: OwnDraftComment[]; canComment: boolean; isCompany: boolean }> {
  const found = await findDraft(db, draftId);
  const plan = await findPlanForDialogue(db, planId);
  if (!found || found.planId !== planId || !plan || !canViewPlan(viewer, plan))
    throw new AppError("not_found");
  const [draft] = await readOpenedDrafts(db, planId, draftId);
  if (!draft) throw new AppError("not_found");
  const company = actingCompanyOf(viewer);
  const ownComments = company
    ? await db
        .select({
          id: dialogueDraftComment.id,
          sectionId: dialogueDraftComment.sectionId,
          body: dialogueDraftComment.body,
          createdAt: dialogueDraftComment.createdAt,
          response: dialogueDraftComment.response,
        })
        .from(dialogueDraftComment)
        .where(
          and(
            eq(dialogueDraftComment.draftId, draftId),
            eq(dialogueDraftComment.organisationId, company.organisationId),
          ),
        )
        .orderBy(asc(dialogueDraftComment.createdAt))
    : [];
  return {
    draft,
    ownComments,
    canComment: company !== null && canTakePartInDialogue(viewer, plan) && isCommentable(found, now),
    isCompany: company !== null,
  };
}

export type CompanyDraftItem = {
  draftId: string;
  planId: string;
  planTitle: string;
  title: string;
  closesAt: Date;
  comments: number;
  answered: number;
};

/**
 * For the company home: drafts open for comment on the plans the acting company follows (has shown
 * interest in), with how many comments it has left on each and how many have been answered.
 *
 * @example const items = await listCompanyDraftComments(services, { viewer, locale: "fi" });
 */
export async function listCompanyDraftComments(
  services: Pick<Services, "database">,
  { viewer, locale = "fi", now = new Date() }: { viewer: Viewer | null; locale?: Locale; now?: Date },
): Promise<CompanyDraftItem[]> {
  const { db } = services.database;
  const company = actingCompanyOf(viewer);
  if (!company) return [];
  const interests = await listCompanyInterests({ db, viewer, locale });
  if (interests.length === 0) return [];
  const drafts = await db
    .select()
    .from(dialogueDraft)
    .where(
      and(
        inArray(
          dialogueDraft.planId,
          interests.map((interest) => interest.planId),
        ),
        eq(dialogueDraft.state, "open"),
      ),
    )
    .orderBy(asc(dialogueDraft.closesAt));
  const open = drafts.filter((draft) => isCommentable(draft, now));
  const comments = open.length
    ? await db
        .select({ draftId: dialogueDraftComment.draftId, respondedAt: dialogueDraftComment.respondedAt })
        .from(dialogueDraftComment)
        .where(
          and(
            inArray(
              dialogueDraftComment.draftId,
              open.map((draft) => draft.id),
            ),
            eq(dialogueDraftComment.organisationId, company.organisationId),
          ),
        )
    : [];
  return open.map((draft) => {
    const own = comments.filter((comment) => comment.draftId === draft.id);
    return {
      draftId: draft.id,
      planId: draft.planId,
      planTitle: interests.find((interest) => interest.planId === draft.planId)?.title ?? "",
      title: pickText(draft.title, locale),
      closesAt: draft.closesAt,
      comments: own.length,
      answered: own.filter((comment) => comment.respondedAt !== null).length,
    };
  });
}
