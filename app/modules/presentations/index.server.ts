// The public surface of the presentations module for server code: other modules, routes and the server import
// from here only (ADR 030).

export { getPresentationAttachment } from "./attachment-queries.server.ts";
export { changeRecipientState } from "./change-recipient-state.server.ts";
export type { UploadedFile } from "./check-presentation-files.server.ts";
export { countNewPresentations, getInboxItem, listInbox } from "./inbox-queries.server.ts";
export { canPresentFor, canReadInboxOf, presentingCompanyOf } from "./policy.ts";
export { listRecipientOptions, type RecipientGroup } from "./recipient-options.server.ts";
export { replyToPresentation } from "./reply-to-presentation.server.ts";
export { sendPresentation } from "./send-presentation.server.ts";
export { getSentPresentation, listSentPresentations } from "./sent-queries.server.ts";
