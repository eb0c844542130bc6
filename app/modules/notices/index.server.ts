// The server surface of the notices module: the notice of a plan, its XML checked against the eForms
// schemas, and the notices recorded after Hilma published them.

export { buildNoticeXml } from "./eforms-mapping.ts";
export { findMissingFields, type MissingFieldCode, missingFieldCodes } from "./find-missing-fields.ts";
export { type GeneratedNotice, generateNotice } from "./generate-notice.server.ts";
export { noticeIdFor } from "./notice-id.ts";
export type { NoticePlaces } from "./notice-source-queries.server.ts";
export {
  noticeXml,
  type PreparedNotice,
  prepareNotice,
  requireNoticeAccess,
} from "./prepare-notice.server.ts";
export { recordNotice } from "./record-notice.server.ts";
export {
  listPlanNotices,
  listRecordedNotices,
  type PublicNotice,
  type RecordedNotice,
} from "./recorded-notices.server.ts";
export { type NoticeValidation, validateNoticeXml } from "./validate-notice.server.ts";
