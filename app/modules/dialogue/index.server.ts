// The public surface of the dialogue module for server code: other modules, routes and the server
// import from here only (ADR 030).

export { addRfiQuestion } from "./add-rfi-question.server.ts";
export { answerQuestion } from "./answer-question.server.ts";
export { askQuestion } from "./ask-question.server.ts";
export { type BookMeetingResult, bookMeetingSlot } from "./book-meeting-slot.server.ts";
export { type CancelMeetingResult, cancelMeetingBooking } from "./cancel-meeting-booking.server.ts";
export { closeMeetingRound } from "./close-meeting-round.server.ts";
export { closeRfi } from "./close-rfi.server.ts";
export { type CreateMeetingRoundResult, createMeetingRound } from "./create-meeting-round.server.ts";
export { createRfi } from "./create-rfi.server.ts";
export { declineQuestion } from "./decline-question.server.ts";
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
export { moveRfiQuestion } from "./move-rfi-question.server.ts";
export { type MeetingRoundChangeResult, openMeetingRound } from "./open-meeting-round.server.ts";
export { openRfi } from "./open-rfi.server.ts";
export { canManageDialogue, canTakePartInDialogue } from "./policy.ts";
export { publishMeetingSummary } from "./publish-meeting-summary.server.ts";
export { publishRfiSummary } from "./publish-rfi-summary.server.ts";
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
export { listDialogueRecord, type RecordEntry } from "./record-queries.server.ts";
export { type DialogueStepInput, recordDialogueStep } from "./record-step.server.ts";
export { removeRfiQuestion } from "./remove-rfi-question.server.ts";
export type { RfiChangeResult } from "./rfi-buyer-transaction.server.ts";
export { type CompanyRfi, getRfiAnswerFile, listCompanyRfis } from "./rfi-company-queries.server.ts";
export { rfiResponsesXlsx } from "./rfi-export.server.ts";
export {
  type BuyerRfiResponse,
  getRfiForBuyer,
  getRfiPage,
  listPublicRfis,
  listRfisForBuyer,
  type OwnRfiResponse,
  type PublicRfi,
  type RfiAnswerView,
  type RfiPage,
  type RfiQuestionView,
  type RfiView,
} from "./rfi-queries.server.ts";
export { saveMeetingNotes } from "./save-meeting-notes.server.ts";
export { type SaveRfiResponseResult, saveRfiResponse } from "./save-rfi-response.server.ts";
export { setQuestionDeadline } from "./set-question-deadline.server.ts";
export { updateRfiTexts } from "./update-rfi-texts.server.ts";
