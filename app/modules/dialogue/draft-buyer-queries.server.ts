import { and, asc, count, desc, eq, inArray, isNull } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import { AppError } from "../../lib/app-error.ts";
import type { TextByLanguage } from "../../lib/pick-translation.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { accountsUser } from "../accounts/shared-tables.ts";
import { organisationsOrganisation } from "../organisations/shared-tables.ts";
import { findPlanForDialogue } from "../plans/index.server.ts";
import { type DraftDocumentInfo, listDraftDocuments } from "./draft-document-queries.server.ts";
import { type DraftRow, findDraft } from "./draft-rows.server.ts";
import type { DraftState } from "./draft-schemas.ts";
import { dialogueDraft, dialogueDraftComment, dialogueDraftSection } from "./draft-tables.ts";
import { canManageDialogue } from "./policy.ts";

// The buyer's views of drafts for comment: every draft of the plan, and one draft with every comment
// and who wrote it (the buyer's eyes only: the public and company views never select the author).

/** A draft as every view shows it. */
export type DraftView = {
  id: string;
  planId: string;
  title: TextByLanguage;
  intro: TextByLanguage;
  closesAt: Date;
  state: DraftState;
  openedAt: Date | null;
  closedAt: Date | null;
  summary: TextByLanguage | null;
  summaryPublishedAt: Date | null;
};

export function toDraftView(draft: DraftRow): DraftView {
  return {
    id: draft.id,
    planId: draft.planId,
    title: draft.title,
    intro: draft.intro,
    closesAt: draft.closesAt,
    state: draft.state as DraftState,
    openedAt: draft.openedAt,
    closedAt: draft.closedAt,
    summary: draft.summaryPublishedAt ? draft.summary : null,
    summaryPublishedAt: draft.summaryPublishedAt,
  };
}

async function requireManager(db: DbOrTx, viewer: Viewer | null, planId: string): Promise<void> {
  const plan = await findPlanForDialogue(db, planId);
  if (!plan || !canManageDialogue(viewer, plan)) throw new AppError("not_found");
}

/** The plan's drafts for its buyers, newest first, with their numbers of comments and of unanswered ones. */
export async function listDraftsForBuyer(
  db: DbOrTx,
  viewer: Viewer | null,
  planId: string,
): Promise<(DraftView & { comments: number; unanswered: number })[]> {
  await requireManager(db, viewer, planId);
  const drafts = await db
    .select()
    .from(dialogueDraft)
    .where(eq(dialogueDraft.planId, planId))
    .orderBy(desc(dialogueDraft.createdAt));
  const ids = drafts.map((draft) => draft.id);
  const counts = ids.length
    ? await db
        .select({ draftId: dialogueDraftComment.draftId, total: count() })
        .from(dialogueDraftComment)
        .where(inArray(dialogueDraftComment.draftId, ids))
        .groupBy(dialogueDraftComment.draftId)
    : [];
  const open = ids.length
    ? await db
        .select({ draftId: dialogueDraftComment.draftId, value: count() })
        .from(dialogueDraftComment)
        .where(and(inArray(dialogueDraftComment.draftId, ids), isNull(dialogueDraftComment.respondedAt)))
        .groupBy(dialogueDraftComment.draftId)
    : [];
  return drafts.map((draft) => ({
    ...toDraftView(draft),
    comments: Number(counts.find((row) => row.draftId === draft.id)?.total ?? 0),
    unanswered: Number(open.find((row) => row.draftId === draft.id)?.value ?? 0),
  }));
}

/** A comment as the buyer sees it: the company and the person who wrote it. */
export type BuyerDraftComment = {
  id: string;
  body: string;
  createdAt: Date;
  company: string | null;
  authorName: string | null;
  authorEmail: string | null;
  response: string | null;
  respondedAt: Date | null;
};

export type DraftSectionView = {
  id: string;
  position: number;
  heading: TextByLanguage;
  body: TextByLanguage;
};

/** One draft for the plan's buyers: its sections in order, each with every comment and its author. */
export async function getDraftForBuyer(
  db: DbOrTx,
  viewer: Viewer | null,
  draftId: string,
): Promise<{
  draft: DraftView;
  document: DraftDocumentInfo | null;
  sections: (DraftSectionView & { comments: BuyerDraftComment[] })[];
}> {
  const draft = await findDraft(db, draftId);
  if (!draft) throw new AppError("not_found");
  await requireManager(db, viewer, draft.planId);
  const sections = await db
    .select({
      id: dialogueDraftSection.id,
      position: dialogueDraftSection.position,
      heading: dialogueDraftSection.heading,
      body: dialogueDraftSection.body,
    })
    .from(dialogueDraftSection)
    .where(eq(dialogueDraftSection.draftId, draftId))
    .orderBy(asc(dialogueDraftSection.position));
  const comments = await db
    .select({
      id: dialogueDraftComment.id,
      sectionId: dialogueDraftComment.sectionId,
      body: dialogueDraftComment.body,
      createdAt: dialogueDraftComment.createdAt,
      company: organisationsOrganisation.name,
      authorName: accountsUser.name,
      authorEmail: accountsUser.email,
      response: dialogueDraftComment.response,
      respondedAt: dialogueDraftComment.respondedAt,
    })
    .from(dialogueDraftComment)
    .leftJoin(
      organisationsOrganisation,
      eq(organisationsOrganisation.id, dialogueDraftComment.organisationId),
    )
    .leftJoin(accountsUser, eq(accountsUser.id, dialogueDraftComment.authorId))
    .where(eq(dialogueDraftComment.draftId, draftId))
    .orderBy(asc(dialogueDraftComment.createdAt));
  return {
    draft: toDraftView(draft),
    document: (await listDraftDocuments(db, [draftId])).get(draftId) ?? null,
    sections: sections.map((section) => ({
      ...section,
      comments: comments
        .filter((comment) => comment.sectionId === section.id)
        .map(({ sectionId: _, ...comment }) => comment),
    })),
  };
}
