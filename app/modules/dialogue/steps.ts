// The kinds of market-dialogue steps the level-playing-field record lists, and whom a step reaches.
// Browser-safe: pages label them.

export const dialogueAudiences = ["public", "market", "company", "buyer"] as const;
export type DialogueAudience = (typeof dialogueAudiences)[number];

export const dialogueStepKinds = [
  "question.asked",
  "question.answered",
  "question.rejected",
  "question-deadline.set",
  "meeting-round.opened",
  "meeting-round.closed",
  "meeting.booked",
  "meeting.cancelled",
  "meeting-round.summary-published",
  "draft.opened",
  "draft.commented",
  "draft.responded",
  "draft.closed",
  "draft.summary-published",
  "event.published",
  "event.registered",
  "event.cancelled-registration",
  "event.promoted",
  "event.cancelled",
  "event.minutes-published",
  "contact.recorded",
  "contact.updated",
  "contact.removed",
  "survey.sent",
  "survey.answered",
  "rfi.opened",
  "rfi.closed",
  "rfi.responded",
  "rfi.summary-published",
] as const;
export type DialogueStepKind = (typeof dialogueStepKinds)[number];
