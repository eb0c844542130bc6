import type { DbOrTx } from "../../db/types.ts";
import type { TextByLanguage } from "../../lib/pick-translation.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { listDraftsForBuyer } from "./draft-buyer-queries.server.ts";
import { listEventsForBuyer } from "./events-queries.server.ts";
import { listMeetingRoundsForBuyer } from "./meetings-queries.server.ts";
import { countOpenQuestions } from "./questions-queries.server.ts";
import { listRfisForBuyer } from "./rfi-queries.server.ts";

/** One dialogue step on the buyer's plan page: what it is called, its state, where to manage it. */
export type WorkspaceDialogueItem = {
  id: string;
  title: TextByLanguage;
  state: string;
  /** Responses to a request for information, bookings of a round, comments on a draft, seats taken. */
  count: number | null;
  /** The buyer's page of the step, as a path under the locale. */
  path: string;
};

/** The plan's market dialogue at a glance for its buyers: every step of each tool and its state. */
export type WorkspaceDialogue = {
  openQuestions: number;
  rfis: WorkspaceDialogueItem[];
  events: WorkspaceDialogueItem[];
  meetings: WorkspaceDialogueItem[];
  drafts: WorkspaceDialogueItem[];
};

/**
 * The dialogue tab of the buyer's plan page (issue 13 point 8): each tool's steps, newest first, with
 * their states. Each list is asked of its feature's buyer query, which checks the viewer may manage
 * the plan's dialogue (not found or forbidden otherwise).
 *
 * @example
 * const dialogue = await getWorkspaceDialogue(db, viewer, planId);
 */
export async function getWorkspaceDialogue(
  db: DbOrTx,
  viewer: Viewer | null,
  planId: string,
): Promise<WorkspaceDialogue> {
  const base = `/workspace/plans/${planId}`;
  const [rfis, events, meetings, drafts, open] = await Promise.all([
    listRfisForBuyer(db, viewer, planId),
    listEventsForBuyer(db, viewer, planId),
    listMeetingRoundsForBuyer(db, viewer, planId),
    listDraftsForBuyer(db, viewer, planId),
    countOpenQuestions(db, [planId]),
  ]);
  return {
    openQuestions: open.get(planId) ?? 0,
    rfis: rfis.map((rfi) => ({
      id: rfi.id,
      title: rfi.title,
      state: rfi.state,
      count: rfi.responses,
      path: `${base}/rfi/${rfi.id}`,
    })),
    events: events.map((event) => ({
      id: event.id,
      title: event.title,
      state: event.state,
      count: event.confirmed + event.waitlisted,
      path: `${base}/events/${event.id}`,
    })),
    meetings: meetings.map((round) => ({
      id: round.id,
      title: round.title,
      state: round.state,
      count: round.bookings,
      path: `${base}/meetings/${round.id}`,
    })),
    drafts: drafts.map((draft) => ({
      id: draft.id,
      title: draft.title,
      state: draft.state,
      count: draft.comments,
      path: `${base}/drafts/${draft.id}`,
    })),
  };
}
