// The public surface of the dialogue module (safe for browser code): other modules, routes and the
// server import from here only (ADR 030).

export {
  type EventCalendarFilters,
  type EventFormat,
  type EventInput,
  type EventKind,
  type EventLanguage,
  type EventMinutesInput,
  type EventRegistrationInput,
  type EventState,
  eventCalendarFiltersSchema,
  eventFormats,
  eventFormSchema,
  eventKinds,
  eventLanguages,
  eventMinutesSchema,
  eventRegistrationSchema,
  eventStates,
  maxAttendees,
  maxEventCapacity,
  type RegistrationStatus,
  registrationStatuses,
} from "./events-schemas.ts";
export {
  bookMeetingSchema,
  helsinkiTime,
  type MeetingRoundInput,
  type MeetingRoundState,
  maxSlotsPerRound,
  meetingNotesSchema,
  meetingRoundFormSchema,
  meetingRoundStates,
  meetingSummarySchema,
  nestFormValues,
  toHelsinkiInput,
} from "./meetings-schemas.ts";
export {
  type AnswerQuestionInput,
  type AskQuestionInput,
  answerQuestionSchema,
  askQuestionSchema,
  type DeclineQuestionInput,
  declineQuestionSchema,
  maxAnswerLength,
  maxQuestionLength,
  maxQuestionsPerCompanyPerDay,
  type QuestionDeadlineInput,
  questionDeadlineSchema,
} from "./questions-schemas.ts";
export {
  type DialogueAudience,
  type DialogueStepKind,
  dialogueAudiences,
  dialogueStepKinds,
} from "./steps.ts";
