// The public surface of the presentations module (safe for browser code): other modules, routes and the server import
// from here only (ADR 030).

export {
  type PresentationFormValues,
  presentationFormToInput,
  presentationPickers,
  readPresentationForm,
} from "./presentation-form.ts";
export {
  maxPresentationAttachments,
  maxPresentationCpvCodes,
  maxPresentationFileBytes,
  maxPresentationFilesTotalBytes,
  maxPresentationRequestBytes,
  maxPresentationsPerDay,
  maxRecipients,
} from "./rules.ts";
export { presentationLanguages, presentationSchema, recipientStateSchema, replySchema } from "./schemas.ts";
export { isRecipientState, recipientStates } from "./states.ts";
