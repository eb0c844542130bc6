import { buildNoticeXml } from "./eforms-mapping.ts";
import { findMissingFields } from "./find-missing-fields.ts";
import type { MissingField, NoticeSource, NoticeType } from "./notice-source.ts";
import { type NoticeValidationError, validateNoticeXml } from "./validate-notice.server.ts";

// The one way a notice leaves the module: what is missing is told first (no XML for a half-filled
// notice), then the XML is written and validated, and a notice that fails validation is never handed
// out — its errors are returned instead, for the log and for us to fix the mapping.

export type GeneratedNotice =
  | { ok: true; xml: string }
  | { ok: false; missing: MissingField[] }
  | { ok: false; invalid: NoticeValidationError[] };

/**
 * The eForms XML of a notice for a plan, or what the plan lacks, or why the XML would be invalid.
 * @example
 * const result = generateNotice("E1", source);
 * if (result.ok) download(result.xml); else if ("missing" in result) showMissing(result.missing);
 */
export function generateNotice(type: NoticeType, source: NoticeSource): GeneratedNotice {
  const missing = findMissingFields(type, source);
  if (missing.length > 0) return { ok: false, missing };
  const xml = buildNoticeXml(type, source);
  const validation = validateNoticeXml(xml);
  return validation.valid ? { ok: true, xml } : { ok: false, invalid: validation.errors };
}
