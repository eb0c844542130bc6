// The public surface of the partners module for server code: other modules, routes and the server import
// from here only (ADR 030).

export { listPartnerBoard, type PartnerBoardItem } from "./board-queries.server.ts";
export { closePartnerRequest } from "./close-partner-request.server.ts";
export { contactPartnerRequest } from "./contact-partner-request.server.ts";
export { createPartnerRequest } from "./create-partner-request.server.ts";
export {
  getPartnerRequestForm,
  getPartnerRequestPage,
  listPlanPartnerRequests,
  type PartnerRequestView,
} from "./partner-queries.server.ts";
export { postPartnerMessage } from "./post-partner-message.server.ts";
export { getPartnerThread, listCompanyPartners } from "./thread-queries.server.ts";
