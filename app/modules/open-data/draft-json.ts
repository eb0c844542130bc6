import type { PublicDraft } from "../dialogue/index.server.ts";

// The public JSON of a draft opened for comment: every field named here. Comments appear only with the
// contracting authority's response and never with who wrote them (no person, no company).

export function draftJson(draft: PublicDraft, { publicUrl }: { publicUrl: string }) {
  return {
    id: draft.id,
    title: draft.title,
    intro: draft.intro,
    state: draft.state,
    openedAt: draft.openedAt,
    closesAt: draft.closesAt,
    closedAt: draft.closedAt,
    document: draft.document
      ? {
          fileName: draft.document.fileName,
          sizeBytes: draft.document.sizeBytes,
          url: `${publicUrl}/fi/plans/${draft.planId}/drafts/${draft.id}/document.pdf`,
        }
      : null,
    sections: draft.sections.map((section) => ({
      id: section.id,
      position: section.position,
      heading: section.heading,
      text: section.body,
      comments: section.comments.map((comment) => ({
        id: comment.id,
        comment: comment.body,
        response: comment.response,
        respondedAt: comment.respondedAt,
      })),
    })),
    summary: draft.summary,
    summaryPublishedAt: draft.summaryPublishedAt,
  };
}
