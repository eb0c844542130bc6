// The public surface of the notices module (safe for browser code): eForms notices for Hilma from a
// plan (issue 14). Other modules, routes and the server import from here only (ADR 030).

export {
  type MissingField,
  type NoticeLanguage,
  type NoticeSource,
  type NoticeSourceLot,
  type NoticeType,
  noticeTypes,
} from "./notice-source.ts";
export { isNoticeType, noticeTypeSchema, type RecordNoticeInput, recordNoticeSchema } from "./schemas.ts";
