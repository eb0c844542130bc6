// The public surface of the dialogue module for server code: other modules, routes and the server
// import from here only (ADR 030).

export { answerQuestion } from "./answer-question.server.ts";
export { askQuestion } from "./ask-question.server.ts";
export { declineQuestion } from "./decline-question.server.ts";
export { canManageDialogue, canTakePartInDialogue } from "./policy.ts";
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
export { setQuestionDeadline } from "./set-question-deadline.server.ts";
