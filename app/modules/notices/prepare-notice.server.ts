import { AppError } from "../../lib/app-error.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { assertAllowed } from "../organisations/index.server.ts";
import { findPlanForNotices, helsinkiToday } from "../plans/index.server.ts";
import { findMissingFields } from "./find-missing-fields.ts";
import { generateNotice } from "./generate-notice.server.ts";
import type { MissingField, NoticeSource, NoticeType } from "./notice-source.ts";
import { loadNoticeSource, type NoticePlaces } from "./notice-source-queries.server.ts";
import { canPrepareNotices } from "./policy.ts";
import { listRecordedNotices, type RecordedNotice } from "./recorded-notices.server.ts";

// The notice page and the API ask here (issue 14 points 3 and 4): the plan's notice of a type as it
// would be sent, what is missing, and the XML when nothing is. Only the plan's buyers may.

export type PreparedNotice = {
  planId: string;
  type: NoticeType;
  source: NoticeSource;
  /** What the notice lacks; the XML is given only when this is empty. */
  missing: MissingField[];
  /** The municipality and region used (own or picked), for the page's pickers. */
  municipalityCode: string | null;
  regionCode: string | null;
  /** Whether the organisation has a municipality of its own (no municipality picker then). */
  ownMunicipality: boolean;
  recorded: RecordedNotice[];
  archived: boolean;
};

/**
 * The plan's notice of one type: its source, what is missing (a plan that is not public cannot be
 * linked from a notice) and the notices already recorded. Unknown plans are not_found; another
 * organisation's, forbidden.
 */
export async function prepareNotice(options: {
  services: Pick<Services, "database" | "publicUrl">;
  viewer: Viewer | null;
  planId: string;
  type: NoticeType;
  places: NoticePlaces;
  now?: Date;
}): Promise<PreparedNotice> {
  const { db } = options.services.database;
  const plan = await findPlanForNotices(db, options.planId);
  if (!plan) throw new AppError("not_found");
  assertAllowed(canPrepareNotices(options.viewer, plan.organisationId));
  const loaded = await loadNoticeSource({
    db,
    plan,
    type: options.type,
    publicUrl: options.services.publicUrl,
    places: options.places,
    now: options.now,
  });
  const missing: MissingField[] = findMissingFields(options.type, loaded.source);
  // A pre-market consultation notice whose answers closed already would invite nobody.
  const dialogueEnd = loaded.source.plan.dialogueEnd;
  if (options.type === "E1" && dialogueEnd && dialogueEnd < helsinkiToday(loaded.source.issuedAt))
    missing.push({ code: "dialogue-past", businessTerm: "BT-630" });
  const isPublic = plan.visibility === "public" && plan.archivedAt === null;
  return {
    planId: plan.id,
    type: options.type,
    ...loaded,
    missing: isPublic ? missing : [{ code: "plan-public", businessTerm: "BT-300" }, ...missing],
    recorded: await listRecordedNotices(db, plan.id),
    archived: plan.archivedAt !== null,
  };
}

/**
 * Refuses (not_found, forbidden) unless the viewer may make and record the plan's notices: a form
 * action checks this before it reads the form, so a refused person learns nothing from its errors.
 */
export async function requireNoticeAccess(options: {
  services: Pick<Services, "database">;
  viewer: Viewer | null;
  planId: string;
}): Promise<void> {
  const plan = await findPlanForNotices(options.services.database.db, options.planId);
  if (!plan) throw new AppError("not_found");
  assertAllowed(canPrepareNotices(options.viewer, plan.organisationId));
}

/** The notice's XML, validated; or what is missing, or (never expected) why it failed the schema. */
export function noticeXml(prepared: PreparedNotice) {
  if (prepared.missing.length > 0) return { ok: false as const, missing: prepared.missing };
  return generateNotice(prepared.type, prepared.source);
}
