// The public surface of the dialogue module (safe for browser code): other modules, routes and the
// server import from here only (ADR 030).

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
export { rfiAnswerText } from "./rfi-format.ts";
export {
  answerField,
  isChoiceKind,
  maxRfiOptions,
  maxRfiQuestions,
  parseRfiAnswers,
  type RfiAnswerValue,
  type RfiInput,
  type RfiQuestionInput,
  type RfiQuestionKind,
  type RfiState,
  rfiFormSchema,
  rfiOpenSchema,
  rfiQuestionFormSchema,
  rfiQuestionKinds,
  rfiStates,
  rfiSummarySchema,
  secretField,
} from "./rfi-schemas.ts";
export {
  type DialogueAudience,
  type DialogueStepKind,
  dialogueAudiences,
  dialogueStepKinds,
} from "./steps.ts";
