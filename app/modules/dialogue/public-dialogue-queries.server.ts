import { and, asc, eq, inArray, min, ne } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import type { Locale } from "../../i18n/locales.ts";
import type { TextByLanguage } from "../../lib/pick-translation.ts";
import { isPublicPlanMatching } from "../plans/index.server.ts";
import { dialogueMeetingRound, dialogueMeetingSlot } from "./meetings-tables.ts";
import { listPublishedQuestions, type PublishedQuestion } from "./questions-queries.server.ts";

// What of a plan's market dialogue is public, in one shape for open data (the OCDS release's enquiries,
// milestones and documents): published questions and answers, the dated steps everyone can take part in
// (one-to-one rounds; events, requests for information and drafts for comment as they come), and the
// summaries published after them. Never who booked, asked or answered, and nothing still a draft.

/** The kinds of public dialogue steps with a date. */
export const publicDialogueKinds = ["meeting-round"] as const;
export type PublicDialogueKind = (typeof publicDialogueKinds)[number];

/** A dated dialogue step everyone can take part in. */
export type PublicDialogueMilestone = {
  id: string;
  kind: PublicDialogueKind;
  title: TextByLanguage;
  description: TextByLanguage | null;
  /** When it takes place (a round: its first meeting). */
  dueAt: Date;
  /** When it was done with (a round: closed); null while it is ahead or open. */
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
  return byPlan;
}

/** A plan without public dialogue. */
export const emptyPublicDialogue: PublicDialogue = { questions: [], milestones: [], summaries: [] };
