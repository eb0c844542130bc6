// The public surface of the dialogue module for server code: other modules, routes and the server
// import from here only (ADR 030).

export { addRfiQuestion } from "./add-rfi-question.server.ts";
export { answerQuestion } from "./answer-question.server.ts";
export { type AnswerSurveyResult, answerSurvey } from "./answer-survey.server.ts";
export { askQuestion } from "./ask-question.server.ts";
export { type BookMeetingResult, bookMeetingSlot } from "./book-meeting-slot.server.ts";
export { cancelEvent } from "./cancel-event.server.ts";
export {
  type CancelEventRegistrationResult,
  cancelEventRegistration,
} from "./cancel-event-registration.server.ts";
export { type CancelMeetingResult, cancelMeetingBooking } from "./cancel-meeting-booking.server.ts";
export { closeMeetingRound } from "./close-meeting-round.server.ts";
export { closeRfi } from "./close-rfi.server.ts";
export { type CompanyMeeting, listCompanyMeetings } from "./company-meetings-queries.server.ts";
export {
  type BuyerContact,
  countContacts,
  getContactForBuyer,
  listContactCompanyOptions,
  listContactsForBuyer,
  listPublicContacts,
  type PublicContact,
} from "./contacts-queries.server.ts";
export { createEvent } from "./create-event.server.ts";
export { type CreateMeetingRoundResult, createMeetingRound } from "./create-meeting-round.server.ts";
export { createRfi } from "./create-rfi.server.ts";
export { declineQuestion } from "./decline-question.server.ts";
export {
  addDraftSection,
  type DraftChangeError,
  type DraftSectionResult,
} from "./draft-add-section.server.ts";
export { attachDraftDocument, type DraftDocumentResult } from "./draft-attach-document.server.ts";
export {
  type BuyerDraftComment,
  type DraftSectionView,
  type DraftView,
  getDraftForBuyer,
  listDraftsForBuyer,
} from "./draft-buyer-queries.server.ts";
export { closeDraft } from "./draft-close.server.ts";
export { commentOnDraft } from "./draft-comment.server.ts";
export { createDraft } from "./draft-create.server.ts";
export { type DraftDocumentInfo, getDraftDocument } from "./draft-document-queries.server.ts";
export { editDraftSection } from "./draft-edit-section.server.ts";
export { moveDraftSection } from "./draft-move-section.server.ts";
export { type DraftStateResult, openDraftForComment } from "./draft-open.server.ts";
export {
  type CompanyDraftItem,
  getDraftPage,
  listCompanyDraftComments,
  listPlanDrafts,
  listPublicDrafts,
  type OwnDraftComment,
  type PublicDraft,
  type PublishedDraftComment,
} from "./draft-public-queries.server.ts";
export { publishDraftSummary } from "./draft-publish-summary.server.ts";
export { removeDraftDocument } from "./draft-remove-document.server.ts";
export { removeDraftSection } from "./draft-remove-section.server.ts";
export { respondToDraftComment } from "./draft-respond.server.ts";
export {
  type CalendarEvent,
  calendarPageSize,
  listEventCalendar,
  listOrganisationEvents,
  publicEventsIcal,
} from "./events-calendar-queries.server.ts";
export {
  type BuyerEventRegistration,
  type CompanyEventRegistration,
  type EventPage,
  getEventForBuyer,
  getEventPage,
  getRegistrationIcal,
  listCompanyEventRegistrations,
  listEventsForBuyer,
  listEventsForPlan,
  type OwnEventRegistration,
  type PublicEventView,
} from "./events-queries.server.ts";
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
export { moveRfiQuestion } from "./move-rfi-question.server.ts";
export { type MeetingRoundChangeResult, openMeetingRound } from "./open-meeting-round.server.ts";
export { openRfi } from "./open-rfi.server.ts";
export { canManageDialogue, canTakePartInDialogue } from "./policy.ts";
export {
  emptyPublicDialogue,
  listPublicDialogue,
  type PublicDialogue,
  type PublicDialogueKind,
  type PublicDialogueMilestone,
  type PublicDialogueSummary,
  publicDialogueKinds,
} from "./public-dialogue-queries.server.ts";
export { type EventChangeResult, publishEvent } from "./publish-event.server.ts";
export { publishEventMinutes } from "./publish-event-minutes.server.ts";
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
export { type ContactChangeResult, recordContact } from "./record-contact.server.ts";
export { getDialogueRecordDocument, type RecordDocument } from "./record-document.server.ts";
export { listDialogueRecord, type RecordEntry } from "./record-queries.server.ts";
export { type DialogueStepInput, recordDialogueStep } from "./record-step.server.ts";
export { type RegisterForEventResult, registerForEvent } from "./register-for-event.server.ts";
export { removeContact } from "./remove-contact.server.ts";
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
export { eventRemindersJob, registerEventJobs, sendEventReminders } from "./send-event-reminders.server.ts";
export { setQuestionDeadline } from "./set-question-deadline.server.ts";
export {
  getSurveyInvitationState,
  listOpenSurveys,
  listSurveySummaries,
  type OpenSurvey,
  type SurveySummary,
} from "./survey-queries.server.ts";
export { updateContact } from "./update-contact.server.ts";
export { type UpdateEventResult, updateEvent } from "./update-event.server.ts";
export { updateRfiTexts } from "./update-rfi-texts.server.ts";
export { type DialogueWarning, listDialogueWarnings } from "./warnings-queries.server.ts";
export {
  getWorkspaceDialogue,
  type WorkspaceDialogue,
  type WorkspaceDialogueItem,
} from "./workspace-dialogue-queries.server.ts";
