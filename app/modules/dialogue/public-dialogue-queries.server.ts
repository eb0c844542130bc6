import { and, asc, eq, inArray, min, ne } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import type { Locale } from "../../i18n/locales.ts";
import type { TextByLanguage } from "../../lib/pick-translation.ts";
import { isPublicPlanMatching } from "../plans/index.server.ts";
import { dialogueDraft } from "./draft-tables.ts";
import { dialogueEvent } from "./events-tables.ts";
import { dialogueMeetingRound, dialogueMeetingSlot } from "./meetings-tables.ts";
import { listPublishedQuestions, type PublishedQuestion } from "./questions-queries.server.ts";
import { dialogueRfi } from "./rfi-tables.ts";

// What of a plan's market dialogue is public, in one shape for open data (the OCDS release's enquiries,
// milestones and documents): published questions and answers, the dated steps everyone can take part in
// (one-to-one rounds, requests for information, events, drafts for comment), and the summaries,
// minutes and "what we heard" published after them. Never who booked, asked or answered, and nothing still a draft.

/** The kinds of public dialogue steps with a date. */
export const publicDialogueKinds = ["meeting-round", "rfi", "event", "draft"] as const;
export type PublicDialogueKind = (typeof publicDialogueKinds)[number];

/** A dated dialogue step everyone can take part in. */
export type PublicDialogueMilestone = {
  id: string;
  kind: PublicDialogueKind;
  title: TextByLanguage;
  description: TextByLanguage | null;
  /**
   * When it takes place or is due: a round's first meeting, an event's start, the last day for
   * responses to a request for information or comments on a draft.
   */
  dueAt: Date;
  /**
   * When the buyer marked it done (a round or request closed, a draft's period closed, an event's
   * minutes published: then its end); null until then. Never derived from the clock, so the release
   * changes only when someone acts.
   */
  doneAt: Date | null;
  /** The public page of the step, as a path under the locale (`/plans/…`). */
  path: string;
};

/** A summary published to everyone after a step. */
export type PublicDialogueSummary = {
  id: string;
  kind: PublicDialogueKind;
  title: TextByLanguage;
  text: TextByLanguage;
  publishedAt: Date;
  path: string;
};

export type PublicDialogue = {
  questions: PublishedQuestion[];
  milestones: PublicDialogueMilestone[];
  summaries: PublicDialogueSummary[];
};

/**
 * The public market dialogue of plans that are public now, by plan id (plans with none are absent).
 *
 * @example
 * const dialogue = await listPublicDialogue(db, { planIds: [plan.id], locale: "fi" });
 * const ofPlan = dialogue.get(plan.id) ?? emptyPublicDialogue;
 */
export async function listPublicDialogue(
  db: DbOrTx,
  { planIds, locale }: { planIds: readonly string[]; locale: Locale },
): Promise<Map<string, PublicDialogue>> {
  const byPlan = new Map<string, PublicDialogue>();
  if (planIds.length === 0) return byPlan;
  const of = (planId: string) => {
    let dialogue = byPlan.get(planId);
    if (!dialogue) {
      dialogue = { questions: [], milestones: [], summaries: [] };
      byPlan.set(planId, dialogue);
    }
    return dialogue;
  };
  for (const question of await listPublishedQuestions(db, { planIds, locale, publicOnly: true })) {
    const { planId, ...published } = question;
    of(planId).questions.push(published);
  }
  const rounds = await db
    .select({
      id: dialogueMeetingRound.id,
      planId: dialogueMeetingRound.planId,
      title: dialogueMeetingRound.title,
      agenda: dialogueMeetingRound.agenda,
      closedAt: dialogueMeetingRound.closedAt,
      summary: dialogueMeetingRound.summary,
      summaryPublishedAt: dialogueMeetingRound.summaryPublishedAt,
      firstMeeting: min(dialogueMeetingSlot.startsAt),
    })
    .from(dialogueMeetingRound)
    .innerJoin(dialogueMeetingSlot, eq(dialogueMeetingSlot.roundId, dialogueMeetingRound.id))
    .where(
      and(
        inArray(dialogueMeetingRound.planId, [...planIds]),
        ne(dialogueMeetingRound.state, "draft"),
        isPublicPlanMatching(dialogueMeetingRound.planId, {}),
      ),
    )
    .groupBy(dialogueMeetingRound.id)
    .orderBy(asc(dialogueMeetingRound.openedAt), asc(dialogueMeetingRound.id));
  for (const round of rounds) {
    const path = `/plans/${round.planId}/meetings/${round.id}`;
    of(round.planId).milestones.push({
      id: round.id,
      kind: "meeting-round",
      title: round.title,
      description: round.agenda,
      dueAt: round.firstMeeting ?? new Date(0),
      doneAt: round.closedAt,
      path,
    });
    if (round.summary && round.summaryPublishedAt)
      of(round.planId).summaries.push({
        id: round.id,
        kind: "meeting-round",
        title: round.title,
        text: round.summary,
        publishedAt: round.summaryPublishedAt,
        path,
      });
  }
  const plans = [...planIds];
  const rfis = await db
    .select()
    .from(dialogueRfi)
    .where(
      and(
        inArray(dialogueRfi.planId, plans),
        ne(dialogueRfi.state, "draft"),
        isPublicPlanMatching(dialogueRfi.planId, {}),
      ),
    )
    .orderBy(asc(dialogueRfi.opensAt), asc(dialogueRfi.id));
  for (const rfi of rfis) {
    const path = `/plans/${rfi.planId}/rfi/${rfi.id}`;
    if (!rfi.closesAt) continue;
    of(rfi.planId).milestones.push({
      id: rfi.id,
      kind: "rfi",
      title: rfi.title,
      description: rfi.intro,
      dueAt: rfi.closesAt,
      doneAt: rfi.closedAt,
      path,
    });
    if (rfi.summary && rfi.summaryPublishedAt)
      of(rfi.planId).summaries.push({
        id: rfi.id,
        kind: "rfi",
        title: rfi.title,
        text: rfi.summary,
        publishedAt: rfi.summaryPublishedAt,
        path,
      });
  }
  const events = await db
    .select()
    .from(dialogueEvent)
    .where(
      and(
        inArray(dialogueEvent.planId, plans),
        eq(dialogueEvent.state, "published"),
        isPublicPlanMatching(dialogueEvent.planId, {}),
      ),
    )
    .orderBy(asc(dialogueEvent.startsAt), asc(dialogueEvent.id));
  for (const event of events) {
    const path = `/plans/${event.planId}/events/${event.id}`;
    of(event.planId).milestones.push({
      id: event.id,
      kind: "event",
      title: event.title,
      description: event.agenda,
      dueAt: event.startsAt,
      doneAt: event.minutesPublishedAt ? event.endsAt : null,
      path,
    });
    if (event.minutes && event.minutesPublishedAt)
      of(event.planId).summaries.push({
        id: event.id,
        kind: "event",
        title: event.title,
        text: event.minutes,
        publishedAt: event.minutesPublishedAt,
        path,
      });
  }
  const drafts = await db
    .select()
    .from(dialogueDraft)
    .where(
      and(
        inArray(dialogueDraft.planId, plans),
        ne(dialogueDraft.state, "draft"),
        isPublicPlanMatching(dialogueDraft.planId, {}),
      ),
    )
    .orderBy(asc(dialogueDraft.openedAt), asc(dialogueDraft.id));
  for (const draft of drafts) {
    const path = `/plans/${draft.planId}/drafts/${draft.id}`;
    of(draft.planId).milestones.push({
      id: draft.id,
      kind: "draft",
      title: draft.title,
      description: draft.intro,
      dueAt: draft.closesAt,
      doneAt: draft.closedAt,
      path,
    });
    if (draft.summary && draft.summaryPublishedAt)
      of(draft.planId).summaries.push({
        id: draft.id,
        kind: "draft",
        title: draft.title,
        text: draft.summary,
        publishedAt: draft.summaryPublishedAt,
        path,
      });
  }
  return byPlan;
}

/** A plan without public dialogue. */
export const emptyPublicDialogue: PublicDialogue = { questions: [], milestones: [], summaries: [] };
