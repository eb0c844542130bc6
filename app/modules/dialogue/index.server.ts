// The public surface of the dialogue module for server code: other modules, routes and the server
// import from here only (ADR 030).

export { answerQuestion } from "./answer-question.server.ts";
export { type AnswerSurveyResult, answerSurvey } from "./answer-survey.server.ts";
export { askQuestion } from "./ask-question.server.ts";
export { type BookMeetingResult, bookMeetingSlot } from "./book-meeting-slot.server.ts";
export { type CancelMeetingResult, cancelMeetingBooking } from "./cancel-meeting-booking.server.ts";
export { closeMeetingRound } from "./close-meeting-round.server.ts";
export {
  type BuyerContact,
  countContacts,
  getContactForBuyer,
  listContactCompanyOptions,
  listContactsForBuyer,
  listPublicContacts,
  type PublicContact,
} from "./contacts-queries.server.ts";
export { type CreateMeetingRoundResult, createMeetingRound } from "./create-meeting-round.server.ts";
export { declineQuestion } from "./decline-question.server.ts";
export { inviteNonParticipantsToSurvey } from "./invite-to-survey.server.ts";
export {
  type BuyerMeetingSlot,
  getMeetingIcal,
  getMeetingRoundForBuyer,
  getMeetingRoundPage,
  listMeetingRoundsForBuyer,
  listMeetingRoundsForPlan,
  type MeetingRoundPage,
  type MeetingRoundView,
  type PublicMeetingSlot,
} from "./meetings-queries.server.ts";
export { type MeetingRoundChangeResult, openMeetingRound } from "./open-meeting-round.server.ts";
export { canManageDialogue, canTakePartInDialogue } from "./policy.ts";
export { publishMeetingSummary } from "./publish-meeting-summary.server.ts";
export {
  type BuyerQuestion,
  type CompanyQuestion,
  countOpenQuestions,
  getPlanQuestionsView,
  getQuestionDeadline,
  listCompanyQuestions,
  listOwnQuestions,
  listPublishedQuestions,
  listQuestionsForBuyer,
  type OwnQuestion,
  type PlanQuestionsView,
  type PublishedQuestion,
} from "./questions-queries.server.ts";
export { type ContactChangeResult, recordContact } from "./record-contact.server.ts";
export { getDialogueRecordDocument, type RecordDocument } from "./record-document.server.ts";
export { listDialogueRecord, type RecordEntry } from "./record-queries.server.ts";
export { type DialogueStepInput, recordDialogueStep } from "./record-step.server.ts";
export { removeContact } from "./remove-contact.server.ts";
export { saveMeetingNotes } from "./save-meeting-notes.server.ts";
export { setQuestionDeadline } from "./set-question-deadline.server.ts";
export {
  getSurveyInvitationState,
  listOpenSurveys,
  listSurveySummaries,
  type OpenSurvey,
  type SurveySummary,
} from "./survey-queries.server.ts";
export { updateContact } from "./update-contact.server.ts";
export { type DialogueWarning, listDialogueWarnings } from "./warnings-queries.server.ts";
